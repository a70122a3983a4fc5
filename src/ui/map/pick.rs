//! Choosing on the map the point the results are ranked from (`from`), and showing it. On a
//! screen that shows only the list, picking shows the map meanwhile and returns to the list after.

use leaflet::{CircleMarker, CircleOptions, LatLng, Map};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::explore::nearby::Origin;
use crate::core::geo::{Crs, Point, display_to_wgs84, to_wgs84, wgs84_to_display};
use crate::core::query::{Query, View};
use crate::ui::context::catalog::{CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::widgets::focus::focus_soon;

/// Whether the next map click chooses the point, and the view to go back to afterwards.
#[derive(Clone, Copy)]
pub struct Picking {
    pub on: RwSignal<bool>,
    back_to: StoredValue<Option<Option<View>>>,
    /// The button that started picking, for focus when it is cancelled.
    started_by: StoredValue<&'static str>,
    // Kept here: a map click is handled outside any reactive owner, where context is not found.
    url: UrlSearch,
    query: Memo<(Query, Vec<String>)>,
}

/// Where focus goes once a point is chosen: the sentence saying what the list is ranked from.
pub const RANKED_NOTE: &str = "#near-note";

impl Picking {
    pub fn provide() -> Picking {
        let p = Picking {
            on: RwSignal::new(false),
            back_to: StoredValue::new(None),
            started_by: StoredValue::new(""),
            url: expect_context::<UrlSearch>(),
            query: expect_context::<CurrentQuery>().0,
        };
        provide_context(p);
        p
    }

    /// Starts picking; `map_shown` is false on a list-only screen, which then shows the map.
    /// `button` selects the button that started it.
    pub fn start(self, map_shown: bool, button: &'static str) {
        self.started_by.set_value(button);
        let (url, q) = (self.url, self.query.get_untracked().0);
        if !map_shown {
            self.back_to.set_value(Some(q.view));
            url.navigate(&Query { view: Some(View::Map), ..q });
        }
        self.on.set(true);
        focus_soon("#pick-centre".into());
    }

    pub fn choose(self, origin: Origin) {
        let mut q = self.query.get_untracked().0;
        q.from = Some(origin);
        if let Some(view) = self.back_to.try_update_value(Option::take).flatten() {
            q.view = view;
        }
        self.on.set(false);
        self.url.navigate(&q);
        focus_soon(RANKED_NOTE.into());
    }

    pub fn cancel(self) {
        self.on.set(false);
        if let Some(view) = self.back_to.try_update_value(Option::take).flatten() {
            self.url.navigate(&Query { view, ..self.query.get_untracked().0 });
        }
        focus_soon(self.started_by.get_value().into());
    }
}

/// Escape anywhere in the map's section (its buttons, the map, a marker) stops picking.
pub fn escape_cancels(picking: Option<Picking>, ev: &web_sys::KeyboardEvent) {
    if let Some(p) = picking.filter(|p| p.on.get_untracked() && ev.key() == "Escape") {
        p.cancel();
    }
}

/// A map click (display coordinates) as the chosen point.
pub fn clicked(picking: Option<Picking>, lat: f64, lon: f64, display: Crs) {
    if let Some(p) = picking.filter(|p| p.on.get_untracked()) {
        let (lat, lon) = display_to_wgs84(lat, lon, display);
        // Past ±180° (the map panned round the world) it is no point: picking goes on.
        if let Some(origin) = Origin::new(lat, lon) {
            p.choose(origin);
        }
    }
}

/// A data point (any system) as the point to rank from.
pub fn origin_of(point: Point) -> Option<Origin> {
    let (lat, lon) = to_wgs84(point);
    Origin::new(lat, lon)
}

/// While picking: what to do, for keyboard users the map's centre, and a way out.
#[component]
pub fn PickHint(picking: Picking, centre: Callback<(), Option<Origin>>) -> impl IntoView {
    let lang = ui_lang();
    let use_centre = move |_| {
        if let Some(o) = centre.run(()) {
            picking.choose(o);
        }
    };
    view! {
        <Show when=move || picking.on.get()>
            <div class="pick-hint" role="group" aria-labelledby="pick-hint-text">
                <p id="pick-hint-text">{tr!(lang, near.picking)}</p>
                <button type="button" id="pick-centre" class="button" on:click=use_centre>
                    {tr!(lang, near.use_centre)}
                </button>
                " "
                <button type="button" class="button" on:click=move |_| picking.cancel()>
                    {tr!(lang, near.cancel)}
                </button>
            </div>
        </Show>
    }
}

/// The chosen point as a ring on the map (the legend says what it is), moved or removed when
/// `from` changes.
pub fn show_origin(map: &Map, ring: &mut Option<CircleMarker>, from: Option<Origin>, display: Crs) {
    if let Some(r) = ring.take() {
        r.unchecked_ref::<leaflet::Layer>().remove();
    }
    let Some(o) = from else { return };
    let (lat, lon) = wgs84_to_display(o.lat, o.lon, display);
    let options = CircleOptions::new();
    options.set_class_name("origin-ring".into());
    options.set_interactive(false);
    options.set_radius(9.0);
    let marker = CircleMarker::new_with_options(&LatLng::new(lat, lon), &options);
    marker.unchecked_ref::<leaflet::Layer>().add_to(map);
    *ring = Some(marker);
}
