//! A record's form, field by field, each from its kind in the registry; and which editor the
//! side list's choice opens.

use leptos::prelude::*;

use crate::core::data::fields::{FieldKind, PlaceField};
use crate::core::data::record_fields::{ContactField, DatasetField};
use crate::core::edit::path::Path;
use crate::core::text::{Lang, Qualifier};
use crate::ui::workbench::fields::{
    choice, choice_word, dom_id, flag, group_problems, ids_at, input, picker, picker_suggesting, reference, targets,
    unit_word,
};
use crate::ui::workbench::state::{Selected, bench};
use crate::ui::workbench::strings::{f, s};
use crate::ui::workbench::{lists, locate, place_form, problems, records, review, sheets, spaces};

/// What a field's row offers beside its value.
#[derive(Clone, Copy, Default)]
pub struct Extras {
    /// A number's qualifier, kept in the record's `qualifiers`.
    pub qualifier: bool,
    /// Sources for this field alone, kept in the record's `cite`.
    pub cite: bool,
    /// A long text: a text area.
    pub long: bool,
    pub required: bool,
}

/// The editor for what the side list selected.
pub fn editor(selected: Selected) -> AnyView {
    match selected {
        Selected::Place(i) => place_form::place_form(i),
        Selected::Source(i) => records::source_form(i),
        Selected::Sector(i) => records::named_form(DatasetField::Sectors, i),
        Selected::Programme(i) => records::named_form(DatasetField::Programmes, i),
        Selected::Problems => problems::problems_page(),
        Selected::Sheets => sheets::sheets_page(),
        Selected::Review => review::review_page(),
    }
}

fn lang_label(l: Lang, lang: Lang) -> &'static str {
    match l {
        Lang::Zh => s!(lang, Chinese),
        Lang::En => s!(lang, English),
    }
}

/// Both languages of a text, side by side.
pub fn text_pair(path: &Path, label: &str, long: bool) -> AnyView {
    let lang = bench().lang;
    let halves = [Lang::Zh, Lang::En]
        .into_iter()
        .map(|l| {
            let p = path.key(l.code());
            let id = dom_id(&p);
            view! {
                <div class="half" lang=l.code()>
                    <label for=id>{lang_label(l, lang)}</label>
                    {input(p, FieldKind::Text, long, None)}
                </div>
            }
        })
        .collect_view();
    let id = dom_id(path);
    let (errors, problems) = group_problems(path);
    view! {
        <fieldset class="text-pair" id=id aria-describedby=errors>
            <legend>{label.to_owned()}</legend>
            <div class="halves">{halves}</div>
            {problems}
        </fieldset>
    }
    .into_any()
}

fn labelled(path: &Path, label: &str, control: AnyView, after: Option<AnyView>) -> AnyView {
    let id = dom_id(path);
    view! {
        <div class="field">
            <label for=id>{label.to_owned()}</label>
            <div class="control">{control} {after}</div>
        </div>
    }
    .into_any()
}

/// The sources one field (or one language of it) rests on, where narrower than the record's.
fn citations(record: &Path, key: &'static str, bilingual: bool) -> AnyView {
    let lang = bench().lang;
    let sources = targets(crate::core::data::fields::Target::Source);
    let cite = record.key("cite");
    let whole = if bilingual { s!(lang, CiteWhole) } else { s!(lang, CiteValue) };
    let own = Some(ids_at(record.key(PlaceField::Sources.key())));
    let mut pickers = vec![picker_suggesting(cite.key(key), sources.clone(), whole.to_owned(), own)];
    if bilingual {
        for l in [Lang::Zh, Lang::En] {
            let legend = f!(lang, CiteLang, lang = lang_label(l, lang));
            pickers.push(picker_suggesting(cite.key(&format!("{key}.{}", l.code())), sources.clone(), legend, own));
        }
    }
    view! {
        <details class="cite">
            <summary>{s!(lang, CiteSummary)}</summary>
            <p class="hint">{s!(lang, CiteHint)}</p>
            {pickers}
        </details>
    }
    .into_any()
}

/// A field of a record, edited as its kind says.
pub fn field_row(record: &Path, key: &'static str, kind: FieldKind, label: &str, extras: Extras) -> AnyView {
    let lang = bench().lang;
    let path = record.key(key);
    let label = if extras.required { f!(lang, Required, label = label) } else { label.to_owned() };
    let body = match kind {
        FieldKind::Text => text_pair(&path, &label, extras.long),
        FieldKind::Id | FieldKind::Plain | FieldKind::Date | FieldKind::PlannedDate | FieldKind::Count { .. } => {
            let hint = matches!(kind, FieldKind::Date | FieldKind::PlannedDate)
                .then(|| view! { <span class="hint">{s!(lang, DateHint)}</span> }.into_any());
            labelled(&path, &label, input(path.clone(), kind, extras.long, None), hint)
        }
        FieldKind::Coordinate { .. } => labelled(&path, &label, input(path.clone(), kind, false, None), None),
        FieldKind::Number { unit, .. } => {
            let q = record.key("qualifiers").key(key);
            let qid = dom_id(&q);
            let qualifier = extras.qualifier.then(|| {
                view! {
                    <label class="visually-hidden" for=qid>{f!(lang, HowExact, label = label.as_str())}</label>
                    {choice(q, Qualifier::IDS, false)}
                }
                .into_any()
            });
            let unit = view! { <span class="unit">{unit_word(unit, lang)}</span> };
            labelled(
                &path,
                &label,
                input(path.clone(), kind, false, None),
                Some(view! { {unit} {qualifier} }.into_any()),
            )
        }
        FieldKind::Choice(ids) => labelled(&path, &label, choice(path.clone(), ids, extras.required), None),
        FieldKind::Choices(ids) => {
            let options = ids.iter().map(|v| ((*v).to_owned(), choice_word(ids, v, lang))).collect();
            picker(path, options, label.clone())
        }
        FieldKind::Ref(target) => labelled(&path, &label, reference(path.clone(), target), None),
        FieldKind::Refs(target) => picker(path, targets(target), label.clone()),
        FieldKind::Flag => flag(path, label.clone()),
        FieldKind::Contact => {
            let parts = ContactField::ALL
                .iter()
                .map(|c| {
                    let word = match c {
                        ContactField::Phone => s!(lang, Phone),
                        ContactField::Email => s!(lang, Email),
                        ContactField::Url => s!(lang, Website),
                    };
                    labelled(&path.key(c.key()), word, input(path.key(c.key()), c.kind(), false, None), None)
                })
                .collect_view();
            let (errors, problems) = group_problems(&path);
            view! {
                <fieldset class="group" id=dom_id(&path) aria-describedby=errors>
                    <legend>{label.clone()}</legend>{parts}{problems}
                </fieldset>
            }
            .into_any()
        }
        FieldKind::Texts => lists::texts(path, &label),
        FieldKind::Buildings => lists::buildings(path, &label),
        FieldKind::Recognition => lists::recognition(path, &label),
        FieldKind::Timeline => lists::timeline(path, &label),
        FieldKind::Facts => lists::facts(path, &label),
        FieldKind::Location => locate::locate(record.clone(), &label),
        FieldKind::Spaces => spaces::grid(record.clone()),
        FieldKind::Qualifiers | FieldKind::Citations => return ().into_any(),
    };
    let cite = extras.cite.then(|| citations(record, key, kind.bilingual()));
    view! { <div class="field-row">{body} {cite}</div> }.into_any()
}
