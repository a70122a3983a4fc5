//! Registers the offline service worker (sw.js, written by scripts/post-build.mjs).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Release builds only: under `trunk serve` a cache would hide the change just made.
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let navigator = window().navigator();
    // Absent on plain-http hosts other than localhost, and in some embedded browsers.
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let registration = navigator.service_worker().register("./sw.js");
    leptos::task::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(registration).await {
            web_sys::console::warn_2(&"Jiading Park Explorer: offline use is not available:".into(), &e);
        }
    });
}
