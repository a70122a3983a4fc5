//! Bindings the `leaflet` crate lacks or gets wrong: `L.divIcon` (its `DivIcon` constructs an
//! `L.Icon`), `bindTooltip` with content (it calls a non-existent `bindTooltipWithContent`) and
//! Leaflet.markercluster's group.

use leaflet::{Icon, Layer, LayerGroup, Marker};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &JsValue) -> Icon;

    #[derive(Debug, Clone)]
    #[wasm_bindgen(extends = LayerGroup)]
    pub type MarkerClusterGroup;

    #[wasm_bindgen(js_namespace = L, js_name = markerClusterGroup)]
    pub fn marker_cluster_group(options: &JsValue) -> MarkerClusterGroup;

    #[wasm_bindgen(method, js_name = addLayers)]
    pub fn add_layers(this: &MarkerClusterGroup, layers: &js_sys::Array);

    #[wasm_bindgen(method, js_name = removeLayers)]
    pub fn remove_layers(this: &MarkerClusterGroup, layers: &js_sys::Array);

    #[wasm_bindgen(method, js_name = zoomToShowLayer)]
    pub fn zoom_to_show_layer(this: &MarkerClusterGroup, layer: &Marker, done: &JsValue);

    #[wasm_bindgen(method, js_name = getLayers)]
    pub fn get_layers(this: &MarkerClusterGroup) -> js_sys::Array;

    /// A cluster, as passed to `iconCreateFunction`.
    pub type MarkerCluster;

    #[wasm_bindgen(method, js_name = getChildCount)]
    pub fn get_child_count(this: &MarkerCluster) -> u32;

    #[wasm_bindgen(method, js_name = getAllChildMarkers)]
    pub fn get_all_child_markers(this: &MarkerCluster) -> js_sys::Array;

    /// The marker itself if it is drawn, else the cluster that holds it (`null` if neither is).
    #[wasm_bindgen(method, js_name = getVisibleParent)]
    pub fn get_visible_parent(this: &MarkerClusterGroup, marker: &Marker) -> JsValue;
}

/// `layer.bindTooltip(content, options)`; `content` may be a function of the layer returning an
/// element. (A foreign type cannot take a new binding, so this calls the method by name.)
pub fn bind_tooltip(layer: &Layer, content: &JsValue, options: &JsValue) {
    if let Ok(f) = js_sys::Reflect::get(layer, &"bindTooltip".into())
        && let Some(f) = f.dyn_ref::<js_sys::Function>()
    {
        let _ = f.call2(layer, content, options);
    }
}
