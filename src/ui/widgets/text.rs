//! Data text and dates as shown: in the chosen language, or in the other one with a note that
//! it is all that is published; "not published" for what is not; a source as a safe link.

use leptos::prelude::*;

use crate::core::data::{Located, Source};
use crate::core::explore::claims::Coverage;
use crate::core::site::links::safe_href;
use crate::core::text::{Lang, PartialDate, Text};
use crate::ui::context::i18n::tr;
use crate::ui::widgets::labels;

/// The note after text shown in the other language.
pub fn fallback_note(shown_in: Lang, lang: Lang) -> &'static str {
    match shown_in {
        Lang::Zh => tr!(lang, detail.only_zh),
        Lang::En => tr!(lang, detail.only_en),
    }
}

/// `text` in its language, marked when that is not the interface language.
pub fn in_lang(text: String, text_lang: Lang, lang: Lang) -> AnyView {
    let marker = (text_lang != lang).then(|| view! { <span class="fallback">{fallback_note(text_lang, lang)}</span> });
    view! {
        <span lang=text_lang.code()>{text}</span>
        {marker}
    }
    .into_any()
}

/// Data text in the chosen language, marked when it is only available in the other one.
pub fn text_view(text: &Text, lang: Lang) -> AnyView {
    let picked = text.pick(lang);
    in_lang(picked.text.to_owned(), picked.lang, lang)
}

/// How many of a programme's members the data names: "5 of 32 are named in public sources."
pub fn coverage_text(c: Coverage, lang: Lang) -> String {
    match c.members {
        Some(members) => tr!(lang, claim.covered, named = c.named, members = members),
        None => tr!(lang, claim.covered_unknown, named = c.named),
    }
}

/// The date the data was checked, or that the file does not say.
pub fn checked_date(updated: Option<PartialDate>, lang: Lang) -> String {
    updated.map_or_else(|| tr!(lang, data.date_unknown).to_owned(), |d| d.display(lang))
}

pub fn not_published(lang: Lang) -> AnyView {
    view! { <span class="not-published">{tr!(lang, detail.not_published)}</span> }.into_any()
}

pub fn date_view(date: PartialDate, lang: Lang) -> AnyView {
    view! { <time datetime=date.machine()>{date.display(lang)}</time> }.into_any()
}

/// A date something was due to happen: "planned: second half of 2025".
pub fn planned_date_view(date: PartialDate, lang: Lang) -> AnyView {
    view! { <time datetime=date.machine()>{tr!(lang, claim.planned, date = date.display(lang))}</time> }.into_any()
}

/// Who set a place's point and how: "Located by Jiading investment office (site visit, 1 December 2026)".
pub fn located_text(l: &Located, lang: Lang) -> String {
    let who = match &l.by {
        Some(by) => tr!(lang, located.by, by = by.as_str()),
        None => tr!(lang, located.unnamed).to_owned(),
    };
    let how: Vec<String> = [l.how.map(|h| labels::located_how(h, lang).to_owned()), l.on.map(|d| d.display(lang))]
        .into_iter()
        .flatten()
        .collect();
    match (how.is_empty(), lang) {
        (true, _) => who,
        (false, Lang::En) => format!("{who} ({})", how.join(", ")),
        (false, Lang::Zh) => format!("{who}（{}）", how.join("，")),
    }
}

/// One source as a link (only for http/https addresses) with publisher, date and reliability.
pub fn source_entry(s: &Source, lang: Lang) -> impl IntoView + use<> {
    let title = s.title.clone();
    let link = match s.url.as_deref().and_then(safe_href) {
        Some(h) => view! { <a href=h.to_owned() rel="noopener noreferrer">{title}</a> }.into_any(),
        None => view! { <span>{title}</span> }.into_any(),
    };
    let details = [
        s.publisher.clone(),
        Some(s.date.map_or_else(|| tr!(lang, detail.date_not_shown).to_owned(), |d| d.display(lang))),
        Some(labels::reliability(s.reliability, lang).to_owned()),
        s.contact.clone(),
    ];
    let details = details.into_iter().flatten().collect::<Vec<_>>().join(" · ");
    view! {
        {link}
        <span class="source-meta">{format!(" — {details}")}</span>
        {s.note.clone().map(|n| view! { <span class="source-note">{format!(" ({n})")}</span> })}
    }
}
