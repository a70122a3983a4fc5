//! The shortlist: starred places and spaces, a link to share them, comparison of up to four,
//! and an enquiry composed as an email the user sends themselves.
//!
//! May import: ui::context, ui::widgets.

mod compare;
mod enquiry;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::explore::shortlist::{Item, describe, keep_shared};
use crate::core::explore::toggle;
use crate::core::query::{MAX_COMPARE, Page, Query};
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::shortlist_store::{Shortlist, StoreProblem};
use crate::ui::context::url::{UrlSearch, href};
use crate::ui::shortlist::compare::COMPARE_TITLE;
use crate::ui::shortlist::enquiry::Enquiry;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::star::Star;
use crate::ui::widgets::words::UiWords;

pub use compare::ComparePage;

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let list = expect_context::<Shortlist>();
    let shared = Memo::new(move |_| query.with(|(q, _)| q.shortlist.clone()));
    // The list shown: a shared one from the link, else the user's own.
    let shown = move || shared.get().unwrap_or_else(|| list.items.get());
    // Ticks for comparison: the state of this page's form, not of the data.
    let selected = RwSignal::new(Vec::<Item>::new());
    let data = catalog.0.clone();
    let items = move || {
        let d = &data.dataset;
        shown()
            .into_iter()
            .filter_map(|item| describe(d, &item, &UiWords(lang)).map(|text| (item, text)))
            .map(|(item, text)| {
                let id = format!("select-{}", item.encode().replace(':', "-"));
                let checked = {
                    let item = item.clone();
                    move || selected.with(|s| s.contains(&item))
                };
                let full = {
                    let item = item.clone();
                    move || selected.with(|s| s.len() >= MAX_COMPARE && !s.contains(&item))
                };
                let toggle = {
                    let item = item.clone();
                    move |_| selected.update(|s| *s = toggle(s, &item, MAX_COMPARE))
                };
                let place_id = item.resolve(d).map(|(p, _)| d.places[p].id.clone());
                let target = Query { place: place_id, page: None, shortlist: None, ..query.get_untracked().0 };
                view! {
                    <li class="shortlist-item">
                        <input type="checkbox" id=id.clone() prop:checked=checked disabled=full on:change=toggle />
                        <label for=id class="visually-hidden">{tr!(lang, shortlist.select, name = text.as_str())}</label>
                        <Star item=item.clone() name=text.clone() />
                        " "
                        <a href=href(&target)>{text.clone()}</a>
                    </li>
                }
            })
            .collect_view()
    };
    let compare = move |_| {
        let q = Query {
            page: Some(Page::Compare),
            compare: selected.get_untracked(),
            shortlist: None,
            ..query.get_untracked().0
        };
        url.navigate(&q);
        focus_soon(COMPARE_TITLE.into());
    };
    let share_link = move || {
        let items = list.items.get();
        let q = Query { page: Some(Page::Shortlist), shortlist: Some(items), ..Query::default() };
        let location = window().location();
        format!("{}{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default(), href(&q))
    };
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = share_link();
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&text);
        copied.set(true);
    };
    let keep = move |merge: bool| {
        let Some(incoming) = shared.get_untracked() else { return };
        list.set(keep_shared(&list.items.get_untracked(), &incoming, merge));
        url.navigate(&Query { shortlist: None, ..query.get_untracked().0 });
    };
    let problem = move || {
        list.problem.get().map(|p| {
            let text = match p {
                StoreProblem::Corrupt(reason) => tr!(lang, shortlist.corrupt, reason = reason),
                StoreProblem::Unavailable => tr!(lang, shortlist.storage_off).to_owned(),
            };
            view! { <p class="notice" role="status">{text}</p> }
        })
    };
    view! {
        <div class="shortlist-page">
            <h1>{tr!(lang, shortlist.title)}</h1>
            {problem}
            {move || shared.with(|s| s.as_ref().map(|s| s.len())).map(|n| view! {
                <div class="notice">
                    <p>{tr!(lang, shortlist.shared, n = n)}</p>
                    <button type="button" class="button" on:click=move |_| keep(false)>{tr!(lang, shortlist.keep_replace)}</button>
                    " "
                    <button type="button" class="button" on:click=move |_| keep(true)>{tr!(lang, shortlist.keep_merge)}</button>
                </div>
            })}
            <Show
                when=move || !shown().is_empty()
                fallback=move || view! { <p>{tr!(lang, shortlist.empty)}</p> }
            >
                <ul class="shortlist plain">{items.clone()}</ul>
                <div class="actions no-print">
                    <button type="button" class="button primary" disabled=move || selected.with(|s| s.len() < 2) on:click=compare>
                        {move || tr!(lang, shortlist.compare, n = selected.with(Vec::len), max = MAX_COMPARE)}
                    </button>
                </div>
                <Show when=move || shared.with(Option::is_none)>
                    <section class="share no-print" aria-labelledby="share-heading">
                        <h2 id="share-heading">{tr!(lang, shortlist.share)}</h2>
                        <label for="share-link">{tr!(lang, shortlist.share_help)}</label>
                        <div class="share-row">
                            <input id="share-link" type="text" readonly prop:value=share_link on:focus=|ev| {
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            } />
                            <button type="button" class="button" on:click=copy>{tr!(lang, shortlist.copy)}</button>
                        </div>
                        <p role="status" class="hint">{move || copied.get().then(|| tr!(lang, shortlist.copied))}</p>
                    </section>
                </Show>
                <Enquiry items=Signal::derive(shown) />
            </Show>
        </div>
    }
}
