//! The shortlist: starred places and spaces, a link to share them, comparison of up to four,
//! and an enquiry composed as an email the user sends themselves.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::format;
use crate::core::mailto::mailto;
use crate::core::model::Dataset;
use crate::core::query::{MAX_COMPARE, Page, Query};
use crate::core::shortlist::Item;
use crate::core::text::Lang;
use crate::ui::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::i18n::tr;
use crate::ui::labels;
use crate::ui::shortlist_store::{Shortlist, StoreProblem};
use crate::ui::star::Star;
use crate::ui::url::{Nav, UrlSearch, href};

/// A place, or "place — use, floor, area" for a space.
pub fn describe(d: &Dataset, item: &Item, lang: Lang) -> Option<String> {
    let (p, s) = item.resolve(d)?;
    let place = &d.places[p];
    let name = place.name.pick(lang).text.to_owned();
    let Some(space) = s.and_then(|s| place.spaces.get(s)) else { return Some(name) };
    let parts: Vec<String> = [
        space.space_use.map(|u| labels::space_use(u, lang).to_owned()),
        space.floor.as_ref().map(|f| tr!(lang, shortlist.floor, floor = f.as_str())),
        space.area_m2.map(|a| format::area(a, lang)),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(format!("{name} — {}", parts.join(", ")))
}

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let list = expect_context::<Shortlist>();
    let shared = Memo::new(move |_| query.with(|(q, _)| q.shortlist.clone()));
    // The list shown: a shared one from the link, else the user's own.
    let shown = move || shared.get().unwrap_or_else(|| list.items.get());
    // Ticks for comparison: the state of this page's form, not of the data.
    let selected = RwSignal::new(Vec::<Item>::new());
    let data = catalog.0.clone();
    let items = move || {
        let d = &data.dataset;
        shown()
            .into_iter()
            .filter_map(|item| describe(d, &item, lang).map(|text| (item, text)))
            .map(|(item, text)| {
                let id = format!("select-{}", item.encode().replace(':', "-"));
                let checked = {
                    let item = item.clone();
                    move || selected.with(|s| s.contains(&item))
                };
                let full = {
                    let item = item.clone();
                    move || selected.with(|s| s.len() >= MAX_COMPARE && !s.contains(&item))
                };
                let toggle = {
                    let item = item.clone();
                    move |_| selected.update(|s| *s = crate::core::shortlist::toggle(s, &item))
                };
                let place_id = item.resolve(d).map(|(p, _)| d.places[p].id.clone());
                let target = Query { place: place_id, page: None, shortlist: None, ..query.get_untracked().0 };
                view! {
                    <li class="shortlist-item">
                        <input type="checkbox" id=id.clone() prop:checked=checked disabled=full on:change=toggle />
                        <label for=id class="visually-hidden">{tr!(lang, shortlist.select, name = text.as_str())}</label>
                        <Star item=item.clone() name=text.clone() />
                        " "
                        <a href=href(&target)>{text.clone()}</a>
                    </li>
                }
            })
            .collect_view()
    };
    let compare = move |_| {
        let q = Query {
            page: Some(Page::Compare),
            compare: selected.get_untracked(),
            shortlist: None,
            ..query.get_untracked().0
        };
        url.navigate(&q, Nav::Push);
    };
    let share_link = move || {
        let items = list.items.get();
        let q = Query { page: Some(Page::Shortlist), shortlist: Some(items), ..Query::default() };
        let location = window().location();
        format!("{}{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default(), href(&q))
    };
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = share_link();
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&text);
        copied.set(true);
    };
    let keep = move |merge: bool| {
        let Some(incoming) = shared.get_untracked() else { return };
        let mut items = if merge { list.items.get_untracked() } else { Vec::new() };
        for i in incoming {
            if !items.contains(&i) {
                items.push(i);
            }
        }
        list.set(items);
        url.navigate(&Query { shortlist: None, ..query.get_untracked().0 }, Nav::Replace);
    };
    let problem = move || {
        list.problem.get().map(|p| {
            let text = match p {
                StoreProblem::Corrupt(reason) => tr!(lang, shortlist.corrupt, reason = reason),
                StoreProblem::Unavailable => tr!(lang, shortlist.storage_off).to_owned(),
            };
            view! { <p class="notice" role="status">{text}</p> }
        })
    };
    view! {
        <div class="shortlist-page">
            <h1>{tr!(lang, shortlist.title)}</h1>
            {problem}
            {move || shared.with(|s| s.as_ref().map(|s| s.len())).map(|n| view! {
                <div class="notice">
                    <p>{tr!(lang, shortlist.shared, n = n)}</p>
                    <button type="button" class="button" on:click=move |_| keep(false)>{tr!(lang, shortlist.keep_replace)}</button>
                    " "
                    <button type="button" class="button" on:click=move |_| keep(true)>{tr!(lang, shortlist.keep_merge)}</button>
                </div>
            })}
            <Show
                when=move || !shown().is_empty()
                fallback=move || view! { <p>{tr!(lang, shortlist.empty)}</p> }
            >
                <ul class="shortlist plain">{items.clone()}</ul>
                <div class="actions no-print">
                    <button type="button" class="button primary" disabled=move || selected.with(|s| s.len() < 2) on:click=compare>
                        {move || tr!(lang, shortlist.compare, n = selected.with(Vec::len), max = MAX_COMPARE)}
                    </button>
                </div>
                <Show when=move || shared.with(Option::is_none)>
                    <section class="share no-print" aria-labelledby="share-heading">
                        <h2 id="share-heading">{tr!(lang, shortlist.share)}</h2>
                        <label for="share-link">{tr!(lang, shortlist.share_help)}</label>
                        <div class="share-row">
                            <input id="share-link" type="text" readonly prop:value=share_link on:focus=|ev| {
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            } />
                            <button type="button" class="button" on:click=copy>{tr!(lang, shortlist.copy)}</button>
                        </div>
                        <p role="status" class="hint">{move || copied.get().then(|| tr!(lang, shortlist.copied))}</p>
                    </section>
                </Show>
                <Enquiry items=Signal::derive(shown) />
            </Show>
        </div>
    }
}

