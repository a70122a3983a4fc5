//! One form field for each kind of the field registry: both languages side by side for a text,
//! a select for a closed vocabulary, a number with its unit and qualifier, a date as sources
//! write it, ids picked from the records they name. What is typed is saved as typed at once
//! (a crash loses nothing) and read as its kind when the field is left; the validator's
//! problems for the field show under it.

use leptos::prelude::*;
use serde_json::{Value, json};

use crate::core::data::Problem;
use crate::core::data::fields::{FieldKind, Target};
use crate::core::data::record_fields::DatasetField;
use crate::core::data::vocab::*;
use crate::core::edit::input::{shown, value_for};
use crate::core::edit::path::{Path, Step};
use crate::core::edit::published;
use crate::core::geo::Crs;
use crate::core::text::{Lang, Qualifier, Unit};
use crate::ui::widgets::labels;
use crate::ui::workbench::nav::record_name;
use crate::ui::workbench::state::{Bench, bench};
use crate::ui::workbench::strings::{f, s};

/// The element id of the input for a path (`$.places[3].name.zh` → `f-places-3-name-zh`), so a
/// problem's path leads to its field.
pub fn dom_id(path: &Path) -> String {
    let mut out = String::from("f");
    for step in &path.0 {
        out.push('-');
        match step {
            Step::Key(k) => out.extend(k.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })),
            Step::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// The id of the tick box for `value` in the picker `picker_id` (by value, so that a problem
/// at `sources[2]` can lead to the box of the id it names).
pub fn option_id(picker_id: &str, value: &str) -> String {
    let value: String = value.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    format!("{picker_id}--{value}")
}

/// The word for a vocabulary value, whichever vocabulary `ids` is.
pub fn choice_word(ids: &[&str], id: &str, lang: Lang) -> String {
    let word = if ids == Kind::IDS {
        Kind::parse(id).map(|k| labels::kind(k, lang))
    } else if ids == Status::IDS {
        Status::parse(id).map(|x| labels::status(x, lang))
    } else if ids == Reliability::IDS {
        Reliability::parse(id).map(|x| labels::reliability(x, lang))
    } else if ids == Availability::IDS {
        Availability::parse(id).map(|x| labels::availability(x, lang))
    } else if ids == Deal::IDS {
        Deal::parse(id).map(|x| labels::deal(x, lang))
    } else if ids == SpaceUse::IDS {
        SpaceUse::parse(id).map(|x| labels::space_use(x, lang))
    } else if ids == Facility::IDS {
        Facility::parse(id).map(|x| labels::facility(x, lang))
    } else if ids == BuildingType::IDS {
        BuildingType::parse(id).map(|x| labels::building_type(x, lang))
    } else if ids == LocatedHow::IDS {
        LocatedHow::parse(id).map(|x| labels::located_how(x, lang))
    } else if ids == Precision::IDS {
        Precision::parse(id).map(|p| match p {
            Precision::Exact => s!(lang, PrecisionExact),
            Precision::Address => s!(lang, PrecisionAddress),
            Precision::Town => s!(lang, PrecisionTown),
            Precision::District => s!(lang, PrecisionDistrict),
        })
    } else if ids == Crs::IDS {
        Crs::parse(id).map(|c| match c {
            Crs::Gcj02 => s!(lang, CrsGcj02),
            Crs::Wgs84 => s!(lang, CrsWgs84),
        })
    } else if ids == Qualifier::IDS {
        Qualifier::parse(id).map(|q| match q {
            Qualifier::About => s!(lang, QualifierAbout),
            Qualifier::Over => s!(lang, QualifierOver),
            Qualifier::Nearly => s!(lang, QualifierNearly),
            Qualifier::UpTo => s!(lang, QualifierUpTo),
        })
    } else {
        None
    };
    word.map_or_else(|| id.to_owned(), str::to_owned)
}

pub fn unit_word(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::Cny, Lang::En) => "CNY",
        (Unit::Cny, Lang::Zh) => "元",
        (Unit::SquareMetres, Lang::En) => "m²",
        (Unit::SquareMetres, Lang::Zh) => "平方米",
        (Unit::Mu, Lang::En) => "mu",
        (Unit::Mu, Lang::Zh) => "亩",
        (Unit::Metres, Lang::En) => "m",
        (Unit::Metres, Lang::Zh) => "米",
        (Unit::KnPerSquareMetre, _) => "kN/m²",
        (Unit::Kva, _) => "kVA",
        (Unit::CnyPerSquareMetreDay, Lang::En) => "CNY/m²/day",
        (Unit::CnyPerSquareMetreDay, Lang::Zh) => "元/平方米/天",
        (Unit::CnyPerSquareMetreMonth, Lang::En) => "CNY/m²/month",
        (Unit::CnyPerSquareMetreMonth, Lang::Zh) => "元/平方米/月",
        (Unit::Tonnes, Lang::En) => "t",
        (Unit::Tonnes, Lang::Zh) => "吨",
        (Unit::Months, Lang::En) => "months",
        (Unit::Months, Lang::Zh) => "个月",
    }
}

