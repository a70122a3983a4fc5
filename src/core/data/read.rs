//! Reading each record of places.json into the model. Every field is read through the registry:
//! its name, whether it must be there (`rules().required`: a missing one is a problem) and the
//! plausible range of a number all come from `fields` and `record_fields`. Every problem is
//! reported with its JSON path; whole-file checks are in `refs`.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::core::data::fields::{Field, FieldKind, PlaceField, parse_cite_key};
use crate::core::data::model::*;
use crate::core::data::read_parts::{
    count_max, read_building, read_contact, read_event, read_fact, read_located, read_space,
};
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::data::record_fields::{DatasetField, NamedField, PointField, SourceField, TownField};
use crate::core::data::vocab::*;
use crate::core::geo::{Crs, Point};
use crate::core::text::{Lang, PartialDate, Qualifier, Text};

/// The data-format version this app reads.
pub const SCHEMA: u64 = 1;

/// Where each read item stood in the file's lists: items that fail to read are left out, and
/// later checks must still name the right index.
pub(crate) struct Positions {
    pub sources: Vec<usize>,
    pub towns: Vec<usize>,
    pub places: Vec<usize>,
}

pub(crate) type Obj = Map<String, Value>;

/// A field's value and path; absent or null is `None`, and a problem when the field is required.
pub(crate) fn get<'a>(r: &mut Reader, obj: &'a Obj, field: impl Field, path: &str) -> Option<(&'a Value, String)> {
    let value =
        if field.rules().required { r.required(obj, field.key(), path) } else { Reader::optional(obj, field.key()) };
    value.map(|v| (v, key_path(path, field.key())))
}

pub(crate) fn id(r: &mut Reader, obj: &Obj, field: impl Field, path: &str) -> Option<String> {
    get(r, obj, field, path).and_then(|(v, p)| r.id(v, &p))
}

pub(crate) fn text(r: &mut Reader, obj: &Obj, field: impl Field, path: &str) -> Option<Text> {
    get(r, obj, field, path).and_then(|(v, p)| r.text(v, &p))
}

pub(crate) fn string(r: &mut Reader, obj: &Obj, field: impl Field, path: &str) -> Option<String> {
    get(r, obj, field, path).and_then(|(v, p)| r.string(v, &p))
}

pub(crate) fn date(r: &mut Reader, obj: &Obj, field: impl Field, path: &str) -> Option<PartialDate> {
    get(r, obj, field, path).and_then(|(v, p)| r.date(v, &p))
}

pub(crate) fn vocab<T>(
    r: &mut Reader,
    obj: &Obj,
    field: impl Field,
    path: &str,
    parse: fn(&str) -> Option<T>,
    expected: &str,
) -> Option<T> {
    get(r, obj, field, path).and_then(|(v, p)| r.vocab(v, &p, parse, expected))
}

/// A number within its field's plausible range.
pub(crate) fn number(r: &mut Reader, obj: &Obj, field: impl Field, path: &str) -> Option<f64> {
    let max = field.kind().max().unwrap_or(f64::MAX);
    get(r, obj, field, path).and_then(|(v, p)| r.number(v, &p, max))
}

/// A list field: each item read with `item`, failures reported and skipped; `None` only when a
/// required list is missing.
fn list<T>(
    r: &mut Reader,
    obj: &Obj,
    field: impl Field,
    path: &str,
    item: impl FnMut(&mut Reader, &Value, &str) -> Option<T>,
) -> Option<Vec<T>> {
    if field.rules().required {
        r.required(obj, field.key(), path)?;
    }
    Some(r.list(obj, field.key(), path, item))
}

pub(crate) fn ids(r: &mut Reader, obj: &Obj, field: impl Field, path: &str) -> Vec<String> {
    list(r, obj, field, path, Reader::id).unwrap_or_default()
}

