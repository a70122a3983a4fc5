//! The page's chrome: the site header with its navigation and language switch, embed mode's
//! slim bar, and the footer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::query::{Page, Query};
use crate::core::site::mailto::mailto;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Loaded, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::shortlist_store::Shortlist;
use crate::ui::context::url::{UrlSearch, href, is_plain_click};
use crate::ui::shell::pages;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::text::checked_date;

/// Embed mode's only chrome: what this is, the language switch and a way out to the full site.
#[component]
pub fn EmbedBar(url: UrlSearch, query: Memo<Query>) -> impl IntoView {
    let lang = ui_lang();
    let full = move || href(&Query { embed: false, theme: None, ..query.get() });
    view! {
        <header class="embed-bar">
            <span class="embed-name">{tr!(lang, site_name)}</span>
            <LangSwitch url query />
            <a href=full target="_blank" rel="noopener">
                {tr!(lang, embed.open_full)}
                <span class="visually-hidden">" " {tr!(lang, embed.new_tab)}</span>
            </a>
        </header>
    }
}

#[component]
pub fn Header(url: UrlSearch, query: Memo<Query>) -> impl IntoView {
    let lang = ui_lang();
    let shortlist = use_context::<Shortlist>();
    let count = move || shortlist.map_or(0, |s| s.items.with(Vec::len));
    let link = move |page: Option<Page>, label: &'static str, counted: bool| {
        let target = move || Query { page, place: None, shortlist: None, compare: vec![], ..query.get() };
        let current =
            move || query.with(|q| q.page == page || (page == Some(Page::Shortlist) && q.page == Some(Page::Compare)));
        let on_click = move |ev: web_sys::MouseEvent| {
            if is_plain_click(&ev) {
                ev.prevent_default();
                url.navigate(&target());
            }
        };
        // A page's own wasm file is fetched as soon as its link is pointed at or focused.
        let hint = move || {
            if let Some(page) = page {
                pages::prefetch(page);
            }
        };
        view! {
            <li>
                <a
                    href=move || href(&target())
                    aria-current=move || current().then_some("page")
                    on:click=on_click
                    on:pointerenter=move |_| hint()
                    on:focus=move |_| hint()
                >
                    {label}
                    {counted.then(|| view! { " " <span class="count-badge">{count}</span> })}
                </a>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <a class="brand" href=move || href(&Query { page: None, place: None, ..query.get() })>
                {tr!(lang, site_name)}
            </a>
            <nav aria-label=tr!(lang, nav.label)>
                <ul>
                    {link(None, tr!(lang, nav.explore), false)}
                    {link(Some(Page::Timeline), tr!(lang, nav.timeline), false)}
                    {link(Some(Page::Towns), tr!(lang, nav.towns), false)}
                    {link(Some(Page::Spaces), tr!(lang, nav.spaces), false)}
                    {link(Some(Page::Shortlist), tr!(lang, nav.shortlist), true)}
                    {link(Some(Page::Sources), tr!(lang, nav.sources), false)}
                    {link(Some(Page::Embed), tr!(lang, nav.embed), false)}
                </ul>
            </nav>
            <LangSwitch url query />
        </header>
    }
}

/// 中文 | English, each in its own language, as links (a new tab works too).
#[component]
fn LangSwitch(url: UrlSearch, query: Memo<Query>) -> impl IntoView {
    let current = ui_lang();
    let link = move |lang: Lang, label: &'static str| {
        let target = move || Query { lang: Some(lang), ..query.get() };
        let on_click = move |ev: web_sys::MouseEvent| {
            if is_plain_click(&ev) {
                ev.prevent_default();
                url.navigate(&target());
                // The page is rebuilt in the new language; keep the keyboard where it was.
                focus_soon(format!("#lang-switch a[lang=\"{}\"]", lang.code()));
            }
        };
        view! {
            <a
                href=move || href(&target())
                lang=lang.code()
                hreflang=lang.code()
                aria-current=(current == lang).then_some("true")
                on:click=on_click
            >
                {label}
            </a>
        }
    };
    view! {
        <div id="lang-switch" class="lang-switch" role="group" aria-label=tr!(current, nav.language)>
            {link(Lang::Zh, "中文")}
            {link(Lang::En, "English")}
        </div>
    }
}

#[component]
pub fn Footer(loaded: Signal<Option<Arc<Loaded>>>) -> impl IntoView {
    let lang = ui_lang();
    view! {
        <footer class="site-footer">
            <p>{tr!(lang, footer.disclaimer)}</p>
            {move || {
                loaded.get().map(|data| {
                    let d = &data.dataset;
                    view! {
                        <p>
                            {tr!(
                                lang, footer.checked, date = checked_date(d.updated, lang), places = d.places.len(),
                                sources = d.sources.len()
                            )}
                        </p>
                        {data.config.contact_email.clone().map(|email| {
                            let href = mailto(Some(&email), tr!(lang, footer.correction_subject), "");
                            view! {
                                <p>
                                    {tr!(lang, footer.correction_prompt)} " " <a href=href>{tr!(lang, footer.correction_link)}</a>
                                </p>
                            }
                        })}
                    }
                })
            }}
        </footer>
    }
}
