//! The page shell: header, the main region (loading, error, or the loaded app) and footer.
//! Everything below the shell is rebuilt when the language changes: a rare event, and it keeps
//! every string a plain value instead of one more reactive closure each.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

use crate::core::query::{Page, Query};
use crate::core::site::theme::Theme;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, CurrentQuery, LastOpened, Loaded, UiLang, provide_derived, ui_lang};
use crate::ui::context::i18n::{browser_lang, html_lang, tr};
use crate::ui::context::load::load_catalog;
use crate::ui::context::shortlist_store::Shortlist;
use crate::ui::context::url::{UrlSearch, provide_url};
use crate::ui::context::worker::register_service_worker;
use crate::ui::embed::messaging;
use crate::ui::explorer::{Explorer, provide_wide};
use crate::ui::shell::frame;
use crate::ui::shell::header::{EmbedBar, Footer, Header};
use crate::ui::shell::notices::{DataNotice, DeliveryNotices};
use crate::ui::shell::pages::LazyPage;
use crate::ui::shell::problems::LoadProblem;
use crate::ui::widgets::focus::focus_soon;

#[component]
pub fn App() -> impl IntoView {
    let url = provide_url();
    let default_lang = browser_lang();
    // The URL parsed once; the shell's memos and its header read from this.
    let query = Memo::new(move |_| Query::parse(&url.0.get()));
    let lang = Memo::new(move |_| query.with(|q| q.lang).unwrap_or(default_lang));
    let embed = Memo::new(move |_| query.with(|q| q.embed));
    let url_theme = Memo::new(move |_| query.with(|q| q.theme));
    provide_context(Shortlist::load());
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", html_lang(lang.get()));
        }
    });
    // Each retry bumps the attempt; the resource remembers which attempt its value answers, so
    // "retrying…" is derived rather than tracked separately.
    let attempt = RwSignal::new(0u32);
    let catalog = LocalResource::new(move || {
        let n = attempt.get();
        async move { (n, load_catalog().await) }
    });
    let state = move || catalog.get().filter(|(n, _)| *n == attempt.get()).map(|(_, result)| result);
    // The URL's theme wins over the deployment's; the attribute selects a preset in tokens.css.
    let config_theme = move || state().and_then(Result::ok).map(|data| data.config.theme);
    Effect::new(move |_| {
        let theme = url_theme.get().or_else(config_theme).unwrap_or_default();
        if let Some(root) = document().document_element() {
            let _ = match theme {
                Theme::Green => root.remove_attribute("data-theme"),
                other => root.set_attribute("data-theme", other.id()),
            };
            let _ =
                if embed.get() { root.set_attribute("data-embed", "") } else { root.remove_attribute("data-embed") };
        }
    });
    // index.html's frame stays until there is something to show instead of it, the data or its
    // failure; meanwhile the app draws nothing. Once shown, the app stays (a retry shows Loading).
    let framed = frame::present();
    let revealed = Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || state().is_some());
    Effect::new(move |_| {
        if revealed.get() {
            frame::take_over(url, &query.get_untracked());
        }
    });
    move || {
        if framed && !revealed.get() {
            return ().into_any();
        }
        let lang = lang.get();
        provide_context(UiLang(lang));
        view! {
            <a class="skip-link" href="#main">{tr!(lang, skip)}</a>
            {move || if embed.get() { view! { <EmbedBar url query /> }.into_any() } else { view! { <Header url query /> }.into_any() }}
            <main id="main" tabindex="-1">
                {move || match state() {
                    None => view! { <Loading retry={attempt.get_untracked() > 0} /> }.into_any(),
                    Some(Err(error)) => {
                        view! { <LoadProblem error retry=move || attempt.update(|n| *n += 1) /> }.into_any()
                    }
                    Some(Ok(data)) => view! { <Ready data url /> }.into_any(),
                }}
            </main>
            <Show when=move || !embed.get()>
                <Footer loaded=Signal::derive(move || state().and_then(Result::ok)) />
            </Show>
        }
        .into_any()
    }
}