pub(crate) fn read_dataset(r: &mut Reader, root: &Value) -> Option<(Dataset, Positions)> {
    let obj = r.object(root, "$")?;
    let schema = get(r, obj, DatasetField::Schema, "$").and_then(|(v, p)| match v.as_u64() {
        Some(SCHEMA) => Some(SCHEMA as u32),
        Some(n) => {
            r.problem(&p, format!("schema {n} is not supported: this app reads schema {SCHEMA}"));
            None
        }
        None => {
            r.problem(&p, format!("expected the number {SCHEMA}"));
            None
        }
    });
    let updated = date(r, obj, DatasetField::Updated, "$");
    let sources = records(r, obj, DatasetField::Sources, read_source);
    let towns = records(r, obj, DatasetField::Towns, read_town);
    let sectors = records(r, obj, DatasetField::Sectors, read_sector);
    let programmes = records(r, obj, DatasetField::Programmes, read_programme);
    let places = records(r, obj, DatasetField::Places, read_place);
    // Without places nothing can be shown; a list of sources, towns or sectors that cannot be
    // read costs what rests on it (reported), not the whole file.
    let (places, place_pos) = places?;
    let ((sources, source_pos), (towns, town_pos)) = (sources.unwrap_or_default(), towns.unwrap_or_default());
    let (sectors, programmes) = (sectors.unwrap_or_default().0, programmes.unwrap_or_default().0);
    let dataset = Dataset { schema: schema?, updated, sources, towns, sectors, programmes, places };
    Some((dataset, Positions { sources: source_pos, towns: town_pos, places: place_pos }))
}

/// Reads every item of a top-level list, keeping each item's position in the file.
fn records<T>(
    r: &mut Reader,
    obj: &Obj,
    field: DatasetField,
    item: fn(&mut Reader, &Value, &str) -> Option<T>,
) -> Option<(Vec<T>, Vec<usize>)> {
    let Some((v, path)) = get(r, obj, field, "$") else {
        return (!field.rules().required).then(|| (Vec::new(), Vec::new()));
    };
    let items = r.array(v, &path)?;
    Some(items.iter().enumerate().filter_map(|(i, v)| Some((item(r, v, &index_path(&path, i))?, i))).unzip())
}

fn read_source(r: &mut Reader, v: &Value, path: &str) -> Option<Source> {
    use SourceField as F;
    let obj = r.object(v, path)?;
    let id = id(r, obj, F::Id, path);
    let title = string(r, obj, F::Title, path);
    let url = string(r, obj, F::Url, path);
    let reliability = vocab(r, obj, F::Reliability, path, Reliability::parse, &Reliability::expected());
    let contact = string(r, obj, F::Contact, path);
    Some(Source {
        id: id?,
        title: title?,
        publisher: string(r, obj, F::Publisher, path),
        date: date(r, obj, F::Date, path),
        url,
        reliability: reliability?,
        language: string(r, obj, F::Language, path),
        contact,
        note: string(r, obj, F::Note, path),
    })
}

fn read_point(r: &mut Reader, v: &Value, path: &str) -> Option<Point> {
    let obj = r.object(v, path)?;
    let mut coordinate = |field: PointField| {
        let (v, p) = get(r, obj, field, path)?;
        let n = r.coordinate(v, &p)?;
        let max = match field.kind() {
            FieldKind::Coordinate { max } => max,
            _ => f64::MAX,
        };
        if !(-max..=max).contains(&n) {
            r.problem(&p, format!("{n} is outside {}..={max}", -max));
            return None;
        }
        Some(n)
    };
    let lon = coordinate(PointField::Lon);
    let lat = coordinate(PointField::Lat);
    let crs = vocab(r, obj, PointField::Crs, path, Crs::parse, &Crs::expected());
    Some(Point { lon: lon?, lat: lat?, crs: crs? })
}

