//! The results list: a count announced to screen readers, one link per place, and a way out
//! when nothing matches.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::model::{Dataset, Place};
use crate::core::query::Query;
use crate::core::text::Lang;
use crate::ui::catalog::{Catalog, CurrentLang, CurrentOutcome, CurrentQuery};
use crate::ui::detail::LastOpened;
use crate::ui::labels;
use crate::ui::url::{Nav, UrlSearch, href, is_plain_click};

/// Results rendered at first and added per "show more": enough to scan, cheap to draw.
const PAGE: usize = 50;

#[component]
pub fn Results() -> impl IntoView {
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let lang = expect_context::<CurrentLang>().0;
    // How many results to show belongs to one result set: remember it with the outcome it was
    // chosen for, so a new search starts again at one page without an effect resetting it.
    let shown = RwSignal::new((outcome.get_untracked(), PAGE));
    let limit = move || shown.with(|(o, n)| if Arc::ptr_eq(o, &outcome.get()) { *n } else { PAGE });
    let total = move || outcome.with(|o| o.results.len());
    let count_text = move || match total() {
        0 => "No places match.".to_owned(),
        1 => "1 place".to_owned(),
        n => format!("{n} places"),
    };
    let data = catalog.0.clone();
    let items = move || {
        let lang = lang.get();
        let q = query.with(|(q, _)| q.clone());
        let limit = limit();
        outcome.with(|o| {
            o.results
                .iter()
                .take(limit)
                .map(|&i| result_item(&data.dataset.places[i], &data.dataset, lang, &q, url))
                .collect_view()
        })
    };
    // Coming back from a place's detail, return focus to the link that opened it.
    if let Some(last) = use_context::<LastOpened>() {
        Effect::new(move |_| {
            if let Some(id) = last.0.try_update_value(Option::take).flatten() {
                request_animation_frame(move || {
                    let selector = format!("li[data-place=\"{id}\"] a");
                    if let Ok(Some(link)) = document().query_selector(&selector)
                        && let Ok(link) = link.dyn_into::<web_sys::HtmlElement>()
                    {
                        let _ = link.focus();
                    }
                });
            }
        });
    }
    let show_more = move |_| shown.set((outcome.get_untracked(), limit() + PAGE));
    let clear = move |_| url.navigate(&query.get_untracked().0.without_filters(), Nav::Replace);
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">"Results"</h2>
            <p class="result-count" role="status">
                {count_text}
            </p>
            <Show when=move || total() == 0>
                <div class="no-results">
                    <p>"Try fewer or different words, or remove some filters."</p>
                    <button type="button" class="button" on:click=clear>
                        "Clear search and filters"
                    </button>
                </div>
            </Show>
            <ol class="result-list">{items}</ol>
            <Show when=move || { total() > limit() }>
                <button type="button" class="button" on:click=show_more>
                    {move || format!("Show {} more (of {} not shown)", PAGE.min(total() - limit()), total() - limit())}
                </button>
            </Show>
        </section>
    }
}

fn result_item(place: &Place, catalog: &Dataset, lang: Lang, query: &Query, url: UrlSearch) -> impl IntoView + use<> {
    let name = place.name.pick(lang);
    let target = Query { place: Some(place.id.clone()), ..query.clone() };
    let link = href(&target);
    let on_click = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            url.navigate(&target, Nav::Push);
        }
    };
    let town = place.town.as_deref().and_then(|t| catalog.town(t)).map(|t| t.name.pick(lang));
    let summary = place.summary.as_ref().map(|s| s.pick(lang));
    let approximate = place.location.is_some_and(|l| l.precision.is_approximate());
    view! {
        <li class="result" data-place=place.id.clone()>
            <h3>
                <a href=link on:click=on_click lang=name.lang.code()>
                    {name.text.to_owned()}
                </a>
            </h3>
            <p class="meta">
                <span class=format!("badge kind-{}", place.kind.id())>{labels::kind(place.kind)}</span>
                " "
                <span class="status">{labels::status(place.status)}</span>
                {town.map(|t| view! { " · " <span lang=t.lang.code()>{t.text.to_owned()}</span> })}
                {approximate.then_some(" · approximate location")}
            </p>
            {summary.map(|s| view! { <p class="summary" lang=s.lang.code()>{s.text.to_owned()}</p> })}
        </li>
    }
}
