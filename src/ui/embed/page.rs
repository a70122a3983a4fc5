//! The Embed page: the iframe snippet for what the user is looking at, with language, view,
//! colours and height to choose, and the optional host script that fits the height.

use leptos::prelude::*;

use crate::core::query::View;
use crate::core::site::embed::{
    DEFAULT_HEIGHT_PX, MAX_HEIGHT_PX, MIN_HEIGHT_PX, frame_ancestors, host_script_snippet, iframe_snippet,
};
use crate::core::site::theme::Theme;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::href;
use crate::ui::widgets::labels;

/// An absolute URL for `relative`, resolved against this page.
fn absolute(relative: &str) -> String {
    let here = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(relative, &here).map(|u| u.href()).unwrap_or_else(|_| relative.to_owned())
}

/// Copies `text` and remembers it: "Copied." shows while the text on screen is what was copied.
fn copy(text: String, copied: RwSignal<Option<String>>) {
    let _ = window().navigator().clipboard().write_text(&text);
    copied.set(Some(text));
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let lang = ui_lang();
    let Catalog(data) = expect_context::<Catalog>();
    let query = expect_context::<CurrentQuery>().0;
    let start = query.get_untracked().0;
    // The form starts from what the user sees now.
    let chosen_lang = RwSignal::new(Some(start.lang.unwrap_or(lang)));
    let view_mode = RwSignal::new(start.view);
    let theme = RwSignal::new(start.theme.unwrap_or(data.config.theme));
    let height = RwSignal::new(DEFAULT_HEIGHT_PX);
    let src = Memo::new(move |_| {
        let q = query.get().0.for_embed(chosen_lang.get(), view_mode.get(), Some(theme.get()));
        absolute(&href(&q))
    });
    let snippet = Memo::new(move |_| {
        let title = tr!(chosen_lang.get().unwrap_or(lang), embed.frame_title);
        iframe_snippet(&src.get(), title, height.get())
    });
    let host = host_script_snippet(&absolute("embed/host.js"));
    let (copied, host_copied) = (RwSignal::new(None::<String>), RwSignal::new(None::<String>));
    let lang_options = [(None, tr!(lang, embed.lang_visitor)), (Some(Lang::Zh), "中文"), (Some(Lang::En), "English")];
    let view_options = [
        (None, tr!(lang, embed.view_auto)),
        (Some(View::List), tr!(lang, embed.view_list)),
        (Some(View::Map), tr!(lang, embed.view_map)),
    ];
    let origins = data.config.parent_origins.clone();
    let header = frame_ancestors(&origins);
    let has_origins = !origins.is_empty();
    let refused = data.config.refused_origins.clone();
    let host_for_copy = host.clone();
    view! {
        <div class="embed-page">
            <h1>{tr!(lang, embed.title)}</h1>
            <p>{tr!(lang, embed.intro)}</p>
            <fieldset class="embed-options">
                <legend>{tr!(lang, embed.options)}</legend>
                <div class="field">
                    <label for="embed-lang">{tr!(lang, embed.language)}</label>
                    <select
                        id="embed-lang"
                        on:change=move |ev| {
                            chosen_lang.set(Lang::parse(&event_target_value(&ev)));
                        }
                    >
                        {lang_options
                            .into_iter()
                            .map(|(l, label)| {
                                let value = l.map_or("", Lang::code);
                                view! { <option value=value selected=chosen_lang.get_untracked() == l>{label}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="embed-view">{tr!(lang, embed.view)}</label>
                    <select
                        id="embed-view"
                        on:change=move |ev| {
                            view_mode.set(View::parse(&event_target_value(&ev)));
                        }
                    >
                        {view_options
                            .into_iter()
                            .map(|(m, label)| {
                                let value = m.map_or("", View::id);
                                let selected = view_mode.get_untracked() == m
                                    || (m.is_none() && view_mode.get_untracked() == Some(View::Split));
                                view! { <option value=value selected=selected>{label}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="embed-theme">{tr!(lang, embed.theme)}</label>
                    <select
                        id="embed-theme"
                        on:change=move |ev| {
                            theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default());
                        }
                    >
                        {Theme::ALL
                            .into_iter()
                            .map(|t| {
                                view! { <option value=t.id() selected=theme.get_untracked() == t>{labels::theme(t, lang)}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="embed-height">{tr!(lang, embed.height, min = MIN_HEIGHT_PX, max = MAX_HEIGHT_PX)}</label>
                    <input
                        id="embed-height"
                        type="number"
                        inputmode="numeric"
                        min=MIN_HEIGHT_PX
                        max=MAX_HEIGHT_PX
                        step="10"
                        prop:value=move || height.get().to_string()
                        on:change=move |ev| {
                            let typed = event_target_value(&ev).trim().parse::<f64>().ok().filter(|h| h.is_finite());
                            let h = typed.map_or(DEFAULT_HEIGHT_PX, |h| {
                                h.round().clamp(f64::from(MIN_HEIGHT_PX), f64::from(MAX_HEIGHT_PX)) as u32
                            });
                            height.set(h);
                        }
                    />
                </div>
            </fieldset>
            <h2 id="embed-snippet-heading">{tr!(lang, embed.snippet)}</h2>
            <label for="embed-snippet">{tr!(lang, embed.snippet_help)}</label>
            <textarea id="embed-snippet" class="snippet" readonly rows="6" prop:value=snippet></textarea>
            <div class="actions">
                <button type="button" class="button primary" on:click=move |_| copy(snippet.get(), copied)>
                    {tr!(lang, embed.copy)}
                </button>
                " "
                <a href=src target="_blank" rel="noopener">{tr!(lang, embed.preview)}</a>
                <span role="status" class="copied">{move || copied.with(|c| snippet.with(|s| c.as_ref() == Some(s))).then(|| tr!(lang, embed.copied))}</span>
            </div>
            <h2>{tr!(lang, embed.host)}</h2>
            <p>{tr!(lang, embed.host_help)}</p>
            <label for="embed-host" class="visually-hidden">{tr!(lang, embed.host)}</label>
            <textarea id="embed-host" class="snippet" readonly rows="2" prop:value=host></textarea>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| copy(host_for_copy.clone(), host_copied)>
                    {tr!(lang, embed.copy_host)}
                </button>
                <span role="status" class="copied">{move || host_copied.with(Option::is_some).then(|| tr!(lang, embed.copied))}</span>
            </div>
            <h2>{tr!(lang, embed.origins)}</h2>
            <p>{tr!(lang, embed.origins_help)}</p>
            {if origins.is_empty() {
                view! { <p class="embed-origins-none">{tr!(lang, embed.origins_none)}</p> }.into_any()
            } else {
                view! {
                    <ul class="embed-origins">
                        {origins.into_iter().map(|o| view! { <li><code>{o}</code></li> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {if has_origins {
                view! {
                    <p>{tr!(lang, embed.origins_header)}</p>
                    <p class="embed-header"><code>{header}</code></p>
                }
                    .into_any()
            } else {
                view! { <p>{tr!(lang, embed.origins_header_none)}</p> }.into_any()
            }}
            {(!refused.is_empty()).then(|| {
                let items = refused
                    .into_iter()
                    .map(|r| view! { <li><code>{r.entry}</code> " — " {labels::origin_refusal(r.why, lang)}</li> })
                    .collect_view();
                view! {
                    <h3>{tr!(lang, embed.origins_refused)}</h3>
                    <ul class="embed-origins-refused">{items}</ul>
                }
            })}
        </div>
    }
}