/// How a source prints a number of this unit, as the box's example: it is read as printed.
fn as_printed(unit: Unit) -> Option<&'static str> {
    match unit {
        Unit::Cny => Some("5.8亿, 约2000万元, 580000000"),
        Unit::SquareMetres => Some("27.92万平方米, 约76,670"),
        Unit::Mu => Some("约44亩"),
        _ => None,
    }
}

/// The problems `of` finds for `path`, as a list with its id (for the control's
/// aria-describedby).
fn listed(path: &Path, of: fn(Bench, &Path) -> Vec<Problem>) -> (String, impl IntoView + use<>) {
    let id = format!("{}-problems", dom_id(path));
    let path = path.clone();
    let b = bench();
    let list = move || {
        let problems = of(b, &path);
        (!problems.is_empty()).then(|| {
            let items = problems.into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view();
            view! { <ul class="field-error plain">{items}</ul> }
        })
    };
    (id.clone(), view! { <div id=id>{list}</div> })
}

/// The validator's problems at or under `path`, for the field there.
pub fn problems_view(path: &Path) -> (String, impl IntoView + use<>) {
    listed(path, Bench::problems_at)
}

/// The problems of a whole group (a text's two halves, a location, a contact, a list), for its
/// container: its parts show their own.
pub fn group_problems(path: &Path) -> (String, impl IntoView + use<>) {
    listed(path, Bench::problems_of)
}

/// A text input or area saving what is typed as typed, and the value of its kind when left.
pub fn input(path: Path, kind: FieldKind, long: bool, label: Option<String>) -> AnyView {
    let b = bench();
    let id = dom_id(&path);
    let (errors, problems) = problems_view(&path);
    let shown_value = {
        let path = path.clone();
        move || shown(b.get(&path).as_ref())
    };
    let invalid = {
        let path = path.clone();
        move || (!b.problems_at(&path).is_empty()).then_some("true")
    };
    let typed = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            let t = event_target_value(&ev);
            b.set(&path, if t.is_empty() { Value::Null } else { Value::String(t) });
        }
    };
    let left = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        // A number as printed, qualifier and all (`约5.8亿元`): the qualifier goes beside it.
        if let FieldKind::Number { unit, .. } = kind
            && let Some(read) = published::read(unit, &typed)
        {
            b.set(&path, Value::Number(read.number));
            if let (Some(q), Some(at)) = (read.qualifier, path.qualifier()) {
                b.set(&at, Value::String(q.id().to_owned()));
            }
            return;
        }
        b.set(&path, value_for(kind, &typed));
    };
    let mode = match kind {
        FieldKind::Number { .. } | FieldKind::Coordinate { .. } => Some("decimal"),
        FieldKind::Count { .. } => Some("numeric"),
        _ => None,
    };
    let placeholder = match kind {
        FieldKind::Date | FieldKind::PlannedDate => Some(s!(b.lang, DatePlaceholder)),
        FieldKind::Number { unit, .. } => as_printed(unit),
        _ => None,
    };
    let aria_label = label;
    let control = if long {
        view! {
            <textarea id=id rows="3" prop:value=shown_value on:input=typed on:change=left aria-invalid=invalid
                aria-describedby=errors aria-label=aria_label></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id type="text" inputmode=mode placeholder=placeholder prop:value=shown_value on:input=typed
                on:change=left aria-invalid=invalid aria-describedby=errors aria-label=aria_label />
        }
        .into_any()
    };
    view! { {control} {problems} }.into_any()
}

/// A select of a closed vocabulary, with "not published" for none.
pub fn choice(path: Path, ids: &'static [&'static str], required: bool) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let id = dom_id(&path);
    let (errors, problems) = problems_view(&path);
    let current = {
        let path = path.clone();
        move || shown(b.get(&path).as_ref())
    };
    let changed = move |ev: leptos::ev::Event| b.set(&path, value_for(FieldKind::Plain, &event_target_value(&ev)));
    let options = ids.iter().map(|v| view! { <option value=*v>{choice_word(ids, v, lang)}</option> }).collect_view();
    view! {
        <select id=id prop:value=current on:change=changed aria-describedby=errors>
            <option value="">{if required { s!(lang, Choose) } else { s!(lang, NotPublished) }}</option>
            {options}
        </select>
        {problems}
    }
    .into_any()
}

/// The records a reference may name, as (id, name), from the draft.
pub fn targets(target: Target) -> Vec<(String, String)> {
    let b = bench();
    let list = match target {
        Target::Source => DatasetField::Sources,
        Target::Town => DatasetField::Towns,
        Target::Sector => DatasetField::Sectors,
        Target::Programme => DatasetField::Programmes,
        Target::Place => DatasetField::Places,
    };
    // Read once, as the form is made: the form is not remade on every change of the draft.
    b.doc.with_untracked(|d| {
        d.get(list.key())
            .and_then(Value::as_array)
            .map(|items| {
                items.iter().filter_map(|r| Some((r.get("id")?.as_str()?.to_owned(), record_name(r, b.lang)))).collect()
            })
            .unwrap_or_default()
    })
}

