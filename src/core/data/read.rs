//! Reading each record of places.json into the model, every field named through the registry
//! and every problem reported with its JSON path. Whole-file checks are in `refs`.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::core::data::fields::{FieldKind, PlaceField, SpaceField};
use crate::core::data::model::*;
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::data::record_fields::{
    BuildingField, ContactField, DatasetField, EventField, FactField, NamedField, PointField, SourceField, TownField,
};
use crate::core::data::vocab::*;
use crate::core::geo::{Crs, Point};
use crate::core::text::{Qualifier, Text};

/// The data-format version this app reads.
pub const SCHEMA: u64 = 1;

/// Where each read item stood in the file's lists: items that fail to read are left out, and
/// later checks must still name the right index.
pub(crate) struct Positions {
    pub sources: Vec<usize>,
    pub towns: Vec<usize>,
    pub places: Vec<usize>,
}

type Obj = Map<String, Value>;

pub(crate) fn read_dataset(r: &mut Reader, root: &Value) -> Option<(Dataset, Positions)> {
    let obj = r.object(root, "$")?;
    let schema_key = DatasetField::Schema.key();
    let schema = r.required(obj, schema_key, "$").and_then(|v| match v.as_u64() {
        Some(SCHEMA) => Some(SCHEMA as u32),
        Some(n) => {
            r.problem(
                &key_path("$", schema_key),
                format!("schema {n} is not supported: this app reads schema {SCHEMA}"),
            );
            None
        }
        None => {
            r.problem(&key_path("$", schema_key), format!("expected the number {SCHEMA}"));
            None
        }
    });
    let updated_key = DatasetField::Updated.key();
    let updated = r.required(obj, updated_key, "$").and_then(|v| r.date(v, &key_path("$", updated_key)));
    let sources = required_list(r, obj, DatasetField::Sources, read_source);
    let towns = required_list(r, obj, DatasetField::Towns, read_town);
    let sectors = required_list(r, obj, DatasetField::Sectors, read_sector);
    let programmes = r.list(obj, DatasetField::Programmes.key(), "$", read_programme);
    let places = required_list(r, obj, DatasetField::Places, read_place);
    let ((sources, source_pos), (towns, town_pos), (places, place_pos)) = (sources?, towns?, places?);
    let dataset =
        Dataset { schema: schema?, updated: updated?, sources, towns, sectors: sectors?.0, programmes, places };
    Some((dataset, Positions { sources: source_pos, towns: town_pos, places: place_pos }))
}

/// Reads every item of a required top-level list, keeping each item's position in the file.
fn required_list<T>(
    r: &mut Reader,
    obj: &Obj,
    field: DatasetField,
    item: fn(&mut Reader, &Value, &str) -> Option<T>,
) -> Option<(Vec<T>, Vec<usize>)> {
    let path = key_path("$", field.key());
    let items = r.required(obj, field.key(), "$").and_then(|v| r.array(v, &path))?;
    Some(items.iter().enumerate().filter_map(|(i, v)| Some((item(r, v, &index_path(&path, i))?, i))).unzip())
}

fn required<'a>(r: &mut Reader, obj: &'a Obj, key: &str, path: &str) -> Option<(&'a Value, String)> {
    r.required(obj, key, path).map(|v| (v, key_path(path, key)))
}

fn req_id(r: &mut Reader, obj: &Obj, key: &str, path: &str) -> Option<String> {
    required(r, obj, key, path).and_then(|(v, p)| r.id(v, &p))
}

fn req_text(r: &mut Reader, obj: &Obj, key: &str, path: &str) -> Option<Text> {
    required(r, obj, key, path).and_then(|(v, p)| r.text(v, &p))
}

fn req_string(r: &mut Reader, obj: &Obj, key: &str, path: &str) -> Option<String> {
    required(r, obj, key, path).and_then(|(v, p)| r.string(v, &p))
}

fn req_vocab<T>(
    r: &mut Reader,
    obj: &Obj,
    key: &str,
    path: &str,
    parse: fn(&str) -> Option<T>,
    expected: &str,
) -> Option<T> {
    required(r, obj, key, path).and_then(|(v, p)| r.vocab(v, &p, parse, expected))
}

fn opt_string(r: &mut Reader, obj: &Obj, key: &str, path: &str) -> Option<String> {
    r.field(obj, key, path, Reader::string)
}

fn id_list(r: &mut Reader, obj: &Obj, key: &str, path: &str) -> Vec<String> {
    r.list(obj, key, path, Reader::id)
}

/// An optional number within its field's plausible range.
fn number(r: &mut Reader, obj: &Obj, key: &str, kind: FieldKind, path: &str) -> Option<f64> {
    let max = kind.max().unwrap_or(f64::MAX);
    r.field(obj, key, path, |r, v, p| r.number(v, p, max))
}

