//! The data workbench (edit.html): a separate wasm binary, so nothing here adds to the
//! explorer's load. Data owners open the published file, a file from disk or their saved draft,
//! edit it through forms generated from the field registry, locate places on a map, keep unit
//! lists in a grid (pasted from a spreadsheet, or as CSV), see every problem the validator
//! finds, review what changed and export places.json.
//!
//! May import: ui::context, ui::widgets, ui::map.

mod fields;
mod forms;
mod id_row;
mod lists;
mod locate;
mod nav;
mod open;
mod place_form;
mod problems;
mod records;
mod review;
mod sheets;
mod spaces;
mod state;
mod strings;

use std::sync::Arc;

use leptos::prelude::*;
use serde_json::Value;

use crate::core::data::{Problem, read_geography};
use crate::core::edit::draft::{DRAFT_KEY, Draft, Origin, is_data_file};
use crate::core::geo::Geography;
use crate::core::site::config::Config;
use crate::core::text::Lang;
use crate::ui::context::i18n::{browser_lang, html_lang};
use crate::ui::context::load::{GEO_URL, LoadError, PLACES_URL, fetch_text, load_config};
use crate::ui::context::worker::register_service_worker;
use crate::ui::workbench::nav::Nav;
use crate::ui::workbench::open::{OpenPanel, SetAsideNotice};
use crate::ui::workbench::state::{Bench, Saved, SetAside, bench, stored_draft};
use crate::ui::workbench::strings::{f, s};

/// `?lang=zh|en` on edit.html, else the browser's language.
fn page_lang() -> Lang {
    let search = window().location().search().unwrap_or_default();
    form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::parse(&v))
        .unwrap_or_else(browser_lang)
}

/// What the workbench starts from: the district outline (to check points), the deployment's
/// settings, and the saved draft or else the published file.
#[derive(Clone)]
struct Start {
    geo: Arc<Geography>,
    config: Config,
    draft: Draft,
    resumed: bool,
    set_aside: Option<SetAside>,
}

#[derive(Clone, Debug)]
enum StartError {
    Load(LoadError),
    Outline(Vec<Problem>),
    /// The published file is not JSON (the workbench can still open a file from disk).
    NotJson(String),
}

async fn start() -> Result<Start, StartError> {
    let config = load_config().await;
    let geo = fetch_text(GEO_URL, config.data_timeout_ms).await.map_err(StartError::Load)?;
    let geo = Arc::new(read_geography(&geo.text).map_err(StartError::Outline)?);
    let (stored, set_aside) = stored_draft();
    let (draft, resumed) = match stored {
        Some(draft) => (draft, true),
        None => (published(&config).await?, false),
    };
    Ok(Start { geo, config, draft, resumed, set_aside })
}

/// The site's published data as a fresh draft.
async fn published(config: &Config) -> Result<Draft, StartError> {
    let text = fetch_text(PLACES_URL, config.data_timeout_ms).await.map_err(StartError::Load)?.text;
    let v: Value = serde_json::from_str(&text).map_err(|e| StartError::NotJson(e.to_string()))?;
    if !is_data_file(&v) {
        return Err(StartError::NotJson("this is JSON but not a places.json data file (no list of places)".to_owned()));
    }
    Ok(Draft::new(Origin::Published, v, String::new()))
}

