//! One place in full: every published fact with its unit and sources, "not published" for the
//! rest, the spaces table, the timeline, and the sources as links.

use leptos::prelude::*;

use crate::core::dates::PartialDate;
use crate::core::format;
use crate::core::links::safe_href;
use crate::core::model::{Dataset, Figure, Place, Precision, Source};
use crate::core::query::Query;
use crate::core::shortlist::Item;
use crate::core::text::{Lang, Text};
use crate::ui::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::i18n::tr;
use crate::ui::labels;
use crate::ui::star::Star;
use crate::ui::url::{Nav, UrlSearch, href, is_plain_click, pushed_by_app};

/// The place whose detail was open last, so the list can return focus to its link.
#[derive(Clone, Copy)]
pub struct LastOpened(pub StoredValue<Option<String>>);

#[component]
pub fn Detail(id: String) -> impl IntoView {
    let catalog = expect_context::<Catalog>();
    let lang = ui_lang();
    let query = expect_context::<CurrentQuery>().0;
    let url = expect_context::<UrlSearch>();
    if let Some(last) = use_context::<LastOpened>() {
        last.0.set_value(Some(id.clone()));
    }
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            // After the frame: the view may be built before it is attached to the page.
            request_animation_frame(move || {
                let _ = h.focus();
                window().scroll_to_with_x_and_y(0.0, 0.0);
            });
        }
    });
    let back_href = move || href(&Query { place: None, ..query.with(|(q, _)| q.clone()) });
    let back = move |ev: web_sys::MouseEvent| {
        if !is_plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        if pushed_by_app() {
            let _ = window().history().and_then(|h| h.back());
        } else {
            url.navigate(&Query { place: None, ..query.get_untracked().0 }, Nav::Push);
        }
    };
    let data = catalog.0.clone();
    let body = move || {
        let d = &data.dataset;
        match d.place_index(&id) {
            // Untracked: moving the map or typing must not rebuild (and unfocus) the open place.
            Some(i) => place_view(d, &d.places[i], lang, heading, query, url).into_any(),
            None => view! { <h1 node_ref=heading tabindex="-1">{tr!(lang, detail.not_found)}</h1> }.into_any(),
        }
    };
    view! {
        <article class="detail">
            <p class="back">
                <a href=back_href on:click=back>
                    {tr!(lang, detail.back)}
                </a>
            </p>
            {body}
        </article>
    }
}

/// Numbered references to the sources a place cites, in order of first use.
struct Refs<'a> {
    sources: Vec<&'a Source>,
    lang: Lang,
}

