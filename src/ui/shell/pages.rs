//! The pages that are not on the first screen, each in a wasm file of its own: the explorer's
//! first load does not carry them. `wasm_split` marks the split points; scripts/split-wasm.mjs
//! cuts the build's wasm there. A page's file is fetched when its link is hovered or focused, or
//! when it is opened; the service worker precaches every file, so offline use is unchanged.

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
use crate::ui::widgets::focus::focus_soon;

#[wasm_split(spaces, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_spaces))]
fn spaces() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SpacesPage /> }.into_any())
}

#[wasm_split(shortlist, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_shortlist))]
fn shortlist() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ShortlistPage /> }.into_any())
}

#[wasm_split(shortlist, wasm_split_path = ::leptos::wasm_split, fallible)]
fn compare() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ComparePage /> }.into_any())
}

#[wasm_split(sources, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_sources))]
fn sources() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SourcesPage /> }.into_any())
}

#[wasm_split(embed, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_embed))]
fn embed() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <EmbedPage /> }.into_any())
}

async fn load(page: Page) -> Result<AnyView, SplitLoaderError> {
    match page {
        Page::Spaces => spaces().await,
        Page::Shortlist => shortlist().await,
        Page::Compare => compare().await,
        Page::Sources => sources().await,
        Page::Embed => embed().await,
    }
}

/// Starts fetching a page's file (a hint: a failure shows only when the page is opened).
pub fn prefetch(page: Page) {
    spawn_local(async move {
        let _ = match page {
            Page::Spaces => preload_spaces().await,
            Page::Shortlist | Page::Compare => preload_shortlist().await,
            Page::Sources => preload_sources().await,
            Page::Embed => preload_embed().await,
        };
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
                                    <p>{tr!(lang, problem.network_advice)}</p>
                                    <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                        {tr!(lang, problem.retry)}
                                    </button>
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
