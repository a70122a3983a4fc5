//! A place's location on a map: click to put the point, drag the marker to move it (or type the
//! coordinates); how precise it is; who located it and how. The point is stored in GCJ-02
//! whatever the base map; a point outside the district is refused with a message.

use std::rc::Rc;

use leaflet::{LatLng, Map, MapOptions, Marker, MarkerOptions};
use leptos::prelude::*;
use serde_json::{Value, json};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::core::data::record_fields::PointField;
use crate::core::data::vocab::Precision;
use crate::core::edit::label_point::label_location;
use crate::core::edit::path::Path;
use crate::core::geo::{Crs, Point, to_display, to_gcj02};
use crate::ui::map::base::add_base;
use crate::ui::map::leaflet_ext::div_icon;
use crate::ui::map::loader::load_leaflet;
use crate::ui::workbench::fields::{dom_id, group_problems};
use crate::ui::workbench::forms::{Extras, field_row};
use crate::ui::workbench::state::bench;
use crate::ui::workbench::strings::{f, s};

/// Six decimals: about 0.1 m, finer than any map a person clicks on.
fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Today in the browser's time zone (`located_on`), as YYYY-MM-DD.
fn local_today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// The stored point, as (lon, lat) in its own system.
fn stored(v: &Value) -> Option<Point> {
    let lon = v.get("lon")?.as_f64()?;
    let lat = v.get("lat")?.as_f64()?;
    let crs = v.get("crs").and_then(Value::as_str).and_then(Crs::parse).unwrap_or(Crs::Gcj02);
    Some(Point { lon, lat, crs })
}

struct MapParts {
    map: Map,
    marker: Marker,
    _on_click: Rc<Closure<dyn FnMut(JsValue)>>,
    _on_drag: Rc<Closure<dyn FnMut(JsValue)>>,
    _labels_apart: Rc<Closure<dyn FnMut(JsValue)>>,
}