/// The enquiry: requirements typed here become an email naming the shortlisted places and
/// spaces. The link opens the user's mail program; nothing is sent from here.
#[component]
fn Enquiry(items: Signal<Vec<Item>>) -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let area = RwSignal::new(String::new());
    let height = RwSignal::new(String::new());
    let load = RwSignal::new(String::new());
    let sector = RwSignal::new(String::new());
    let move_in = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let data = catalog.0.clone();
    let contacts = Memo::new(move |_| {
        let d = &data.dataset;
        let mut emails: Vec<String> = items
            .get()
            .iter()
            .filter_map(|i| i.resolve(d))
            .filter_map(|(p, _)| d.places[p].contact.email.clone())
            .collect();
        emails.dedup();
        emails
    });
    let data = catalog.0.clone();
    let link = move || {
        let d = &data.dataset;
        let names: Vec<String> = items.get().iter().filter_map(|i| describe(d, i, lang)).collect();
        let field =
            |label: &str, value: String| (!value.trim().is_empty()).then(|| format!("- {label}: {}", value.trim()));
        let sector_name = d.sector(&sector.get()).map(|s| s.name.pick(lang).text.to_owned()).unwrap_or_default();
        let needs: Vec<String> = [
            field(tr!(lang, ask.area), area.get()),
            field(tr!(lang, ask.height), height.get()),
            field(tr!(lang, ask.load), load.get()),
            field(tr!(lang, ask.sector), sector_name),
            field(tr!(lang, ask.move_in), move_in.get()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let mut body = vec![tr!(lang, ask.greeting).to_owned(), String::new(), tr!(lang, ask.lead).to_owned()];
        body.extend(names.iter().map(|n| format!("- {n}")));
        if !needs.is_empty() {
            body.push(String::new());
            body.push(tr!(lang, ask.needs).to_owned());
            body.extend(needs);
        }
        if !message.get().trim().is_empty() {
            body.push(String::new());
            body.push(message.get().trim().to_owned());
        }
        body.push(String::new());
        body.push(tr!(lang, ask.closing).to_owned());
        let to = contacts.get().join(",");
        let subject = tr!(lang, ask.subject, names = names.join("; "));
        mailto((!to.is_empty()).then_some(to.as_str()), &subject, &body.join("\n"))
    };
    let text_field = move |id: &'static str, label: &'static str, kind: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    let sectors = catalog
        .0
        .dataset
        .sectors
        .iter()
        .map(|s| view! { <option value=s.id.clone()>{s.name.pick(lang).text.to_owned()}</option> })
        .collect_view();
    view! {
        <section class="enquiry no-print" aria-labelledby="ask-heading">
            <h2 id="ask-heading">{tr!(lang, ask.title)}</h2>
            <p>{tr!(lang, ask.intro)}</p>
            <p>
                {move || {
                    let c = contacts.get();
                    if c.is_empty() { tr!(lang, ask.no_contact).to_owned() } else { tr!(lang, ask.contacts, list = c.join(", ")) }
                }}
            </p>
            <form class="ask-form" on:submit=|ev| ev.prevent_default()>
                {text_field("ask-area", tr!(lang, ask.area), "number", area)}
                {text_field("ask-height", tr!(lang, ask.height), "number", height)}
                {text_field("ask-load", tr!(lang, ask.load), "number", load)}
                <div class="field">
                    <label for="ask-sector">{tr!(lang, ask.sector)}</label>
                    <select id="ask-sector" on:change=move |ev| sector.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        {sectors}
                    </select>
                </div>
                {text_field("ask-move-in", tr!(lang, ask.move_in), "month", move_in)}
                <div class="field">
                    <label for="ask-message">{tr!(lang, ask.message)}</label>
                    <textarea id="ask-message" rows="3" prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                </div>
                <a class="button primary" id="ask-link" href=link>{tr!(lang, ask.compose)}</a>
            </form>
        </section>
    }
}
