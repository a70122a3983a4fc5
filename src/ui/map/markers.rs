//! The place markers: created once per place, then added and removed as the results change
//! (a diff, so typing in the search box stays fast with thousands of places), clustered.

use std::collections::{HashMap, HashSet};

use js_sys::{Array, Object, Reflect};
use leaflet::{LatLng, Marker, MarkerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::core::data::{Kind, Precision};
use crate::core::explore::markers::MarkerSpec;
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;
use crate::ui::map::cluster_keys::{cluster_keys, fans_out};
use crate::ui::map::leaflet_ext::{MarkerCluster, MarkerClusterGroup, bind_tooltip, div_icon, marker_cluster_group};
use crate::ui::widgets::labels;

/// The property on each marker that names its place (index into the dataset).
const PLACE_KEY: &str = "jpePlace";

fn set(obj: &JsValue, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &key.into(), &value.into());
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A text element: data never becomes markup.
fn text_element(tag: &str, class: &str, text: &str) -> web_sys::Element {
    let el = document().create_element(tag).expect("element");
    el.set_class_name(class);
    el.set_text_content(Some(text));
    el
}

/// The accessible name: "Name (project, approximate location: town)".
fn label(spec: &MarkerSpec, lang: Lang) -> String {
    let how = match spec.precision {
        Precision::Town => tr!(lang, map.approx_town),
        Precision::District => tr!(lang, map.approx_district),
        Precision::Exact | Precision::Address => "",
    };
    tr!(lang, map.marker, name = spec.name.as_str(), kind = labels::kind(spec.kind, lang).to_lowercase(), how = how)
}

fn icon_for(spec: &MarkerSpec, selected: bool, lang: Lang) -> leaflet::Icon {
    let kind = match spec.kind {
        Kind::Park => "park",
        Kind::Project => "project",
        Kind::Enterprise => "enterprise",
    };
    let pin = document().create_element("span").expect("element");
    pin.set_class_name(&format!(
        "pin pin-{kind}{}{}",
        match spec.precision {
            Precision::Town => " pin-approx",
            Precision::District => " pin-district",
            Precision::Exact | Precision::Address => "",
        },
        if selected { " pin-selected" } else { "" }
    ));
    let _ = pin.append_child(&text_element("span", "visually-hidden", &label(spec, lang)));
    let options = Object::new();
    set(&options, "html", pin);
    set(&options, "className", "pin-wrap");
    // At least 24 px: the minimum target size (WCAG 2.5.8).
    let size = if selected { 32 } else { 24 };
    set(&options, "iconSize", Array::of2(&size.into(), &size.into()));
    set(&options, "iconAnchor", Array::of2(&(size / 2).into(), &(size / 2).into()));
    div_icon(&options)
}

/// Cluster icons say how many places they hold, to sight and to screen readers.
fn cluster_icon(cluster: MarkerCluster, district: bool, lang: Lang) -> leaflet::Icon {
    let n = cluster.get_child_count();
    let el = document().create_element("span").expect("element");
    el.set_class_name(if district { "cluster cluster-district" } else { "cluster" });
    let _ = el.append_child(&text_element("span", "cluster-count", &n.to_string()));
    let hint = match (district, fans_out(&cluster)) {
        (true, _) => tr!(lang, map.cluster_district_hint),
        (false, true) => tr!(lang, map.cluster_fan_hint),
        (false, false) => tr!(lang, map.cluster_hint),
    };
    let _ = el.append_child(&text_element("span", "visually-hidden", hint));
    let options = Object::new();
    set(&options, "html", el);
    set(&options, "className", "cluster-wrap");
    set(&options, "iconSize", Array::of2(&36.into(), &36.into()));
    div_icon(&options)
}

pub struct MarkerSet {
    pub group: MarkerClusterGroup,
    markers: HashMap<usize, (Marker, MarkerSpec)>,
    shown: HashSet<usize>,
    selected: Option<usize>,
    lang: Lang,
    /// Keeps the JS callbacks alive as long as the group.
    callbacks: Vec<Closure<dyn FnMut(JsValue) -> JsValue>>,
}

impl MarkerSet {
    /// `on_activate` runs with the place index when a marker is clicked or activated by keyboard.
    /// A `district` set holds the places known only to lie somewhere in the district.
    pub fn new(district: bool, lang: Lang, on_activate: impl Fn(usize) + 'static) -> MarkerSet {
        let icon_fn = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |cluster: JsValue| {
            cluster_icon(cluster.unchecked_into(), district, lang).into()
        });
        let options = Object::new();
        set(&options, "iconCreateFunction", icon_fn.as_ref().clone());
        set(&options, "showCoverageOnHover", false);
        set(&options, "maxClusterRadius", 50);
        // Places sharing one point (a town's label point) fan out far enough to be separate targets.
        set(&options, "spiderfyDistanceMultiplier", 3);
        // No cluster animations: instant is easier to follow, kinder to reduced-motion users and
        // leaves no half-moved markers overlapping.
        set(&options, "animate", false);
        let group = marker_cluster_group(&options);
        // Leaflet turns a click on a marker into "click", but Enter on a focused marker only into
        // "keypress" (it opens popups, which we do not use): activate on both, and on Space,
        // as for any button.
        let activate = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |event: JsValue| {
            let original = Reflect::get(&event, &"originalEvent".into()).ok();
            let is_key =
                Reflect::get(&event, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() == Some("keypress");
            if is_key {
                let key = original.as_ref().and_then(|o| o.dyn_ref::<web_sys::KeyboardEvent>()).map(|k| k.key());
                match key.as_deref() {
                    Some("Enter") => {}
                    Some(" ") => {
                        if let Some(k) = original.as_ref().and_then(|o| o.dyn_ref::<web_sys::KeyboardEvent>()) {
                            k.prevent_default();
                        }
                    }
                    _ => return JsValue::UNDEFINED,
                }
            }
            let place = Reflect::get(&event, &"layer".into())
                .and_then(|layer| Reflect::get(&layer, &PLACE_KEY.into()))
                .ok()
                .and_then(|v| v.as_f64());
            if let Some(i) = place {
                on_activate(i as usize);
            }
            JsValue::UNDEFINED
        });
        let [on_cluster_key, on_cluster_opened] = cluster_keys(&group);
        let evented = group.unchecked_ref::<leaflet::Evented>();
        evented.on("click", activate.as_ref());
        evented.on("keypress", activate.as_ref());
        // One tooltip builder for every marker: the marker's title as text, never as markup.
        let tooltip = Closure::<dyn FnMut(JsValue) -> JsValue>::new(|layer: JsValue| {
            let title = Reflect::get(&layer, &"options".into())
                .and_then(|o| Reflect::get(&o, &"title".into()))
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            text_element("span", "", &title).into()
        });
        MarkerSet {
            group,
            markers: HashMap::new(),
            shown: HashSet::new(),
            selected: None,
            lang,
            callbacks: vec![icon_fn, activate, tooltip, on_cluster_key, on_cluster_opened],
        }
    }

    fn marker(&mut self, spec: &MarkerSpec) -> Marker {
        if let Some((m, old)) = self.markers.get(&spec.place)
            && old == spec
        {
            return m.clone();
        }
        let options = MarkerOptions::new();
        options.set_icon(icon_for(spec, self.selected == Some(spec.place), self.lang));
        options.set_title(label(spec, self.lang));
        options.set_keyboard(true);
        // focus_in_view shows a focused marker whole; Leaflet's own pan on focus would race it.
        set(&options, "autoPanOnFocus", false);
        let marker = Marker::new_with_options(&LatLng::new(spec.lat, spec.lon), &options);
        set(&marker, PLACE_KEY, spec.place as f64);
        // Leaflet shows the tooltip on hover and on keyboard focus.
        let tooltip_options = Object::new();
        set(&tooltip_options, "direction", "top");
        bind_tooltip(&marker, self.callbacks[2].as_ref(), &tooltip_options);
        self.markers.insert(spec.place, (marker.clone(), spec.clone()));
        marker
    }

    /// Shows exactly `specs`, adding and removing the difference. Returns how many are shown.
    pub fn show(&mut self, specs: &[MarkerSpec]) -> usize {
        let wanted: HashSet<usize> = specs.iter().map(|s| s.place).collect();
        let remove = Array::new();
        for i in self.shown.difference(&wanted) {
            if let Some((m, _)) = self.markers.get(i) {
                remove.push(m);
            }
        }
        let add = Array::new();
        for spec in specs {
            let changed = self.markers.get(&spec.place).is_some_and(|(_, old)| old != spec);
            if changed && self.shown.contains(&spec.place) {
                // The label changed (language switch): replace the marker.
                if let Some((m, _)) = self.markers.remove(&spec.place) {
                    remove.push(&m);
                }
                self.shown.remove(&spec.place);
            }
            if !self.shown.contains(&spec.place) {
                add.push(&self.marker(spec));
            }
        }
        if remove.length() > 0 {
            self.group.remove_layers(&remove);
        }
        if add.length() > 0 {
            self.group.add_layers(&add);
        }
        self.shown = wanted;
        self.shown.len()
    }

    /// Marks one place's marker as selected (larger, outlined); `None` clears. Returns the
    /// marker to bring into view, for the caller to reveal once this set is no longer borrowed.
    pub fn select(&mut self, place: Option<usize>) -> Option<Marker> {
        if self.selected == place {
            return None;
        }
        let previous = std::mem::replace(&mut self.selected, place);
        for i in previous.into_iter().chain(place) {
            if let Some((m, spec)) = self.markers.get(&i) {
                m.set_icon(&icon_for(spec, Some(i) == self.selected, self.lang));
            }
        }
        let i = place.filter(|i| self.shown.contains(i))?;
        self.markers.get(&i).map(|(m, _)| m.clone())
    }
}
