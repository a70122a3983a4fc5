//! What the user sees when the data cannot be shown: what went wrong, what to do, and a retry.

use leptos::prelude::*;

use crate::ui::load::LoadError;

/// How many problems the panel lists before summarising the rest.
const SHOWN_PROBLEMS: usize = 50;

#[component]
pub fn LoadProblem(error: LoadError, retry: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    let (heading, explanation, advice) = match &error {
        LoadError::Timeout { url, seconds } => (
            "The data is taking too long to arrive",
            format!("No answer for {url} within {seconds} seconds."),
            "Check your connection, then try again.",
        ),
        LoadError::Network { url, detail } => (
            "The data could not be loaded",
            format!("The request for {url} failed ({detail})."),
            "You may be offline. Check your connection, then try again.",
        ),
        LoadError::Http { url, status } => (
            "The data could not be loaded",
            format!("The server answered {status} for {url}."),
            "The site may be being updated. Try again in a moment; if it persists, tell the site's maintainers.",
        ),
        LoadError::Invalid { url, invalid } => (
            "The data file has errors",
            format!(
                "{url} was received but has {}{} problem{}, so it is not shown rather than shown wrongly.",
                invalid.problems.len(),
                if invalid.truncated { "+" } else { "" },
                if invalid.problems.len() == 1 { "" } else { "s" }
            ),
            "The site's maintainers need to correct the file (make validate lists the same problems). The problems found:",
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
                        <ul class="problem-list">
                            {problems
                                .into_iter()
                                .take(SHOWN_PROBLEMS)
                                .map(|p| {
                                    view! {
                                        <li>
                                            <code>{p.path}</code>
                                            ": "
                                            {p.message}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        {(hidden > 0).then(|| view! { <p>{format!("…and {hidden} more.")}</p> })}
                    }
                })}
            <button type="button" class="button primary" on:click=move |_| retry()>
                "Try again"
            </button>
        </div>
    }
}