fn read_town(r: &mut Reader, v: &Value, path: &str) -> Option<Town> {
    use TownField as F;
    let obj = r.object(v, path)?;
    let id = id(r, obj, F::Id, path);
    let code = string(r, obj, F::Code, path);
    if let Some(code) = &code
        && !(code.len() == 9 && code.starts_with("310114") && code.bytes().all(|b| b.is_ascii_digit()))
    {
        r.problem(
            &key_path(path, F::Code.key()),
            format!("{code:?} is not a 9-digit Jiading division code (310114xxx)"),
        );
    }
    let name = text(r, obj, F::Name, path);
    Some(Town {
        id: id?,
        code: code?,
        level: string(r, obj, F::Level, path),
        name: name?,
        label_point: get(r, obj, F::LabelPoint, path).and_then(|(v, p)| read_point(r, v, &p)),
    })
}

fn read_sector(r: &mut Reader, v: &Value, path: &str) -> Option<Sector> {
    let obj = r.object(v, path)?;
    let id = id(r, obj, NamedField::Id, path);
    let name = text(r, obj, NamedField::Name, path);
    Some(Sector { id: id?, name: name? })
}

fn read_programme(r: &mut Reader, v: &Value, path: &str) -> Option<Programme> {
    let obj = r.object(v, path)?;
    let id = id(r, obj, NamedField::Id, path);
    let name = text(r, obj, NamedField::Name, path);
    let description = text(r, obj, NamedField::Description, path);
    let members =
        get(r, obj, NamedField::Members, path).and_then(|(v, p)| r.count(v, &p, count_max(NamedField::Members)));
    let sources = ids(r, obj, NamedField::Sources, path);
    Some(Programme { id: id?, name: name?, description, members, sources })
}

fn read_location(r: &mut Reader, v: &Value, path: &str) -> Option<(Location, Option<Located>)> {
    let point = read_point(r, v, path);
    let obj = v.as_object()?;
    let precision = vocab(r, obj, PointField::Precision, path, Precision::parse, &Precision::expected());
    let located = read_located(r, obj, path);
    Some((Location { point: point?, precision: precision? }, located))
}

fn read_place(r: &mut Reader, v: &Value, path: &str) -> Option<Place> {
    use PlaceField as F;
    let obj = r.object(v, path)?;
    let id = id(r, obj, F::Id, path);
    let kind = vocab(r, obj, F::Kind, path, Kind::parse, &Kind::expected());
    let name = text(r, obj, F::Name, path);
    let status = vocab(r, obj, F::Status, path, Status::parse, &Status::expected());
    let status_as_of = date(r, obj, F::StatusAsOf, path);
    let sources = list(r, obj, F::Sources, path, Reader::id);
    if sources.as_ref().is_some_and(Vec::is_empty) {
        r.problem(&key_path(path, F::Sources.key()), "a place needs at least one source");
    }
    let mut figures = BTreeMap::new();
    for field in PlaceField::numbers() {
        if let Some(n) = number(r, obj, field, path) {
            figures.insert(field, n);
        }
    }
    let (location, located) = get(r, obj, F::Location, path).and_then(|(v, p)| read_location(r, v, &p)).unzip();
    let place = Place {
        id: id?,
        kind: kind?,
        name: name?,
        aliases: list(r, obj, F::Aliases, path, Reader::text).unwrap_or_default(),
        town: get(r, obj, F::Town, path).and_then(|(v, p)| r.id(v, &p)),
        status: status?,
        status_as_of,
        sources: sources?,
        location,
        located: located.flatten(),
        address: text(r, obj, F::Address, path),
        sectors: ids(r, obj, F::Sectors, path),
        summary: text(r, obj, F::Summary, path),
        opening: date(r, obj, F::Opening, path),
        opening_planned: date(r, obj, F::OpeningPlanned, path),
        figures: Figures(figures),
        buildings: list(r, obj, F::Buildings, path, read_building).unwrap_or_default(),
        facilities: list(r, obj, F::Facilities, path, |r, v, p| r.vocab(v, p, Facility::parse, &Facility::expected()))
            .unwrap_or_default(),
        tenants: list(r, obj, F::Tenants, path, Reader::text).unwrap_or_default(),
        nearby: ids(r, obj, F::Nearby, path),
        recognition: read_recognition(r, obj, path),
        contact: get(r, obj, F::Contact, path).and_then(|(v, p)| read_contact(r, v, &p)).unwrap_or_default(),
        land_use: string(r, obj, F::LandUse, path),
        spaces: list(r, obj, F::Spaces, path, read_space).unwrap_or_default(),
        timeline: list(r, obj, F::Timeline, path, read_event).unwrap_or_default(),
        facts: list(r, obj, F::Facts, path, read_fact).unwrap_or_default(),
        notes: list(r, obj, F::Notes, path, Reader::text).unwrap_or_default(),
        qualifiers: read_field_map(r, obj, F::Qualifiers, path, read_qualifier),
        cite: read_field_map(r, obj, F::Cite, path, read_citation),
        cite_text: read_text_citations(r, obj, path),
        updated: date(r, obj, F::Updated, path),
    };
    Some(place)
}

