//! Fields that are lists: items added, removed and moved up or down (other names, buildings,
//! timeline events, statements, notes), and a place's recognition by each programme.

use leptos::prelude::*;
use serde_json::{Value, json};

use crate::core::data::fields::{FieldKind, PlaceField, Target};
use crate::core::data::record_fields::{BuildingField, EventField, FactField};
use crate::core::data::vocab::BuildingType;
use crate::core::edit::path::Path;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::workbench::fields::{
    choice, dom_id, flag, group_problems, ids_at, input, option_id, picker_suggesting, targets,
};
use crate::ui::workbench::forms::text_pair;
use crate::ui::workbench::state::bench;
use crate::ui::workbench::strings::{f, s};

/// A list field: its items (each drawn by `item`), with controls to move and remove each and a
/// button to add one made by `template`.
fn list_editor(path: Path, legend: &str, template: fn() -> Value, item: fn(&Path, usize) -> AnyView) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let len = {
        let path = path.clone();
        Memo::new(move |_| b.doc.with(|d| path.get(d).and_then(Value::as_array).map_or(0, Vec::len)))
    };
    let edit = {
        let path = path.clone();
        move |change: &dyn Fn(&mut Vec<Value>)| {
            b.doc.update(|d| {
                if path.get(d).is_none_or(|v| !v.is_array()) {
                    let _ = path.set(d, json!([]));
                }
                if let Some(items) = path.get_mut(d).and_then(Value::as_array_mut) {
                    change(items);
                }
                if path.get(d).and_then(Value::as_array).is_some_and(Vec::is_empty) {
                    let _ = path.set(d, Value::Null);
                }
            })
        }
    };
    let legend = legend.to_owned();
    let rows = {
        let path = path.clone();
        let edit = edit.clone();
        move || {
            let n = len.get();
            (0..n)
                .map(|i| {
                    let (up, down, remove) = (edit.clone(), edit.clone(), edit.clone());
                    let number = (i + 1).to_string();
                    // Focus follows the item moved (to its row's arrow), or goes to Add.
                    let list_id = dom_id(&path);
                    let row = move |k: usize| {
                        format!("#{list_id} > ol > li:nth-child({k}) button[data-move]:not([disabled]), #{list_id} > button.add")
                    };
                    let (to_up, to_down) = (row(i), row(i + 2));
                    let after_remove = row(i + 1);
                    view! {
                        <li class="list-item">
                            <div class="item-body">{item(&path.index(i), i)}</div>
                            <div class="item-tools">
                                <button type="button" data-move="up" disabled=i == 0 aria-label=f!(lang, MoveUp, n = number.clone())
                                    on:click=move |_| { up(&|v| v.swap(i, i - 1)); focus_soon(to_up.clone()); }>"↑"</button>
                                <button type="button" data-move="down" disabled=i + 1 == n aria-label=f!(lang, MoveDown, n = number.clone())
                                    on:click=move |_| { down(&|v| v.swap(i, i + 1)); focus_soon(to_down.clone()); }>"↓"</button>
                                <button type="button" aria-label=f!(lang, RemoveItem, n = number)
                                    on:click=move |_| { remove(&|v| { v.remove(i); }); focus_soon(after_remove.clone()); }>{s!(lang, Remove)}</button>
                            </div>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let id = dom_id(&path);
    let new_item = format!("#{id} > ol > li:last-child :is(input, select, textarea)");
    let (errors, problems) = group_problems(&path);
    view! {
        <fieldset class="list" id=id aria-describedby=errors>
            <legend>{legend}</legend>
            {problems}
            <ol class="plain">{rows}</ol>
            <button type="button" class="add" on:click=move |_| {
                edit(&|v| v.push(template()));
                focus_soon(new_item.clone());
            }>{s!(lang, AddItem)}</button>
        </fieldset>
    }
    .into_any()
}

pub fn texts(path: Path, legend: &str) -> AnyView {
    list_editor(path, legend, || json!({"zh": null, "en": null}), |p, i| text_pair(p, &format!("{}", i + 1), false))
}

pub fn buildings(path: Path, legend: &str) -> AnyView {
    list_editor(
        path,
        legend,
        || json!({"type": "factory"}),
        |p, _| {
            let lang = bench().lang;
            let count = p.key(BuildingField::Count.key());
            let kind = p.key(BuildingField::Type.key());
            let (cid, kid) = (dom_id(&count), dom_id(&kind));
            view! {
                <div class="inline">
                    <label for=cid>{s!(lang, BuildingCount)}</label>
                    {input(count, FieldKind::Count { max: 10_000 }, false, None)}
                    <label for=kid>{s!(lang, BuildingType)}</label>
                    {choice(kind, BuildingType::IDS, true)}
                </div>
            }
            .into_any()
        },
    )
}

/// An entry's sources, the place's own offered first (`p` is under `$.places[i]`).
fn sources_of(p: &Path, key: &str) -> AnyView {
    let own = ids_at(p.prefix(2).key(PlaceField::Sources.key()));
    picker_suggesting(p.key(key), targets(Target::Source), s!(bench().lang, EntrySources).to_owned(), Some(own))
}

pub fn timeline(path: Path, legend: &str) -> AnyView {
    list_editor(
        path,
        legend,
        || json!({"event": {"zh": null, "en": null}}),
        |p, _| {
            let lang = bench().lang;
            let date = p.key(EventField::Date.key());
            let did = dom_id(&date);
            view! {
                <div class="inline">
                    <label for=did>{s!(lang, EventDate)}</label>
                    {input(date, FieldKind::Date, false, None)}
                    {flag(p.key(EventField::Planned.key()), s!(lang, EventPlanned).to_owned())}
                </div>
                {text_pair(&p.key(EventField::Event.key()), s!(lang, EventWhat), true)}
                {sources_of(p, EventField::Sources.key())}
            }
            .into_any()
        },
    )
}

pub fn facts(path: Path, legend: &str) -> AnyView {
    list_editor(
        path,
        legend,
        || json!({"text": {"zh": null, "en": null}}),
        |p, _| {
            let lang = bench().lang;
            view! {
                {text_pair(&p.key(FactField::Text.key()), s!(lang, FactText), true)}
                {sources_of(p, FactField::Sources.key())}
            }
            .into_any()
        },
    )
}

/// One tick per programme; a recognised place may say more about it in both languages.
pub fn recognition(path: Path, legend: &str) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let rows = targets(Target::Programme)
        .into_iter()
        .map(|(id, name)| {
            let at = path.key(&id);
            // The note's two halves have the programme's own path (and id).
            let box_id = option_id(&dom_id(&path), &id);
            let on = {
                let at = at.clone();
                Memo::new(move |_| b.doc.with(|d| at.get(d).is_some()))
            };
            let (key, p) = (id.clone(), path.clone());
            let toggle = move |ev: leptos::ev::Event| {
                let checked = event_target_checked(&ev);
                b.doc.update(|d| {
                    if checked && p.get(d).is_none_or(|v| !v.is_object()) {
                        let _ = p.set(d, json!({}));
                    }
                    if let Some(map) = p.get_mut(d).and_then(Value::as_object_mut) {
                        if checked {
                            map.entry(key.clone()).or_insert(Value::Null);
                        } else {
                            map.remove(&key);
                        }
                    }
                    if p.get(d).and_then(Value::as_object).is_some_and(|m| m.is_empty()) {
                        let _ = p.set(d, Value::Null);
                    }
                });
            };
            let note = move || on.get().then(|| text_pair(&at, s!(lang, RecognitionNote), true));
            view! {
                <li>
                    <input type="checkbox" id=box_id.clone() prop:checked=move || on.get() on:change=toggle />
                    <label for=box_id>{name}</label>
                    {note}
                </li>
            }
        })
        .collect_view();
    view! { <fieldset class="list" id=dom_id(&path)><legend>{legend.to_owned()}</legend><ul class="plain">{rows}</ul></fieldset> }
        .into_any()
}
