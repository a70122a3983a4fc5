//! The page shell: header, the main region (loading, error, or the loaded app) and footer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::query::{Page, Query};
use crate::core::text::Lang;
use crate::ui::catalog::{Catalog, CurrentQuery, Loaded, provide_derived};
use crate::ui::detail::LastOpened;
use crate::ui::explorer::{Explorer, provide_wide};
use crate::ui::load::load_catalog;
use crate::ui::problems::LoadProblem;
use crate::ui::sources_page::SourcesPage;
use crate::ui::url::{UrlSearch, href, provide_url};

const SITE_NAME: &str = "Jiading Park Explorer";

#[component]
pub fn App() -> impl IntoView {
    let url = provide_url();
    // Each retry bumps the attempt; the resource remembers which attempt its value answers, so
    // "retrying…" is derived rather than tracked separately.
    let attempt = RwSignal::new(0u32);
    let catalog = LocalResource::new(move || {
        let n = attempt.get();
        async move { (n, load_catalog().await) }
    });
    let state = move || catalog.get().filter(|(n, _)| *n == attempt.get()).map(|(_, result)| result);
    let loaded = move || state().and_then(Result::ok);
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <Header url />
        <main id="main" tabindex="-1">
            {move || match state() {
                None => view! { <Loading retry={attempt.get() > 0} /> }.into_any(),
                Some(Err(error)) => {
                    view! { <LoadProblem error retry=move || attempt.update(|n| *n += 1) /> }.into_any()
                }
                Some(Ok(data)) => view! { <Ready data url /> }.into_any(),
            }}
        </main>
        <Footer loaded=Signal::derive(loaded) />
    }
}

#[component]
fn Header(url: UrlSearch) -> impl IntoView {
    let query = Memo::new(move |_| Query::parse(&url.0.get()));
    let on_sources = move || query.with(|q| q.page == Some(Page::Sources));
    let explore_href = move || href(&Query { page: None, place: None, ..query.get() });
    let sources_href = move || href(&Query { page: Some(Page::Sources), place: None, ..query.get() });
    view! {
        <header class="site-header">
            <a class="brand" href=explore_href>
                <span class="brand-en">{SITE_NAME}</span>
                <span class="brand-zh" lang="zh">"嘉定园区探索"</span>
            </a>
            <nav aria-label="Site">
                <ul>
                    <li>
                        <a href=explore_href aria-current=move || (!on_sources()).then_some("page")>"Explore"</a>
                    </li>
                    <li>
                        <a href=sources_href aria-current=move || on_sources().then_some("page")>"Sources and data"</a>
                    </li>
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer(loaded: Signal<Option<Arc<Loaded>>>) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Built only from published sources; unknown facts are marked “not published”. "
                "Not an official government site."
            </p>
            {move || {
                loaded.get().map(|data| {
                    let d = &data.dataset;
                    view! {
                        <p>
                            "Data checked "
                            <time datetime=d.updated.machine()>{d.updated.display(Lang::En)}</time>
                            {format!(" · {} places from {} sources.", d.places.len(), d.sources.len())}
                        </p>
                        {data.config.contact_email.clone().map(|email| {
                            let subject = "Jiading Park Explorer: correction";
                            let href = format!("mailto:{email}?subject={}", subject.replace(' ', "%20"));
                            view! {
                                <p>
                                    "Spotted a mistake or have a newer source? "
                                    <a href=href>"Report a correction"</a>
                                </p>
                            }
                        })}
                    }
                })
            }}
        </footer>
    }
}

#[component]
fn Loading(retry: bool) -> impl IntoView {
    view! {
        <div class="loading" role="status">
            <p>{if retry { "Trying again…" } else { "Loading the catalogue of parks and projects…" }}</p>
            <progress aria-label="Loading data"></progress>
        </div>
    }
}

/// Which screen the URL asks for. A memo of this, not of the whole query, decides what is
/// rebuilt: typing in the search box must not rebuild (and unfocus) the explorer.
#[derive(Clone, PartialEq)]
enum Screen {
    Explorer,
    Sources,
}

#[component]
fn Ready(data: Arc<Loaded>, url: UrlSearch) -> impl IntoView {
    let catalog = Catalog(data.clone());
    provide_derived(&catalog, url);
    provide_context(LastOpened(StoredValue::new(None)));
    provide_wide();
    let query = expect_context::<CurrentQuery>().0;
    let screen = Memo::new(move |_| {
        query.with(|(q, _)| if q.page == Some(Page::Sources) { Screen::Sources } else { Screen::Explorer })
    });
    let place = Memo::new(move |_| query.with(|(q, _)| q.place.clone()));
    Effect::new(move |_| {
        let title = match (screen.get(), place.get()) {
            (Screen::Sources, _) => format!("Sources and data · {SITE_NAME}"),
            (Screen::Explorer, Some(id)) => {
                let name = data.dataset.place_index(&id).map(|i| data.dataset.places[i].name.pick(Lang::En).text);
                format!("{} · {SITE_NAME}", name.unwrap_or_default())
            }
            (Screen::Explorer, None) => SITE_NAME.to_owned(),
        };
        document().set_title(&title);
    });
    move || match screen.get() {
        Screen::Explorer => view! { <Explorer /> }.into_any(),
        Screen::Sources => view! { <SourcesPage /> }.into_any(),
    }
}
