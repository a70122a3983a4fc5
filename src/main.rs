//! The explorer's wasm binary. Its pages off the first screen are split points here, so that only
//! this binary exports them: scripts/split-wasm.mjs cuts each into a file of its own, fetched
//! when the page is wanted (ui::shell::pages). In the library they would also be linked into the
//! workbench.

#[cfg(target_arch = "wasm32")]
mod pages {
    use jiading_park_explorer::core::query::Page;
    use jiading_park_explorer::ui::page_files::*;
    use leptos::prelude::*;
    use leptos::wasm_split::{SplitLoaderError, wasm_split};

    /// Each page: its `Page`, the wasm file it goes in (pages named alike share one), its
    /// component, and the split point's loader and preloader. The split points and both matches
    /// on `Page` come from this one list.
    macro_rules! pages {
        ($($page:ident in $file:ident: $view:ident by $load:ident, $preload:ident;)*) => {
            $(
                #[wasm_split($file, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
                fn $load() -> Result<AnyView, SplitLoaderError> {
                    Ok(view! { <$view /> }.into_any())
                }
            )*

            fn load(page: Page) -> PageFuture {
                Box::pin(async move {
                    match page {
                        $(Page::$page => $load().await.ok(),)*
                    }
                })
            }

            fn preload(page: Page) -> PreloadFuture {
                Box::pin(async move {
                    match page {
                        $(Page::$page => $preload().await.is_ok(),)*
                    }
                })
            }
        };
    }

    pages! {
        Timeline in timeline: TimelinePage by timeline, preload_timeline;
        Towns in towns: TownsPage by towns, preload_towns;
        Spaces in spaces: SpacesPage by spaces, preload_spaces;
        Shortlist in shortlist: ShortlistPage by shortlist, preload_shortlist;
        Compare in shortlist: ComparePage by compare, preload_compare;
        Sources in sources: SourcesPage by sources, preload_sources;
        Embed in embed: EmbedPage by embed, preload_embed;
    }

    pub const FILES: PageFiles = PageFiles { load, preload };
}

#[cfg(target_arch = "wasm32")]
fn main() {
    jiading_park_explorer::ui::start(pages::FILES);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app: build it with `make dist` or run it with `make serve`.");
}
