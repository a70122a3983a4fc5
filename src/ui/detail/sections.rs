//! The sections of a place's page below its key facts: its spaces, its timeline, what the
//! sources say, caveats, and the numbered sources.

use leptos::prelude::*;

use crate::core::data::{Dataset, Event, Place, PlaceField};
use crate::core::explore::cells::space_cell;
use crate::core::explore::citations::Citations;
use crate::core::explore::claims::{Timeline, timeline};
use crate::core::explore::table::detail_space_columns;
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;
use crate::ui::detail::marks::marks_view;
use crate::ui::widgets::cell::cell_view;
use crate::ui::widgets::labels;
use crate::ui::widgets::text::{date_view, planned_date_view, source_entry, text_view};
use crate::ui::widgets::words::UiWords;

pub fn spaces_view(d: &Dataset, p: &Place, citations: &Citations, lang: Lang) -> AnyView {
    let body = if p.spaces.is_empty() {
        view! { <p>{tr!(lang, detail.spaces_none)}</p> }.into_any()
    } else {
        let words = UiWords(lang);
        let columns = detail_space_columns(&p.spaces);
        let rows = p
            .spaces
            .iter()
            .map(|s| {
                let cells =
                    columns.iter().copied().map(|f| cell_view(space_cell(d, Some(s), f, &words), lang)).collect_view();
                view! { <tr>{cells}</tr> }
            })
            .collect_view();
        let heads = columns
            .iter()
            .copied()
            .map(|f| view! { <th scope="col">{labels::space_field(f, lang)}</th> })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-label=tr!(lang, detail.spaces_table) tabindex="0">
                <table class="spaces">
                    <thead>
                        <tr>{heads}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="table-sources">{marks_view(citations.field(d, p, PlaceField::Spaces), citations, lang)}</p>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="spaces-heading">
            <h2 id="spaces-heading">{tr!(lang, detail.spaces)}</h2>
            {body}
        </section>
    }
    .into_any()
}

pub fn timeline_view(d: &Dataset, p: &Place, citations: &Citations, lang: Lang) -> Option<AnyView> {
    if p.timeline.is_empty() {
        return None;
    }
    let Timeline { happened, planned } = timeline(p);
    let items = |events: Vec<&Event>, planned: bool| {
        events
            .into_iter()
            .map(|e| {
                let marks = marks_view(citations.entry(d, p, &e.sources), citations, lang);
                let date = if planned { planned_date_view(e.date, lang) } else { date_view(e.date, lang) };
                view! { <li>{date} " — " {text_view(&e.event, lang)} " " {marks}</li> }
            })
            .collect_view()
    };
    let happened = (!happened.is_empty()).then(|| view! { <ol class="timeline">{items(happened, false)}</ol> });
    let planned = (!planned.is_empty()).then(|| {
        view! {
            <h3 id="planned-heading">{tr!(lang, claim.planned_heading)}</h3>
            <p class="hint">{tr!(lang, claim.planned_intro)}</p>
            <ol class="timeline planned" aria-labelledby="planned-heading">{items(planned, true)}</ol>
        }
    });
    Some(
        view! {
            <section aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{tr!(lang, detail.timeline)}</h2>
                {happened}
                {planned}
            </section>
        }
        .into_any(),
    )
}

pub fn said_view(d: &Dataset, p: &Place, citations: &Citations, lang: Lang) -> Option<AnyView> {
    if p.facts.is_empty() {
        return None;
    }
    let items = p
        .facts
        .iter()
        .map(|f| {
            let marks = marks_view(citations.entry(d, p, &f.sources), citations, lang);
            view! { <li>{text_view(&f.text, lang)} " " {marks}</li> }
        })
        .collect_view();
    Some(
        view! {
            <section aria-labelledby="said-heading">
                <h2 id="said-heading">{tr!(lang, detail.said)}</h2>
                <ul class="said">{items}</ul>
            </section>
        }
        .into_any(),
    )
}

pub fn notes_view(p: &Place, lang: Lang) -> Option<AnyView> {
    if p.notes.is_empty() {
        return None;
    }
    let items = p.notes.iter().map(|n| view! { <li>{text_view(n, lang)}</li> }).collect_view();
    Some(
        view! {
            <section aria-labelledby="notes-heading">
                <h2 id="notes-heading">{tr!(lang, detail.notes)}</h2>
                <ul>{items}</ul>
            </section>
        }
        .into_any(),
    )
}

pub fn sources_view(citations: &Citations, lang: Lang) -> AnyView {
    let items = citations
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <li id=format!("source-{}", i + 1)>{source_entry(s, lang)}</li> })
        .collect_view();
    view! {
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{tr!(lang, detail.sources)}</h2>
            <p>{tr!(lang, detail.sources_intro)}</p>
            <ol class="sources">{items}</ol>
        </section>
    }
    .into_any()
}
