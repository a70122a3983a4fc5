//! The timeline's year range: "from" and "to", each a year with events or open, in the URL.

use leptos::prelude::*;

use crate::core::explore::district_timeline::Years;
use crate::core::query::Query;
use crate::ui::context::catalog::{CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;

#[component]
pub fn YearRange(years: Memo<Years>, span: Memo<Option<(i32, i32)>>) -> impl IntoView {
    let lang = ui_lang();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let set = move |from: bool, value: String| {
        let year = value.parse::<i32>().ok();
        let mut range = years.get_untracked();
        if from {
            range.from = year;
        } else {
            range.to = year;
        }
        let range = match (range.from, range.to) {
            (None, None) => None,
            _ => Years::parse(&range.encode()),
        };
        url.navigate(&Query { years: range, ..query.get_untracked().0 });
    };
    // Every year from the first event to the last, newest first, and the chosen ones even when
    // the filters leave no event in them (so the select still shows what the URL says).
    let choices = move |chosen: Option<i32>| {
        let (first, last) = span.get().unwrap_or((0, -1));
        let mut list: Vec<i32> = (first..=last).rev().collect();
        if let Some(y) = chosen.filter(|y| !list.contains(y)) {
            list.push(y);
            list.sort_unstable_by(|a, b| b.cmp(a));
        }
        list
    };
    let select = move |from: bool| {
        let chosen = move || {
            let y = years.get();
            if from { y.from } else { y.to }
        };
        let id = if from { "years-from" } else { "years-to" };
        let label = if from { tr!(lang, timeline.from) } else { tr!(lang, timeline.to) };
        view! {
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| set(from, event_target_value(&ev))>
                <option value="" prop:selected=move || chosen().is_none()>
                    {tr!(lang, timeline.any_year)}
                </option>
                {move || {
                    let c = chosen();
                    choices(c)
                        .into_iter()
                        .map(|y| view! { <option value=y.to_string() prop:selected=c == Some(y)>{y.to_string()}</option> })
                        .collect_view()
                }}
            </select>
        }
    };
    view! {
        <fieldset class="facet years">
            <legend>{tr!(lang, timeline.years)}</legend>
            <div class="field">{select(true)}</div>
            <div class="field">{select(false)}</div>
        </fieldset>
    }
}