fn read_source(r: &mut Reader, v: &Value, path: &str) -> Option<Source> {
    use SourceField as F;
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, F::Id.key(), path);
    let title = req_string(r, obj, F::Title.key(), path);
    let url = req_string(r, obj, F::Url.key(), path);
    let reliability = req_vocab(r, obj, F::Reliability.key(), path, Reliability::parse, &Reliability::expected());
    Some(Source {
        id: id?,
        title: title?,
        publisher: opt_string(r, obj, F::Publisher.key(), path),
        date: r.field(obj, F::Date.key(), path, Reader::date),
        url: url?,
        reliability: reliability?,
        language: opt_string(r, obj, F::Language.key(), path),
        note: opt_string(r, obj, F::Note.key(), path),
    })
}

fn read_point(r: &mut Reader, v: &Value, path: &str) -> Option<Point> {
    let obj = r.object(v, path)?;
    let mut coordinate = |field: PointField, range: std::ops::RangeInclusive<f64>| {
        let (v, p) = required(r, obj, field.key(), path)?;
        let n = r.coordinate(v, &p)?;
        if !range.contains(&n) {
            r.problem(&p, format!("{n} is outside {}..={}", range.start(), range.end()));
            return None;
        }
        Some(n)
    };
    let lon = coordinate(PointField::Lon, -180.0..=180.0);
    let lat = coordinate(PointField::Lat, -90.0..=90.0);
    let crs = req_vocab(r, obj, PointField::Crs.key(), path, Crs::parse, &Crs::expected());
    Some(Point { lon: lon?, lat: lat?, crs: crs? })
}

fn read_town(r: &mut Reader, v: &Value, path: &str) -> Option<Town> {
    use TownField as F;
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, F::Id.key(), path);
    let code = req_string(r, obj, F::Code.key(), path);
    if let Some(code) = &code
        && !(code.len() == 9 && code.starts_with("310114") && code.bytes().all(|b| b.is_ascii_digit()))
    {
        r.problem(
            &key_path(path, F::Code.key()),
            format!("{code:?} is not a 9-digit Jiading division code (310114xxx)"),
        );
    }
    let name = req_text(r, obj, F::Name.key(), path);
    Some(Town {
        id: id?,
        code: code?,
        level: opt_string(r, obj, F::Level.key(), path),
        name: name?,
        label_point: r.field(obj, F::LabelPoint.key(), path, read_point),
    })
}

fn read_sector(r: &mut Reader, v: &Value, path: &str) -> Option<Sector> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, NamedField::Id.key(), path);
    let name = req_text(r, obj, NamedField::Name.key(), path);
    Some(Sector { id: id?, name: name? })
}

fn read_programme(r: &mut Reader, v: &Value, path: &str) -> Option<Programme> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, NamedField::Id.key(), path);
    let name = req_text(r, obj, NamedField::Name.key(), path);
    let description = r.field(obj, NamedField::Description.key(), path, Reader::text);
    Some(Programme { id: id?, name: name?, description })
}

fn read_location(r: &mut Reader, v: &Value, path: &str) -> Option<Location> {
    let point = read_point(r, v, path);
    let obj = v.as_object()?;
    let precision = req_vocab(r, obj, PointField::Precision.key(), path, Precision::parse, &Precision::expected());
    Some(Location { point: point?, precision: precision? })
}

