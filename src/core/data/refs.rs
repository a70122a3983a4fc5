//! Checks that need the whole file — unique ids, references between lists, locations inside
//! the district, links that are web addresses — and what each bad value costs: a reference to
//! nothing is dropped, a hostile link or a point outside the district is dropped, a duplicate
//! is left out, and a place left with no source it can show is left out. Every such repair is
//! reported, so the file's editors see it and `make validate` fails on it.

use std::collections::HashSet;

use serde_json::Value;

use crate::core::data::fields::PlaceField;
use crate::core::data::model::Dataset;
use crate::core::data::place_check::PlaceCheck;
use crate::core::data::read::Positions;
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::data::record_fields::{DatasetField, NamedField, SourceField, TownField};
use crate::core::data::vocab::Reliability;
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

fn list_path(list: DatasetField) -> String {
    key_path("$", list.key())
}

/// Reports every repeated id of a top-level list, and returns the ids as written.
fn unique<'a>(r: &mut Reader, root: &'a Value, list: DatasetField) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in raw_ids(root, list) {
        if !seen.insert(id) {
            let item = index_path(&list_path(list), i);
            r.problem(&key_path(&item, id_key(list).unwrap_or_default()), format!("duplicate id {id:?}"));
        }
    }
    seen
}

/// The `id` of every item of a top-level list as written, including items that failed to read
/// for other reasons: a reference to them is not reported as dangling (it would only add noise),
/// though it is dropped with the record.
fn raw_ids(root: &Value, list: DatasetField) -> impl Iterator<Item = (usize, &str)> {
    root.get(list.key())
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(move |(i, item)| Some((i, item.get(id_key(list)?).and_then(Value::as_str)?)))
}

/// The entries of a place's field map (`cite`, `qualifiers`) as written, in key order.
pub(crate) fn raw_map(place: &Value, field: PlaceField) -> impl Iterator<Item = (&String, &Value)> {
    place.get(field.key()).and_then(Value::as_object).into_iter().flatten()
}

pub(crate) fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > "https://".len()
}

/// Keeps the first record of each id (the later ones were reported as duplicates).
fn first_of_each<T>(items: &mut Vec<T>, positions: Option<&mut Vec<usize>>, id: impl Fn(&T) -> &str) {
    let mut seen = HashSet::new();
    let keep: Vec<bool> = items.iter().map(|item| seen.insert(id(item).to_owned())).collect();
    let mut flags = keep.iter();
    items.retain(|_| *flags.next().unwrap_or(&true));
    if let Some(positions) = positions {
        let mut flags = keep.iter();
        positions.retain(|_| *flags.next().unwrap_or(&true));
    }
}

/// The ids of the records shown, which references may point at.
pub(crate) struct Shown {
    pub sources: HashSet<String>,
    pub towns: HashSet<String>,
    pub sectors: HashSet<String>,
    pub programmes: HashSet<String>,
}

/// The ids as written, against which references are reported as dangling.
pub(crate) struct Written<'a> {
    pub sources: HashSet<&'a str>,
    pub towns: HashSet<&'a str>,
    pub sectors: HashSet<&'a str>,
    pub programmes: HashSet<&'a str>,
    pub places: HashSet<&'a str>,
}

pub(crate) fn check_references(r: &mut Reader, d: &mut Dataset, at: &mut Positions, root: &Value, geo: &Geography) {
    let written = Written {
        sources: unique(r, root, DatasetField::Sources),
        towns: unique(r, root, DatasetField::Towns),
        sectors: unique(r, root, DatasetField::Sectors),
        programmes: unique(r, root, DatasetField::Programmes),
        places: unique(r, root, DatasetField::Places),
    };
    first_of_each(&mut d.sources, Some(&mut at.sources), |s| &s.id);
    first_of_each(&mut d.towns, Some(&mut at.towns), |t| &t.id);
    first_of_each(&mut d.sectors, None, |s| &s.id);
    first_of_each(&mut d.programmes, None, |p| &p.id);
    first_of_each(&mut d.places, Some(&mut at.places), |p| &p.id);

    // A source that is not a web address cannot be shown as one: it is left out. Only an
    // operator's submission may have no address, and it says when and whom to ask instead.
    let mut flags = Vec::with_capacity(d.sources.len());
    for (s, &i) in d.sources.iter().zip(&at.sources) {
        let at = |field: SourceField| key_path(&index_path(&list_path(DatasetField::Sources), i), field.key());
        let operator = s.reliability == Reliability::Operator;
        let ok = match &s.url {
            Some(url) if !is_web_url(url) => {
                r.problem(&at(SourceField::Url), format!("{url:?} is not an http(s) address"));
                false
            }
            Some(_) => true,
            None if operator => true,
            None => {
                r.problem(
                    &at(SourceField::Url),
                    "missing required field (only an operator's submission may have none)",
                );
                false
            }
        };
        if operator && s.date.is_none() {
            r.problem(&at(SourceField::Date), "an operator's submission needs the date it was given");
        }
        if operator && s.contact.is_none() {
            r.problem(&at(SourceField::Contact), "an operator's submission needs a contact to ask about it");
        }
        flags.push(ok);
    }
    let mut keep = flags.into_iter();
    d.sources.retain(|_| keep.next().unwrap_or(true));
    for (t, &i) in d.towns.iter_mut().zip(&at.towns) {
        if let Some(p) = t.label_point
            && !geo.contains(p)
        {
            r.problem(
                &key_path(&index_path(&list_path(DatasetField::Towns), i), TownField::LabelPoint.key()),
                format!("({}, {}) is outside the Jiading district outline", p.lon, p.lat),
            );
            t.label_point = None;
        }
    }
    let ids = |list: Vec<&String>| list.into_iter().cloned().collect::<HashSet<String>>();
    let shown = Shown {
        sources: ids(d.sources.iter().map(|s| &s.id).collect()),
        towns: ids(d.towns.iter().map(|t| &t.id).collect()),
        sectors: ids(d.sectors.iter().map(|s| &s.id).collect()),
        programmes: ids(d.programmes.iter().map(|p| &p.id).collect()),
    };

    // A programme's count of members rests on its sources (positions: as read).
    for (i, programme) in d.programmes.iter_mut().enumerate() {
        let path = key_path(&index_path(&list_path(DatasetField::Programmes), i), NamedField::Sources.key());
        let mut keep = Vec::new();
        for (j, id) in programme.sources.iter().enumerate() {
            if !written.sources.contains(id.as_str()) {
                r.problem(&index_path(&path, j), format!("unknown source id {id:?}"));
            }
            keep.push(shown.sources.contains(id));
        }
        let mut flags = keep.into_iter();
        programme.sources.retain(|_| flags.next().unwrap_or(true));
    }

    let mut space_ids = HashSet::new();
    let updated = d.updated;
    let mut kept = Vec::with_capacity(d.places.len());
    for (place, &i) in d.places.iter_mut().zip(&at.places) {
        let raw = &root[DatasetField::Places.key()][i];
        let path = index_path(&list_path(DatasetField::Places), i);
        let mut check = PlaceCheck { r: &mut *r, path: &path, written: &written, shown: &shown, sources: &d.sources };
        kept.push(check.place(place, raw, geo, &mut space_ids, updated));
    }
    let mut keep = kept.iter();
    d.places.retain(|_| *keep.next().unwrap_or(&true));
    let mut keep = kept.iter();
    at.places.retain(|_| *keep.next().unwrap_or(&true));
    let places: HashSet<String> = d.places.iter().map(|p| p.id.clone()).collect();
    for place in &mut d.places {
        place.nearby.retain(|n| places.contains(n));
    }
}
