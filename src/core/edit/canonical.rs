//! places.json as the workbench writes it: keys in the registry's order (a free map's keys in
//! alphabetical order, a text's `zh` before `en`), unknown keys after the known ones, optional
//! fields that are null left out (a text keeps both languages), one space of indent, one item
//! per line, a final newline. Two exports of the same data are the same bytes, and a diff of two
//! versions in version control shows only what changed.

use serde_json::{Map, Value};

use crate::core::data::fields::{Field, PlaceField, SpaceField};
use crate::core::data::record_fields::{
    BuildingField, ContactField, DatasetField, EventField, FactField, NamedField, PointField, SourceField, TownField,
};

/// What an object in the file is, which decides its key order and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Root,
    Source,
    Town,
    Named,
    Place,
    Space,
    Point,
    Contact,
    Building,
    Event,
    Fact,
    Text,
    /// Keys of the data's own choosing (qualifiers, citations): alphabetical.
    Map,
    /// Programme ids, each with a text (recognition).
    TextMap,
    /// Not part of the format: as it is.
    Other,
}

fn keys<F: Field>(all: &[F]) -> Vec<&'static str> {
    all.iter().map(|f| f.key()).collect()
}

impl Shape {
    fn order(self) -> Vec<&'static str> {
        match self {
            Shape::Root => keys(DatasetField::ALL),
            Shape::Source => keys(SourceField::ALL),
            Shape::Town => keys(TownField::ALL),
            Shape::Named => keys(NamedField::ALL),
            Shape::Place => keys(PlaceField::ALL),
            Shape::Space => keys(SpaceField::ALL),
            Shape::Point => keys(PointField::ALL),
            Shape::Contact => keys(ContactField::ALL),
            Shape::Building => keys(BuildingField::ALL),
            Shape::Event => keys(EventField::ALL),
            Shape::Fact => keys(FactField::ALL),
            Shape::Text => vec!["zh", "en"],
            Shape::Map | Shape::TextMap | Shape::Other => Vec::new(),
        }
    }

    /// The shape of the value under `key` (of each item, for a list).
    fn child(self, key: &str) -> Shape {
        use Shape as S;
        let text = |bilingual: bool| if bilingual { S::Text } else { S::Other };
        match self {
            S::Root => match DatasetField::parse(key) {
                Some(DatasetField::Sources) => S::Source,
                Some(DatasetField::Towns) => S::Town,
                Some(DatasetField::Sectors | DatasetField::Programmes) => S::Named,
                Some(DatasetField::Places) => S::Place,
                _ => S::Other,
            },
            S::Town => match TownField::parse(key) {
                Some(TownField::LabelPoint) => S::Point,
                Some(f) => text(f.kind().bilingual()),
                None => S::Other,
            },
            S::Named => NamedField::parse(key).map_or(S::Other, |f| text(f.kind().bilingual())),
            S::Place => match PlaceField::parse(key) {
                Some(PlaceField::Location) => S::Point,
                Some(PlaceField::Contact) => S::Contact,
                Some(PlaceField::Buildings) => S::Building,
                Some(PlaceField::Spaces) => S::Space,
                Some(PlaceField::Timeline) => S::Event,
                Some(PlaceField::Facts) => S::Fact,
                Some(PlaceField::Qualifiers | PlaceField::Cite) => S::Map,
                Some(PlaceField::Recognition) => S::TextMap,
                Some(f) => text(f.kind().bilingual()),
                None => S::Other,
            },
            S::Space => match SpaceField::parse(key) {
                Some(SpaceField::Contact) => S::Contact,
                Some(SpaceField::Qualifiers) => S::Map,
                Some(f) => text(f.kind().bilingual()),
                None => S::Other,
            },
            S::Event => EventField::parse(key).map_or(S::Other, |f| text(f.kind().bilingual())),
            S::Fact => FactField::parse(key).map_or(S::Other, |f| text(f.kind().bilingual())),
            S::TextMap => S::Text,
            S::Source | S::Point | S::Contact | S::Building | S::Text | S::Map | S::Other => S::Other,
        }
    }

    /// Whether a null value is written (a text's missing language) or left out (an unknown
    /// field of a record).
    fn keeps_nulls(self) -> bool {
        matches!(self, Shape::Text | Shape::Map | Shape::TextMap | Shape::Other)
    }
}

/// The file as text, in the canonical form.
pub fn canonical(doc: &Value) -> String {
    let mut out = String::with_capacity(300_000);
    write(&mut out, doc, Shape::Root, 0);
    out.push('\n');
    out
}

fn indent(out: &mut String, depth: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n(' ', depth));
}

fn write(out: &mut String, v: &Value, shape: Shape, depth: usize) {
    match v {
        Value::Object(map) => write_object(out, map, shape, depth),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write(out, item, shape, depth + 1);
            }
            indent(out, depth);
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

fn write_object(out: &mut String, map: &Map<String, Value>, shape: Shape, depth: usize) {
    let order = shape.order();
    let mut entries: Vec<(&str, &Value)> =
        map.iter().filter(|(_, v)| shape.keeps_nulls() || !v.is_null()).map(|(k, v)| (k.as_str(), v)).collect();
    if shape == Shape::Text {
        for lang in ["zh", "en"] {
            if !map.contains_key(lang) {
                entries.push((lang, &Value::Null));
            }
        }
    }
    // Known keys in the registry's order, then the rest alphabetically (the map's own order).
    entries.sort_by_key(|(k, _)| order.iter().position(|o| o == k).unwrap_or(order.len()));
    if entries.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (k, v)) in entries.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        indent(out, depth + 1);
        out.push_str(&Value::String(k.to_owned()).to_string());
        out.push_str(": ");
        write(out, v, shape.child(k), depth + 1);
    }
    indent(out, depth);
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_follow_the_registry_and_nulls_of_records_are_left_out() {
        let doc = json!({"places": [{"name": {"en": "A"}, "id": "a", "zzz": 1, "address": null,
                                     "qualifiers": {"site_area_m2": "about", "investment_cny": "over"},
                                     "recognition": {"b": null, "a": {"en": "x"}}}],
                          "schema": 1});
        let text = canonical(&doc);
        let expected = "{\n \"schema\": 1,\n \"places\": [\n  {\n   \"id\": \"a\",\n   \"name\": {\n    \"zh\": null,\n    \"en\": \"A\"\n   },\n   \"recognition\": {\n    \"a\": {\n     \"zh\": null,\n     \"en\": \"x\"\n    },\n    \"b\": null\n   },\n   \"qualifiers\": {\n    \"investment_cny\": \"over\",\n    \"site_area_m2\": \"about\"\n   },\n   \"zzz\": 1\n  }\n ]\n}\n";
        assert_eq!(text, expected);
        let again: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(canonical(&again), text, "the canonical form is a fixed point");
    }

    #[test]
    fn text_numbers_and_empty_containers_are_written_as_json() {
        let doc = json!({"places": [], "sources": [{"id": "s", "title": "引号\"与\n换行", "note": null}],
                         "towns": [{"label_point": {"lon": 121.250333, "lat": 31.4, "crs": "gcj02"}, "id": "t"}]});
        let text = canonical(&doc);
        assert!(text.contains("\"title\": \"引号\\\"与\\n换行\""), "{text}");
        assert!(text.contains("\"lon\": 121.250333,"), "{text}");
        assert!(text.contains("\"places\": []") && !text.contains("note"), "{text}");
        assert!(text.find("\"id\": \"t\"").unwrap() < text.find("label_point").unwrap());
    }
}