impl<'a> Refs<'a> {
    fn new(d: &'a Dataset, p: &Place, lang: Lang) -> Refs<'a> {
        let mut ids: Vec<&str> = Vec::new();
        let all = p
            .sources
            .iter()
            .chain(p.cite.values().flatten())
            .chain(p.facts.iter().flat_map(|f| &f.sources))
            .chain(p.timeline.iter().flat_map(|e| &e.sources));
        for id in all {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        Refs { sources: ids.into_iter().filter_map(|id| d.source(id)).collect(), lang }
    }

    fn number(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id).map(|i| i + 1)
    }

    /// Marks a field of the place: numbered links when the field cites sources of its own (the
    /// rest rest on the place's sources, listed at the end), and "secondary source" when every
    /// source it rests on is weak.
    fn field(&self, d: &Dataset, p: &Place, field: &str) -> impl IntoView + use<> {
        let own = p.cite.get(field).map(|ids| self.links(ids));
        let weak = d
            .only_weak(p.sources_for(field))
            .then(|| view! { <span class="badge weak">{tr!(self.lang, detail.secondary)}</span> });
        view! { {own} {weak} }
    }

    /// "[1][3]" links to the source list, plus a "secondary source" mark when all are weak.
    fn cite(&self, d: &Dataset, ids: &[String]) -> impl IntoView + use<> {
        let links = self.links(ids);
        let weak =
            d.only_weak(ids).then(|| view! { <span class="badge weak">{tr!(self.lang, detail.secondary)}</span> });
        view! { {links} {weak} }
    }

    fn links(&self, ids: &[String]) -> impl IntoView + use<> {
        let links = ids
            .iter()
            .filter_map(|id| {
                let n = self.number(id)?;
                let publisher =
                    self.sources[n - 1].publisher.clone().unwrap_or_else(|| self.sources[n - 1].title.clone());
                Some(view! {
                    <a class="ref" href=format!("#source-{n}") aria-label=tr!(self.lang, detail.source_ref, n = n, publisher = publisher)>
                        {format!("[{n}]")}
                    </a>
                })
            })
            .collect_view();
        view! { <span class="refs">{links}</span> }
    }
}

/// Data text in the chosen language, marked when it is only available in the other one.
fn text_view(text: &Text, lang: Lang) -> impl IntoView + use<> {
    let picked = text.pick(lang);
    let marker = picked.fallback.then(|| {
        view! {
            <span class="fallback">
                {match picked.lang {
                    Lang::Zh => tr!(lang, detail.only_zh),
                    Lang::En => tr!(lang, detail.only_en),
                }}
            </span>
        }
    });
    view! {
        <span lang=picked.lang.code()>{picked.text.to_owned()}</span>
        {marker}
    }
}

fn not_published(lang: Lang) -> AnyView {
    view! { <span class="not-published">{tr!(lang, detail.not_published)}</span> }.into_any()
}

fn date_view(date: PartialDate, lang: Lang) -> impl IntoView + use<> {
    view! { <time datetime=date.machine()>{date.display(lang)}</time> }
}

fn place_view(
    d: &Dataset,
    p: &Place,
    lang: Lang,
    heading: NodeRef<leptos::html::H1>,
    query: Memo<(Query, Vec<String>)>,
    url: UrlSearch,
) -> impl IntoView + use<> {
    let refs = Refs::new(d, p, lang);
    let not_published = move || not_published(lang);
    let name = p.name.pick(lang);
    let other_name = p.name.get(lang.other()).filter(|_| !name.fallback).map(|n| (n.to_owned(), lang.other()));
    let town = p.town.as_deref().and_then(|t| d.town(t));
    let row = |label: &'static str, value: AnyView, field: Option<&str>| {
        let cite = field.map(|f| refs.field(d, p, f));
        view! {
            <div class="row">
                <dt>{label}</dt>
                <dd>{value} {cite}</dd>
            </div>
        }
    };
    let figure_value = |f: Figure| match p.figures.get(f) {
        Some(v) => {
            let q = p.qualifiers.get(f.field()).copied();
            view! { <span>{format::qualified(q, format::figure(f, v, lang), lang)}</span> }.into_any()
        }
        None => not_published(),
    };
    let figure_row = |f: Figure| {
        let published = p.figures.get(f).is_some();
        row(labels::figure(f, lang), figure_value(f), published.then_some(f.field()))
    };
    let location_text = match p.location {
        None => not_published(),
        Some(l) => {
            let coords = format!("{:.4}° N, {:.4}° E ({})", l.point.lat, l.point.lon, l.point.crs.id().to_uppercase());
            let how = match l.precision {
                Precision::Town => tr!(lang, detail.approx_town),
                Precision::District => tr!(lang, detail.approx_district),
                Precision::Exact | Precision::Address => "",
            };
            view! { <span>{how}{coords}</span> }.into_any()
        }
    };
    let approx_notice = p.location.filter(|l| l.precision.is_approximate()).map(|l| {
        let scope = match (l.precision, town) {
            (Precision::Town, Some(t)) => tr!(lang, detail.scope_town, town = t.name.pick(lang).text),
            (Precision::Town, None) => tr!(lang, detail.scope_town_unnamed).to_owned(),
            _ => tr!(lang, detail.scope_district).to_owned(),
        };
        view! {
            <p class="notice approx" role="note">
                <strong>{tr!(lang, detail.approx_title)}</strong>
                {tr!(lang, detail.approx_notice, scope = scope)}
            </p>
        }
    });
    let recognition = (!p.recognition.is_empty()).then(|| {
        let items = p
            .recognition
            .iter()
            .map(|(id, note)| {
                let name = d.programme(id).map(|prog| text_view(&prog.name, lang));
                let note = note.as_ref().map(|n| view! { ": " {text_view(n, lang)} });
                view! { <li>{name}{note}</li> }
            })
            .collect_view();
        view! { <ul class="plain">{items}</ul> }.into_any()
    });
    let list_or_not_published = |items: Vec<AnyView>| {
        if items.is_empty() { not_published() } else { view! { <ul class="plain">{items}</ul> }.into_any() }
    };
    let buildings = list_or_not_published(
        p.buildings.iter().map(|b| view! { <li>{labels::building(b.kind, b.count, lang)}</li> }.into_any()).collect(),
    );
    let facilities = list_or_not_published(
        p.facilities.iter().map(|f| view! { <li>{labels::facility(*f, lang)}</li> }.into_any()).collect(),
    );
    let sectors = list_or_not_published(
        p.sectors
            .iter()
            .filter_map(|s| d.sector(s))
            .map(|s| view! { <li>{text_view(&s.name, lang)}</li> }.into_any())
            .collect(),
    );
    let nearby = (!p.nearby.is_empty()).then(|| {
        let items = p
            .nearby
            .iter()
            .filter_map(|id| d.place_index(id).map(|i| &d.places[i]))
            .map(|n| {
                let id = n.id.clone();
                let link = href(&Query { place: Some(id.clone()), ..query.get_untracked().0 });
                let open = move |ev: web_sys::MouseEvent| {
                    if is_plain_click(&ev) {
                        ev.prevent_default();
                        url.navigate(&Query { place: Some(id.clone()), ..query.get_untracked().0 }, Nav::Push);
                    }
                };
                view! { <li><a href=link on:click=open>{text_view(&n.name, lang)}</a></li> }.into_any()
            })
            .collect();
        list_or_not_published(items)
    });
    let tenants = (!p.tenants.is_empty()).then(|| {
        list_or_not_published(p.tenants.iter().map(|t| view! { <li>{text_view(t, lang)}</li> }.into_any()).collect())
    });
    let contact = if p.contact.is_empty() {
        not_published()
    } else {
        let link = |value: &Option<String>, prefix: &str| {
            value.as_ref().map(|v| {
                let target = format!("{prefix}{v}");
                match safe_href(&target) {
                    Some(h) => view! { <li><a href=h.to_owned()>{v.clone()}</a></li> }.into_any(),
                    None => view! { <li>{v.clone()}</li> }.into_any(),
                }
            })
        };
        view! {
            <ul class="plain">
                {link(&p.contact.phone, "tel:")}
                {link(&p.contact.email, "mailto:")}
                {link(&p.contact.url, "")}
            </ul>
        }
        .into_any()
    };
    let kind_status = format!("{} · {}", labels::kind(p.kind, lang), labels::status(p.status, lang));
    view! {
        <header class="detail-head">
            <div class="title-row">
                <h1 node_ref=heading tabindex="-1" lang=name.lang.code()>
                    {name.text.to_owned()}
                </h1>
                <Star item=Item::Place(p.id.clone()) name=name.text.to_owned() />
            </div>
            {other_name.map(|(n, l)| view! { <p class="other-name" lang=l.code()>{n}</p> })}
            {name.fallback.then(|| {
                let note = match name.lang {
                    Lang::Zh => tr!(lang, detail.name_only_zh),
                    Lang::En => tr!(lang, detail.name_only_en),
                };
                view! { <p class="fallback">{note}</p> }
            })}
            <p class="meta">{kind_status}</p>
            {p.summary.as_ref().map(|s| view! { <p class="lead">{text_view(s, lang)}</p> })}
        </header>
        {approx_notice}
        <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{tr!(lang, detail.key_facts)}</h2>
            <dl class="facts">
                {row(tr!(lang, detail.town), town.map_or_else(not_published, |t| text_view(&t.name, lang).into_any()), p.town.as_ref().map(|_| "town"))}
                {row(tr!(lang, detail.address), p.address.as_ref().map_or_else(not_published, |a| text_view(a, lang).into_any()), p.address.as_ref().map(|_| "address"))}
                {row(tr!(lang, detail.location), location_text, p.location.map(|_| "location"))}
                {row(tr!(lang, detail.status), view! { <span>{labels::status(p.status, lang)}</span> }.into_any(), Some("status"))}
                {row(tr!(lang, detail.opening), p.opening.map_or_else(not_published, |o| date_view(o, lang).into_any()), p.opening.map(|_| "opening"))}
                {figure_row(Figure::InvestmentCny)}
                {p.figures.get(Figure::RewardCny).map(|_| figure_row(Figure::RewardCny))}
                {figure_row(Figure::AnnualOutputTargetCny)}
                {if p.figures.get(Figure::SiteAreaM2).is_none() && p.figures.get(Figure::SiteAreaMu).is_some() {
                    figure_row(Figure::SiteAreaMu)
                } else {
                    figure_row(Figure::SiteAreaM2)
                }}
                {(p.figures.get(Figure::SiteAreaM2).is_some() && p.figures.get(Figure::SiteAreaMu).is_some()).then(|| figure_row(Figure::SiteAreaMu))}
                {figure_row(Figure::BuildingAreaM2)}
                {row(tr!(lang, detail.buildings), buildings, (!p.buildings.is_empty()).then_some("buildings"))}
                {row(tr!(lang, detail.facilities), facilities, (!p.facilities.is_empty()).then_some("facilities"))}
                {row(tr!(lang, detail.sectors), sectors, (!p.sectors.is_empty()).then_some("sectors"))}
                {figure_row(Figure::RentCnyM2Day)}
                {figure_row(Figure::PowerKva)}
                {p.land_use.as_ref().map(|u| row(tr!(lang, detail.land_use), view! { <span>{u.clone()}</span> }.into_any(), Some("land_use")))}
                {row(tr!(lang, detail.contact), contact, (!p.contact.is_empty()).then_some("contact"))}
                {recognition.map(|r| row(tr!(lang, detail.recognition), r, Some("recognition")))}
                {nearby.map(|n| row(tr!(lang, detail.near), n, Some("nearby")))}
                {tenants.map(|t| row(tr!(lang, detail.tenants), t, Some("tenants")))}
            </dl>
        </section>
        {spaces_view(d, p, lang, &refs)}
        {timeline_view(d, p, lang, &refs)}
        {facts_view(d, p, lang, &refs)}
        {notes_view(p, lang)}
        {sources_view(&refs, lang)}
    }
}

