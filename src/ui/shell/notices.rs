//! Notices about the data: errors in the file (what is not shown, with the problems for its
//! editors), a saved copy while offline, or changes since the last visit.

use leptos::prelude::*;

use crate::core::text::PartialDate;
use crate::ui::context::catalog::{DataProblems, Delivery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::widgets::text::checked_date;

/// Problems listed in the disclosure before the rest are summarised.
const SHOWN_PROBLEMS: usize = 50;

/// The data file has errors but what could be read is shown: say what is missing, and list
/// each problem with its JSON path for the site's editors.
#[component]
pub fn DataNotice(problems: DataProblems) -> impl IntoView {
    let lang = ui_lang();
    let DataProblems { problems, truncated, left_out } = problems;
    if problems.is_empty() && left_out.is_empty() {
        return ().into_any();
    }
    let summary = match left_out.len() {
        0 => tr!(lang, data.values_dropped).to_owned(),
        1 => tr!(lang, data.left_out_one).to_owned(),
        n => tr!(lang, data.left_out_many, n = n),
    };
    let count = format!("{}{}", problems.len(), if truncated { "+" } else { "" });
    let hidden = problems.len().saturating_sub(SHOWN_PROBLEMS);
    let not_shown = left_out
        .into_iter()
        .map(|l| {
            let place = l.id.unwrap_or_else(|| "?".into());
            view! { <li>{tr!(lang, data.not_shown, place = place, path = l.path)}</li> }
        })
        .collect_view();
    let listed = problems
        .into_iter()
        .take(SHOWN_PROBLEMS)
        .map(|p| view! { <li lang="en"><code>{p.path}</code> ": " {p.message}</li> })
        .collect_view();
    view! {
        <div class="notice data-problems" role="status">
            <p>{summary}</p>
            <details>
                <summary>{tr!(lang, data.details, n = count)}</summary>
                <ul class="problem-list" tabindex="0" aria-label=tr!(lang, problem.list)>
                    {not_shown}
                    {listed}
                </ul>
                {(hidden > 0).then(|| view! { <p>{tr!(lang, data.more, n = hidden)}</p> })}
            </details>
        </div>
    }
    .into_any()
}

#[component]
pub fn DeliveryNotices(delivery: Delivery, updated: Option<PartialDate>) -> impl IntoView {
    let lang = ui_lang();
    let dismissed = RwSignal::new(false);
    let offline = delivery.offline.then(|| {
        view! { <p class="notice offline-notice" role="status">{tr!(lang, notice.offline, date = checked_date(updated, lang))}</p> }
    });
    let changed = delivery.change.map(|change| {
        let counts = [
            (change.added > 0).then(|| tr!(lang, notice.added, n = change.added)),
            (change.removed > 0).then(|| tr!(lang, notice.removed, n = change.removed)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        view! {
            <Show when=move || !dismissed.get()>
                <div class="notice data-updated" role="status">
                    <p>
                        {tr!(
                            lang, notice.updated, previous = checked_date(change.previous, lang),
                            current = checked_date(change.current, lang)
                        )}
                        " "
                        {counts.clone()}
                    </p>
                    <button type="button" class="button" on:click=move |_| dismissed.set(true)>
                        {tr!(lang, notice.dismiss)}
                    </button>
                </div>
            </Show>
        }
    });
    view! { {offline} {changed} }
}
