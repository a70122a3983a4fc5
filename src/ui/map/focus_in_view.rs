//! A marker reached by Tab may lie partly outside the map's box (after panning, or at its edge):
//! the map pans just enough to show it whole, so the focus ring is never cut off. Measured a
//! frame later: the browser first scrolls the map's box to the marker and Leaflet scrolls it back.

use leaflet::{Map, Point as LPoint};
use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Room left between a focused marker and the map's edge, in pixels.
const MARGIN_PX: f64 = 12.0;

/// Listens on the map's container; the closure must live as long as the map.
pub fn keep_focused_marker_in_view(
    map: &Map,
    container: &web_sys::HtmlElement,
) -> Closure<dyn FnMut(web_sys::FocusEvent)> {
    let map = map.clone();
    let frame = container.clone();
    let on_focus = Closure::<dyn FnMut(web_sys::FocusEvent)>::new(move |ev: web_sys::FocusEvent| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if !el.class_list().contains("leaflet-marker-icon") {
            return;
        }
        let (map, frame) = (map.clone(), frame.clone());
        request_animation_frame(move || show_whole(&map, &frame, &el));
    });
    let _ = container.add_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref());
    on_focus
}

fn show_whole(map: &Map, frame: &web_sys::HtmlElement, el: &web_sys::Element) {
    let (m, b) = (el.get_bounding_client_rect(), frame.get_bounding_client_rect());
    let shift = |low: f64, high: f64, box_low: f64, box_high: f64| {
        if low < box_low + MARGIN_PX {
            low - box_low - MARGIN_PX
        } else if high > box_high - MARGIN_PX {
            high - box_high + MARGIN_PX
        } else {
            0.0
        }
    };
    let dx = shift(m.left(), m.right(), b.left(), b.right());
    let dy = shift(m.top(), m.bottom(), b.top(), b.bottom());
    if dx != 0.0 || dy != 0.0 {
        // At once, not animated: an animation cut short by another move (the view written to
        // the URL, a second Tab) would leave the marker where it was.
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"animate".into(), &false.into());
        map.stop();
        map.pan_by_with_options(&LPoint::new(dx, dy), &options);
    }
}
