//! The results list: a count announced to screen readers, one link per place (nearest first
//! when ranked from a point), and a way out when nothing matches.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::data::{Dataset, PlaceField};
use crate::core::explore::RESULTS_PAGE;
use crate::core::explore::cells::place_cell;
use crate::core::explore::nearby::{counts, rank};
use crate::core::explore::shortlist::Item;
use crate::core::query::Query;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, CurrentOutcome, CurrentQuery, LastOpened, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::{UrlSearch, href, is_plain_click};
use crate::ui::explorer::near::{NearNote, NearTools, distance_text};
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::labels;
use crate::ui::widgets::marked::Marked;
use crate::ui::widgets::star::Star;
use crate::ui::widgets::words::UiWords;

#[component]
pub fn Results() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let text = Memo::new(move |_| query.with(|(q, _)| q.filters.q.clone()));
    // How many results to show belongs to one result set: remember it with the outcome it was
    // chosen for, so a new search starts again at one page without an effect resetting it.
    let shown = RwSignal::new((outcome.get_untracked(), RESULTS_PAGE));
    let limit = move || shown.with(|(o, n)| if Arc::ptr_eq(o, &outcome.get()) { *n } else { RESULTS_PAGE });
    let total = move || outcome.with(|o| o.results.len());
    let count_text = move || match total() {
        0 => tr!(lang, results.none).to_owned(),
        1 => tr!(lang, results.one).to_owned(),
        n => tr!(lang, results.many, n = n),
    };
    let from = Memo::new(move |_| query.with(|(q, _)| q.from));
    let data = catalog.0.clone();
    let ranked =
        Memo::new(move |_| from.get().map(|o| outcome.with(|out| rank(&data.dataset, &data.geo, &out.results, o))));
    let data = catalog.0.clone();
    // Built from the results, the point they are ranked from and the search text only: moving
    // the map changes the URL but must not rebuild the list.
    let items = move || {
        let q = text.get();
        let limit = limit();
        let d = &data.dataset;
        let item = |i: usize, distance: Option<String>| result_item(d, i, lang, &q, query, url, distance);
        ranked.with(|r| match r {
            Some(r) => r
                .iter()
                .take(limit)
                .map(|n| item(n.place, Some(distance_text(d, &n.distance, lang))))
                .collect_view()
                .into_any(),
            None => outcome.with(|o| o.results.iter().take(limit).map(|&i| item(i, None)).collect_view()).into_any(),
        })
    };
    let note = move || {
        let counts = ranked.with(|r| r.as_deref().map(counts).unwrap_or_default());
        from.get().map(|from| view! { <NearNote from counts /> })
    };
    let data = catalog.0.clone();
    let nearest = move || {
        if total() > 0 {
            return None;
        }
        let q = text.get();
        let near = data.index.nearest(&q, NEAREST);
        (!near.is_empty()).then(|| {
            let links =
                near.into_iter().map(|i| result_item(&data.dataset, i, lang, &q, query, url, None)).collect_view();
            view! {
                <p>{tr!(lang, results.nearest)}</p>
                <ol class="result-list nearest">{links}</ol>
            }
        })
    };
    // Coming back from a place's detail, return focus to the link that opened it.
    if let Some(last) = use_context::<LastOpened>() {
        Effect::new(move |_| {
            if let Some(id) = last.0.try_update_value(Option::take).flatten() {
                focus_soon(format!("li[data-place=\"{id}\"] a"));
            }
        });
    }
    let show_more = move |_| shown.set((outcome.get_untracked(), limit() + RESULTS_PAGE));
    let clear = move |_| url.navigate(&query.get_untracked().0.without_filters());
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">{tr!(lang, results.heading)}</h2>
            <NearTools />
            {note}
            <p class="result-count" role="status">
                {count_text}
            </p>
            <Show when=move || total() == 0>
                <div class="no-results">
                    <p>{tr!(lang, results.none_advice)}</p>
                    <button type="button" class="button" on:click=clear>
                        {tr!(lang, results.clear)}
                    </button>
                    {nearest.clone()}
                </div>
            </Show>
            <ol class="result-list">{items}</ol>
            <Show when=move || { total() > limit() }>
                <button type="button" class="button" on:click=show_more>
                    {move || tr!(lang, results.more, more = RESULTS_PAGE.min(total() - limit()), rest = total() - limit())}
                </button>
            </Show>
        </section>
    }
}

/// Suggestions offered when nothing matches.
const NEAREST: usize = 5;

fn result_item(
    d: &Dataset,
    i: usize,
    lang: Lang,
    text: &str,
    query: Memo<(Query, Vec<String>)>,
    url: UrlSearch,
    distance: Option<String>,
) -> impl IntoView + use<> {
    let place = &d.places[i];
    let name = place.name.pick(lang);
    let id = place.id.clone();
    let link = href(&Query { place: Some(id.clone()), ..query.get_untracked().0 });
    let on_click = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            url.navigate(&Query { place: Some(id.clone()), ..query.get_untracked().0 });
        }
    };
    let town = place.town.as_deref().and_then(|t| d.town(t)).map(|t| t.name.pick(lang));
    let summary = place.summary.as_ref().map(|s| s.pick(lang));
    let approximate = place.location.is_some_and(|l| l.precision.is_approximate());
    let q = text.to_owned();
    view! {
        <li class="result" data-place=place.id.clone()>
            <h3>
                <a href=link on:click=on_click lang=name.lang.code()>
                    <Marked text=name.text.to_owned() query=q.clone() />
                </a>
                {name.fallback.then(|| {
                    let note = match name.lang {
                        Lang::Zh => tr!(lang, results.name_only_zh),
                        Lang::En => tr!(lang, results.name_only_en),
                    };
                    view! { " " <span class="fallback">{note}</span> }
                })}
            </h3>
            <p class="meta">
                <span class=format!("badge kind-{}", place.kind.id())>{labels::kind(place.kind, lang)}</span>
                " "
                <span class="status">{place_cell(d, place, PlaceField::Status, &UiWords(lang)).text().to_owned()}</span>
                {town.map(|t| view! { " · " <span lang=t.lang.code()>{t.text.to_owned()}</span> })}
                {approximate.then(|| format!(" · {}", tr!(lang, results.approximate)))}
            </p>
            {distance.map(|text| view! { <p class="distance">{text}</p> })}
            <Star item=Item::Place(place.id.clone()) name=name.text.to_owned() />
            {summary.map(|s| {
                view! {
                    <p class="summary" lang=s.lang.code()>
                        <Marked text=s.text.to_owned() query=q.clone() />
                    </p>
                }
            })}
        </li>
    }
}
