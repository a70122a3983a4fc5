//! Places and spaces as spreadsheets: download them (or an empty template) as CSV for Excel or
//! WPS, and read a filled-in file back — first as a preview that names each error by row and
//! column, applied only when the user says so.

use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::edit::columns::CellError;
use crate::core::edit::csv_io::{FileError, Preview, RowError, Sheet, export, import, template};
use crate::core::text::Lang;
use crate::ui::widgets::download::download;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::workbench::fields::choice_word;
use crate::ui::workbench::state::bench;
use crate::ui::workbench::strings::{f, s};

const CSV: &str = "text/csv;charset=utf-8";

pub fn cell_error(e: &CellError, lang: Lang) -> String {
    match e {
        CellError::NotANumber => s!(lang, ErrNotANumber).to_owned(),
        CellError::Negative => s!(lang, ErrNegative).to_owned(),
        CellError::TooLarge(max) => f!(lang, ErrTooLarge, max = max.to_string()),
        CellError::NotAWholeNumber => s!(lang, ErrWhole).to_owned(),
        CellError::NotADate => s!(lang, ErrDate).to_owned(),
        CellError::NotOneOf(ids) => {
            let words: Vec<String> = ids.iter().map(|id| format!("{id} ({})", choice_word(ids, id, lang))).collect();
            f!(lang, ErrOneOf, values = words.join(", "))
        }
        CellError::BadId => s!(lang, ErrId).to_owned(),
        CellError::Missing => s!(lang, ErrMissing).to_owned(),
        CellError::UnknownColumn => s!(lang, ErrColumn).to_owned(),
        CellError::UnknownPlace(id) => f!(lang, ErrPlace, id = id.clone()),
        CellError::OtherPlace(id) => f!(lang, ErrOtherPlace, id = id.clone()),
        CellError::Repeated(id) => f!(lang, ErrRepeated, id = id.clone()),
    }
}

/// "Row 4, column area_m2: not a number".
pub fn row_error(e: &RowError, lang: Lang) -> String {
    f!(lang, RowError, row = e.row.to_string(), column = e.column.clone(), error = cell_error(&e.error, lang))
}

/// The preview of an import or a paste, with its buttons. Applying runs `redo` on the draft as
/// it is then, so edits made while the preview was open are kept.
pub fn preview_view(
    preview: RwSignal<Option<Preview>>,
    apply_label: &'static str,
    // Where focus goes when the preview closes (the control that opened it).
    back: &'static str,
    redo: impl Fn(&Value) -> Result<Preview, FileError> + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let b = bench();
    let lang = b.lang;
    // What the last accepted preview did, said until the next one opens.
    let applied = RwSignal::new(None::<String>);
    move || match preview.get() {
        None => applied.get().map(|m| view! { <p class="notice" role="status">{m}</p> }.into_any()),
        Some(p) => Some({
            let summary = f!(
                lang,
                PreviewSummary,
                added = p.added.len().to_string(),
                changed = p.changed.len().to_string(),
                bad = p.bad_rows().to_string()
            );
            let errors = p.errors.iter().map(|e| view! { <li>{row_error(e, lang)}</li> }).collect_view();
            let redo = redo.clone();
            let nothing = p.added.is_empty() && p.changed.is_empty();
            view! {
                <div class="preview" role="region" aria-label=s!(lang, PreviewLabel)>
                    <p role="status">{summary}</p>
                    <ul class="field-error">{errors}</ul>
                    <p>
                        <button type="button" class="primary" disabled=nothing on:click=move |_| {
                            applied.set(None);
                            if let Ok(fresh) = b.doc.with_untracked(|d| redo(d)) {
                                applied.set(Some(f!(
                                    lang,
                                    Applied,
                                    added = fresh.added.len().to_string(),
                                    changed = fresh.changed.len().to_string(),
                                    ids = fresh.added.iter().chain(&fresh.changed).cloned().collect::<Vec<_>>().join(", ")
                                )));
                                b.doc.set(fresh.result);
                            }
                            preview.set(None);
                            focus_soon(back.to_owned());
                        }>{apply_label}</button>
                        " "
                        <button type="button" on:click=move |_| { applied.set(None); preview.set(None); focus_soon(back.to_owned()); }>{s!(lang, Cancel)}</button>
                    </p>
                </div>
            }
            .into_any()
        }),
    }
}

pub fn file_error(e: FileError, lang: Lang) -> String {
    match e {
        FileError::Unreadable(detail) => f!(lang, CsvUnreadable, detail = detail),
        FileError::NoColumn(name) => f!(lang, CsvNoColumn, column = name),
    }
}

#[component]
fn SheetBlock(sheet: Sheet) -> impl IntoView {
    let b = bench();
    let lang = b.lang;
    let (name, title) = match sheet {
        Sheet::Places => ("places", s!(lang, PlacesSheet)),
        Sheet::Spaces => ("spaces", s!(lang, SpacesSheet)),
    };
    let preview = RwSignal::new(None::<Preview>);
    let message = RwSignal::new(None::<String>);
    // The file's text, to apply again to the draft as it is when the preview is accepted.
    let source = StoredValue::new(String::new());
    let chosen = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        if let Some(input) = input {
            input.set_value("");
        }
        leptos::task::spawn_local(async move {
            let text = match JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(e) => {
                    message.set(Some(file_error(FileError::Unreadable(format!("{e:?}")), lang)));
                    return;
                }
            };
            source.set_value(text.clone());
            match b.geo.with_value(|g| b.doc.with_untracked(|d| import(d, sheet, &text, g))) {
                Ok(p) => {
                    message.set(None);
                    preview.set(Some(p));
                }
                Err(e) => message.set(Some(file_error(e, lang))),
            }
        });
    };
    let input_id = format!("import-{name}");
    view! {
        <section class="form-section" aria-labelledby=format!("{name}-heading")>
            <h3 id=format!("{name}-heading")>{title}</h3>
            <p>
                <button type="button" on:click=move |_| download(&format!("{name}.csv"), CSV, &b.doc.with_untracked(|d| export(d, sheet)))>
                    {s!(lang, DownloadCsv)}
                </button>
                " "
                <button type="button" on:click=move |_| download(&format!("{name}-template.csv"), CSV, &template(sheet))>
                    {s!(lang, DownloadTemplate)}
                </button>
            </p>
            <p>
                <label for=input_id.clone()>{s!(lang, ImportCsv)}</label>
                " "
                <input id=input_id type="file" accept=".csv,text/csv" on:change=chosen />
            </p>
            {move || message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            {preview_view(preview, s!(lang, ApplyImport), if sheet == Sheet::Places { "#import-places" } else { "#import-spaces" }, move |d| source.with_value(|t| b.geo.with_value(|g| import(d, sheet, t, g))))}
        </section>
    }
}

pub fn sheets_page() -> AnyView {
    let lang = bench().lang;
    view! {
        <article class="record-form">
            <h2 tabindex="-1" id="record-heading">{s!(lang, SheetsTitle)}</h2>
            <p class="hint">{s!(lang, SheetsHint)}</p>
            <SheetBlock sheet=Sheet::Places />
            <SheetBlock sheet=Sheet::Spaces />
        </article>
    }
    .into_any()
}
