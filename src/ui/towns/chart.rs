//! Places per town as horizontal bars, split by kind. An image to the assistive technology, with
//! a name that says the table below holds the same figures.

use leptos::prelude::*;

use crate::core::data::Kind;
use crate::ui::context::catalog::ui_lang;
use crate::ui::context::i18n::tr;
use crate::ui::widgets::labels;

const ROW: f64 = 28.0;
// Room for the longest town name ("Jiading Industrial Zone", "Xinchenglu Subdistrict").
const LABEL: f64 = 190.0;
const BARS: f64 = 420.0;

#[component]
pub fn TownsChart(summaries: Vec<(String, Vec<(Kind, usize)>)>) -> impl IntoView {
    let lang = ui_lang();
    let most = summaries.iter().map(|(_, k)| k.iter().map(|(_, n)| n).sum::<usize>()).max().unwrap_or(0).max(1);
    let scale = BARS / most as f64;
    let height = ROW * summaries.len() as f64 + ROW;
    let rows = summaries
        .into_iter()
        .enumerate()
        .map(|(i, (name, kinds))| {
            let y = ROW * i as f64;
            let total: usize = kinds.iter().map(|(_, n)| n).sum();
            let mut x = LABEL;
            let bars = kinds
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(kind, n)| {
                    let w = n as f64 * scale;
                    let bar = view! {
                        <rect class=format!("bar kind-{}", kind.id()) x=x y=y + 4.0 width=w height=ROW - 8.0 />
                    };
                    x += w;
                    bar
                })
                .collect_view();
            view! {
                <g>
                    <text class="bar-label" x=LABEL - 8.0 y=y + ROW / 2.0 text-anchor="end" dominant-baseline="middle">
                        {name}
                    </text>
                    {bars}
                    <text class="bar-count" x=x + 6.0 y=y + ROW / 2.0 dominant-baseline="middle">
                        {total.to_string()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let legend = Kind::ALL
        .iter()
        .map(|k| {
            view! {
                <li>
                    <span class=format!("swatch kind-{}", k.id()) aria-hidden="true"></span>
                    {labels::kind_plural(*k, lang)}
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="towns-chart">
            <svg
                role="img"
                aria-label=tr!(lang, towns.chart_label)
                viewBox=format!("0 0 {} {height}", LABEL + BARS + 40.0)
                preserveAspectRatio="xMinYMin meet"
            >
                {rows}
            </svg>
            <figcaption>
                <ul class="legend plain" aria-hidden="true">
                    {legend}
                </ul>
                {tr!(lang, towns.chart_caption)}
            </figcaption>
        </figure>
    }
}
