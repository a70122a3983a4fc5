//! Opening data: the site's published file, a file from disk (chosen or dropped), and the text
//! set aside when the stored draft could not be read.

use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::edit::draft::{NotADraft, Origin, is_data_file};
use crate::ui::context::load::{PLACES_URL, fetch_text};
use crate::ui::widgets::download::download;
use crate::ui::workbench::state::{Bench, SetAside, bench, clear_set_aside};
use crate::ui::workbench::strings::{f, s};

/// Asks before the draft's unexported changes are replaced.
fn may_replace(b: Bench) -> bool {
    !b.unexported() || window().confirm_with_message(s!(b.lang, ConfirmReplace)).unwrap_or(false)
}

async fn read_file(file: web_sys::File) -> Result<(String, String), String> {
    let name = file.name();
    let text = JsFuture::from(file.text()).await.map_err(|e| format!("{e:?}"))?;
    Ok((name, text.as_string().unwrap_or_default()))
}

/// Opens a file's text, or says why it cannot be opened (nothing is replaced then). Called
/// from tasks, which have no reactive owner: the bench comes in rather than from the context.
fn open_text(b: Bench, origin: Origin, text: &str, message: RwSignal<Option<String>>) {
    match serde_json::from_str::<Value>(text) {
        Ok(v) if is_data_file(&v) => {
            b.open(origin, v);
            message.set(None);
        }
        Ok(_) => message.set(Some(s!(b.lang, NotAPlacesFile).to_owned())),
        Err(e) => message.set(Some(f!(b.lang, NotJson, detail = e.to_string()))),
    }
}

fn open_files(b: Bench, files: Option<web_sys::FileList>, message: RwSignal<Option<String>>) {
    let Some(file) = files.and_then(|f| f.get(0)) else { return };
    if !may_replace(b) {
        return;
    }
    leptos::task::spawn_local(async move {
        match read_file(file).await {
            Ok((name, text)) => open_text(b, Origin::File(name), &text, message),
            Err(e) => message.set(Some(f!(b.lang, NotJson, detail = e))),
        }
    });
}

#[component]
pub fn OpenPanel() -> impl IntoView {
    let b = bench();
    let lang = b.lang;
    let message = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let editing = move || match b.origin.get() {
        Origin::Published => s!(lang, EditingPublished).to_owned(),
        Origin::File(name) => f!(lang, EditingFile, name = name),
    };
    let published = move |_| {
        if !may_replace(b) {
            return;
        }
        leptos::task::spawn_local(async move {
            let timeout = b.config.with_value(|c| c.data_timeout_ms);
            match fetch_text(PLACES_URL, timeout).await {
                Ok(fetched) => open_text(b, Origin::Published, &fetched.text, message),
                Err(e) => message.set(Some(f!(lang, FailedOther, detail = format!("{e:?}")))),
            }
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        open_files(b, input.as_ref().and_then(web_sys::HtmlInputElement::files), message);
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        open_files(b, ev.data_transfer().and_then(|d| d.files()), message);
    };
    let over = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    view! {
        <section class="wb-open" aria-labelledby="open-heading">
            <h2 id="open-heading">{s!(lang, OpenHeading)}</h2>
            <p class="wb-editing">{editing}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=over
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped
            >
                <button type="button" on:click=published>{s!(lang, OpenPublished)}</button>
                <label class="file-button">
                    {s!(lang, OpenFile)}
                    <input type="file" accept=".json,application/json" on:change=chosen />
                </label>
                <span class="hint">{s!(lang, DropHint)}</span>
            </div>
            {move || message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
        </section>
    }
}

/// A stored text that was not a draft: never dropped; the user can save it, then dismiss it.
#[component]
pub fn SetAsideNotice(set_aside: Option<SetAside>) -> impl IntoView {
    let lang = bench().lang;
    let shown = RwSignal::new(set_aside);
    move || {
        shown.get().map(|aside| {
            let why = match &aside.why {
                NotADraft::Corrupt(detail) => f!(lang, DraftCorrupt, detail = detail.clone()),
                NotADraft::Foreign => s!(lang, DraftForeign).to_owned(),
            };
            let text = aside.text.clone();
            view! {
                <div class="notice warning" role="alert">
                    <p>{why}</p>
                    <p>
                        <button type="button" on:click=move |_| download("set-aside-draft.txt", "text/plain;charset=utf-8", text.as_bytes())>
                            {s!(lang, DownloadSetAside)}
                        </button>
                        " "
                        <button type="button" on:click=move |_| { clear_set_aside(); shown.set(None); }>
                            {s!(lang, DismissSetAside)}
                        </button>
                    </p>
                </div>
            }
        })
    }
}