/// A select of one record.
pub fn reference(path: Path, target: Target) -> AnyView {
    let b = bench();
    let id = dom_id(&path);
    let (errors, problems) = problems_view(&path);
    let current = {
        let path = path.clone();
        move || shown(b.get(&path).as_ref())
    };
    let changed = move |ev: leptos::ev::Event| b.set(&path, value_for(FieldKind::Plain, &event_target_value(&ev)));
    let options = targets(target).into_iter().map(|(v, name)| view! { <option value=v>{name}</option> }).collect_view();
    view! {
        <select id=id prop:value=current on:change=changed aria-describedby=errors>
            <option value="">{s!(b.lang, NotPublished)}</option>
            {options}
        </select>
        {problems}
    }
    .into_any()
}

/// Ticks for a list of ids (records, or vocabulary values), filterable when long; the list
/// keeps the order ticked.
pub fn picker(path: Path, options: Vec<(String, String)>, legend: String) -> AnyView {
    picker_suggesting(path, options, legend, None)
}

/// The ids of a record's list at `list` (its sources), as they change.
pub fn ids_at(list: Path) -> Memo<Vec<String>> {
    let b = bench();
    Memo::new(move |_| {
        b.get(&list)
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect()
    })
}

/// A picker that, until something is typed in its filter, shows only the `suggested` options
/// (the place's own sources, for one of its statements) and those ticked: the one to tick is
/// almost always among them, and the other ninety are a filter away.
pub fn picker_suggesting(
    path: Path,
    options: Vec<(String, String)>,
    legend: String,
    suggested: Option<Memo<Vec<String>>>,
) -> AnyView {
    let b = bench();
    let lang = b.lang;
    let id = dom_id(&path);
    let (errors, problems) = problems_view(&path);
    let filter = RwSignal::new(String::new());
    let chosen = ids_at(path.clone());
    // Ids the draft holds that name no record or value (one deleted, a typo in a file): shown
    // ticked, so they can be seen and unticked.
    let mut options = options;
    for value in chosen.get_untracked() {
        if !options.iter().any(|(v, _)| v == &value) {
            let name = f!(lang, UnknownId, id = value.as_str());
            options.push((value, name));
        }
    }
    let long = options.len() > 12;
    // Suggestions narrow the list only while the filter is empty and there are some.
    let narrowed =
        move || long && filter.with(String::is_empty) && suggested.is_some_and(|s| s.with(|s| !s.is_empty()));
    let boxes = options
        .into_iter()
        .map(|(value, name)| {
            let box_id = option_id(&id, &value);
            let path = path.clone();
            let v = value.clone();
            let hidden = {
                let hay = format!("{name} {value}").to_lowercase();
                let value = value.clone();
                move || {
                    if narrowed() {
                        let own = suggested.is_some_and(|s| s.with(|s| s.contains(&value)));
                        return !own && !chosen.with(|c| c.contains(&value));
                    }
                    !filter.get().is_empty() && !hay.contains(&filter.get().to_lowercase())
                }
            };
            let toggle = move |_| {
                let mut now = chosen.get_untracked();
                match now.iter().position(|x| x == &v) {
                    Some(at) => {
                        now.remove(at);
                    }
                    None => now.push(v.clone()),
                }
                b.set(&path, if now.is_empty() { Value::Null } else { json!(now) });
            };
            let checked = {
                let value = value.clone();
                move || chosen.with(|c| c.contains(&value))
            };
            view! {
                <li class:hidden=hidden>
                    <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=toggle />
                    <label for=box_id>{name}</label>
                </li>
            }
        })
        .collect_view();
    let filter_box = long.then(|| {
        let fid = format!("{id}-filter");
        view! {
            <label class="visually-hidden" for=fid.clone()>{s!(lang, Filter)}</label>
            <input id=fid type="search" placeholder=s!(lang, Filter) on:input=move |ev| filter.set(event_target_value(&ev)) />
        }
    });
    let narrowed_hint = move || narrowed().then(|| view! { <p class="hint">{s!(lang, OwnSourcesShown)}</p> });
    view! {
        <fieldset class="picker" id=id aria-describedby=errors>
            <legend>{legend}</legend>
            {filter_box}
            {narrowed_hint}
            <ul class="plain" class:long=long>{boxes}</ul>
        </fieldset>
        {problems}
    }
    .into_any()
}

/// A yes/no tick.
pub fn flag(path: Path, label: String) -> AnyView {
    let b = bench();
    let id = dom_id(&path);
    let checked = {
        let path = path.clone();
        move || b.get(&path).and_then(|v| v.as_bool()).unwrap_or(false)
    };
    let changed = move |ev: leptos::ev::Event| {
        b.set(&path, if event_target_checked(&ev) { Value::Bool(true) } else { Value::Null });
    };
    view! {
        <span class="flag">
            <input type="checkbox" id=id.clone() prop:checked=checked on:change=changed />
            <label for=id>{label}</label>
        </span>
    }
    .into_any()
}