fn read_place(r: &mut Reader, v: &Value, path: &str) -> Option<Place> {
    use PlaceField as F;
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, F::Id.key(), path);
    let kind = req_vocab(r, obj, F::Kind.key(), path, Kind::parse, &Kind::expected());
    let name = req_text(r, obj, F::Name.key(), path);
    let status = req_vocab(r, obj, F::Status.key(), path, Status::parse, &Status::expected());
    let sources = r.required(obj, F::Sources.key(), path).map(|_| id_list(r, obj, F::Sources.key(), path));
    if sources.as_ref().is_some_and(Vec::is_empty) {
        r.problem(&key_path(path, F::Sources.key()), "a place needs at least one source");
    }
    let mut figures = BTreeMap::new();
    for field in PlaceField::numbers() {
        if let Some(n) = number(r, obj, field.key(), field.kind(), path) {
            figures.insert(field, n);
        }
    }
    let place = Place {
        id: id?,
        kind: kind?,
        name: name?,
        aliases: r.list(obj, F::Aliases.key(), path, Reader::text),
        town: r.field(obj, F::Town.key(), path, Reader::id),
        status: status?,
        sources: sources?,
        location: r.field(obj, F::Location.key(), path, read_location),
        address: r.field(obj, F::Address.key(), path, Reader::text),
        sectors: id_list(r, obj, F::Sectors.key(), path),
        summary: r.field(obj, F::Summary.key(), path, Reader::text),
        opening: r.field(obj, F::Opening.key(), path, Reader::date),
        figures: Figures(figures),
        buildings: r.list(obj, F::Buildings.key(), path, read_building),
        facilities: r
            .list(obj, F::Facilities.key(), path, |r, v, p| r.vocab(v, p, Facility::parse, &Facility::expected())),
        tenants: r.list(obj, F::Tenants.key(), path, Reader::text),
        nearby: id_list(r, obj, F::Nearby.key(), path),
        recognition: read_recognition(r, obj, path),
        contact: r.field(obj, F::Contact.key(), path, read_contact).unwrap_or_default(),
        land_use: opt_string(r, obj, F::LandUse.key(), path),
        spaces: r.list(obj, F::Spaces.key(), path, read_space),
        timeline: r.list(obj, F::Timeline.key(), path, read_event),
        facts: r.list(obj, F::Facts.key(), path, read_fact),
        notes: r.list(obj, F::Notes.key(), path, Reader::text),
        qualifiers: read_field_map(r, obj, F::Qualifiers, path, read_qualifier),
        cite: read_field_map(r, obj, F::Cite, path, read_citation),
        updated: r.field(obj, F::Updated.key(), path, Reader::date),
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
    let map_path = key_path(path, map_field.key());
    let Some(map) = Reader::optional(obj, map_field.key()).and_then(|v| r.object(v, &map_path)) else {
        return BTreeMap::new();
    };
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

fn read_qualifier(r: &mut Reader, v: &Value, path: &str) -> Option<Qualifier> {
    r.vocab(v, path, Qualifier::parse, &Qualifier::expected())
}

fn read_citation(r: &mut Reader, v: &Value, path: &str) -> Option<Vec<String>> {
    r.array(v, path).map(|ids| ids.iter().enumerate().filter_map(|(i, id)| r.id(id, &index_path(path, i))).collect())
}

fn read_recognition(r: &mut Reader, obj: &Obj, path: &str) -> Vec<(String, Option<Text>)> {
    let key = PlaceField::Recognition.key();
    let map_path = key_path(path, key);
    let Some(map) = Reader::optional(obj, key).and_then(|v| r.object(v, &map_path)) else {
        return Vec::new();
    };
    map.iter()
        .map(|(programme, note)| {
            let note = if note.is_null() { None } else { r.text(note, &key_path(&map_path, programme)) };
            (programme.clone(), note)
        })
        .collect()
}

fn read_building(r: &mut Reader, v: &Value, path: &str) -> Option<Building> {
    let obj = r.object(v, path)?;
    let max = match BuildingField::Count.kind() {
        FieldKind::Count { max } => max,
        _ => u64::MAX,
    };
    let count = required(r, obj, BuildingField::Count.key(), path).and_then(|(v, p)| r.count(v, &p, max));
    let kind = req_vocab(r, obj, BuildingField::Type.key(), path, BuildingType::parse, &BuildingType::expected());
    Some(Building { count: count?, kind: kind? })
}

fn read_contact(r: &mut Reader, v: &Value, path: &str) -> Option<Contact> {
    let obj = r.object(v, path)?;
    Some(Contact {
        phone: opt_string(r, obj, ContactField::Phone.key(), path),
        email: opt_string(r, obj, ContactField::Email.key(), path),
        url: opt_string(r, obj, ContactField::Url.key(), path),
    })
}

fn read_space(r: &mut Reader, v: &Value, path: &str) -> Option<Space> {
    use SpaceField as F;
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, F::Id.key(), path);
    let mut n = |field: SpaceField| number(r, obj, field.key(), field.kind(), path);
    let (area_m2, clear_height_m, floor_load_kn_m2) = (n(F::Area), n(F::ClearHeight), n(F::FloorLoad));
    let (power_kva, rent_cny_m2_day) = (n(F::Power), n(F::Rent));
    let availability = r
        .field(obj, F::Availability.key(), path, |r, v, p| {
            r.vocab(v, p, Availability::parse, &Availability::expected())
        })
        .unwrap_or(Availability::Unknown);
    Some(Space {
        id: id?,
        space_use: r.field(obj, F::Use.key(), path, |r, v, p| r.vocab(v, p, SpaceUse::parse, &SpaceUse::expected())),
        floor: opt_string(r, obj, F::Floor.key(), path),
        area_m2,
        clear_height_m,
        floor_load_kn_m2,
        power_kva,
        rent_cny_m2_day,
        deal: r.field(obj, F::Deal.key(), path, |r, v, p| r.vocab(v, p, Deal::parse, &Deal::expected())),
        availability,
        note: r.field(obj, F::Note.key(), path, Reader::text),
    })
}

fn read_event(r: &mut Reader, v: &Value, path: &str) -> Option<Event> {
    let obj = r.object(v, path)?;
    let date = required(r, obj, EventField::Date.key(), path).and_then(|(v, p)| r.date(v, &p));
    let event = req_text(r, obj, EventField::Event.key(), path);
    Some(Event { date: date?, event: event?, sources: id_list(r, obj, EventField::Sources.key(), path) })
}

fn read_fact(r: &mut Reader, v: &Value, path: &str) -> Option<Fact> {
    let obj = r.object(v, path)?;
    let text = req_text(r, obj, FactField::Text.key(), path);
    Some(Fact { text: text?, sources: id_list(r, obj, FactField::Sources.key(), path) })
}
