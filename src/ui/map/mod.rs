//! The map pane: Leaflet (loaded on first use) showing the district, the towns and one marker
//! per located result, kept in step with the URL — results, the open place, and the view (`at`).
//!
//! May import: ui::context, ui::widgets.

pub mod base;
mod cluster_keys;
mod focus_in_view;
pub mod leaflet_ext;
mod legend;
pub mod loader;
mod markers;
pub mod pick;
mod town_labels;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leaflet::{LatLng, LatLngBounds, Map, MapOptions, Point as LPoint};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::core::explore::markers::{MarkerSpec, markers};
use crate::core::explore::nearby::Origin;
use crate::core::geo::{BBox, Crs, display_to_wgs84, wgs84_to_display};
use crate::core::query::{MAX_ZOOM, MIN_ZOOM, MapView, Query};
use crate::ui::context::catalog::{Catalog, CurrentOutcome, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::perf::{mark, mark_latest, measure};
use crate::ui::context::url::UrlSearch;
use crate::ui::map::legend::Legend;
use crate::ui::map::markers::MarkerSet;
use crate::ui::map::pick::{PickHint, Picking};

const NO_TILES_MAX_ZOOM: u8 = 14;
/// How far one press of a pan button moves the map.
const PAN_PX: f64 = 150.0;

#[derive(Clone, Copy)]
enum MapAction {
    ZoomIn,
    ZoomOut,
    Pan(f64, f64),
    Home,
    ToggleArea,
}
/// Quiet time before the markers follow changed results: short enough that the map catches up
/// within 100 ms of the last keystroke at 10,000 places (make bench: "map caught up"). The cost:
/// at an ordinary typing pace (keys 100–200 ms apart) the markers are redrawn between keys too,
/// which at 10,000 places takes about 40 ms and can hold up the next key by as much; at the
/// data's real size it takes a few milliseconds.
const MARKER_DELAY_MS: u64 = 50;

/// The live map. Cloned out of its store before use: Leaflet calls can fire events (such as
/// "moveend") synchronously, whose handlers read the store again.
#[derive(Clone)]
struct MapHandle {
    map: Map,
    /// Places located to a town (or better), and, drawn apart, those known only to be in the district.
    markers: Rc<RefCell<MarkerSet>>,
    district: Rc<RefCell<MarkerSet>>,
    display: Crs,
    /// The district outline's bounds: the "whole district" view.
    home: Rc<LatLngBounds>,
    /// The ring at the point results are ranked from.
    origin: Rc<RefCell<Option<leaflet::CircleMarker>>>,
    _on_move: Rc<Closure<dyn FnMut(JsValue)>>,
    _on_click: Rc<Closure<dyn FnMut(JsValue)>>,
    _focus_in_view: Rc<Closure<dyn FnMut(web_sys::FocusEvent)>>,
    _labels_apart: Rc<Closure<dyn FnMut(JsValue)>>,
}

impl MapHandle {
    /// The map's current centre and zoom in URL terms (WGS-84).
    fn view(&self) -> MapView {
        let c = self.map.get_center();
        let (lat, lon) = display_to_wgs84(c.lat(), c.lng(), self.display);
        MapView { lat, lon, zoom: self.map.get_zoom().round().clamp(f64::from(MIN_ZOOM), f64::from(MAX_ZOOM)) as u8 }
    }

    fn bounds(&self) -> Option<BBox> {
        let b = self.map.get_bounds();
        let (sw, ne) = (b.get_south_west(), b.get_north_east());
        let (south, west) = display_to_wgs84(sw.lat(), sw.lng(), self.display);
        let (north, east) = display_to_wgs84(ne.lat(), ne.lng(), self.display);
        BBox::parse(&BBox { south, west, north, east }.encode())
    }
}

#[component]
pub fn MapPane(#[prop(into)] visible: Signal<bool>) -> impl IntoView {
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let lang = ui_lang();
    let picking = use_context::<Picking>();
    let tiles = catalog.0.config.tiles.clone();
    // With no base map, draw in GCJ-02: the system the outline and every data point are in.
    let display = tiles.as_ref().map_or(Crs::Gcj02, |t| t.crs);
    // Without tiles there is nothing to see closer than a few streets' width (the outline is
    // drawn at about 100 m); places sharing a town point fan out from there.
    let max_zoom = tiles.as_ref().map_or(NO_TILES_MAX_ZOOM, |t| t.max_zoom).min(MAX_ZOOM);

    let library = LocalResource::new(loader::load_leaflet);
    let container = NodeRef::<leptos::html::Div>::new();
    let handle = StoredValue::new_local(None::<MapHandle>);
    let current = move || handle.with_value(Clone::clone);
    // Becomes true once Leaflet has built the map; the effects below wait for it.
    let ready = RwSignal::new(false);

    let data = catalog.0.clone();
    let specs = Memo::new(move |_| outcome.with(|o| markers(&data.dataset, &o.results, display, lang)));
    let located = move || specs.with(Vec::len);
    let district_only = move || specs.with(|s| s.iter().filter(|m| m.district_only()).count());
    let total = move || outcome.with(|o| o.results.len());

    let data = catalog.0.clone();
    Effect::new(move |_| {
        if handle.with_value(Option::is_some) || !matches!(library.get(), Some(Ok(()))) {
            return;
        }
        let Some(el) = container.get() else { return };
        mark("jpe:map-render:start");
        let options = MapOptions::new();
        options.set_zoom_control(false);
        options.set_min_zoom(f64::from(MIN_ZOOM));
        options.set_max_zoom(f64::from(max_zoom));
        options.set_keyboard(true);
        let Ok(map) = Map::new_with_element(&el, &options) else { return };
        let places_in =
            |town: &str| data.dataset.places.iter().filter(|p| p.town.as_deref() == Some(town)).count() as f64;
        let (bounds, labels_apart) = base::add_base(&map, &data.geo, tiles.as_ref(), display, lang, &places_in);
        match query.get_untracked().0.at {
            Some(at) => {
                let (lat, lon) = wgs84_to_display(at.lat, at.lon, display);
                map.set_view(&LatLng::new(lat, lon), f64::from(at.zoom));
            }
            None => {
                map.fit_bounds(&bounds);
            }
        }
        let data = data.clone();
        // While picking a point, a marker is a point like any other: its place's location.
        let open_place = move |i: usize| {
            let place = data.dataset.places.get(i);
            if let Some(p) = picking.filter(|p| p.on.get_untracked()) {
                if let Some(origin) = place.and_then(|pl| pl.location).and_then(|l| pick::origin_of(l.point)) {
                    p.choose(origin);
                }
                return;
            }
            let mut q = query.get_untracked().0;
            q.place = place.map(|p| p.id.clone());
            url.navigate(&q);
        };
        let set = MarkerSet::new(false, lang, open_place.clone());
        set.group.unchecked_ref::<leaflet::Layer>().add_to(&map);
        let district = MarkerSet::new(true, lang, open_place);
        district.group.unchecked_ref::<leaflet::Layer>().add_to(&map);
        // Keep the view in the URL (replacing, so panning does not fill the history).
        let on_move = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            let Some(view) = current().map(|h| h.view()) else { return };
            let q = query.get_untracked().0;
            if q.at.map(|a| a.encode()) != Some(view.encode()) {
                url.navigate(&Query { at: Some(view), ..q });
            }
        });
        map.unchecked_ref::<leaflet::Evented>().on("moveend", on_move.as_ref());
        let on_click = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
            let at = e.unchecked_into::<leaflet::MouseEvent>().lat_lng();
            pick::clicked(picking, at.lat(), at.lng(), display);
        });
        map.unchecked_ref::<leaflet::Evented>().on("click", on_click.as_ref());
        let focus_in_view = focus_in_view::keep_focused_marker_in_view(&map, &el);
        handle.set_value(Some(MapHandle {
            map,
            markers: Rc::new(RefCell::new(set)),
            district: Rc::new(RefCell::new(district)),
            display,
            home: Rc::new(bounds),
            origin: Rc::default(),
            _on_move: Rc::new(on_move),
            _on_click: Rc::new(on_click),
            _focus_in_view: Rc::new(focus_in_view),
            _labels_apart: Rc::new(labels_apart),
        }));
        ready.set(true);
    });

    // Markers follow the results: at once for the first drawing, then shortly after the results
    // stop changing, so re-clustering thousands of markers never delays the list under the
    // user's typing.
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let draw = move || {
        let (Some(h), Some(el)) = (current(), container.get_untracked()) else { return };
        let Some(n) = specs.try_with_untracked(|all| {
            let (district, town): (Vec<MarkerSpec>, Vec<MarkerSpec>) =
                all.iter().cloned().partition(MarkerSpec::district_only);
            h.markers.borrow_mut().show(&town) + h.district.borrow_mut().show(&district)
        }) else {
            return;
        };
        let _ = el.set_attribute("data-markers", &n.to_string());
        // make bench times how long the map takes to catch up with the typing.
        mark_latest("jpe:markers-drawn");
    };
    Effect::new(move |drawn: Option<bool>| {
        specs.track();
        if !ready.get() {
            return false;
        }
        if drawn != Some(true) {
            draw();
            measure("jpe:map-render", "jpe:map-render:start");
            return true;
        }
        if let Some(previous) = pending.try_update_value(Option::take).flatten() {
            previous.clear();
        }
        pending.set_value(set_timeout_with_handle(draw, Duration::from_millis(MARKER_DELAY_MS)).ok());
        mark_latest("jpe:markers-pending");
        true
    });
    on_cleanup(move || {
        if let Some(t) = pending.try_update_value(Option::take).flatten() {
            t.clear();
        }
    });

    // The open place is highlighted and brought into view.
    let data = catalog.0.clone();
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let place = query.with(|(q, _)| q.place.clone()).and_then(|id| data.dataset.place_index(&id));
        if let Some(h) = current() {
            for set in [&h.markers, &h.district] {
                let reveal = set.borrow_mut().select(place);
                if let Some(marker) = reveal {
                    set.borrow().group.zoom_to_show_layer(&marker, &JsValue::UNDEFINED);
                }
            }
        }
    });

    // A changed `at` in the URL (Back, Forward, a pasted link) moves the map.
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let Some(at) = query.with(|(q, _)| q.at) else { return };
        if let Some(h) = current()
            && h.view().encode() != at.encode()
        {
            let (lat, lon) = wgs84_to_display(at.lat, at.lon, h.display);
            h.map.set_view(&LatLng::new(lat, lon), f64::from(at.zoom));
        }
    });

    let from = Memo::new(move |_| query.with(|(q, _)| q.from));
    Effect::new(move |_| {
        let from = from.get();
        if ready.get()
            && let Some(h) = current()
        {
            pick::show_origin(&h.map, &mut h.origin.borrow_mut(), from, h.display);
        }
    });
    let centre = Callback::new(move |()| current().map(|h| h.view()).and_then(|v| Origin::new(v.lat, v.lon)));

    // A map shown after being hidden must measure its container again.
    Effect::new(move |_| {
        if visible.get()
            && ready.get()
            && let Some(h) = current()
        {
            h.map.invalidate_size(false);
        }
    });

    on_cleanup(move || {
        if let Some(h) = current() {
            h.map.remove();
        }
    });

    let has_area = move || query.with(|(q, _)| q.filters.within.is_some());
    // One handler for every control keeps the generated code small.
    let act = move |action: MapAction| {
        let Some(h) = current() else { return };
        match action {
            MapAction::ZoomIn => {
                h.map.zoom_in(1.0);
            }
            MapAction::ZoomOut => h.map.zoom_out(1.0),
            MapAction::Pan(x, y) => {
                h.map.pan_by(&LPoint::new(x, y));
            }
            MapAction::Home => {
                h.map.fit_bounds(&h.home);
            }
            MapAction::ToggleArea => {
                let mut q = query.get_untracked().0;
                q.filters.within = if q.filters.within.is_some() { None } else { h.bounds() };
                url.navigate(&q);
            }
        }
    };
    let icon_buttons = [
        (MapAction::ZoomIn, "+", tr!(lang, map.zoom_in)),
        (MapAction::ZoomOut, "−", tr!(lang, map.zoom_out)),
        (MapAction::Pan(0.0, -PAN_PX), "↑", tr!(lang, map.pan_north)),
        (MapAction::Pan(0.0, PAN_PX), "↓", tr!(lang, map.pan_south)),
        (MapAction::Pan(-PAN_PX, 0.0), "←", tr!(lang, map.pan_west)),
        (MapAction::Pan(PAN_PX, 0.0), "→", tr!(lang, map.pan_east)),
    ]
    .into_iter()
    .map(|(action, symbol, label)| {
        view! {
            <button type="button" class="map-button" aria-label=label title=label on:click=move |_| act(action)>
                {symbol}
            </button>
        }
    })
    .collect_view();

    view! {
        <section class="map-section" aria-labelledby="map-heading" on:keydown=move |ev| pick::escape_cancels(picking, &ev)>
            <h2 id="map-heading" class="visually-hidden">{tr!(lang, map.heading)}</h2>
            <div class="map-toolbar" role="group" aria-label=tr!(lang, map.controls)>
                {icon_buttons}
                <button type="button" class="button" on:click=move |_| act(MapAction::Home)>
                    {tr!(lang, map.whole)}
                </button>
                <button type="button" class="button" on:click=move |_| act(MapAction::ToggleArea)>
                    {move || if has_area() { tr!(lang, map.everywhere) } else { tr!(lang, map.search_area) }}
                </button>
                {picking.map(|p| view! {
                    <button
                        type="button"
                        class="button"
                        data-pick-start="map"
                        aria-pressed=move || if p.on.get() { "true" } else { "false" }
                        on:click=move |_| if p.on.get_untracked() { p.cancel() } else { p.start(true, "[data-pick-start=map]") }
                    >
                        {tr!(lang, near.pick)}
                    </button>
                })}
            </div>
            {picking.map(|picking| view! { <PickHint picking centre /> })}
            <p class="map-status">
                {move || match library.get() {
                    None => tr!(lang, map.loading).to_owned(),
                    Some(Err(e)) => tr!(lang, map.failed, reason = e),
                    Some(Ok(())) => {
                        let (n, t, d) = (located(), total(), district_only());
                        let mut text = tr!(lang, map.shown, n = n, total = t);
                        if d > 0 {
                            text.push_str(&tr!(lang, map.district_only, n = d));
                        }
                        if n < t {
                            text.push_str(&tr!(lang, map.unlocated, n = t - n));
                        }
                        text + "."
                    }
                }}
            </p>
            <div
                class="map"
                class:picking=move || picking.is_some_and(|p| p.on.get())
                node_ref=container
                role="region"
                aria-label=tr!(lang, map.region)
            ></div>
            <Legend lang with_origin=Signal::derive(move || from.with(Option::is_some)) />
        </section>
    }
}
