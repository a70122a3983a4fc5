//! The places distances are measured from (`near=`): the district's anchor enterprises first,
//! then every other located place.

use leptos::prelude::*;

use crate::core::explore::rows::anchor_choices;
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;

#[component]
pub fn AnchorPicker() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let d = &catalog.0.dataset;
    let options: Vec<(String, String)> = anchor_choices(d, lang)
        .into_iter()
        .map(|i| (d.places[i].id.clone(), d.places[i].name.pick(lang).text.to_owned()))
        .collect();
    let chosen = NodeRef::<leptos::html::Select>::new();
    let add = move |_| {
        let Some(select) = chosen.get() else { return };
        let id = select.value();
        let mut q = query.get_untracked().0;
        if !q.near.contains(&id) && q.add_anchor(&id) {
            url.navigate(&q);
        }
    };
    let data = catalog.0.clone();
    let chips = move || {
        query.with(|(q, _)| {
            q.near
                .iter()
                .filter_map(|id| data.dataset.place_index(id).map(|i| (id.clone(), data.dataset.places[i].name.pick(lang).text.to_owned())))
                .map(|(id, name)| {
                    let remove = move |_| {
                        let mut q = query.get_untracked().0;
                        q.near.retain(|n| n != &id);
                        url.navigate(&q);
                    };
                    view! {
                        <li>
                            {name.clone()}
                            " "
                            <button type="button" class="button link" aria-label=tr!(lang, spaces.remove_anchor, name = name.as_str()) on:click=remove>
                                "×"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let options = options.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view();
    view! {
        <div class="anchors no-print">
            <label for="anchor-select">{tr!(lang, spaces.anchor_label)}</label>
            <select id="anchor-select" node_ref=chosen>{options}</select>
            <button type="button" class="button" on:click=add>{tr!(lang, spaces.anchor_add)}</button>
            <ul class="chips">{chips}</ul>
        </div>
    }
}
