//! "Near this point" above the results: use the browser's location or pick a point on the map,
//! then a sentence saying what the list is ranked from and how far each place is.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::core::data::Dataset;
use crate::core::explore::nearby::{Distance, NearCounts, Origin};
use crate::core::geo::coord;
use crate::core::query::{Query, panes};
use crate::core::text::Lang;
use crate::core::text::format::number;
use crate::ui::context::catalog::{CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::explorer::Wide;
use crate::ui::map::pick::{Picking, RANKED_NOTE};
use crate::ui::widgets::focus::focus_soon;

/// The list's "Pick a point on the map" button.
const PICK_FROM_LIST: &str = "[data-pick-start=list]";

/// How long to wait for a position, and how old one may be.
const LOCATE_TIMEOUT_MS: u32 = 15_000;
const LOCATE_MAX_AGE_MS: u32 = 60_000;

/// The two ways to choose a point, and what became of asking for the location.
#[component]
pub fn NearTools() -> impl IntoView {
    let lang = ui_lang();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let picking = expect_context::<Picking>();
    let wide = expect_context::<Wide>().0;
    let status = RwSignal::new(None::<String>);
    let locate = move |_| {
        // The answer can come after the user switched language (this screen rebuilt) or moved on:
        // then it is dropped.
        let found = move |origin: Origin| {
            let Some((q, _)) = query.try_get_untracked() else { return };
            if status.try_set(None).is_none() {
                url.navigate(&Query { from: Some(origin), ..q });
                focus_soon(RANKED_NOTE.into());
            }
        };
        status.set(Some(ask_location(lang, status, found).to_owned()));
    };
    let pick = move |_| {
        let map_shown = query.with_untracked(|(q, _)| panes(q.view, wide.get_untracked(), false).map);
        picking.start(map_shown, PICK_FROM_LIST);
    };
    view! {
        <div class="near-tools" role="group" aria-label=tr!(lang, near.tools)>
            <button type="button" class="button" on:click=locate>
                {tr!(lang, near.use_location)}
            </button>
            " "
            <button type="button" class="button" data-pick-start="list" on:click=pick>
                {tr!(lang, near.pick)}
            </button>
            <p class="near-status" role="status">
                {move || status.get()}
            </p>
        </div>
    }
}

/// Asks the browser for its position (WGS-84, like `from`); the answer comes to `found` or, as
/// a message, to `status`. Returns what to say meanwhile.
fn ask_location(lang: Lang, status: RwSignal<Option<String>>, found: impl Fn(Origin) + 'static) -> &'static str {
    let Ok(geo) = window().navigator().geolocation() else { return tr!(lang, near.no_api) };
    let ok = Closure::once_into_js(move |p: JsValue| {
        let c = p.unchecked_into::<web_sys::Position>().coords();
        match Origin::new(c.latitude(), c.longitude()) {
            Some(origin) => found(origin),
            None => {
                status.try_set(Some(tr!(lang, near.unavailable).to_owned()));
            }
        }
    });
    let failed = Closure::once_into_js(move |e: JsValue| {
        let denied = e.unchecked_into::<web_sys::PositionError>().code() == 1;
        let text = if denied { tr!(lang, near.denied) } else { tr!(lang, near.unavailable) };
        status.try_set(Some(text.to_owned()));
    });
    let options = web_sys::PositionOptions::new();
    options.set_timeout(LOCATE_TIMEOUT_MS);
    options.set_maximum_age(LOCATE_MAX_AGE_MS);
    match geo.get_current_position_with_error_callback_and_options(
        ok.unchecked_ref(),
        Some(failed.unchecked_ref()),
        &options,
    ) {
        Ok(()) => tr!(lang, near.locating),
        Err(_) => tr!(lang, near.no_api),
    }
}

/// What the list is ranked from, how many places have a distance, and the way back.
#[component]
pub fn NearNote(from: Origin, counts: NearCounts) -> impl IntoView {
    let lang = ui_lang();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let stop = move |_| {
        url.navigate(&Query { from: None, ..query.get_untracked().0 });
        focus_soon(PICK_FROM_LIST.into());
    };
    let point = format!("{}, {}", coord(from.lat), coord(from.lon));
    let NearCounts { measured, in_town, unmeasured } = counts;
    let parts = [
        (measured, tr!(lang, near.count_measured, n = measured)),
        (in_town, tr!(lang, near.count_in_town, n = in_town)),
        (unmeasured, tr!(lang, near.count_rest, n = unmeasured)),
    ];
    let said: Vec<String> = parts.into_iter().filter(|(n, _)| *n > 0).map(|(_, text)| text).collect();
    let counts_text =
        if said.is_empty() { String::new() } else { said.join(tr!(lang, near.count_join)) + tr!(lang, near.count_end) };
    view! {
        <div class="notice near-note">
            <p id=RANKED_NOTE.trim_start_matches('#') tabindex="-1">
                {tr!(lang, near.ranked, point = point)}
                " "
                {counts_text}
            </p>
            <button type="button" class="button" on:click=stop>
                {tr!(lang, near.stop)}
            </button>
        </div>
    }
}

/// A result's distance, or why it has none.
pub fn distance_text(d: &Dataset, distance: &Distance, lang: Lang) -> String {
    match distance {
        Distance::Km(km) => tr!(lang, near.km, km = number(*km, 1)),
        Distance::InTown { town, label_km, range_km } => {
            let name = d.town(town).map_or(town.as_str(), |t| t.name.pick(lang).text);
            // Whole kilometres, widened outwards: the place is only somewhere in the town.
            match range_km {
                Some((near, far)) => {
                    tr!(
                        lang,
                        near.in_town_range,
                        town = name,
                        near = number(near.floor(), 0),
                        far = number(far.ceil(), 0)
                    )
                }
                None => tr!(lang, near.in_town, town = name, km = number(label_km.round(), 0)),
            }
        }
        Distance::InDistrict => tr!(lang, near.in_district).to_owned(),
        Distance::Unlocated => tr!(lang, near.unlocated).to_owned(),
    }
}
