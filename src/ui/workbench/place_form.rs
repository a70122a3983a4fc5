//! A place's form: its fields in the sections of `core::edit::layout`, each from the registry,
//! with the sources and the qualifier of each field beside it; its id proposed from its name,
//! and a warning when the id of a published place changes (links to it would break).

use leptos::prelude::*;
use serde_json::Value;

use crate::core::data::fields::PlaceField;
use crate::core::data::record_fields::DatasetField;
use crate::core::edit::layout::{PLACE_FORM, Section};
use crate::core::text::Lang;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::labels;
use crate::ui::workbench::forms::{Extras, field_row};
use crate::ui::workbench::id_row::{id_help, published_id};
use crate::ui::workbench::nav::{list_path, record_name};
use crate::ui::workbench::state::{Selected, bench};
use crate::ui::workbench::strings::s;

fn section_title(section: Section, lang: Lang) -> &'static str {
    match section {
        Section::Identity => s!(lang, SectionIdentity),
        Section::Status => s!(lang, SectionStatus),
        Section::Where => s!(lang, SectionWhere),
        Section::Description => s!(lang, SectionDescription),
        Section::Figures => s!(lang, SectionFigures),
        Section::Contact => s!(lang, SectionContact),
        Section::Spaces => s!(lang, SectionSpaces),
        Section::Sources => s!(lang, SectionSources),
        Section::History => s!(lang, SectionHistory),
    }
}

fn extras(f: PlaceField) -> Extras {
    Extras {
        qualifier: f.kind().unit().is_some(),
        cite: f.rules().citable && f != PlaceField::Sources,
        long: matches!(f, PlaceField::Summary),
        required: f.rules().required,
    }
}

pub fn place_form(i: usize) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let record = list_path(DatasetField::Places).index(i);
    let Some(place) = b.doc.with_untracked(|d| record.get(d).cloned()) else {
        return view! { <p>{s!(lang, NothingSelected)}</p> }.into_any();
    };
    let published = published_id(DatasetField::Places, &place);
    let title = {
        let record = record.clone();
        move || b.doc.with(|d| record.get(d).map(|p| record_name(p, lang)).unwrap_or_default())
    };
    let sections = PLACE_FORM
        .iter()
        .map(|(section, fields)| {
            let rows = fields
                .iter()
                .map(|&f| {
                    let row = field_row(&record, f.key(), f.kind(), labels::place_field(f, lang), extras(f));
                    let help =
                        (f == PlaceField::Id).then(|| id_help(DatasetField::Places, record.clone(), published.clone()));
                    view! { {row} {help} }
                })
                .collect_view();
            view! {
                <section class="form-section">
                    <h3>{section_title(*section, lang)}</h3>
                    {rows}
                </section>
            }
        })
        .collect_view();
    let remove = move |_| {
        if window().confirm_with_message(s!(lang, ConfirmDeletePlace)).unwrap_or(false) {
            b.doc.update(|d| {
                if let Some(list) = d.get_mut("places").and_then(Value::as_array_mut)
                    && i < list.len()
                {
                    list.remove(i);
                }
            });
            b.selected.set(Selected::Place(i.saturating_sub(1)));
            focus_soon("#record-heading".to_owned());
        }
    };
    view! {
        <article class="record-form">
            <h2 tabindex="-1" id="record-heading">{title}</h2>
            {sections}
            <p><button type="button" class="danger" on:click=remove>{s!(lang, DeletePlace)}</button></p>
        </article>
    }
    .into_any()
}
