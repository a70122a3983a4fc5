//! Moving the keyboard focus after the view changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus, once the view has been drawn again, to the first element matching `selector`
/// (the element focused before may be gone: a row removed, the page rebuilt in another language).
pub fn focus_soon(selector: String) {
    request_animation_frame(move || {
        let el = document().query_selector(&selector).ok().flatten();
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
