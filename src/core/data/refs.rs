//! Checks that need the whole file: unique ids, references between lists, locations inside
//! the district, citations pointing at known fields.

use std::collections::HashSet;

use serde_json::Value;

use crate::core::data::fields::{PlaceField, SpaceField};
use crate::core::data::model::Dataset;
use crate::core::data::read::{Positions, admits};
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::data::record_fields::{
    ContactField, DatasetField, EventField, FactField, NamedField, SourceField, TownField,
};
use crate::core::geo::Geography;

/// The field that holds the id of each record of a top-level list (`None`: not a list).
fn id_key(list: DatasetField) -> Option<&'static str> {
    match list {
        DatasetField::Sources => Some(SourceField::Id.key()),
        DatasetField::Towns => Some(TownField::Id.key()),
        DatasetField::Sectors | DatasetField::Programmes => Some(NamedField::Id.key()),
        DatasetField::Places => Some(PlaceField::Id.key()),
        DatasetField::Schema | DatasetField::Updated => None,
    }
}

/// Reports every repeated id of a top-level list, and returns the ids.
fn unique<'a>(r: &mut Reader, root: &'a Value, list: DatasetField) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in raw_ids(root, list) {
        if !seen.insert(id) {
            let item = index_path(&key_path("$", list.key()), i);
            r.problem(&key_path(&item, id_key(list).unwrap_or_default()), format!("duplicate id {id:?}"));
        }
    }
    seen
}

fn known(r: &mut Reader, set: &HashSet<&str>, what: &str, path: &str, id: &str) {
    if !set.contains(id) {
        r.problem(path, format!("unknown {what} id {id:?}"));
    }
}

fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > "https://".len()
}

/// The `id` of every item of a top-level list as written, including items that failed to read
/// for other reasons: a reference to them is not dangling, and reporting it would only add noise.
fn raw_ids(root: &Value, list: DatasetField) -> impl Iterator<Item = (usize, &str)> {
    root.get(list.key())
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(move |(i, item)| Some((i, item.get(id_key(list)?).and_then(Value::as_str)?)))
}

/// The entries of a place's field map (`cite`, `qualifiers`) as written, in key order.
fn raw_map(place: &Value, field: PlaceField) -> impl Iterator<Item = (&String, &Value)> {
    place.get(field.key()).and_then(Value::as_object).into_iter().flatten()
}

pub(crate) fn check_references(r: &mut Reader, d: &Dataset, at: &Positions, root: &Value, geo: &Geography) {
    let list = |f: DatasetField| key_path("$", f.key());
    let sources = unique(r, root, DatasetField::Sources);
    let towns = unique(r, root, DatasetField::Towns);
    let sectors = unique(r, root, DatasetField::Sectors);
    let programmes = unique(r, root, DatasetField::Programmes);
    let places = unique(r, root, DatasetField::Places);

    for (s, &i) in d.sources.iter().zip(&at.sources) {
        if !is_web_url(&s.url) {
            let path = key_path(&index_path(&list(DatasetField::Sources), i), SourceField::Url.key());
            r.problem(&path, format!("{:?} is not an http(s) address", s.url));
        }
    }
    for (t, &i) in d.towns.iter().zip(&at.towns) {
        if let Some(p) = t.label_point
            && !geo.contains(p)
        {
            r.problem(
                &key_path(&index_path(&list(DatasetField::Towns), i), TownField::LabelPoint.key()),
                format!("({}, {}) is outside the Jiading district outline", p.lon, p.lat),
            );
        }
    }

    let mut space_ids = HashSet::new();
    for (place, &i) in d.places.iter().zip(&at.places) {
        let path = index_path(&list(DatasetField::Places), i);
        let raw = &root[DatasetField::Places.key()][i];
        let at = |f: PlaceField| key_path(&path, f.key());
        let each = |f: PlaceField, j: usize| index_path(&at(f), j);
        if let Some(town) = &place.town {
            known(r, &towns, "town", &at(PlaceField::Town), town);
        }
        for (j, id) in place.sources.iter().enumerate() {
            known(r, &sources, "source", &each(PlaceField::Sources, j), id);
        }
        for (j, id) in place.sectors.iter().enumerate() {
            known(r, &sectors, "sector", &each(PlaceField::Sectors, j), id);
        }
        for (j, id) in place.nearby.iter().enumerate() {
            known(r, &places, "place", &each(PlaceField::Nearby, j), id);
            if id == &place.id {
                r.problem(&each(PlaceField::Nearby, j), "a place cannot be near itself");
            }
        }
        for (programme, _) in &place.recognition {
            known(r, &programmes, "programme", &key_path(&at(PlaceField::Recognition), programme), programme);
        }
        for (j, event) in place.timeline.iter().enumerate() {
            for (k, id) in event.sources.iter().enumerate() {
                let event_sources = key_path(&each(PlaceField::Timeline, j), EventField::Sources.key());
                known(r, &sources, "source", &index_path(&event_sources, k), id);
            }
        }
        for (j, fact) in place.facts.iter().enumerate() {
            for (k, id) in fact.sources.iter().enumerate() {
                let fact_sources = key_path(&each(PlaceField::Facts, j), FactField::Sources.key());
                known(r, &sources, "source", &index_path(&fact_sources, k), id);
            }
        }
        for (key, ids) in raw_map(raw, PlaceField::Cite) {
            let field_path = key_path(&at(PlaceField::Cite), key);
            if !PlaceField::parse(key).is_some_and(|f| admits(PlaceField::Cite, f)) {
                r.problem(&field_path, format!("{key:?} is not a field that can be cited"));
            }
            for (k, id) in ids.as_array().into_iter().flatten().enumerate() {
                if let Some(id) = id.as_str() {
                    known(r, &sources, "source", &index_path(&field_path, k), id);
                }
            }
        }
        for (key, _) in raw_map(raw, PlaceField::Qualifiers) {
            let entry_path = key_path(&at(PlaceField::Qualifiers), key);
            match PlaceField::parse(key).filter(|f| admits(PlaceField::Qualifiers, *f)) {
                None => r.problem(&entry_path, format!("{key:?} is not a numeric field")),
                Some(f) if raw.get(f.key()).is_none_or(Value::is_null) => {
                    r.problem(&entry_path, format!("qualifies {key:?}, which has no value"))
                }
                Some(_) => {}
            }
        }
        if let Some(location) = place.location
            && !geo.contains(location.point)
        {
            r.problem(
                &at(PlaceField::Location),
                format!("({}, {}) is outside the Jiading district outline", location.point.lon, location.point.lat),
            );
        }
        if let Some(url) = &place.contact.url
            && !is_web_url(url)
        {
            r.problem(
                &key_path(&at(PlaceField::Contact), ContactField::Url.key()),
                format!("{url:?} is not an http(s) address"),
            );
        }
        if let Some(email) = &place.contact.email
            && !email.contains('@')
        {
            r.problem(
                &key_path(&at(PlaceField::Contact), ContactField::Email.key()),
                format!("{email:?} is not an email address"),
            );
        }
        for (j, space) in place.spaces.iter().enumerate() {
            if !space_ids.insert(space.id.as_str()) {
                r.problem(
                    &key_path(&each(PlaceField::Spaces, j), SpaceField::Id.key()),
                    format!("duplicate space id {:?}", space.id),
                );
            }
        }
    }
}
