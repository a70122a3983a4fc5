//! The timeline page: every dated event of the places the search and filters leave, newest
//! first by year and month, what is planned apart from what happened, each event with its place
//! (a link) and its source; the filters beside it and a year range in the URL.
//!
//! May import: ui::context, ui::widgets.

mod years;

use leptos::prelude::*;

use crate::core::data::Dataset;
use crate::core::explore::district_timeline::{Entry, Group, YearGroup, district_timeline};
use crate::core::query::Query;
use crate::core::text::{Lang, PartialDate};
use crate::ui::context::catalog::{Catalog, CurrentOutcome, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::{UrlSearch, href, is_plain_click};
use crate::ui::timeline::years::YearRange;
use crate::ui::widgets::facets::Facets;
use crate::ui::widgets::text::{date_view, source_entry, text_view};

/// "second half of 2025" as a heading: "Second half of 2025".
fn heading_case(text: String) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let years = Memo::new(move |_| query.with(|(q, _)| q.years.unwrap_or_default()));
    let data = catalog.0.clone();
    // The years with events for these places, whatever the range: the range's choices.
    let span =
        Memo::new(move |_| outcome.with(|o| district_timeline(&data.dataset, &o.results, Default::default()).span));
    let data = catalog.0.clone();
    let body = move || {
        let years = years.get();
        let q = query.with(|(q, _)| q.clone());
        outcome.with(|o| {
            let d = &data.dataset;
            let t = district_timeline(d, &o.results, years);
            let mut places: Vec<usize> = t
                .happened
                .iter()
                .chain(&t.planned)
                .flat_map(|y| &y.groups)
                .flat_map(|g| &g.entries)
                .map(|e| e.place)
                .collect();
            places.sort_unstable();
            places.dedup();
            let count = match (t.len(), places.len()) {
                (0, _) => tr!(lang, timeline.none).to_owned(),
                (1, _) => tr!(lang, timeline.one).to_owned(),
                (n, p) => tr!(lang, timeline.many, events = n, places = p),
            };
            let planned = (!t.planned.is_empty()).then(|| {
                view! {
                    <section class="timeline-part timeline-planned" aria-labelledby="timeline-planned">
                        <h2 id="timeline-planned">{tr!(lang, claim.planned_heading)}</h2>
                        <p class="hint">{tr!(lang, claim.planned_intro)}</p>
                        {t.planned.iter().map(|y| year_view(d, y, true, lang, &q, url)).collect_view()}
                    </section>
                }
            });
            let happened = (!t.happened.is_empty()).then(|| {
                view! {
                    <section class="timeline-part timeline-happened" aria-labelledby="timeline-happened">
                        <h2 id="timeline-happened">{tr!(lang, timeline.happened)}</h2>
                        {t.happened.iter().map(|y| year_view(d, y, false, lang, &q, url)).collect_view()}
                    </section>
                }
            });
            view! {
                <p id="timeline-count" class="result-count" role="status">{count}</p>
                {planned}
                {happened}
            }
        })
    };
    let search = move || query.with(|(q, _)| q.filters.q.trim().to_owned());
    let clear_search = move |_| {
        let mut q = query.get_untracked().0;
        q.filters.q.clear();
        url.navigate(&q);
    };
    view! {
        <div class="timeline-page">
            <h1>{tr!(lang, timeline.title)}</h1>
            <p class="lead">{tr!(lang, timeline.intro)}</p>
            <div class="explorer-body with-facets with-main">
                <div class="timeline-filters">
                    <YearRange years span />
                    <Facets />
                </div>
                <section class="timeline-results" aria-labelledby="timeline-count">
                    {move || {
                        let text = search();
                        (!text.is_empty())
                            .then(|| {
                                view! {
                                    <p class="notice">
                                        {tr!(lang, timeline.searched, q = text.as_str())} " "
                                        <button type="button" class="button link" on:click=clear_search>
                                            {tr!(lang, timeline.clear_search)}
                                        </button>
                                    </p>
                                }
                            })
                    }}
                    {body}
                </section>
            </div>
        </div>
    }
}

fn year_view(d: &Dataset, y: &YearGroup, planned: bool, lang: Lang, q: &Query, url: UrlSearch) -> AnyView {
    // Not a labelled section: a year appears under "planned" and "what happened" alike, and
    // landmarks need names of their own.
    let groups = y.groups.iter().map(|g| group_view(d, y.year, g, planned, lang, q, url)).collect_view();
    view! {
        <div class="timeline-year">
            <h3>{PartialDate::Year(y.year).display(lang)}</h3>
            {groups}
        </div>
    }
    .into_any()
}

fn group_view(d: &Dataset, year: i32, g: &Group, planned: bool, lang: Lang, q: &Query, url: UrlSearch) -> AnyView {
    let period = g.period.date(year).display(lang);
    let heading = if planned { heading_case(tr!(lang, claim.planned, date = period)) } else { heading_case(period) };
    let entries = g.entries.iter().map(|e| entry_view(d, e, lang, q, url)).collect_view();
    view! {
        <h4>{heading}</h4>
        <ol class="timeline">{entries}</ol>
    }
    .into_any()
}

fn entry_view(d: &Dataset, e: &Entry, lang: Lang, q: &Query, url: UrlSearch) -> AnyView {
    let place = &d.places[e.place];
    let name = place.name.pick(lang);
    let target = Query { page: None, place: Some(place.id.clone()), ..q.clone() };
    let link = href(&target);
    let on_click = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            url.navigate(&target);
        }
    };
    // A day is worth saying; a month or coarser is the group's heading already.
    let day = matches!(e.event.date, PartialDate::Day(..)).then(|| view! { {date_view(e.event.date, lang)} ": " });
    let sources = e
        .event
        .sources
        .iter()
        .filter_map(|id| d.source(id))
        .map(|s| view! { <li>{source_entry(s, lang)}</li> })
        .collect_view();
    view! {
        <li class="timeline-entry">
            <p>
                {day}
                <a href=link on:click=on_click lang=name.lang.code()>
                    {name.text.to_owned()}
                </a>
                ": "
                {text_view(&e.event.event, lang)}
            </p>
            <ul class="plain timeline-sources" aria-label=tr!(lang, timeline.sources)>
                {sources}
            </ul>
        </li>
    }
    .into_any()
}
