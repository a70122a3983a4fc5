//! Every problem the validator finds in the draft, each leading to its field.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::data::record_fields::DatasetField;
use crate::core::edit::path::{Path, Step};
use serde_json::Value;

use crate::ui::workbench::fields::{dom_id, option_id};
use crate::ui::workbench::state::{Selected, bench};
use crate::ui::workbench::strings::{f, s};

/// The record a path is in, as the side list selects it.
pub fn record_of(path: &Path) -> Option<Selected> {
    match path.0.as_slice() {
        [Step::Key(list), Step::Index(i), ..] => {
            DatasetField::ALL.iter().find(|f| f.key() == list).and_then(|&f| Selected::record(f, *i))
        }
        // The file's own date is edited beside the export.
        [Step::Key(k)] if k == DatasetField::Updated.key() => Some(Selected::Review),
        _ => None,
    }
}

/// Opens the record and moves focus to the field at `path` (or the nearest part of the form
/// that holds it), once the form is drawn.
pub fn go_to(path: Path) {
    let b = bench();
    if let Some(record) = record_of(&path) {
        b.selected.set(record);
    }
    // An id in a list (`sources[2]`) is the tick box of that id.
    let in_list = match (path.0.last(), b.get(&path)) {
        (Some(Step::Index(_)), Some(Value::String(id))) => {
            Some(option_id(&dom_id(&path.prefix(path.0.len() - 1)), &id))
        }
        _ => None,
    };
    request_animation_frame(move || {
        let target = in_list
            .and_then(|id| document().get_element_by_id(&id))
            .or_else(|| (0..=path.0.len()).rev().find_map(|n| document().get_element_by_id(&dom_id(&path.prefix(n)))))
            .or_else(|| document().get_element_by_id("record-heading"));
        // A group (a text's two halves, a picker, a location) is focused at its first control.
        let target = target.map(|el| match el.tag_name().as_str() {
            "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "H2" => Some(el),
            _ => el.query_selector("input, select, textarea, button").ok().flatten().or(Some(el)),
        });
        if let Some(el) = target.flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            // A field inside a closed part of the form is shown first.
            let mut parent = el.parent_element();
            while let Some(p) = parent {
                if p.tag_name() == "DETAILS" {
                    let _ = p.set_attribute("open", "");
                }
                parent = p.parent_element();
            }
            el.scroll_into_view();
            let _ = el.focus();
        }
    });
}

pub fn problems_page() -> AnyView {
    let b = bench();
    let lang = b.lang;
    let list = move || {
        b.problems.with(|p| {
            if p.problems.is_empty() {
                return view! { <p class="notice ok" role="status">{s!(lang, NoProblems)}</p> }.into_any();
            }
            let items = p
                .problems
                .iter()
                .map(|problem| {
                    let target = Path::parse(&problem.path);
                    let text = format!("{}: {}", problem.path, problem.message);
                    match target {
                        Some(path) => view! {
                            <li><button type="button" class="link" on:click=move |_| go_to(path.clone())>{text}</button></li>
                        }
                        .into_any(),
                        None => view! { <li>{text}</li> }.into_any(),
                    }
                })
                .collect_view();
            let more = p.truncated.then(|| view! { <p>{s!(lang, MoreProblems)}</p> });
            view! {
                <p role="status">{match p.problems.len() {
                    1 => s!(lang, OneProblem).to_owned(),
                    n => f!(lang, ProblemCount, n = n.to_string()),
                }}</p>
                <ol class="problems">{items}</ol>
                {more}
            }
            .into_any()
        })
    };
    view! {
        <article class="record-form">
            <h2 tabindex="-1" id="record-heading">{s!(lang, ProblemsTitle)}</h2>
            <p class="hint">{s!(lang, ProblemsHint)}</p>
            {list}
        </article>
    }
    .into_any()
}
