//! ☆/★: adds a place or a space to the shortlist, or takes it off.

use leptos::prelude::*;

use crate::core::explore::shortlist::Item;
use crate::ui::context::catalog::ui_lang;
use crate::ui::context::i18n::tr;
use crate::ui::context::shortlist_store::Shortlist;

#[component]
pub fn Star(item: Item, name: String) -> impl IntoView {
    let lang = ui_lang();
    let Some(list) = use_context::<Shortlist>() else { return ().into_any() };
    let on = {
        let item = item.clone();
        Memo::new(move |_| list.contains(&item))
    };
    let label = move || {
        if on.get() {
            tr!(lang, shortlist.remove, name = name.as_str())
        } else {
            tr!(lang, shortlist.add, name = name.as_str())
        }
    };
    view! {
        <button
            type="button"
            class="star"
            aria-pressed=move || if on.get() { "true" } else { "false" }
            aria-label=label.clone()
            title=label
            on:click=move |_| list.toggle(&item)
        >
            <span aria-hidden="true">{move || if on.get() { "★" } else { "☆" }}</span>
        </button>
    }
    .into_any()
}
