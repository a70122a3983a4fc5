//! The workbench's side list: the problems, the review, the spreadsheets, and every place,
//! source, sector and programme of the draft (filterable), each with a way to add one.

use leptos::prelude::*;
use serde_json::{Value, json};

use crate::core::data::record_fields::DatasetField;
use crate::core::edit::ids::propose;
use crate::core::edit::path::Path;
use crate::core::text::Lang;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::workbench::id_row::fallback;
use crate::ui::workbench::state::{Selected, bench};
use crate::ui::workbench::strings::{f, s};

/// A record's name in `lang` (or the other language, or its id).
pub fn record_name(v: &Value, lang: Lang) -> String {
    let name = |l: Lang| v.get("name").and_then(|n| n.get(l.code())).and_then(Value::as_str).map(str::to_owned);
    let title = v.get("title").and_then(Value::as_str).map(str::to_owned);
    let id = v.get("id").and_then(Value::as_str).unwrap_or("?").to_owned();
    name(lang).or_else(|| name(lang.other())).or(title).filter(|n| !n.trim().is_empty()).unwrap_or(id)
}

/// What the side list's filter looks in: the id (problems and citations name records by it),
/// the name in both languages, a source's title and publisher.
fn haystack(r: &Value) -> String {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_owned();
    let name = r.get("name");
    [r.get("id"), name.and_then(|n| n.get("zh")), name.and_then(|n| n.get("en")), r.get("title"), r.get("publisher")]
        .into_iter()
        .map(text)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub fn list_path(list: DatasetField) -> Path {
    Path::root().key(list.key())
}

/// Adds a record to a list, with an id not yet used there, and selects it.
pub fn add_record(list: DatasetField, template: Value) {
    let b = bench();
    let path = list_path(list);
    let taken: Vec<String> = b
        .get(&path)
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|r| r.get("id").and_then(Value::as_str).map(str::to_owned))
        .collect();
    let mut record = template;
    record["id"] = json!(propose(None, None, fallback(list), |id| taken.iter().any(|t| t == id)));
    let mut at = 0;
    b.doc.update(|d| {
        if d.get(list.key()).is_none_or(|l| !l.is_array()) {
            d[list.key()] = json!([]);
        }
        if let Some(items) = d[list.key()].as_array_mut() {
            items.push(record);
            at = items.len() - 1;
        }
    });
    b.selected.set(Selected::record(list, at).unwrap_or(Selected::Place(at)));
    // The new record's form, from its heading.
    focus_soon("#record-heading".to_owned());
}

#[component]
fn RecordList(list: DatasetField, heading: &'static str, add: &'static str, template: fn() -> Value) -> impl IntoView {
    let b = bench();
    let lang = b.lang;
    let filter = RwSignal::new(String::new());
    let select = move |i: usize| Selected::record(list, i).unwrap_or(Selected::Place(i));
    let names = Memo::new(move |_| {
        b.doc.with(|d| {
            d.get(list.key())
                .and_then(Value::as_array)
                .map(|items| items.iter().map(|r| (record_name(r, lang), haystack(r))).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let id = format!("filter-{}", list.key());
    let items = move || {
        let needle = filter.get().to_lowercase();
        names
            .get()
            .into_iter()
            .enumerate()
            .filter(|(_, (_, hay))| needle.is_empty() || hay.contains(&needle))
            .map(|(i, (name, _))| {
                let current = move || (b.selected.get() == select(i)).then_some("true");
                view! {
                    <li>
                        <button type="button" class="nav-item" aria-current=current on:click=move |_| b.selected.set(select(i))>
                            {name}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="nav-list" open=list == DatasetField::Places>
            <summary>{heading} " " <span class="count">{move || format!("({})", names.with(Vec::len))}</span></summary>
            <label class="visually-hidden" for=id.clone()>{f!(lang, FilterList, list = heading)}</label>
            <input id=id type="search" placeholder=s!(lang, Filter) prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev)) />
            <ul class="plain">{items}</ul>
            <button type="button" class="add" on:click=move |_| add_record(list, template())>{add}</button>
        </details>
    }
}

#[component]
pub fn Nav() -> impl IntoView {
    let b = bench();
    let lang = b.lang;
    let count = move || b.problems.with(|p| p.problems.len());
    let top = move |sel: Selected, label: String| {
        let current = move || (b.selected.get() == sel).then_some("true");
        view! { <li><button type="button" class="nav-item" aria-current=current on:click=move |_| b.selected.set(sel)>{label}</button></li> }
    };
    view! {
        <nav class="wb-nav" aria-label=s!(lang, NavLabel)>
            <ul class="plain">
                {move || top(Selected::Problems, f!(lang, ProblemsNav, n = count().to_string()))}
                {top(Selected::Review, s!(lang, ReviewNav).to_owned())}
                {top(Selected::Sheets, s!(lang, SheetsNav).to_owned())}
            </ul>
            <RecordList list=DatasetField::Places heading=s!(lang, Places) add=s!(lang, AddPlace)
                template=|| json!({"kind": null, "name": {"zh": null, "en": null}, "status": "unknown", "sources": []}) />
            <RecordList list=DatasetField::Sources heading=s!(lang, Sources) add=s!(lang, AddSource)
                template=|| json!({"title": "", "reliability": "operator"}) />
            <RecordList list=DatasetField::Sectors heading=s!(lang, Sectors) add=s!(lang, AddSector)
                template=|| json!({"name": {"zh": null, "en": null}}) />
            <RecordList list=DatasetField::Programmes heading=s!(lang, Programmes) add=s!(lang, AddProgramme)
                template=|| json!({"name": {"zh": null, "en": null}}) />
        </nav>
    }
}
