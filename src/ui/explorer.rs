//! The explorer screen: search box, facets and results.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::catalog::CurrentQuery;
use crate::ui::facets::Facets;
use crate::ui::results::Results;
use crate::ui::url::{Nav, UrlSearch};

#[component]
pub fn Explorer() -> impl IntoView {
    view! {
        <div class="explorer">
            <h1 class="page-title">"Industrial parks and smart manufacturing spaces in Jiading"</h1>
            <SearchBox />
            <IgnoredIdsNotice />
            <div class="explorer-body">
                <Facets />
                <Results />
            </div>
        </div>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let set_text = move |text: String| {
        let mut q = query.get_untracked().0;
        if q.q != text {
            q.q = text;
            url.navigate(&q, Nav::Replace);
        }
    };
    let on_input = move |ev: web_sys::Event| {
        // While an input method is composing (pinyin → 汉字), the text is not final: writing it
        // back into the box would cancel the composition.
        if ev.dyn_ref::<web_sys::InputEvent>().is_some_and(web_sys::InputEvent::is_composing) {
            return;
        }
        set_text(event_target_value(&ev));
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">"Search parks, projects and companies"</label>
            <input
                id="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
                prop:value=move || query.with(|(q, _)| q.q.clone())
                on:input=on_input
                on:compositionend=move |ev| set_text(event_target_value(&ev))
            />
            <p id="search-hint" class="hint">
                "Names, addresses, towns, sectors and summaries, in Chinese or English — e.g. "
                <span lang="zh">"安亭"</span>
                ", medical, Beihe."
            </p>
        </form>
    }
}

/// A link may name towns, sectors or a place that the data does not have (an old bookmark, a
/// typo); they are ignored, and the user is told so rather than left wondering.
#[component]
fn IgnoredIdsNotice() -> impl IntoView {
    let query = expect_context::<CurrentQuery>().0;
    move || {
        let dropped = query.with(|(_, dropped)| dropped.clone());
        (!dropped.is_empty()).then(|| {
            view! {
                <p class="notice">
                    {format!(
                        "This link refers to {} that the data does not contain, so {} ignored: {}.",
                        if dropped.len() == 1 { "an item" } else { "items" },
                        if dropped.len() == 1 { "it was" } else { "they were" },
                        dropped.join(", "),
                    )}
                </p>
            }
        })
    }
}