/// A map keyed by place fields (`qualifiers`, `cite`). Keys the map may not speak of are left
/// out here and reported with the references (`refs`), in key order among its other checks.
fn read_field_map<T>(
    r: &mut Reader,
    obj: &Obj,
    map_field: PlaceField,
    path: &str,
    value: fn(&mut Reader, &Value, &str) -> Option<T>,
) -> BTreeMap<PlaceField, T> {
    let Some((map, map_path)) = get(r, obj, map_field, path) else { return BTreeMap::new() };
    let Some(map) = r.object(map, &map_path) else { return BTreeMap::new() };
    let mut out = BTreeMap::new();
    for (key, v) in map {
        if let Some(field) = PlaceField::parse(key).filter(|f| admits(map_field, *f))
            && let Some(t) = value(r, v, &key_path(&map_path, key))
        {
            out.insert(field, t);
        }
    }
    out
}

/// Which fields a field map may speak of: qualifiers qualify numbers, citations citable fields.
pub(crate) fn admits(map_field: PlaceField, field: PlaceField) -> bool {
    if map_field == PlaceField::Qualifiers { field.kind().unit().is_some() } else { field.rules().citable }
}

pub(crate) fn read_qualifier(r: &mut Reader, v: &Value, path: &str) -> Option<Qualifier> {
    r.vocab(v, path, Qualifier::parse, &Qualifier::expected())
}

fn read_citation(r: &mut Reader, v: &Value, path: &str) -> Option<Vec<String>> {
    r.array(v, path).map(|ids| ids.iter().enumerate().filter_map(|(i, id)| r.id(id, &index_path(path, i))).collect())
}

/// The `cite` entries for one language of a bilingual field (`"name.zh"`); the rest of `cite`
/// is read by `read_field_map`, and keys that are neither are reported with the references.
fn read_text_citations(r: &mut Reader, obj: &Obj, path: &str) -> BTreeMap<(PlaceField, Lang), Vec<String>> {
    let Some((map, map_path)) = get(r, obj, PlaceField::Cite, path) else { return BTreeMap::new() };
    let Some(map) = map.as_object() else { return BTreeMap::new() };
    let mut out = BTreeMap::new();
    for (key, v) in map {
        if let Some((field, Some(lang))) = parse_cite_key(key)
            && let Some(ids) = read_citation(r, v, &key_path(&map_path, key))
        {
            out.insert((field, lang), ids);
        }
    }
    out
}

fn read_recognition(r: &mut Reader, obj: &Obj, path: &str) -> Vec<(String, Option<Text>)> {
    let Some((map, map_path)) = get(r, obj, PlaceField::Recognition, path) else { return Vec::new() };
    let Some(map) = r.object(map, &map_path) else { return Vec::new() };
    map.iter()
        .map(|(programme, note)| {
            let note = if note.is_null() { None } else { r.text(note, &key_path(&map_path, programme)) };
            (programme.clone(), note)
        })
        .collect()
}
