//! A fact's citation marks: "[1][3]" links to the page's source list, and "secondary source"
//! when everything it rests on is weak (core::explore::citations numbers them).

use leptos::prelude::*;

use crate::core::explore::citations::{Citations, Marks};
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;

pub fn marks_view(marks: Marks, citations: &Citations, lang: Lang) -> AnyView {
    let has_refs = !marks.refs.is_empty();
    let links = marks
        .refs
        .iter()
        .filter_map(|&n| {
            let source = citations.sources.get(n - 1)?;
            let publisher = source.publisher.clone().unwrap_or_else(|| source.title.clone());
            Some(view! {
                <a class="ref" href=format!("#source-{n}") aria-label=tr!(lang, detail.source_ref, n = n, publisher = publisher)>
                    {format!("[{n}]")}
                </a>
            })
        })
        .collect_view();
    let weak = marks.weak_only.then(|| view! { <span class="badge weak">{tr!(lang, detail.secondary)}</span> });
    let operator =
        marks.operator_only.then(|| view! { <span class="badge operator">{tr!(lang, reliability.operator)}</span> });
    view! {
        {has_refs.then(|| view! { <span class="refs">{links}</span> })}
        {weak}
        {operator}
    }
    .into_any()
}
