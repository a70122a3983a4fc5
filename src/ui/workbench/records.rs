//! The forms of a source, a sector and a programme, from their registries.

use leptos::prelude::*;
use serde_json::Value;

use crate::core::data::record_fields::{DatasetField, NamedField, SourceField};
use crate::core::text::Lang;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::workbench::forms::{Extras, field_row};
use crate::ui::workbench::id_row::{id_help, published_id};
use crate::ui::workbench::nav::{list_path, record_name};
use crate::ui::workbench::state::{Selected, bench};
use crate::ui::workbench::strings::s;

fn source_label(f: SourceField, lang: Lang) -> &'static str {
    match f {
        SourceField::Id => s!(lang, FieldId),
        SourceField::Title => s!(lang, SourceTitle),
        SourceField::Publisher => s!(lang, SourcePublisher),
        SourceField::Date => s!(lang, SourceDate),
        SourceField::Url => s!(lang, SourceUrl),
        SourceField::Reliability => s!(lang, SourceReliability),
        SourceField::Language => s!(lang, SourceLanguage),
        SourceField::Contact => s!(lang, SourceContact),
        SourceField::Note => s!(lang, SourceNote),
    }
}

fn named_label(f: NamedField, lang: Lang) -> &'static str {
    match f {
        NamedField::Id => s!(lang, FieldId),
        NamedField::Name => s!(lang, FieldName),
        NamedField::Description => s!(lang, FieldDescription),
        NamedField::Members => s!(lang, FieldMembers),
        NamedField::Sources => s!(lang, FieldSources),
    }
}

/// The id's help for a record as it is now (its published id from the file as opened).
fn id_help_for(list: DatasetField, record: &crate::core::edit::path::Path) -> AnyView {
    let now = bench().doc.with_untracked(|d| record.get(d).cloned()).unwrap_or(Value::Null);
    id_help(list, record.clone(), published_id(list, &now))
}

/// A record's form: a heading with its name, its fields, and a way to delete it.
fn record_form(list: DatasetField, i: usize, rows: impl Fn(&crate::core::edit::path::Path) -> AnyView) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let record = list_path(list).index(i);
    if b.doc.with_untracked(|d| record.get(d).is_none()) {
        return view! { <p>{s!(lang, NothingSelected)}</p> }.into_any();
    }
    let title = {
        let record = record.clone();
        move || b.doc.with(|d| record.get(d).map(|r| record_name(r, lang)).unwrap_or_default())
    };
    let remove = move |_| {
        if window().confirm_with_message(s!(lang, ConfirmDelete)).unwrap_or(false) {
            b.doc.update(|d| {
                if let Some(items) = d.get_mut(list.key()).and_then(Value::as_array_mut)
                    && i < items.len()
                {
                    items.remove(i);
                }
            });
            b.selected.set(Selected::Problems);
            focus_soon("#record-heading".to_owned());
        }
    };
    view! {
        <article class="record-form">
            <h2 tabindex="-1" id="record-heading">{title}</h2>
            <section class="form-section">{rows(&record)}</section>
            <p><button type="button" class="danger" on:click=remove>{s!(lang, Delete)}</button></p>
        </article>
    }
    .into_any()
}

pub fn source_form(i: usize) -> AnyView {
    let lang = bench().lang;
    record_form(DatasetField::Sources, i, move |record| {
        let rows = SourceField::ALL
            .iter()
            .map(|&f| {
                let extras = Extras { required: f.rules().required, long: f == SourceField::Note, ..Extras::default() };
                let row = field_row(record, f.key(), f.kind(), source_label(f, lang), extras);
                let help = (f == SourceField::Id).then(|| id_help_for(DatasetField::Sources, record));
                view! { {row} {help} }
            })
            .collect_view();
        view! { <p class="hint">{s!(lang, OperatorHint)}</p> {rows} }.into_any()
    })
}

pub fn named_form(list: DatasetField, i: usize) -> AnyView {
    let lang = bench().lang;
    record_form(list, i, move |record| {
        NamedField::ALL
            .iter()
            // A sector has an id and a name; the rest is a programme's.
            .filter(|f| list == DatasetField::Programmes || matches!(f, NamedField::Id | NamedField::Name))
            .map(|&f| {
                let extras =
                    Extras { required: f.rules().required, long: f == NamedField::Description, ..Extras::default() };
                let row = field_row(record, f.key(), f.kind(), named_label(f, lang), extras);
                let help = (f == NamedField::Id).then(|| id_help_for(list, record));
                view! { {row} {help} }
            })
            .collect_view()
            .into_any()
    })
}
