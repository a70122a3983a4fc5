//! The town labels kept apart: after every zoom, each label's box is measured and the less
//! important of two that would overlap is hidden (core::geo::visible_labels). Importance is how
//! many places of the data are in the town.

use leaflet::Map;
use leptos::prelude::request_animation_frame;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::geo::{LabelBox, visible_labels};

/// Space kept between two labels, in pixels.
const GAP_PX: f64 = 4.0;
/// The class that hides a label (it keeps its box, so it can be measured again).
const HIDDEN: &str = "town-label-hidden";

fn declutter(container: &web_sys::HtmlElement, labels: &[web_sys::Element], weights: &[f64]) {
    let boxes: Vec<LabelBox> = labels
        .iter()
        .map(|l| {
            let r = l.get_bounding_client_rect();
            LabelBox { left: r.left(), top: r.top(), width: r.width(), height: r.height() }
        })
        .collect();
    for (label, shown) in labels.iter().zip(visible_labels(&boxes, weights, GAP_PX)) {
        let _ = if shown { label.class_list().remove_1(HIDDEN) } else { label.class_list().add_1(HIDDEN) };
    }
    // How many times the labels have been judged: the browser tests wait for the next one.
    let times = container.get_attribute("data-labels-judged").and_then(|n| n.parse::<u32>().ok()).unwrap_or(0);
    let _ = container.set_attribute("data-labels-judged", &(times + 1).to_string());
}

/// Keeps `labels` apart on `map` from its first view on; the returned handler must live as long
/// as the map.
pub fn keep_apart(map: &Map, labels: Vec<web_sys::Element>, weights: Vec<f64>) -> Closure<dyn FnMut(JsValue)> {
    let container = map.get_container();
    let on_zoom = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        let (container, labels, weights) = (container.clone(), labels.clone(), weights.clone());
        // Measured once Leaflet has moved the labels to the new zoom and the page is laid out.
        request_animation_frame(move || declutter(&container, &labels, &weights));
    });
    map.unchecked_ref::<leaflet::Evented>().on("zoomend", on_zoom.as_ref());
    on_zoom
}
