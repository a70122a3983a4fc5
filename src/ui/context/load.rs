//! Fetching the deployment config and the data files, with a timeout, and turning them into a
//! validated catalogue or an error the user can act on.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use web_sys::{AbortController, RequestCache};

use leptos::prelude::window;

use crate::core::data::{Invalid, Problem, load, read_geography};
use crate::core::site::config::Config;
use crate::core::site::freshness::{Change, Seen, change};
use crate::ui::context::catalog::{Delivery, Loaded};
use crate::ui::context::perf::measured;

pub const PLACES_URL: &str = "data/places.json";
pub const GEO_URL: &str = "data/jiading.geojson";
const CONFIG_URL: &str = "config.json";
/// config.json is small and optional: do not hold the app up for long waiting for it.
const CONFIG_TIMEOUT_MS: u32 = 5_000;

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer within the configured time.
    Timeout { url: String, seconds: u32 },
    /// The request failed: offline, DNS, connection refused…
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The file arrived but is not valid data.
    Invalid { url: String, invalid: Invalid },
}

/// A file's text, and whether the offline service worker answered with its saved copy.
pub struct Fetched {
    pub text: String,
    pub offline: bool,
}

/// Set by the service worker (scripts/sw-template.js) on copies served without a network.
const OFFLINE_HEADER: &str = "X-JPE-Offline";

pub async fn fetch_text(url: &str, timeout_ms: u32) -> Result<Fetched, LoadError> {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    let timed_out = Rc::new(Cell::new(false));
    let flag = timed_out.clone();
    // Dropping the Timeout cancels it, so it covers both the response and reading the body.
    let _timeout = Timeout::new(timeout_ms, move || {
        flag.set(true);
        if let Some(c) = &controller {
            c.abort();
        }
    });
    let failed = |e: gloo_net::Error| {
        if timed_out.get() {
            LoadError::Timeout { url: url.to_owned(), seconds: timeout_ms.div_ceil(1000) }
        } else {
            LoadError::Network { url: url.to_owned(), detail: e.to_string() }
        }
    };
    // Revalidate with the server every time so a newly published file is seen at once.
    let response =
        Request::get(url).cache(RequestCache::NoCache).abort_signal(signal.as_ref()).send().await.map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Http { url: url.to_owned(), status: response.status() });
    }
    let offline = response.headers().get(OFFLINE_HEADER).is_some();
    Ok(Fetched { text: response.text().await.map_err(failed)?, offline })
}

pub async fn load_config() -> Config {
    match fetch_text(CONFIG_URL, CONFIG_TIMEOUT_MS).await {
        Ok(Fetched { text, .. }) => {
            let (config, warnings) = Config::parse(&text);
            for w in warnings {
                web_sys::console::warn_1(&w.into());
            }
            config
        }
        Err(e) => {
            web_sys::console::warn_1(&format!("config.json not loaded ({e:?}); using defaults").into());
            Config::default()
        }
    }
}

/// Lets the browser paint and handle input before the next step (a macrotask later).
async fn yield_to_browser() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Loads everything the explorer needs.
pub async fn load_catalog() -> Result<Arc<Loaded>, LoadError> {
    let config = load_config().await;
    let (places, geo) =
        futures::join!(fetch_text(PLACES_URL, config.data_timeout_ms), fetch_text(GEO_URL, config.data_timeout_ms));
    let (places, geo) = (places?, geo?);
    let offline = places.offline;
    let (places, geo) = (places.text, geo.text);
    // Reading, indexing and the first render are each a task of their own, so on a slow phone
    // no single one keeps the page from answering a tap for long.
    yield_to_browser().await;
    let dataset = measured("jpe:parse-validate", || {
        let geo = read_geography(&geo).map_err(|problems: Vec<Problem>| LoadError::Invalid {
            url: GEO_URL.to_owned(),
            invalid: Invalid { problems, truncated: false },
        })?;
        let checked =
            load(&places, &geo).map_err(|invalid| LoadError::Invalid { url: PLACES_URL.to_owned(), invalid })?;
        Ok((checked, geo))
    })?;
    let (checked, geo) = dataset;
    let seen = Seen::of(&checked.dataset, &places);
    let delivery = Delivery { offline, change: remember_seen(&seen) };
    yield_to_browser().await;
    let loaded = measured("jpe:index", || Loaded::new(checked, geo, config, delivery));
    yield_to_browser().await;
    Ok(Arc::new(loaded))
}

/// Where the browser keeps what it last showed (see core::freshness).
const SEEN_KEY: &str = "jpe.data-seen.v1";

/// Compares the data now shown with what this browser showed last time, and remembers it.
/// Storage may be unavailable (private mode, a sandboxed frame): then there is no notice.
fn remember_seen(now: &Seen) -> Option<Change> {
    let storage = window().local_storage().ok().flatten()?;
    let previous = storage.get_item(SEEN_KEY).ok().flatten().and_then(|s| Seen::parse(&s));
    let _ = storage.set_item(SEEN_KEY, &now.encode());
    change(previous.as_ref(), now)
}
