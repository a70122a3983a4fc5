//! A link to another state of the app: a plain click changes the URL in place; a new tab or
//! window (modifier keys, middle click) gets a real address.

use leptos::prelude::*;

use crate::core::query::Query;
use crate::core::text::Lang;
use crate::ui::context::url::{UrlSearch, href, is_plain_click};

/// `label` is in `label_lang` (a place's name may be in the other language).
pub fn app_link(url: UrlSearch, target: Query, label: String, label_lang: Lang, class: &'static str) -> AnyView {
    let link = href(&target);
    let on_click = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            url.navigate(&target);
        }
    };
    view! { <a class=class href=link on:click=on_click lang=label_lang.code()>{label}</a> }.into_any()
}
