//! Review and export: what changed against the file that was opened, place by place and field
//! by field; places.json in the canonical form (a readable diff in version control); and a
//! plain-text summary of the changes for the web team. Export is never blocked, but warns while
//! problems remain: the exported file passes `make validate` exactly when none are listed.

use leptos::prelude::*;
use serde_json::Value;

use crate::core::data::fields::PlaceField;
use crate::core::data::record_fields::{DatasetField, PointField, SourceField};
use crate::core::edit::diff::{Change, FieldChange, What, changes, space_counts};
use crate::core::edit::draft::fingerprint;
use crate::core::edit::path::Path;
use crate::core::text::Lang;
use crate::ui::widgets::download::download;
use crate::ui::widgets::labels;
use crate::ui::workbench::fields::choice_word;
use crate::ui::workbench::forms::{Extras, field_row};
use crate::ui::workbench::nav::record_name;
use crate::ui::workbench::state::{bench, now};
use crate::ui::workbench::strings::{f, s};

fn order(list: DatasetField) -> Vec<&'static str> {
    match list {
        DatasetField::Places => PlaceField::ALL.iter().map(|f| f.key()).collect(),
        DatasetField::Sources => SourceField::ALL.iter().map(|f| f.key()).collect(),
        _ => vec!["id", "name"],
    }
}

/// A value in a few words: text as it is (cut short), numbers as written, lists by count.
fn short(v: &Value, lang: Lang) -> String {
    let text = match v {
        Value::Null => s!(lang, NotPublished).to_owned(),
        Value::String(s) => s.clone(),
        Value::Array(items) => f!(lang, Items, n = items.len().to_string()),
        Value::Object(o) => match (o.get(lang.code()), o.get(lang.other().code())) {
            (Some(Value::String(s)), _) | (_, Some(Value::String(s))) => s.clone(),
            _ => s!(lang, Changed).to_owned(),
        },
        other => other.to_string(),
    };
    if text.chars().count() > 40 { text.chars().take(39).chain(['…']).collect() } else { text }
}

fn precision(v: &Value, lang: Lang) -> String {
    match v.get(PointField::Precision.key()).and_then(Value::as_str) {
        Some(p) => choice_word(crate::core::data::vocab::Precision::IDS, p, lang),
        None => s!(lang, NotPublished).to_owned(),
    }
}

/// One field's change in words: "location: town → exact", "3 spaces added".
fn field_words(c: &FieldChange, lang: Lang) -> String {
    let label = PlaceField::parse(&c.key).map_or_else(|| c.key.clone(), |f| labels::place_field(f, lang).to_owned());
    match PlaceField::parse(&c.key) {
        Some(PlaceField::Spaces) => {
            let n = space_counts(&c.before, &c.after);
            [
                (n.added, s!(lang, SpacesAdded)),
                (n.changed, s!(lang, SpacesChanged)),
                (n.removed, s!(lang, SpacesRemoved)),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, words)| crate::ui::workbench::strings::fill(words, &[("n", &n.to_string())]))
            .collect::<Vec<_>>()
            .join(", ")
        }
        Some(PlaceField::Location) => {
            let (b, a) = (precision(&c.before, lang), precision(&c.after, lang));
            if b == a { f!(lang, Moved, label = label) } else { format!("{label}: {b} → {a}") }
        }
        _ => format!("{label}: {} → {}", short(&c.before, lang), short(&c.after, lang)),
    }
}

fn list_word(list: Option<DatasetField>, lang: Lang) -> &'static str {
    match list {
        Some(DatasetField::Places) => s!(lang, Place),
        Some(DatasetField::Sources) => s!(lang, Source),
        Some(DatasetField::Sectors) => s!(lang, Sector),
        Some(DatasetField::Programmes) => s!(lang, Programme),
        Some(DatasetField::Towns) => s!(lang, Town),
        _ => s!(lang, TheFile),
    }
}

