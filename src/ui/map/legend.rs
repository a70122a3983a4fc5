//! What the map's symbols mean: the marker shapes by kind, hollow and dashed for approximate
//! locations, and the ring at the point distances are measured from when there is one.

use leptos::prelude::*;

use crate::core::text::Lang;
use crate::ui::context::i18n::tr;

#[component]
pub fn Legend(lang: Lang, #[prop(into)] with_origin: Signal<bool>) -> impl IntoView {
    let items = [
        ("pin pin-park", tr!(lang, map.legend_park)),
        ("pin pin-project", tr!(lang, map.legend_project)),
        ("pin pin-enterprise", tr!(lang, map.legend_enterprise)),
        ("pin pin-park pin-approx", tr!(lang, map.legend_approx)),
        ("pin pin-park pin-district", tr!(lang, map.legend_district)),
    ]
    .into_iter()
    .map(|(class, text)| item(class, text))
    .collect_view();
    view! {
        <p class="map-legend">
            {items}
            <Show when=move || with_origin.get()>{item("legend-origin", tr!(lang, near.legend))}</Show>
        </p>
    }
}

fn item(class: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <span class="legend-item">
            <span class=class aria-hidden="true"></span>
            {text}
        </span>
    }
}
