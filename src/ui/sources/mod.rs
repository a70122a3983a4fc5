//! Every source the data cites, the date the data was checked, and the reference lists.
//!
//! May import: ui::context, ui::widgets.

use leptos::prelude::*;

use crate::core::data::Reliability;
use crate::core::explore::claims::coverage;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::load::{GEO_URL, PLACES_URL};
use crate::ui::widgets::text::{checked_date, coverage_text, source_entry, text_view};

#[component]
pub fn SourcesPage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let d = &catalog.0.dataset;
    let count = |r: Reliability| d.sources.iter().filter(|s| s.reliability == r).count();
    let sources = d.sources_newest_first();
    let items = sources.into_iter().map(|s| view! { <li>{source_entry(s, lang)}</li> }).collect_view();
    let programmes = d
        .programmes
        .iter()
        .map(|p| {
            let sources = p
                .sources
                .iter()
                .filter_map(|id| d.source(id))
                .map(|s| view! { " " {source_entry(s, lang)} })
                .collect_view();
            view! {
                <li>
                    <strong>{text_view(&p.name, lang)}</strong>
                    {p.description.as_ref().map(|t| view! { " — " {text_view(t, lang)} })}
                    " "
                    {coverage_text(coverage(d, &p.id), lang)}
                    {sources}
                </li>
            }
        })
        .collect_view();
    let towns = d
        .towns
        .iter()
        .map(|t| {
            view! {
                <tr>
                    <td lang="zh">{t.name.zh.clone()}</td>
                    <td lang="en">{t.name.en.clone()}</td>
                    <td>
                        <code>{t.code.clone()}</code>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let lead = tr!(
        lang,
        sources_page.lead,
        date = checked_date(d.updated, lang),
        places = d.places.len(),
        sources = d.sources.len(),
        official = count(Reliability::Official),
        press = count(Reliability::Press),
        operator = count(Reliability::Operator),
        weak = count(Reliability::Weak)
    );
    view! {
        <div class="sources-page">
            <h1 tabindex="-1">{tr!(lang, sources_page.title)}</h1>
            <p class="lead">{lead}</p>
            <p>{tr!(lang, sources_page.honesty)}</p>
            <p>
                {tr!(lang, sources_page.download)} " " <a href=PLACES_URL>"places.json"</a> " "
                {tr!(lang, sources_page.download_places)} " " <a href=GEO_URL>"jiading.geojson"</a> " "
                {tr!(lang, sources_page.download_geo)}
            </p>
            <p class="workbench-link">
                {tr!(lang, sources_page.workbench)} " "
                <a href=format!("edit.html?lang={}", lang.code())>{tr!(lang, sources_page.workbench_link)}</a>
                {(lang == Lang::En).then_some(".")}
            </p>
            <section aria-labelledby="all-sources-heading">
                <h2 id="all-sources-heading">{tr!(lang, sources_page.all, n = d.sources.len())}</h2>
                <ul class="sources">{items}</ul>
            </section>
            <section aria-labelledby="programmes-heading">
                <h2 id="programmes-heading">{tr!(lang, sources_page.programmes)}</h2>
                <ul class="programmes">{programmes}</ul>
            </section>
            <section aria-labelledby="towns-heading">
                <h2 id="towns-heading">{tr!(lang, sources_page.towns)}</h2>
                <div class="table-scroll" role="region" aria-label=tr!(lang, sources_page.towns_table) tabindex="0">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{tr!(lang, sources_page.col_zh)}</th>
                                <th scope="col">{tr!(lang, sources_page.col_en)}</th>
                                <th scope="col">{tr!(lang, sources_page.col_code)}</th>
                            </tr>
                        </thead>
                        <tbody>{towns}</tbody>
                    </table>
                </div>
                <p>{tr!(lang, sources_page.licences)}</p>
            </section>
        </div>
    }
}