#[component]
pub fn Workbench() -> impl IntoView {
    let lang = page_lang();
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", html_lang(lang));
    }
    document().set_title(&format!("{} · Jiading Park Explorer", s!(lang, Title)));
    register_service_worker();
    let started = LocalResource::new(start);
    let other = match lang {
        Lang::Zh => ("?lang=en", "English", "en"),
        Lang::En => ("?lang=zh", "中文", "zh"),
    };
    view! {
        <a class="skip-link" href="#main">{s!(lang, Skip)}</a>
        <header class="site-header wb-header">
            <p class="wb-title"><a href="./">{s!(lang, SiteName)}</a> " · " <strong>{s!(lang, Title)}</strong></p>
            <a class="lang-link" href=other.0 hreflang=other.2 lang=other.2>{other.1}</a>
        </header>
        <main id="main" tabindex="-1">
            {move || match started.get() {
                None => view! { <p class="loading" role="status">{s!(lang, Loading)}</p> }.into_any(),
                Some(Err(e)) => view! { <StartFailed lang error=e /> }.into_any(),
                Some(Ok(start)) => view! { <Ready lang start /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn StartFailed(lang: Lang, error: StartError) -> impl IntoView {
    let detail = match error {
        StartError::Load(LoadError::Http { url, status }) => {
            f!(lang, FailedHttp, url = url, status = status.to_string())
        }
        StartError::Load(LoadError::Timeout { url, .. }) => f!(lang, FailedTimeout, url = url),
        StartError::Load(e) => f!(lang, FailedOther, detail = format!("{e:?}")),
        StartError::Outline(p) => f!(lang, FailedOther, detail = format!("{}: {:?}", GEO_URL, p.first())),
        StartError::NotJson(e) => f!(lang, FailedOther, detail = format!("{PLACES_URL}: {e}")),
    };
    view! {
        <div class="problem-panel" role="alert">
            <h1>{s!(lang, FailedTitle)}</h1>
            <p>{detail}</p>
            <p>{s!(lang, FailedWhat)}</p>
        </div>
    }
}

#[component]
fn Ready(lang: Lang, start: Start) -> impl IntoView {
    let bench = Bench::new(lang, start.draft, start.geo, start.config);
    provide_context(bench);
    // Leaving with changes that were not exported asks first.
    let handle = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if bench.unexported() {
            ev.prevent_default();
            ev.set_return_value("unexported");
        }
    });
    on_cleanup(move || handle.remove());
    // Another tab or window of this site saved its own draft: the last to save wins on reload.
    let other_tab = RwSignal::new(false);
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(DRAFT_KEY) {
            other_tab.set(true);
        }
    });
    on_cleanup(move || storage.remove());
    let other_tab = move || {
        other_tab.get().then(|| {
            view! {
                <p class="notice warning" role="alert">
                    {s!(lang, OtherTab)} " "
                    <button type="button" on:click=move |_| { let _ = window().location().reload(); }>{s!(lang, ReloadDraft)}</button>
                </p>
            }
        })
    };
    let resumed = start.resumed;
    view! {
        <h1 class="visually-hidden">{s!(lang, Title)}</h1>
        <SetAsideNotice set_aside=start.set_aside />
        {other_tab}
        {resumed.then(|| view! { <p class="notice" role="status">{s!(lang, Resumed)}</p> })}
        <OpenPanel />
        <SaveStatus />
        <div class="wb">
            <Nav />
            <section class="wb-main" aria-live="off">{move || forms::editor(bench.selected.get())}</section>
        </div>
    }
}

/// Whether the draft is safe in the browser, and whether it has changes not yet exported. Not a
/// live region: it changes with every keystroke.
#[component]
fn SaveStatus() -> impl IntoView {
    let b = bench();
    let lang = b.lang;
    let saved = move || match b.saved.get() {
        Some(Saved::At(at)) => {
            // The local time of day, from the ISO timestamp.
            let time = js_sys::Date::new(&at.as_str().into()).to_locale_time_string("default");
            Some(view! { <span>{f!(lang, SavedAt, time = String::from(time))}</span> }.into_any())
        }
        Some(Saved::Failed(detail)) => Some(
            view! { <span class="field-error" role="alert">{f!(lang, SaveFailed, detail = detail)}</span> }.into_any(),
        ),
        None => None,
    };
    let unexported = move || b.unexported().then(|| view! { " " <strong>{s!(lang, Unexported)}</strong> });
    view! { <p class="save-status">{saved} {unexported}</p> }
}
