//! Clusters by keyboard. Leaflet.markercluster opens a cluster on Enter only and then focuses
//! the whole map, which leaves the places it revealed many Tab presses away; Space it leaves to
//! scroll the page. Here both keys open a cluster, and focus moves to the first place (or smaller
//! cluster) it revealed, once the map has zoomed or the markers have fanned out.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use leaflet::Marker;
use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::ui::map::leaflet_ext::{MarkerCluster, MarkerClusterGroup};

type Callback = Closure<dyn FnMut(JsValue) -> JsValue>;

/// Whether a cluster's places all share one point (a town's label point): opening it fans them
/// out instead of zooming in.
pub fn fans_out(cluster: &MarkerCluster) -> bool {
    let children = cluster.get_all_child_markers();
    let point = |m: JsValue| {
        let at = m.unchecked_into::<Marker>().get_lat_lng();
        (at.lat(), at.lng())
    };
    let mut points = children.iter().map(point);
    let first = points.next();
    points.all(|p| Some(p) == first)
}

/// Installs the handlers on `group`; the callbacks must live as long as it.
pub fn cluster_keys(group: &MarkerClusterGroup) -> [Callback; 2] {
    let pending: Rc<RefCell<Option<Array>>> = Rc::default();
    let on_key = {
        let (group, pending) = (group.clone(), pending.clone());
        Callback::new(move |event: JsValue| {
            let key = Reflect::get(&event, &"originalEvent".into())
                .ok()
                .and_then(|o| o.dyn_into::<web_sys::KeyboardEvent>().ok());
            let cluster = Reflect::get(&event, &"layer".into()).ok().map(JsCast::unchecked_into::<MarkerCluster>);
            let (Some(key), Some(cluster)) = (key, cluster) else { return JsValue::UNDEFINED };
            let space = key.key() == " ";
            if !space && key.key() != "Enter" {
                return JsValue::UNDEFINED;
            }
            // Before opening: a fan-out is announced at once. A cluster already fanned out opens
            // no further, and announces nothing to wait for.
            let fanned =
                Reflect::get(&group, &"_spiderfied".into()).is_ok_and(|s| AsRef::<JsValue>::as_ref(&cluster) == &s);
            if !fanned {
                *pending.borrow_mut() = Some(cluster.get_all_child_markers());
            }
            if space {
                key.prevent_default();
                // As a click: the group turns it into "clusterclick", which opens the cluster.
                let data = Object::new();
                let _ = Reflect::set(&data, &"layer".into(), &cluster);
                let _ = Reflect::set(&data, &"originalEvent".into(), &key);
                group.unchecked_ref::<leaflet::Evented>().fire("click", &data, None);
            }
            JsValue::UNDEFINED
        })
    };
    let on_opened = {
        let group = group.clone();
        Callback::new(move |_| {
            if let Some(children) = pending.borrow_mut().take() {
                let group = group.clone();
                // After markercluster has moved focus to the map, in the same turn.
                request_animation_frame(move || focus_first(&group, &children));
            }
            JsValue::UNDEFINED
        })
    };
    let evented = group.unchecked_ref::<leaflet::Evented>();
    evented.on("clusterkeypress", on_key.as_ref());
    evented.on("spiderfied animationend", on_opened.as_ref());
    [on_key, on_opened]
}

fn focus_first(group: &MarkerClusterGroup, children: &Array) {
    let shown = children.iter().filter_map(|m| {
        let visible = group.get_visible_parent(&m.unchecked_into::<Marker>());
        let element = Reflect::get(&visible, &"_icon".into()).ok()?;
        element.dyn_into::<web_sys::HtmlElement>().ok()
    });
    if let Some(el) = shown.into_iter().next() {
        let _ = el.focus();
    }
}
