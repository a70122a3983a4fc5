//! Leaflet is loaded only when a map is first shown, so the list alone costs nothing extra.
//! Files come from vendor/leaflet (copied from npm at build time): no CDN, works offline.

use js_sys::{Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

const STYLES: [&str; 3] =
    ["vendor/leaflet/leaflet.css", "vendor/leaflet/MarkerCluster.css", "vendor/leaflet/MarkerCluster.Default.css"];
const LEAFLET: &str = "vendor/leaflet/leaflet.js";
const CLUSTER: &str = "vendor/leaflet/leaflet.markercluster.js";

fn global_has(path: &[&str]) -> bool {
    let mut value: JsValue = js_sys::global().into();
    for key in path {
        match Reflect::get(&value, &(*key).into()) {
            Ok(v) if !v.is_undefined() && !v.is_null() => value = v,
            _ => return false,
        }
    }
    true
}

fn add_stylesheet(document: &web_sys::Document, href: &str) -> Result<(), JsValue> {
    if document.query_selector(&format!("link[href=\"{href}\"]"))?.is_some() {
        return Ok(());
    }
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", href)?;
    document.head().ok_or("no <head>")?.append_child(&link)?;
    Ok(())
}

/// Adds a script element and waits for it to run (or fail).
async fn add_script(document: &web_sys::Document, src: &str) -> Result<(), JsValue> {
    let script = document.create_element("script")?;
    let promise = Promise::new(&mut |resolve, reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = script.add_event_listener_with_callback("error", on_error.unchecked_ref());
    });
    script.set_attribute("src", src)?;
    document.head().ok_or("no <head>")?.append_child(&script)?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| JsValue::from_str(&format!("{src} did not load")))
}

/// Makes `L` and `L.markerClusterGroup` available; a description of the failure otherwise.
pub async fn load_leaflet() -> Result<(), String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let describe = |e: JsValue| e.as_string().unwrap_or_else(|| "the map library could not be loaded".into());
    for href in STYLES {
        add_stylesheet(&document, href).map_err(describe)?;
    }
    if !global_has(&["L", "map"]) {
        add_script(&document, LEAFLET).await.map_err(describe)?;
    }
    if !global_has(&["L", "markerClusterGroup"]) {
        add_script(&document, CLUSTER).await.map_err(describe)?;
    }
    Ok(())
}
