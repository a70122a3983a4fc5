//! A place's spaces as a grid, one row per unit and one column per spreadsheet column (the
//! same columns as the spaces CSV file): add, edit and delete units, or paste rows copied from
//! Excel or WPS, previewed before they are added.

use leptos::prelude::*;
use serde_json::{Value, json};

use crate::core::data::fields::{FieldKind, SpaceField};
use crate::core::edit::columns::{Column, Part, space_columns};
use crate::core::edit::csv_io::{Preview, paste_spaces};
use crate::core::edit::path::Path;
use crate::core::text::Lang;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::labels;
use crate::ui::workbench::fields::{choice, group_problems, input};
use crate::ui::workbench::sheets::{file_error, preview_view};
use crate::ui::workbench::state::bench;
use crate::ui::workbench::strings::{f, s};

/// A column's heading: the field's words and which part of it.
pub fn column_label(c: &Column, lang: Lang) -> String {
    let field = SpaceField::parse(c.key).map_or(c.key, |f| labels::space_field(f, lang));
    match (c.part, c.inner) {
        (Part::Lang(Lang::Zh), _) => format!("{field} ({})", s!(lang, Chinese)),
        (Part::Lang(Lang::En), _) => format!("{field} ({})", s!(lang, English)),
        (Part::Qualifier, _) => f!(lang, HowExact, label = field),
        (_, Some("phone")) => format!("{field}: {}", s!(lang, Phone)),
        (_, Some("email")) => format!("{field}: {}", s!(lang, Email)),
        (_, Some(inner)) => format!("{field}: {inner}"),
        _ => field.to_owned(),
    }
}

/// Where a column's value is in a space.
fn cell_path(space: &Path, c: &Column) -> Path {
    match (c.part, c.inner) {
        (Part::Qualifier, _) => space.key("qualifiers").key(c.key),
        (Part::Lang(l), _) => space.key(c.key).key(l.code()),
        (_, Some(inner)) => space.key(c.key).key(inner),
        _ => space.key(c.key),
    }
}

fn cell(space: &Path, c: &Column, row: usize, lang: Lang) -> AnyView {
    let path = cell_path(space, c);
    let label = Some(f!(lang, CellLabel, column = column_label(c, lang), row = (row + 1).to_string()));
    match c.kind {
        FieldKind::Choice(ids) => {
            let id = crate::ui::workbench::fields::dom_id(&path);
            view! { <label class="visually-hidden" for=id>{label}</label> {choice(path, ids, false)} }.into_any()
        }
        kind => input(path, kind, false, label),
    }
}

