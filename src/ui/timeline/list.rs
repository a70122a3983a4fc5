//! A timeline as a list: what is planned, then what happened, by year and period, each event
//! with its place (a link that keeps the filters) and its sources. The timeline page and a
//! town's page both show it.

use leptos::prelude::*;

use crate::core::data::Dataset;
use crate::core::explore::district_timeline::{DistrictTimeline, Entry, Group, YearGroup};
use crate::core::query::Query;
use crate::core::text::{Lang, PartialDate};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::widgets::link::app_link;
use crate::ui::widgets::text::{date_view, source_entry, text_view};

/// "second half of 2025" as a heading: "Second half of 2025".
fn heading_case(text: String) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The planned part and the part that happened, each a labelled section (`id` prefixes their
/// headings' ids, so two lists on one page stay apart).
pub fn timeline_list(d: &Dataset, t: &DistrictTimeline, id: &str, lang: Lang, q: &Query, url: UrlSearch) -> AnyView {
    let (planned_id, happened_id) = (format!("{id}-planned"), format!("{id}-happened"));
    let (planned_label, happened_label) = (planned_id.clone(), happened_id.clone());
    let planned = (!t.planned.is_empty()).then(|| {
        view! {
            <section class="timeline-part timeline-planned" aria-labelledby=planned_label>
                <h2 id=planned_id>{tr!(lang, claim.planned_heading)}</h2>
                <p class="hint">{tr!(lang, claim.planned_intro)}</p>
                {t.planned.iter().map(|y| year_view(d, y, true, lang, q, url)).collect_view()}
            </section>
        }
    });
    let happened = (!t.happened.is_empty()).then(|| {
        view! {
            <section class="timeline-part timeline-happened" aria-labelledby=happened_label>
                <h2 id=happened_id>{tr!(lang, timeline.happened)}</h2>
                {t.happened.iter().map(|y| year_view(d, y, false, lang, q, url)).collect_view()}
            </section>
        }
    });
    view! {
        {planned}
        {happened}
    }
    .into_any()
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
                {app_link(url, target, name.text.to_owned(), name.lang, "")}
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
