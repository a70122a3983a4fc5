//! What the user sees when the data cannot be shown: what went wrong, what to do, and a retry.

use leptos::prelude::*;

use crate::ui::context::catalog::ui_lang;
use crate::ui::context::i18n::tr;
use crate::ui::context::load::LoadError;

/// How many problems the panel lists before summarising the rest.
const SHOWN_PROBLEMS: usize = 50;

#[component]
pub fn LoadProblem(error: LoadError, retry: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    let lang = ui_lang();
    let (heading, explanation, advice) = match &error {
        LoadError::Timeout { url, seconds } => (
            tr!(lang, problem.timeout_heading),
            tr!(lang, problem.timeout_text, url = url.as_str(), seconds = *seconds),
            tr!(lang, problem.timeout_advice),
        ),
        LoadError::Network { url, detail } => (
            tr!(lang, problem.network_heading),
            tr!(lang, problem.network_text, url = url.as_str(), detail = detail.as_str()),
            tr!(lang, problem.network_advice),
        ),
        LoadError::Http { url, status } => (
            tr!(lang, problem.network_heading),
            tr!(lang, problem.http_text, url = url.as_str(), status = *status),
            tr!(lang, problem.http_advice),
        ),
        LoadError::Invalid { url, invalid } => (
            tr!(lang, problem.invalid_heading),
            tr!(
                lang,
                problem.invalid_text,
                url = url.as_str(),
                count = format!("{}{}", invalid.problems.len(), if invalid.truncated { "+" } else { "" })
            ),
            tr!(lang, problem.invalid_advice),
        ),
    };
    let problems = match &error {
        LoadError::Invalid { invalid, .. } => invalid.problems.clone(),
        _ => Vec::new(),
    };
    let hidden = problems.len().saturating_sub(SHOWN_PROBLEMS);
    let focus_ref = NodeRef::<leptos::html::Div>::new();
    // Move focus to the message so keyboard and screen-reader users learn of it at once.
    Effect::new(move |_| {
        if let Some(el) = focus_ref.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="problem-panel" role="alert" tabindex="-1" node_ref=focus_ref aria-labelledby="problem-heading">
            <h1 id="problem-heading">{heading}</h1>
            <p>{explanation}</p>
            <p>{advice}</p>
            {(!problems.is_empty())
                .then(|| {
                    view! {
                        <ul class="problem-list" tabindex="0" aria-label=tr!(lang, problem.list)>
                            {problems
                                .into_iter()
                                .take(SHOWN_PROBLEMS)
                                .map(|p| {
                                    view! {
                                        <li lang="en">
                                            <code>{p.path}</code>
                                            ": "
                                            {p.message}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        {(hidden > 0).then(|| view! { <p>{tr!(lang, problem.more, n = hidden)}</p> })}
                    }
                })}
            <button type="button" class="button primary" on:click=move |_| retry()>
                {tr!(lang, problem.retry)}
            </button>
        </div>
    }
}