#[component]
fn Loading(retry: bool) -> impl IntoView {
    let lang = ui_lang();
    loading_view(if retry { tr!(lang, loading.retry) } else { tr!(lang, loading.first) }, lang)
}

/// "Loading…" with its labelled progress bar: the data's, or a page file's.
pub(super) fn loading_view(text: &'static str, lang: Lang) -> impl IntoView + use<> {
    view! {
        <div class="loading" role="status">
            <p>{text}</p>
            <progress aria-label=tr!(lang, loading.progress)></progress>
        </div>
    }
}

/// Which screen the URL asks for. A memo of this, not of the whole query, decides what is
/// rebuilt: typing in the search box must not rebuild (and unfocus) the explorer.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Explorer,
    Page(Page),
}

#[component]
fn Ready(data: Arc<Loaded>, url: UrlSearch) -> impl IntoView {
    let lang = ui_lang();
    let catalog = Catalog(data.clone());
    provide_derived(&catalog, url, lang);
    provide_context(LastOpened(StoredValue::new(None)));
    provide_wide();
    let query = expect_context::<CurrentQuery>().0;
    let screen = Memo::new(move |_| query.with(|(q, _)| q.page.map_or(Screen::Explorer, Screen::Page)));
    let place = Memo::new(move |_| query.with(|(q, _)| q.place.clone()));
    start_once(&data, query.with_untracked(|(q, _)| q.embed));
    let (delivery, updated, problems) = (data.delivery.clone(), data.dataset.updated, data.problems.clone());
    Effect::new(move |_| {
        let site = tr!(lang, site_name);
        let page_title = |page: Page| match page {
            Page::Timeline => tr!(lang, timeline.title),
            Page::Towns => tr!(lang, towns.title),
            Page::Sources => tr!(lang, nav.sources),
            Page::Spaces => tr!(lang, spaces.title),
            Page::Shortlist => tr!(lang, shortlist.title),
            Page::Compare => tr!(lang, compare.title),
            Page::Embed => tr!(lang, embed.title),
        };
        let title = match (screen.get(), place.get()) {
            (Screen::Page(page), _) => format!("{} · {site}", page_title(page)),
            (Screen::Explorer, Some(id)) => {
                let name = data.dataset.place_index(&id).map(|i| data.dataset.places[i].name.pick(lang).text);
                format!("{} · {site}", name.unwrap_or_default())
            }
            (Screen::Explorer, None) => site.to_owned(),
        };
        document().set_title(&title);
    });
    // The link or button that led to another screen went with the screen it was on, and focus
    // with it to <body>: it goes to the main region instead (where Tab continues into the page).
    Effect::new(move |before: Option<Screen>| {
        let now = screen.get();
        if before.is_some_and(|b| b != now) {
            request_animation_frame(|| {
                let lost = match (document().active_element(), document().body()) {
                    (Some(a), Some(body)) => body.is_same_node(Some(&a)),
                    _ => true,
                };
                if lost {
                    focus_soon("#main".to_owned());
                }
            });
        }
        now
    });
    let screen_view = move || match screen.get() {
        Screen::Explorer => view! { <Explorer /> }.into_any(),
        Screen::Page(page) => view! { <LazyPage page /> }.into_any(),
    };
    view! {
        <DataNotice problems />
        <DeliveryNotices delivery updated />
        {screen_view}
    }
}

/// What runs once per page load after the data has loaded (Ready is rebuilt on a language
/// change, these must not be started twice).
fn start_once(data: &Loaded, embed: bool) {
    static STARTED: AtomicBool = AtomicBool::new(false);
    if STARTED.swap(true, Ordering::Relaxed) {
        return;
    }
    register_service_worker();
    if embed {
        messaging::start_messaging(data.config.parent_origins.clone());
        messaging::open_other_sites_in_new_tabs();
    }
}
