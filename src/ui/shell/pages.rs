//! The pages that are not on the first screen (timeline, towns, space finder, shortlist, compare,
//! sources, embed), each in a wasm file of its own, so the explorer's first load does not carry
//! them. `wasm_split` marks the split points (in src/main.rs, see `PageFiles`); scripts/split-wasm.mjs
//! cuts the build's wasm there.
//! A page's file is fetched when its link is pointed at or focused, or when it is opened; the
//! service worker precaches every file, so offline use is unchanged.

use std::pin::Pin;
use std::sync::OnceLock;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::query::Page;
use crate::ui::context::catalog::ui_lang;
use crate::ui::context::i18n::tr;
use crate::ui::shell::app::loading_view;
use crate::ui::widgets::focus::focus_soon;

/// A page's view once its file is in, or `None` when the file could not be fetched.
pub type PageFuture = Pin<Box<dyn Future<Output = Option<AnyView>> + Send>>;
/// Whether a page's file is in (fetched now if it was not).
pub type PreloadFuture = Pin<Box<dyn Future<Output = bool> + Send>>;

/// How each page's file is fetched. The split points are in the explorer's binary (src/main.rs),
/// not here: a split point is an exported function, and every binary of this library (the
/// workbench too) would carry exported functions and all they call.
#[derive(Clone, Copy)]
pub struct PageFiles {
    pub load: fn(Page) -> PageFuture,
    pub preload: fn(Page) -> PreloadFuture,
}

static FILES: OnceLock<PageFiles> = OnceLock::new();

/// Called once, by the explorer's `main`, before the app starts.
pub fn set_page_files(files: PageFiles) {
    let _ = FILES.set(files);
}

async fn load(page: Page) -> Option<AnyView> {
    (FILES.get()?.load)(page).await
}

/// Starts fetching a page's file (a hint: a failure shows only when the page is opened).
pub fn prefetch(page: Page) {
    if let Some(files) = FILES.get() {
        let preload = files.preload;
        spawn_local(async move {
            preload(page).await;
        });
    }
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
            <Suspense fallback=move || loading_view(tr!(lang, loading.page), lang)>
                {Suspend::new(async move {
                    match load(page).await {
                        Some(view) => {
                            // After a retry the button that had the focus is gone.
                            if retry {
                                focus_soon("#main".to_owned());
                            }
                            view
                        }
                        None => {
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