/// A change as one line: "Place Haoyuan: location: town → exact; 3 spaces added".
fn line(c: &Change, doc: &Value, opened: &Value, lang: Lang) -> String {
    let find = |d: &Value| {
        c.list.and_then(|l| {
            d.get(l.key())?
                .as_array()?
                .iter()
                .find(|r| r.get("id").and_then(Value::as_str) == Some(c.id.as_str()))
                .cloned()
        })
    };
    let name = find(doc).or_else(|| find(opened)).map_or_else(|| c.id.clone(), |r| record_name(&r, lang));
    let what = match &c.what {
        What::Added => s!(lang, Added).to_owned(),
        What::Removed => s!(lang, Removed).to_owned(),
        // The file's own date is its "data last checked", not a record's.
        What::Changed(fields) if c.list.is_none() => fields
            .iter()
            .map(|f| match f.key.as_str() {
                "updated" => {
                    format!("{}: {} → {}", s!(lang, FileUpdated), short(&f.before, lang), short(&f.after, lang))
                }
                _ => field_words(f, lang),
            })
            .collect::<Vec<_>>()
            .join("; "),
        What::Changed(fields) => fields.iter().map(|f| field_words(f, lang)).collect::<Vec<_>>().join("; "),
    };
    match c.list {
        None => format!("{}: {what}", list_word(None, lang)),
        Some(_) => format!("{} {name}: {what}", list_word(c.list, lang)),
    }
}

pub fn review_page() -> AnyView {
    let b = bench();
    let lang = b.lang;
    let lines = Memo::new(move |_| {
        let (doc, opened) = (b.doc.get(), b.opened.get());
        changes(&opened, &doc, order).iter().map(|c| line(c, &doc, &opened, lang)).collect::<Vec<_>>()
    });
    let summary = move || {
        let header = f!(lang, SummaryHeader, date = now());
        std::iter::once(header).chain(lines.get().into_iter().map(|l| format!("- {l}"))).collect::<Vec<_>>().join("\n")
            + "\n"
    };
    let export = move |_| {
        let text = b.text.get_untracked();
        download("places.json", "application/json;charset=utf-8", text.as_bytes());
        b.exported.set(Some(fingerprint(&text)));
    };
    let export_summary = move |_| download("changes.txt", "text/plain;charset=utf-8", summary().as_bytes());
    let warning = move || {
        let n = b.problems.with(|p| p.problems.len());
        let text = match n {
            0 => return None,
            1 => s!(lang, ExportWithOneProblem).to_owned(),
            n => f!(lang, ExportWithProblems, n = n.to_string()),
        };
        Some(view! { <p class="notice warning" role="alert">{text}</p> })
    };
    let list = move || {
        let items = lines.get();
        if items.is_empty() {
            return view! { <p>{s!(lang, NoChanges)}</p> }.into_any();
        }
        view! { <ul class="changes">{items.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
    };
    view! {
        <article class="record-form">
            <h2 tabindex="-1" id="record-heading">{s!(lang, ReviewTitle)}</h2>
            <section class="form-section" aria-labelledby="changes-heading">
                <h3 id="changes-heading">{s!(lang, ChangesHeading)}</h3>
                {list}
            </section>
            <section class="form-section" aria-labelledby="export-heading">
                <h3 id="export-heading">{s!(lang, ExportHeading)}</h3>
                {warning}
                // The file's own date: the day its data was last checked, shown on the explorer.
                {field_row(&Path::root(), DatasetField::Updated.key(), DatasetField::Updated.kind(), s!(lang, FileUpdated), Extras { required: true, ..Extras::default() })}
                <p class="hint">{s!(lang, FileUpdatedHint)}</p>
                <p>
                    <button type="button" class="primary" on:click=export>{s!(lang, ExportJson)}</button>
                    " "
                    <button type="button" on:click=export_summary>{s!(lang, ExportSummary)}</button>
                </p>
                <p class="hint">{s!(lang, PublishHint)}</p>
                <label for="summary-text">{s!(lang, SummaryLabel)}</label>
                <textarea id="summary-text" readonly rows="8" prop:value=summary></textarea>
            </section>
        </article>
    }
    .into_any()
}