pub fn locate(record: Path, label: &str) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let location = record.key("location");
    let tiles = b.config.with_value(|c| c.tiles.clone());
    let display = tiles.as_ref().map_or(Crs::Gcj02, |t| t.crs);
    let message = RwSignal::new(None::<String>);
    let container = NodeRef::<leptos::html::Div>::new();
    let parts = StoredValue::new_local(None::<MapParts>);
    let library = LocalResource::new(load_leaflet);

    // A point chosen on the map (in the map's system) or typed (in the one chosen beside it):
    // kept in GCJ-02 if it is in the district, refused with a message if not.
    let put_point = {
        let location = location.clone();
        move |chosen: Point| {
            let (lon, lat) = to_gcj02(chosen);
            let point = Point { lon: round6(lon), lat: round6(lat), crs: Crs::Gcj02 };
            if !b.geo.with_value(|g| g.contains(point)) {
                message.set(Some(s!(lang, OutsideDistrict).to_owned()));
                return false;
            }
            message.set(None);
            b.doc.update(|d| {
                let was = location.get(d).cloned().unwrap_or(Value::Null);
                let _ = location.key("lon").set(d, json!(point.lon));
                let _ = location.key("lat").set(d, json!(point.lat));
                let _ = location.key("crs").set(d, json!(Crs::Gcj02.id()));
                // A point set by hand is not a label point.
                let approximate = was
                    .get("precision")
                    .and_then(Value::as_str)
                    .and_then(Precision::parse)
                    .is_none_or(Precision::is_approximate);
                if approximate {
                    let _ = location.key("precision").set(d, json!(Precision::Exact.id()));
                }
                let _ = location.key("located_on").set(d, json!(local_today()));
            });
            true
        }
    };
    let put = {
        let put_point = put_point.clone();
        move |lat: f64, lon: f64| put_point(Point { lon, lat, crs: display })
    };
    // The keyboard's way: the coordinates typed below, in their system, through the same check.
    let use_typed = {
        let location = location.clone();
        move |_| match b.get(&location).as_ref().and_then(stored) {
            Some(p) => {
                put_point(p);
            }
            None => message.set(Some(s!(lang, TypeBoth).to_owned())),
        }
    };

    let data_location = location.clone();
    Effect::new(move |_| {
        if parts.with_value(Option::is_some) || !matches!(library.get(), Some(Ok(()))) {
            return;
        }
        let Some(el) = container.get() else { return };
        let options = MapOptions::new();
        options.set_keyboard(true);
        let Ok(map) = Map::new_with_element(&el, &options) else { return };
        // Every town label alike: the draft's places are still being placed.
        let (bounds, labels_apart) = b.geo.with_value(|g| add_base(&map, g, tiles.as_ref(), display, lang, &|_| 0.0));
        map.fit_bounds(&bounds);
        let marker_options = MarkerOptions::new();
        marker_options.set_draggable(true);
        marker_options.set_keyboard(true);
        marker_options.set_title(s!(lang, MarkerTitle).to_owned());
        // A drawn pin: Leaflet's default icon is an image the site does not ship.
        let icon = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&icon, &"className".into(), &"wb-pin".into());
        let _ = js_sys::Reflect::set(&icon, &"html".into(), &"".into());
        let size = js_sys::Array::of2(&28.into(), &28.into());
        let _ = js_sys::Reflect::set(&icon, &"iconSize".into(), &size);
        let anchor = js_sys::Array::of2(&14.into(), &28.into());
        let _ = js_sys::Reflect::set(&icon, &"iconAnchor".into(), &anchor);
        marker_options.set_icon(div_icon(&icon));
        let marker = Marker::new_with_options(&bounds.get_north_east(), &marker_options);
        let on_click = {
            let put = put.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
                let at = e.unchecked_into::<leaflet::MouseEvent>().lat_lng();
                put(at.lat(), at.lng());
            })
        };
        map.unchecked_ref::<leaflet::Evented>().on("click", on_click.as_ref());
        let on_drag = {
            let put = put.clone();
            let marker = marker.clone();
            let location = data_location.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                let at = marker.get_lat_lng();
                if !put(at.lat(), at.lng()) {
                    // Refused: back to where it was.
                    if let Some(p) = b.get(&location).as_ref().and_then(stored) {
                        let (lat, lon) = to_display(p, display);
                        marker.set_lat_lng(&LatLng::new(lat, lon));
                    }
                }
            })
        };
        marker.unchecked_ref::<leaflet::Evented>().on("dragend", on_drag.as_ref());
        parts.set_value(Some(MapParts {
            map,
            marker,
            _on_click: Rc::new(on_click),
            _on_drag: Rc::new(on_drag),
            _labels_apart: Rc::new(labels_apart),
        }));
    });
    // The marker follows the stored point (typed, pasted or set on the map).
    let shown_location = location.clone();
    Effect::new(move |_| {
        let point = b.doc.with(|d| shown_location.get(d).and_then(stored));
        library.get();
        parts.with_value(|p| {
            let Some(p) = p else { return };
            match point {
                Some(point) => {
                    let (lat, lon) = to_display(point, display);
                    p.marker.set_lat_lng(&LatLng::new(lat, lon));
                    p.marker.unchecked_ref::<leaflet::Layer>().add_to(&p.map);
                }
                None => {
                    p.marker.unchecked_ref::<leaflet::Layer>().remove();
                }
            }
        });
    });

    // A form drawn again (another place) makes its own map: this one goes with its listeners.
    on_cleanup(move || {
        parts.update_value(|p| {
            if let Some(p) = p.take() {
                p.map.remove();
            }
        })
    });

    let clear = {
        let location = location.clone();
        move |_| b.set(&location, Value::Null)
    };
    // Known only to its town (or the district): that label point, as every such place has.
    let town_path = record.key("town");
    let town = Memo::new(move |_| b.get(&town_path).and_then(|v| v.as_str().map(str::to_owned)));
    let to_label = {
        let location = location.clone();
        move |_| match b.geo.with_value(|g| label_location(g, town.get_untracked().as_deref())) {
            Some(point) => {
                message.set(None);
                b.set(&location, point);
            }
            None => message.set(Some(s!(lang, NoLabelPoint).to_owned())),
        }
    };
    let label_button = move || match town.get() {
        Some(id) => {
            let name = b.geo.with_value(|g| g.towns.iter().find(|t| t.id == id).map(|t| t.name(lang).to_owned()));
            f!(lang, PutAtTownLabel, town = name.as_deref().unwrap_or(&id))
        }
        None => s!(lang, PutAtDistrictLabel).to_owned(),
    };
    let map_label = f!(lang, MapLabel, label = label);
    let rows = [
        PointField::Lon,
        PointField::Lat,
        PointField::Crs,
        PointField::Precision,
        PointField::LocatedBy,
        PointField::LocatedHow,
        PointField::LocatedOn,
    ]
    .into_iter()
    .map(|p| {
        let word = match p {
            PointField::Lon => s!(lang, Longitude),
            PointField::Lat => s!(lang, Latitude),
            PointField::Crs => s!(lang, CoordinateSystem),
            PointField::Precision => s!(lang, PrecisionLabel),
            PointField::LocatedBy => s!(lang, LocatedBy),
            PointField::LocatedHow => s!(lang, LocatedHow),
            PointField::LocatedOn => s!(lang, LocatedOn),
        };
        field_row(&location, p.key(), p.kind(), word, Extras::default())
    })
    .collect_view();
    let failed = move || match library.get() {
        Some(Err(e)) => Some(view! { <p class="field-error" role="alert">{f!(lang, MapFailed, detail = e)}</p> }),
        _ => None,
    };
    let (errors, problems) = group_problems(&location);
    view! {
        <fieldset class="group locate" id=dom_id(&location) aria-describedby=errors>
            <legend>{label.to_owned()}</legend>
            {problems}
            <p class="hint" id="map-hint">{s!(lang, MapHint)}</p>
            <div class="locate-map" node_ref=container role="application" aria-label=map_label aria-describedby="map-hint"></div>
            {failed}
            {move || message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            {rows}
            <p>
                <button type="button" on:click=use_typed>{s!(lang, UseTyped)}</button>
                " "
                <button type="button" on:click=clear>{s!(lang, ClearLocation)}</button>
            </p>
            <p>
                <button type="button" class="to-label" on:click=to_label>{label_button}</button>
                " "
                <span class="hint">{s!(lang, LabelPointHint)}</span>
            </p>
        </fieldset>
    }
    .into_any()
}
