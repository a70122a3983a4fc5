//! The enquiry: requirements typed here become an email naming the shortlisted places and
//! spaces (core::site::enquiry writes it). The link opens the user's mail program; nothing is
//! sent from here.

use leptos::prelude::*;

use crate::core::explore::shortlist::{Item, describe};
use crate::core::site::enquiry::{EnquiryWords, Needs, body, recipients};
use crate::core::site::mailto::mailto;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::widgets::words::UiWords;

fn words(lang: Lang) -> EnquiryWords<'static> {
    EnquiryWords {
        greeting: tr!(lang, ask.greeting),
        lead: tr!(lang, ask.lead),
        needs: tr!(lang, ask.needs),
        closing: tr!(lang, ask.closing),
        area: tr!(lang, ask.area),
        height: tr!(lang, ask.height),
        load: tr!(lang, ask.load),
        sector: tr!(lang, ask.sector),
        move_in: tr!(lang, ask.move_in),
    }
}

#[component]
pub fn Enquiry(items: Signal<Vec<Item>>) -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    // What the user types: the state of this form.
    let [area, height, load, sector, move_in, message] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let data = catalog.0.clone();
    let contacts = Memo::new(move |_| items.with(|items| recipients(&data.dataset, items)));
    let data = catalog.0.clone();
    let link = move || {
        let d = &data.dataset;
        let names: Vec<String> = items.get().iter().filter_map(|i| describe(d, i, &UiWords(lang))).collect();
        let sector_name = d.sector(&sector.get()).map(|s| s.name.pick(lang).text.to_owned()).unwrap_or_default();
        let needs = Needs {
            area: area.get(),
            height: height.get(),
            load: load.get(),
            sector: sector_name,
            move_in: move_in.get(),
            message: message.get(),
        };
        let message = body(&names, &needs, &words(lang));
        let to = contacts.get().join(",");
        let subject = tr!(lang, ask.subject, names = names.join("; "));
        mailto((!to.is_empty()).then_some(to.as_str()), &subject, &message)
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
                    <textarea
                        id="ask-message"
                        rows="3"
                        prop:value=move || message.get()
                        on:input=move |ev| message.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <a class="button primary" id="ask-link" href=link>{tr!(lang, ask.compose)}</a>
            </form>
        </section>
    }
}
