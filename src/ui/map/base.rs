//! What the map shows under the markers: the optional tile base map, the district outline,
//! neighbouring districts (faint) and the town labels — all from bundled data.

use js_sys::{Array, Object, Reflect};
use leaflet::{
    LatLng, LatLngBounds, Map, Marker, MarkerOptions, Polygon, PolylineOptions, TileLayer, TileLayerOptions,
};
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::core::geo::{Crs, Geography, Point, Polygon as GeoPolygon, to_display};
use crate::core::site::config::Tiles;
use crate::core::site::links::escape_html;
use crate::core::text::Lang;
use crate::ui::map::leaflet_ext::div_icon;
use crate::ui::map::town_labels::keep_apart;

fn display_latlng(lon: f64, lat: f64, display: Crs) -> LatLng {
    // Bundled geography is GCJ-02.
    let (lat, lon) = to_display(Point { lon, lat, crs: Crs::Gcj02 }, display);
    LatLng::new(lat, lon)
}

fn polygons(polygons: &[GeoPolygon], display: Crs) -> Array {
    polygons
        .iter()
        .map(|p| -> JsValue {
            p.rings
                .iter()
                .map(|ring| -> JsValue {
                    ring.iter()
                        .map(|(lon, lat)| JsValue::from(display_latlng(*lon, *lat, display)))
                        .collect::<Array>()
                        .into()
                })
                .collect::<Array>()
                .into()
        })
        .collect()
}

/// Line and fill colours come from the theme: the class is styled in style/app.css.
fn style(class: &str, weight: f64, fill_opacity: f64) -> PolylineOptions {
    let options = PolylineOptions::new();
    let _ = Reflect::set(&options, &"className".into(), &class.into());
    options.set_weight(weight);
    options.set_fill_opacity(fill_opacity);
    options.set_interactive(false);
    options
}

/// Adds the base layers and returns the district's bounds (to fit the first view to) and the
/// handler that keeps the town labels apart (`weight`: a town's importance, by its id).
pub fn add_base(
    map: &Map,
    geo: &Geography,
    tiles: Option<&Tiles>,
    display: Crs,
    lang: Lang,
    weight: &dyn Fn(&str) -> f64,
) -> (LatLngBounds, Closure<dyn FnMut(JsValue)>) {
    if let Some(t) = tiles {
        for url in std::iter::once(&t.url).chain(t.labels_url.as_ref()) {
            let options = TileLayerOptions::new();
            options.set_max_zoom(f64::from(t.max_zoom));
            // Attribution is shown as HTML by Leaflet: pass plain text only.
            let _ = Reflect::set(&options, &"attribution".into(), &escape_html(&t.attribution).into());
            let _ = Reflect::set(&options, &"subdomains".into(), &t.subdomains.clone().into());
            TileLayer::new_options(url, &options).add_to(map);
        }
    }
    for n in &geo.neighbours {
        Polygon::new_with_options(&polygons(&n.polygons, display), &style("map-neighbour", 1.0, 0.5)).add_to(map);
    }
    let outline =
        Polygon::new_with_options(&polygons(&geo.district.polygons, display), &style("map-district", 2.5, 0.6));
    outline.add_to(map);
    for town in &geo.town_outlines {
        Polygon::new_with_options(&polygons(&town.polygons, display), &style("map-town", 1.0, 0.0)).add_to(map);
    }
    let (mut labels, mut weights) = (Vec::new(), Vec::new());
    for town in &geo.towns {
        let name = town.name(lang);
        let label = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("span").ok());
        let Some(label) = label else { continue };
        label.set_class_name("town-label");
        label.set_text_content(Some(name));
        labels.push(label.clone());
        weights.push(weight(&town.id));
        let icon_options = Object::new();
        let _ = Reflect::set(&icon_options, &"html".into(), &label.into());
        let _ = Reflect::set(&icon_options, &"className".into(), &"town-label-wrap".into());
        let _ = Reflect::set(&icon_options, &"iconSize".into(), &JsValue::NULL);
        let options = MarkerOptions::new();
        options.set_icon(div_icon(&icon_options));
        options.set_interactive(false);
        options.set_keyboard(false);
        Marker::new_with_options(&display_latlng(town.lon, town.lat, display), &options).add_to(map);
    }
    let apart = keep_apart(map, labels, weights);
    (outline_bounds(geo, display), apart)
}

fn outline_bounds(geo: &Geography, display: Crs) -> LatLngBounds {
    let points: Array = geo
        .district
        .polygons
        .iter()
        .flat_map(|p| p.rings.first())
        .flatten()
        .map(|(lon, lat)| JsValue::from(display_latlng(*lon, *lat, display)))
        .collect();
    LatLngBounds::new_from_list(&points)
}
