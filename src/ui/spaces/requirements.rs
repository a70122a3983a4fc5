//! The space requirements: minimum and maximum area, minimum clear height and floor load
//! (each bounded by its field's plausible range, the same bound the URL applies; a value
//! outside it is not applied and says why), and availability. All in the URL.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::data::{Availability, SpaceField};
use crate::core::explore::{Limit, Refused, toggle};
use crate::core::query::limit_param;
use crate::core::text::format::number;
use crate::ui::context::catalog::{CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::widgets::facets::filters_open_by_default;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::labels;

#[component]
pub fn Requirements() -> impl IntoView {
    let lang = ui_lang();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    // What was typed and refused, per field: the state of the form, not of the URL.
    let refused = Limit::ALL.map(|_| RwSignal::new(None::<Refused>));
    let inputs = Limit::ALL.map(|_| NodeRef::<leptos::html::Input>::new());
    let number_field = move |i: usize| {
        let limit = Limit::ALL[i];
        let (refused, input) = (refused[i], inputs[i]);
        let id = format!("space-{}", limit_param(limit).name);
        let error_id = format!("{id}-error");
        // A clear height is not a storey height: say which the requirement compares.
        let hint =
            (limit.field() == SpaceField::ClearHeight).then(|| (format!("{id}-hint"), tr!(lang, spaces.height_hint)));
        let hint_id = hint.as_ref().map(|(id, _)| id.clone());
        let value =
            move || query.with(|(q, _)| limit.get(&q.filters.spaces)).map(|n| n.to_string()).unwrap_or_default();
        // A number field reports what is not a number as empty text, with `badInput` set.
        let bad_input = |ev: &web_sys::Event| {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|input| input.validity().bad_input())
        };
        let on_change = move |ev: web_sys::Event| {
            let typed = if bad_input(&ev) { Err(Refused::NotANumber) } else { limit.parse(&event_target_value(&ev)) };
            match typed {
                Ok(n) => {
                    refused.set(None);
                    let mut q = query.get_untracked().0;
                    limit.set(&mut q.filters.spaces, n);
                    url.navigate(&q);
                }
                Err(why) => refused.set(Some(why)),
            }
        };
        let message = move || {
            refused.get().map(|why| match why {
                Refused::NotANumber => tr!(lang, spaces.not_a_number).to_owned(),
                Refused::OutOfRange { max } => tr!(lang, spaces.out_of_range, max = number(max, 2)),
            })
        };
        view! {
            <div class="field">
                <label for=id.clone()>{labels::limit(limit, lang)}</label>
                <input
                    id=id
                    node_ref=input
                    type="number"
                    min="0"
                    max=limit.max()
                    step="any"
                    inputmode="decimal"
                    aria-invalid=move || refused.with(Option::is_some).then_some("true")
                    aria-describedby=move || {
                        let error = refused.with(Option::is_some).then_some(error_id.as_str());
                        let ids: Vec<&str> = hint_id.as_deref().into_iter().chain(error).collect();
                        (!ids.is_empty()).then(|| ids.join(" "))
                    }
                    prop:value=value
                    on:change=on_change
                />
                {hint.map(|(id, text)| view! { <p id=id class="hint">{text}</p> })}
                <p id=format!("space-{}-error", limit_param(limit).name) class="field-error" role="alert">
                    {message}
                </p>
            </div>
        }
    };
    let avail = move |a: Availability| {
        let id = format!("space-avail-{}", a.id());
        let checked = move || query.with(|(q, _)| q.filters.spaces.avail.contains(&a));
        let on_change = move |_| {
            let mut q = query.get_untracked().0;
            q.filters.spaces.avail = toggle(&q.filters.spaces.avail, &a, Availability::ALL.len());
            url.navigate(&q);
        };
        view! {
            <li>
                <input type="checkbox" id=id.clone() prop:checked=checked on:change=on_change />
                <label for=id>{labels::availability(a, lang)}</label>
            </li>
        }
    };
    let active =
        move || query.with(|(q, _)| !q.filters.spaces.is_empty()) || refused.iter().any(|r| r.with(Option::is_some));
    let clear = move |_| {
        for (r, input) in refused.iter().zip(&inputs) {
            r.set(None);
            if let Some(input) = input.get_untracked() {
                input.set_value("");
            }
        }
        let mut q = query.get_untracked().0;
        q.filters.spaces = Default::default();
        url.navigate(&q);
        // The button is disabled once nothing is left to clear.
        focus_soon(".space-filters summary".into());
    };
    // Like the filters, and open too when a link sets requirements.
    let open = filters_open_by_default() || query.with_untracked(|(q, _)| !q.filters.spaces.is_empty());
    view! {
        <form class="space-filters no-print" on:submit=|ev| ev.prevent_default() aria-labelledby="space-filters-title">
            <details open=open>
                <summary>
                    <h2 id="space-filters-title">{tr!(lang, spaces.filters)}</h2>
                </summary>
                {(0..Limit::ALL.len()).map(number_field).collect_view()}
                <fieldset class="facet">
                    <legend>{tr!(lang, column.availability)}</legend>
                    <ul>{Availability::ALL.iter().map(|a| avail(*a)).collect_view()}</ul>
                </fieldset>
                <button type="button" class="button link" disabled=move || !active() on:click=clear>
                    {tr!(lang, spaces.clear)}
                </button>
            </details>
        </form>
    }
}
