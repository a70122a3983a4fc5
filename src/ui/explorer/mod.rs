//! The explorer screen: search box, facets and results (ranked from a point if one is chosen),
//! the open place, the map.
//!
//! May import: ui::context, ui::widgets, ui::detail, ui::map.

mod near;
mod results;
mod search_box;

use leptos::prelude::*;

use crate::core::explore::FacetId;
use crate::core::explore::claims::coverage;
use crate::core::query::{Query, View, panes};
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::detail::Detail;
use crate::ui::explorer::results::Results;
use crate::ui::explorer::search_box::SearchBox;
use crate::ui::map::MapPane;
use crate::ui::map::pick::Picking;
use crate::ui::widgets::facets::Facets;
use crate::ui::widgets::text::coverage_text;

/// Whether the window is wide enough to show the list and the map side by side.
#[derive(Clone, Copy)]
pub struct Wide(pub Signal<bool>);

/// Width from which list and map fit side by side.
const SPLIT_MIN_PX: f64 = 1100.0;

fn window_is_wide() -> bool {
    window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= SPLIT_MIN_PX)
}

/// Follows the window's width class (only crossings of the threshold change the signal).
pub fn provide_wide() {
    let wide = RwSignal::new(window_is_wide());
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        let now = window_is_wide();
        if wide.get_untracked() != now {
            wide.set(now);
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(Wide(wide.into()));
}

#[component]
pub fn Explorer() -> impl IntoView {
    let lang = ui_lang();
    let wide = expect_context::<Wide>().0;
    let query = expect_context::<CurrentQuery>().0;
    let place = Memo::new(move |_| query.with(|(q, _)| q.place.clone()));
    Picking::provide();
    let panes = Memo::new(move |_| panes(query.with(|(q, _)| q.view), wide.get(), place.with(Option::is_some)));
    // Leaflet loads the first time the map is shown and then stays, hidden when not in view.
    let map_mounted = Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || panes.get().map);
    let main = move || match place.get() {
        Some(id) => view! { <Detail id /> }.into_any(),
        None => view! { <Results /> }.into_any(),
    };
    view! {
        <div class="explorer">
            <Show when=move || place.with(Option::is_none)>
                // In the map-only view the title gives its room to the map (it stays for screen readers).
                <h1 class="page-title" class:visually-hidden=move || !panes.get().main>
                    {tr!(lang, explorer.title)}
                </h1>
            </Show>
            <div class="explorer-head">
                <SearchBox />
                <ViewToggle />
            </div>
            <IgnoredIdsNotice />
            <ProgrammeCoverage />
            <div class="explorer-body" class:with-facets=move || panes.get().facets class:with-map=move || panes.get().map class:with-main=move || panes.get().main>
                <Show when=move || panes.get().facets>
                    <Facets results="results-heading" />
                </Show>
                <Show when=move || panes.get().main>
                    <div class="main-pane">{main}</div>
                </Show>
                {move || {
                    map_mounted
                        .get()
                        .then(|| {
                            let visible = Signal::derive(move || panes.get().map);
                            view! {
                                <div class="map-pane" class:hidden=move || !visible.get()>
                                    <MapPane visible />
                                </div>
                            }
                        })
                }}
            </div>
        </div>
    }
}

/// List, map, or both (wide screens only).
#[component]
fn ViewToggle() -> impl IntoView {
    let lang = ui_lang();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let wide = expect_context::<Wide>().0;
    let current = move || View::effective(query.with(|(q, _)| q.view), wide.get());
    let button = move |view: View, label: &'static str| {
        view! {
            <button
                type="button"
                class="toggle"
                aria-pressed=move || if current() == view { "true" } else { "false" }
                on:click=move |_| url.navigate(&Query { view: Some(view), ..query.get_untracked().0 })
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="view-toggle" role="group" aria-label=tr!(lang, explorer.view_label)>
            {button(View::List, tr!(lang, explorer.view_list))}
            {button(View::Map, tr!(lang, explorer.view_map))}
            <Show when=move || wide.get()>{button(View::Split, tr!(lang, explorer.view_split))}</Show>
        </div>
    }
}

/// With a programme chosen, how much of it the data names: most programmes' members are not all
/// published, and a list of five must not pass for the whole programme.
#[component]
fn ProgrammeCoverage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let query = expect_context::<CurrentQuery>().0;
    let chosen = Memo::new(move |_| query.with(|(q, _)| q.filters.facets.get(FacetId::Programme).to_vec()));
    move || {
        let d = &catalog.0.dataset;
        let lines: Vec<_> = chosen
            .get()
            .into_iter()
            .filter_map(|id| d.programme(&id).map(|p| (p.name.pick(lang), coverage(d, &id))))
            .map(|(name, c)| view! { <li><span lang=name.lang.code()>{name.text.to_owned()}</span> ": " {coverage_text(c, lang)}</li> })
            .collect();
        (!lines.is_empty()).then(|| view! { <ul class="notice coverage plain">{lines.collect_view()}</ul> })
    }
}

/// A link may name towns, sectors or a place that the data does not have (an old bookmark, a
/// typo); they are ignored, and the user is told so rather than left wondering.
#[component]
fn IgnoredIdsNotice() -> impl IntoView {
    let query = expect_context::<CurrentQuery>().0;
    let lang = ui_lang();
    move || {
        let dropped = query.with(|(_, dropped)| dropped.clone());
        (!dropped.is_empty())
            .then(|| view! { <p class="notice">{tr!(lang, explorer.ignored, ids = dropped.join(", "))}</p> })
    }
}
