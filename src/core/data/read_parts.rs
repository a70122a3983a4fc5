//! Reading the values inside a place: its buildings, contact, spaces (with their qualifiers),
//! timeline events and statements — through the registry, as `read` reads the records.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::core::data::fields::{Field, FieldKind, SpaceField};
use crate::core::data::model::*;
use crate::core::data::read::{Obj, date, get, id, ids, number, read_qualifier, string, text, vocab};
use crate::core::data::reader::{Reader, key_path};
use crate::core::data::record_fields::{BuildingField, ContactField, EventField, FactField, PointField};
use crate::core::data::vocab::*;
use crate::core::text::Qualifier;

pub(crate) fn read_building(r: &mut Reader, v: &Value, path: &str) -> Option<Building> {
    let obj = r.object(v, path)?;
    let count =
        get(r, obj, BuildingField::Count, path).and_then(|(v, p)| r.count(v, &p, count_max(BuildingField::Count)));
    let kind = vocab(r, obj, BuildingField::Type, path, BuildingType::parse, &BuildingType::expected());
    Some(Building { count: count?, kind: kind? })
}

pub(crate) fn count_max(field: impl Field) -> u64 {
    match field.kind() {
        FieldKind::Count { max } => max,
        _ => u64::MAX,
    }
}

pub(crate) fn read_contact(r: &mut Reader, v: &Value, path: &str) -> Option<Contact> {
    let obj = r.object(v, path)?;
    Some(Contact {
        phone: string(r, obj, ContactField::Phone, path),
        email: string(r, obj, ContactField::Email, path),
        url: string(r, obj, ContactField::Url, path),
    })
}

/// Who located a place's point and how (all optional; `None` when none is given).
pub(crate) fn read_located(r: &mut Reader, obj: &Obj, path: &str) -> Option<Located> {
    let by = string(r, obj, PointField::LocatedBy, path);
    let how = vocab(r, obj, PointField::LocatedHow, path, LocatedHow::parse, &LocatedHow::expected());
    let on = date(r, obj, PointField::LocatedOn, path);
    (by.is_some() || how.is_some() || on.is_some()).then_some(Located { by, how, on })
}

pub(crate) fn read_space(r: &mut Reader, v: &Value, path: &str) -> Option<Space> {
    use SpaceField as F;
    let obj = r.object(v, path)?;
    let id = id(r, obj, F::Id, path);
    let figures = SpaceField::numbers().filter_map(|f| Some((f, number(r, obj, f, path)?))).collect();
    let availability = vocab(r, obj, F::Availability, path, Availability::parse, &Availability::expected())
        .unwrap_or(Availability::Unknown);
    Some(Space {
        id: id?,
        building: string(r, obj, F::Building, path),
        floor: string(r, obj, F::Floor, path),
        space_use: vocab(r, obj, F::Use, path, SpaceUse::parse, &SpaceUse::expected()),
        figures,
        deal: vocab(r, obj, F::Deal, path, Deal::parse, &Deal::expected()),
        availability,
        available_from: date(r, obj, F::AvailableFrom, path),
        contact: get(r, obj, F::Contact, path).and_then(|(v, p)| read_contact(r, v, &p)).filter(|c| !c.is_empty()),
        note: text(r, obj, F::Note, path),
        qualifiers: read_space_qualifiers(r, obj, path),
    })
}

/// A space's qualifiers: each names a numeric field of the space that has a value.
fn read_space_qualifiers(r: &mut Reader, obj: &Obj, path: &str) -> BTreeMap<SpaceField, Qualifier> {
    let Some((map, map_path)) = get(r, obj, SpaceField::Qualifiers, path) else { return BTreeMap::new() };
    let Some(map) = r.object(map, &map_path) else { return BTreeMap::new() };
    let mut out = BTreeMap::new();
    for (key, v) in map {
        let entry_path = key_path(&map_path, key);
        match SpaceField::parse(key).filter(|f| f.kind().unit().is_some()) {
            None => r.problem(&entry_path, format!("{key:?} is not a numeric field")),
            Some(f) if Reader::optional(obj, f.key()).is_none() => {
                r.problem(&entry_path, format!("qualifies {key:?}, which has no value"))
            }
            Some(f) => {
                if let Some(q) = read_qualifier(r, v, &entry_path) {
                    out.insert(f, q);
                }
            }
        }
    }
    out
}

pub(crate) fn read_event(r: &mut Reader, v: &Value, path: &str) -> Option<Event> {
    let obj = r.object(v, path)?;
    let date = date(r, obj, EventField::Date, path);
    let event = text(r, obj, EventField::Event, path);
    let sources = ids(r, obj, EventField::Sources, path);
    let planned = get(r, obj, EventField::Planned, path).and_then(|(v, p)| r.flag(v, &p)).unwrap_or(false);
    Some(Event { date: date?, event: event?, sources, planned })
}

pub(crate) fn read_fact(r: &mut Reader, v: &Value, path: &str) -> Option<Fact> {
    let obj = r.object(v, path)?;
    let text = text(r, obj, FactField::Text, path);
    Some(Fact { text: text?, sources: ids(r, obj, FactField::Sources, path) })
}
