//! The help under a record's id: an id made from its name (or a source's web address or title), and a warning
//! when the id of a record in the file as opened changes (links and references to it break).

use leptos::prelude::*;
use serde_json::{Value, json};

use crate::core::data::record_fields::DatasetField;
use crate::core::edit::ids::{from_address, propose};
use crate::core::edit::path::Path;
use crate::ui::workbench::nav::list_path;
use crate::ui::workbench::state::bench;
use crate::ui::workbench::strings::{f, s};

/// The id `record` has in the file as opened, if it is there: links to it exist.
pub fn published_id(list: DatasetField, record: &Value) -> Option<String> {
    let id = record.get("id").and_then(Value::as_str)?.to_owned();
    let b = bench();
    let there = b.opened.with_untracked(|o| {
        o.get(list.key()).and_then(Value::as_array).is_some_and(|rs| rs.iter().any(|r| r.get("id") == Some(&json!(id))))
    });
    there.then_some(id)
}

/// What an id is made from when none is given (a name in neither language, no title).
pub fn fallback(list: DatasetField) -> &'static str {
    match list {
        DatasetField::Sources => "source",
        DatasetField::Sectors => "sector",
        DatasetField::Programmes => "programme",
        _ => "new-place",
    }
}

/// The English and Chinese words an id is made from: the name, or a source's title (taken as
/// Chinese when it has Chinese characters, so that its pinyin is used).
fn words(record: &Value) -> (Option<String>, Option<String>) {
    let text = |l: &str| record.get("name").and_then(|n| n.get(l)).and_then(Value::as_str).map(str::to_owned);
    // A source with a web address: its publisher and page number, as the file's other sources.
    if let Some(id) = record.get("url").and_then(Value::as_str).and_then(from_address) {
        return (Some(id), None);
    }
    match record.get("title").and_then(Value::as_str) {
        Some(t) if t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) => (None, Some(t.to_owned())),
        Some(t) => (Some(t.to_owned()), None),
        None => (text("en"), text("zh")),
    }
}

pub fn id_help(list: DatasetField, record: Path, published: Option<String>) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let id_path = record.key("id");
    let current = {
        let id_path = id_path.clone();
        move || b.get(&id_path).and_then(|v| v.as_str().map(str::to_owned))
    };
    let from_name = {
        let id_path = id_path.clone();
        move |_| {
            let this = b.get(&record).unwrap_or(Value::Null);
            let own = this.get("id").cloned();
            let taken: Vec<String> = b
                .get(&list_path(list))
                .and_then(|v| v.as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter(|r| r.get("id") != own.as_ref())
                .filter_map(|r| r.get("id").and_then(Value::as_str).map(str::to_owned))
                .collect();
            let (en, zh) = words(&this);
            let id = propose(en.as_deref(), zh.as_deref(), fallback(list), |x| taken.iter().any(|t| t == x));
            b.set(&id_path, json!(id));
        }
    };
    let warning = move || {
        let published = published.clone()?;
        (current().as_deref() != Some(published.as_str()))
            .then(|| view! { <p class="notice warning" role="alert">{f!(lang, IdChanged, id = published)}</p> })
    };
    let label = if list == DatasetField::Sources { s!(lang, IdFromTitle) } else { s!(lang, IdFromName) };
    view! {
        <p><button type="button" on:click=from_name>{label}</button> " " <span class="hint">{s!(lang, IdHint)}</span></p>
        {warning}
    }
    .into_any()
}
