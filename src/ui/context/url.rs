//! The URL is the one source of truth for what the user is looking at. This holds the current
//! query string in a signal, follows Back/Forward, and writes changes to the history (push or
//! replace as `core::query::params` says).

use leptos::prelude::*;

use crate::core::query::{History, Query};

/// The current `location.search`, updated on every navigation.
#[derive(Clone, Copy)]
pub struct UrlSearch(pub RwSignal<String>);

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

/// Creates the URL signal and keeps it in step with Back and Forward.
pub fn provide_url() -> UrlSearch {
    let search = RwSignal::new(current_search());
    let handle = window_event_listener(leptos::ev::popstate, move |_| search.set(current_search()));
    on_cleanup(move || handle.remove());
    let url = UrlSearch(search);
    provide_context(url);
    url
}

/// The href for a query: relative, so it works under any sub-path.
pub fn href(query: &Query) -> String {
    let encoded = query.encode();
    if !encoded.is_empty() {
        return format!("?{encoded}");
    }
    // An empty query must still point at this page: its file name, or "./" for a directory URL.
    let path = window().location().pathname().unwrap_or_default();
    match path.rsplit('/').next() {
        Some(file) if !file.is_empty() => file.to_owned(),
        _ => "./".to_owned(),
    }
}

impl UrlSearch {
    /// Shows `query`: a new history entry or the current one replaced, as the URL contract
    /// says for what changed.
    pub fn navigate(self, query: &Query) {
        let target = href(query);
        let history = Query::parse(&self.0.get_untracked()).history_to(query);
        if let Ok(h) = window().history() {
            let result = match history {
                // The state marks entries the app pushed, so "Back to results" can return to them.
                History::Push => h.push_state_with_url(&wasm_bindgen::JsValue::TRUE, "", Some(&target)),
                History::Replace => h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target)),
            };
            if let Err(e) = result {
                // Browsers throttle very fast history writes; the view still follows the signal.
                web_sys::console::warn_2(&"history update refused".into(), &e);
            }
        }
        let encoded = query.encode();
        self.0.set(if encoded.is_empty() { String::new() } else { format!("?{encoded}") });
    }
}

/// Opens links inside the app without a page load, leaving modified clicks (new tab, etc.) to the browser.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// Whether the current history entry was pushed by the app (so Back stays inside it).
pub fn pushed_by_app() -> bool {
    window().history().and_then(|h| h.state()).is_ok_and(|s| s.is_truthy())
}
