//! The timeline page: every dated event of the places the search and filters leave, newest
//! first by year and month, what is planned apart from what happened, each event with its place
//! (a link) and its source; the filters beside it and a year range in the URL.
//!
//! May import: ui::context, ui::widgets.

mod list;
mod years;

pub use list::timeline_list;

use leptos::prelude::*;

use crate::core::explore::district_timeline::district_timeline;
use crate::ui::context::catalog::{Catalog, CurrentOutcome, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::timeline::years::YearRange;
use crate::ui::widgets::facets::Facets;

#[component]
pub fn TimelinePage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let years = Memo::new(move |_| query.with(|(q, _)| q.years.unwrap_or_default()));
    let data = catalog.0.clone();
    // The years with events for these places, whatever the range: the range's choices.
    let span =
        Memo::new(move |_| outcome.with(|o| district_timeline(&data.dataset, &o.results, Default::default()).span));
    let data = catalog.0.clone();
    let body = move || {
        let years = years.get();
        let q = query.with(|(q, _)| q.clone());
        outcome.with(|o| {
            let d = &data.dataset;
            let t = district_timeline(d, &o.results, years);
            let count = match (t.len(), t.place_count()) {
                (0, _) => tr!(lang, timeline.none).to_owned(),
                (1, _) => tr!(lang, timeline.one).to_owned(),
                (n, p) => tr!(lang, timeline.many, events = n, places = p),
            };
            view! {
                <p id="timeline-count" class="result-count" role="status" tabindex="-1">{count}</p>
                {timeline_list(d, &t, "timeline", lang, &q, url)}
            }
        })
    };
    let search = move || query.with(|(q, _)| q.filters.q.trim().to_owned());
    let clear_search = move |_| {
        let mut q = query.get_untracked().0;
        q.filters.q.clear();
        url.navigate(&q);
    };
    view! {
        <div class="timeline-page">
            <h1>{tr!(lang, timeline.title)}</h1>
            <p class="lead">{tr!(lang, timeline.intro)}</p>
            <div class="explorer-body with-facets with-main">
                <div class="timeline-filters">
                    <YearRange years span />
                    <Facets results="timeline-count" />
                </div>
                <section class="timeline-results" aria-labelledby="timeline-count">
                    {move || {
                        let text = search();
                        (!text.is_empty())
                            .then(|| {
                                view! {
                                    <p class="notice">
                                        {tr!(lang, timeline.searched, q = text.as_str())} " "
                                        <button type="button" class="button link" on:click=clear_search>
                                            {tr!(lang, timeline.clear_search)}
                                        </button>
                                    </p>
                                }
                            })
                    }}
                    {body}
                </section>
            </div>
        </div>
    }
}