fn opt_cell(value: Option<String>, lang: Lang) -> AnyView {
    match value {
        Some(v) => view! { <td>{v}</td> }.into_any(),
        None => view! { <td class="not-published">{tr!(lang, detail.not_published)}</td> }.into_any(),
    }
}

fn spaces_view(d: &Dataset, p: &Place, lang: Lang, refs: &Refs) -> impl IntoView + use<> {
    let body = if p.spaces.is_empty() {
        view! { <p>{tr!(lang, detail.spaces_none)}</p> }.into_any()
    } else {
        let rows = p
            .spaces
            .iter()
            .map(|s| {
                view! {
                    <tr>
                        {opt_cell(s.space_use.map(|u| labels::space_use(u, lang).to_owned()), lang)}
                        {opt_cell(s.floor.clone(), lang)}
                        {opt_cell(s.area_m2.map(|a| format::area(a, lang)), lang)}
                        {opt_cell(s.clear_height_m.map(|h| format::metres(h, lang)), lang)}
                        {opt_cell(s.floor_load_kn_m2.map(|l| format::load(l, lang)), lang)}
                        {opt_cell(s.power_kva.map(|k| format::power(k, lang)), lang)}
                        {opt_cell(s.rent_cny_m2_day.map(|r| format::rent(r, lang)), lang)}
                        {opt_cell(s.deal.map(|x| labels::deal(x, lang).to_owned()), lang)}
                        <td>{labels::availability(s.availability, lang)}</td>
                        <td>{s.note.as_ref().map(|n| text_view(n, lang))}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-label=tr!(lang, detail.spaces_table) tabindex="0">
                <table class="spaces">
                    <thead>
                        <tr>
                            <th scope="col">{tr!(lang, column.usage)}</th>
                            <th scope="col">{tr!(lang, column.floor)}</th>
                            <th scope="col">{tr!(lang, column.area)}</th>
                            <th scope="col">{tr!(lang, column.height)}</th>
                            <th scope="col">{tr!(lang, column.load)}</th>
                            <th scope="col">{tr!(lang, column.power)}</th>
                            <th scope="col">{tr!(lang, column.rent)}</th>
                            <th scope="col">{tr!(lang, column.deal)}</th>
                            <th scope="col">{tr!(lang, column.availability)}</th>
                            <th scope="col">{tr!(lang, column.note)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="table-sources">{refs.field(d, p, "spaces")}</p>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="spaces-heading">
            <h2 id="spaces-heading">{tr!(lang, detail.spaces)}</h2>
            {body}
        </section>
    }
}

fn timeline_view(d: &Dataset, p: &Place, lang: Lang, refs: &Refs) -> Option<impl IntoView + use<>> {
    if p.timeline.is_empty() {
        return None;
    }
    let mut events: Vec<_> = p.timeline.iter().collect();
    events.sort_by_key(|e| e.date);
    let items = events
        .into_iter()
        .map(|e| {
            let ids = if e.sources.is_empty() { p.sources.clone() } else { e.sources.clone() };
            view! { <li>{date_view(e.date, lang)} " — " {text_view(&e.event, lang)} " " {refs.cite(d, &ids)}</li> }
        })
        .collect_view();
    Some(view! {
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{tr!(lang, detail.timeline)}</h2>
            <ol class="timeline">{items}</ol>
        </section>
    })
}

fn facts_view(d: &Dataset, p: &Place, lang: Lang, refs: &Refs) -> Option<impl IntoView + use<>> {
    if p.facts.is_empty() {
        return None;
    }
    let items = p
        .facts
        .iter()
        .map(|f| {
            let ids = if f.sources.is_empty() { p.sources.clone() } else { f.sources.clone() };
            view! { <li>{text_view(&f.text, lang)} " " {refs.cite(d, &ids)}</li> }
        })
        .collect_view();
    Some(view! {
        <section aria-labelledby="said-heading">
            <h2 id="said-heading">{tr!(lang, detail.said)}</h2>
            <ul class="said">{items}</ul>
        </section>
    })
}

fn notes_view(p: &Place, lang: Lang) -> Option<impl IntoView + use<>> {
    if p.notes.is_empty() {
        return None;
    }
    let items = p.notes.iter().map(|n| view! { <li>{text_view(n, lang)}</li> }).collect_view();
    Some(view! {
        <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{tr!(lang, detail.notes)}</h2>
            <ul>{items}</ul>
        </section>
    })
}

/// One source as a link (only for http/https addresses) with publisher, date and reliability.
pub fn source_entry(s: &Source, lang: Lang) -> impl IntoView + use<> {
    let title = s.title.clone();
    let link = match safe_href(&s.url) {
        Some(h) => view! { <a href=h.to_owned() rel="noopener noreferrer">{title}</a> }.into_any(),
        None => view! { <span>{title}</span> }.into_any(),
    };
    let details = [
        s.publisher.clone(),
        Some(s.date.map_or_else(|| tr!(lang, detail.date_not_shown).to_owned(), |d| d.display(lang))),
        Some(labels::reliability(s.reliability, lang).to_owned()),
    ];
    let details = details.into_iter().flatten().collect::<Vec<_>>().join(" · ");
    view! {
        {link}
        <span class="source-meta">{format!(" — {details}")}</span>
        {s.note.clone().map(|n| view! { <span class="source-note">{format!(" ({n})")}</span> })}
    }
}

fn sources_view(refs: &Refs, lang: Lang) -> impl IntoView + use<> {
    let items = refs
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <li id=format!("source-{}", i + 1)>{source_entry(s, lang)}</li> })
        .collect_view();
    view! {
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{tr!(lang, detail.sources)}</h2>
            <p>{tr!(lang, detail.sources_intro)}</p>
            <ol class="sources">{items}</ol>
        </section>
    }
}