pub fn grid(record: Path) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let spaces = record.key("spaces");
    let columns = space_columns();
    let headers: Vec<String> = columns.iter().map(|c| c.header.clone()).collect();
    let count = {
        let spaces = spaces.clone();
        Memo::new(move |_| b.doc.with(|d| spaces.get(d).and_then(Value::as_array).map_or(0, Vec::len)))
    };
    let heads = columns.iter().map(|c| view! { <th scope="col">{column_label(c, lang)}</th> }).collect_view();
    let rows = {
        let (spaces, columns) = (spaces.clone(), columns.clone());
        move || {
            (0..count.get())
                .map(|j| {
                    let space = spaces.index(j);
                    let cells = columns.iter().map(|c| view! { <td>{cell(&space, c, j, lang)}</td> }).collect_view();
                    let n = count.get_untracked();
                    let swap = {
                        let spaces = spaces.clone();
                        move |other: usize, button: &'static str| {
                            b.doc.update(|d| {
                                if let Some(list) = spaces.get_mut(d).and_then(Value::as_array_mut)
                                    && j < list.len()
                                    && other < list.len()
                                {
                                    list.swap(j, other);
                                }
                            });
                            // Focus follows the unit to its new row.
                            focus_soon(format!(
                                "table.spaces-grid tbody tr:nth-child({}) button[data-move={button}]:not([disabled]), table.spaces-grid tbody tr:nth-child({}) button[data-move]:not([disabled])",
                                other + 1,
                                other + 1
                            ));
                        }
                    };
                    let (up, down) = (swap.clone(), swap);
                    let spaces = spaces.clone();
                    let delete = move |_| {
                        b.doc.update(|d| {
                            if let Some(list) = spaces.get_mut(d).and_then(Value::as_array_mut)
                                && j < list.len()
                            {
                                list.remove(j);
                            }
                        });
                        // To the row that took its place, else to "Add a space".
                        focus_soon(format!("table.spaces-grid tbody tr:nth-child({}) input, #add-space", j + 1));
                    };
                    view! {
                        <tr>
                            {cells}
                            <td class="row-tools">
                                <button type="button" data-move="up" disabled=j == 0 aria-label=f!(lang, MoveRowUp, row = (j + 1).to_string())
                                    on:click=move |_| up(j.saturating_sub(1), "up")>"↑"</button>
                                <button type="button" data-move="down" disabled=j + 1 == n aria-label=f!(lang, MoveRowDown, row = (j + 1).to_string())
                                    on:click=move |_| down(j + 1, "down")>"↓"</button>
                                <button type="button" on:click=delete aria-label=f!(lang, DeleteRow, row = (j + 1).to_string())>{s!(lang, Remove)}</button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    let place_id = move || b.get(&record.key("id")).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let add = {
        let spaces = spaces.clone();
        let place_id = place_id.clone();
        move |_| {
            let place = place_id();
            b.doc.update(|d| {
                if spaces.get(d).is_none_or(|v| !v.is_array()) {
                    let _ = spaces.set(d, json!([]));
                }
                if let Some(list) = spaces.get_mut(d).and_then(Value::as_array_mut) {
                    let taken = |id: &str| list.iter().any(|s| s.get("id").and_then(Value::as_str) == Some(id));
                    let id = (1..).map(|n| format!("{place}-unit-{n}")).find(|id| !taken(id)).unwrap_or_default();
                    list.push(json!({"id": id, "availability": "unknown"}));
                }
            });
            // The new row's first box after its id.
            focus_soon("table.spaces-grid tbody tr:last-child td:nth-child(2) input".to_owned());
        }
    };
    let pasted = RwSignal::new(String::new());
    let preview = RwSignal::new(None::<Preview>);
    let message = RwSignal::new(None::<String>);
    let redo = {
        let place_id = place_id.clone();
        move |d: &Value| paste_spaces(d, &place_id(), &pasted.get_untracked(), &headers)
    };
    let show_preview = {
        let redo = redo.clone();
        move |_| match b.doc.with_untracked(|d| redo(d)) {
            Ok(p) => {
                message.set(None);
                preview.set(Some(p));
            }
            Err(e) => message.set(Some(file_error(e, lang))),
        }
    };
    let (_, grid_problems) = group_problems(&spaces);
    let column_list = columns.iter().map(|c| c.header.clone()).collect::<Vec<_>>().join(" · ");
    view! {
        <div class="field-row">
            <div class="table-scroll grid" role="region" aria-label=s!(lang, SpacesGrid) tabindex="0">
                <table class="spaces-grid">
                    <thead><tr>{heads}<th scope="col"><span class="visually-hidden">{s!(lang, Remove)}</span></th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {grid_problems}
            <p><button type="button" class="add" id="add-space" on:click=add>{s!(lang, AddSpace)}</button></p>
            <details class="paste">
                <summary>{s!(lang, PasteSummary)}</summary>
                <p class="hint">{s!(lang, PasteHint)}</p>
                <p class="hint columns">{column_list}</p>
                <label for="paste-rows">{s!(lang, PasteLabel)}</label>
                <textarea id="paste-rows" rows="5" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <p><button type="button" on:click=show_preview>{s!(lang, PastePreview)}</button></p>
                {move || message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                {preview_view(preview, s!(lang, ApplyPaste), "#paste-rows", redo)}
            </details>
        </div>
    }
    .into_any()
}
