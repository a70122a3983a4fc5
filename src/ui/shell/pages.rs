//! The pages that are not on the first screen (timeline, space finder, shortlist and compare,
//! sources, embed), each in a wasm file of its own, so the explorer's first load does not carry
//! them. `wasm_split` marks the split points; scripts/split-wasm.mjs cuts the build's wasm there.
//! A page's file is fetched when its link is pointed at or focused, or when it is opened; the
//! service worker precaches every file, so offline use is unchanged.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::core::query::Page;
use crate::ui::context::catalog::ui_lang;
use crate::ui::context::i18n::tr;
use crate::ui::embed::EmbedPage;
use crate::ui::shortlist::{ComparePage, ShortlistPage};
use crate::ui::sources::SourcesPage;
use crate::ui::spaces::SpacesPage;
use crate::ui::timeline::TimelinePage;
use crate::ui::widgets::focus::focus_soon;

/// Each page off the first screen: its `Page`, the wasm file it goes in (pages named alike share
/// one), its component, and the split point's loader and preloader. The split points and both
/// matches on `Page` below come from this one list.
macro_rules! pages {
    ($($page:ident in $file:ident: $view:ident by $load:ident, $preload:ident;)*) => {
        $(
            #[wasm_split($file, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
            fn $load() -> Result<AnyView, SplitLoaderError> {
                Ok(view! { <$view /> }.into_any())
            }
        )*

        async fn load(page: Page) -> Result<AnyView, SplitLoaderError> {
            match page {
                $(Page::$page => $load().await,)*
            }
        }

        async fn preload(page: Page) -> Result<(), SplitLoaderError> {
            match page {
                $(Page::$page => $preload().await,)*
            }
        }
    };
}

pages! {
    Timeline in timeline: TimelinePage by timeline, preload_timeline;
    Spaces in spaces: SpacesPage by spaces, preload_spaces;
    Shortlist in shortlist: ShortlistPage by shortlist, preload_shortlist;
    Compare in shortlist: ComparePage by compare, preload_compare;
    Sources in sources: SourcesPage by sources, preload_sources;
    Embed in embed: EmbedPage by embed, preload_embed;
}

/// Starts fetching a page's file (a hint: a failure shows only when the page is opened).
pub fn prefetch(page: Page) {
    spawn_local(async move {
        let _ = preload(page).await;
    });
}

/// A page, drawn once its file is in; if the file cannot be fetched, what happened and a retry.
#[component]
pub fn LazyPage(page: Page) -> impl IntoView {
    let lang = ui_lang();
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        let retry = attempt.get_untracked() > 0;
        view! {
            <Suspense fallback=move || {
                view! {
                    <div class="loading" role="status">
                        <p>{tr!(lang, loading.page)}</p>
                        <progress aria-label=tr!(lang, loading.progress)></progress>
                    </div>
                }
            }>
                {Suspend::new(async move {
                    match load(page).await {
                        Ok(view) => {
                            // After a retry the button that had the focus is gone.
                            if retry {
                                focus_soon("#main".to_owned());
                            }
                            view
                        }
                        Err(_) => {
                            if retry {
                                focus_soon("#page-problem".to_owned());
                            }
                            view! {
                                <div class="problem-panel" id="page-problem" role="alert" tabindex="-1">
                                    <h1>{tr!(lang, problem.page_heading)}</h1>
                                    <p>{tr!(lang, problem.page_advice)}</p>
                                    <div class="actions">
                                        <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                            {tr!(lang, problem.retry)}
                                        </button>
                                        // A deploy since this tab opened removes its build's files: only a reload
                                        // brings the new ones.
                                        <button type="button" class="button" on:click=move |_| { let _ = window().location().reload(); }>
                                            {tr!(lang, problem.reload)}
                                        </button>
                                    </div>
                                </div>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        }
    }
}
