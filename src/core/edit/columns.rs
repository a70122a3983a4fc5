//! The columns of the places and spaces spreadsheets (CSV files, pasted rows), derived from the
//! field registry: every field that fits in a cell — a text as one column per language, a
//! number with a column for its qualifier, a location and a contact as one column per part, a
//! list of ids joined by `; `. What does not fit (timelines, statements, notes…) stays in the
//! JSON and is never touched by a spreadsheet.

use serde_json::{Map, Value};

use crate::core::data::fields::{Field, FieldKind, PlaceField, SpaceField};
use crate::core::data::is_valid_id;
use crate::core::data::record_fields::{ContactField, PointField};
use crate::core::edit::input::value_for;
use crate::core::text::{Lang, PartialDate, Qualifier};

/// Which part of the record a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The value itself (under `inner`, for a part of a location or contact).
    Value,
    /// One language of a text.
    Lang(Lang),
    /// The qualifier of a number ("about").
    Qualifier,
    /// A list of ids or vocabulary values, joined by "; ".
    List,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The header: `name.zh`, `area_m2`, `area_m2.qualifier`, `location.lon`.
    pub header: String,
    /// The field's key in the record.
    pub key: &'static str,
    /// The key inside the field, for a location's or contact's part.
    pub inner: Option<&'static str>,
    pub kind: FieldKind,
    pub part: Part,
}

/// What is wrong with a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum CellError {
    NotANumber,
    Negative,
    TooLarge(f64),
    NotAWholeNumber,
    NotADate,
    /// Not one of these values.
    NotOneOf(&'static [&'static str]),
    /// Not lowercase letters, digits and '-'.
    BadId,
    /// Empty where a value is needed (a row's id).
    Missing,
    /// The header names no column of this file.
    UnknownColumn,
    /// A space whose place is not in the data.
    UnknownPlace(String),
    /// A row pasted into one place's units that names another place.
    OtherPlace(String),
    /// The same record a second time in the file.
    Repeated(String),
}

fn columns_of<F: Field>(fields: &[F], out: &mut Vec<Column>) {
    for &f in fields {
        let key = f.key();
        let col = |header: String, inner, kind, part| Column { header, key, inner, kind, part };
        match f.kind() {
            FieldKind::Text => {
                out.push(col(format!("{key}.zh"), None, FieldKind::Text, Part::Lang(Lang::Zh)));
                out.push(col(format!("{key}.en"), None, FieldKind::Text, Part::Lang(Lang::En)));
            }
            kind @ FieldKind::Number { .. } => {
                out.push(col(key.to_owned(), None, kind, Part::Value));
                out.push(col(format!("{key}.qualifier"), None, FieldKind::Choice(Qualifier::IDS), Part::Qualifier));
            }
            kind @ (FieldKind::Refs(_) | FieldKind::Choices(_)) => {
                out.push(col(key.to_owned(), None, kind, Part::List))
            }
            FieldKind::Location => {
                for p in PointField::ALL {
                    out.push(col(format!("{key}.{}", p.key()), Some(p.key()), p.kind(), Part::Value));
                }
            }
            FieldKind::Contact => {
                for c in ContactField::ALL {
                    out.push(col(format!("{key}.{}", c.key()), Some(c.key()), c.kind(), Part::Value));
                }
            }
            kind @ (FieldKind::Id
            | FieldKind::Choice(_)
            | FieldKind::Plain
            | FieldKind::Count { .. }
            | FieldKind::Date
            | FieldKind::PlannedDate
            | FieldKind::Ref(_)) => out.push(col(key.to_owned(), None, kind, Part::Value)),
            // Lists of records and maps stay in the JSON.
            FieldKind::Texts
            | FieldKind::Coordinate { .. }
            | FieldKind::Flag
            | FieldKind::Buildings
            | FieldKind::Recognition
            | FieldKind::Spaces
            | FieldKind::Timeline
            | FieldKind::Facts
            | FieldKind::Qualifiers
            | FieldKind::Citations => {}
        }
    }
}

/// The places file's columns, `id` first.
pub fn place_columns() -> Vec<Column> {
    let mut out = Vec::new();
    columns_of(PlaceField::ALL, &mut out);
    out
}

/// The spaces file's columns after its first, `place` (the place's id): `id` first.
pub fn space_columns() -> Vec<Column> {
    let mut out = Vec::new();
    columns_of(SpaceField::ALL, &mut out);
    out
}

/// The header of the spaces file's first column.
pub const PLACE_COLUMN: &str = "place";

/// A cell's text for a record.
pub fn cell(record: &Value, col: &Column) -> String {
    let field = record.get(col.key);
    let v = match (col.part, col.inner) {
        (Part::Qualifier, _) => record.get("qualifiers").and_then(|q| q.get(col.key)),
        (Part::Lang(lang), _) => field.and_then(|t| t.get(lang.code())),
        (_, Some(inner)) => field.and_then(|f| f.get(inner)),
        (_, None) => field,
    };
    match (col.part, v) {
        (Part::List, Some(Value::Array(items))) => {
            items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned)).collect::<Vec<_>>().join("; ")
        }
        (_, None | Some(Value::Null)) => String::new(),
        (_, Some(Value::String(s))) => s.clone(),
        (_, Some(other)) => other.to_string(),
    }
}

/// Checks a value read from a cell against its kind.
fn check(kind: FieldKind, v: &Value) -> Result<(), CellError> {
    let text = v.as_str();
    match kind {
        FieldKind::Number { max, .. } => match v.as_f64() {
            None => Err(CellError::NotANumber),
            Some(n) if n < 0.0 => Err(CellError::Negative),
            Some(n) if n > max => Err(CellError::TooLarge(max)),
            Some(_) => Ok(()),
        },
        FieldKind::Coordinate { max } => match v.as_f64() {
            None => Err(CellError::NotANumber),
            Some(n) if n.abs() > max => Err(CellError::TooLarge(max)),
            Some(_) => Ok(()),
        },
        FieldKind::Count { max } => match v.as_u64() {
            Some(n) if (1..=max).contains(&n) => Ok(()),
            _ => Err(CellError::NotAWholeNumber),
        },
        FieldKind::Date | FieldKind::PlannedDate => {
            text.and_then(PartialDate::parse).map(|_| ()).ok_or(CellError::NotADate)
        }
        FieldKind::Choice(ids) | FieldKind::Choices(ids) => {
            text.filter(|t| ids.contains(t)).map(|_| ()).ok_or(CellError::NotOneOf(ids))
        }
        FieldKind::Id | FieldKind::Ref(_) | FieldKind::Refs(_) => {
            text.filter(|t| is_valid_id(t)).map(|_| ()).ok_or(CellError::BadId)
        }
        _ => Ok(()),
    }
}

/// The value a cell's text gives (`Null`: empty), or what is wrong with it.
pub fn parse_cell(col: &Column, text: &str) -> Result<Value, CellError> {
    if col.part == Part::List {
        let item_kind = match col.kind {
            FieldKind::Choices(ids) => FieldKind::Choice(ids),
            other => other,
        };
        let items: Vec<Value> = text
            .split([';', '；'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| Value::String(t.to_owned()))
            .collect();
        for item in &items {
            check(item_kind, item)?;
        }
        return Ok(if items.is_empty() { Value::Null } else { Value::Array(items) });
    }
    let v = value_for(col.kind, text);
    if !v.is_null() {
        check(col.kind, &v)?;
    }
    Ok(v)
}

fn object(v: &mut Value) -> &mut Map<String, Value> {
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    match v {
        Value::Object(map) => map,
        _ => unreachable!("made an object above"),
    }
}

/// Sets `key` in `map` to `v`; `Null` removes it. Returns whether anything changed.
fn put(map: &mut Map<String, Value>, key: &str, v: Value) -> bool {
    // Absent, null and an empty list all say "none": the same, and left as they are.
    let none = |v: &Value| v.is_null() || v.as_array().is_some_and(Vec::is_empty);
    let before = map.get(key).cloned().unwrap_or(Value::Null);
    if before == v || (none(&before) && none(&v)) {
        return false;
    }
    if v.is_null() {
        map.remove(key)
    } else {
        map.insert(key.to_owned(), v)
    };
    true
}

/// Writes a cell's value into a record: empty parts are removed, and a text, location,
/// contact or qualifier map left empty goes too. Returns whether the record changed.
pub fn set_cell(record: &mut Value, col: &Column, v: Value) -> bool {
    let rec = object(record);
    match (col.part, col.inner) {
        (Part::Qualifier, _) => {
            let mut q = rec.get("qualifiers").cloned().unwrap_or(Value::Null);
            let changed = put(object(&mut q), col.key, v);
            let empty = q.as_object().is_some_and(Map::is_empty);
            put(rec, "qualifiers", if empty { Value::Null } else { q });
            changed
        }
        (Part::Lang(lang), _) => {
            let mut t = rec.get(col.key).cloned().unwrap_or(Value::Null);
            let obj = object(&mut t);
            let before = obj.get(lang.code()).cloned().unwrap_or(Value::Null);
            obj.insert(lang.code().to_owned(), v.clone());
            let empty = obj.values().all(Value::is_null);
            put(rec, col.key, if empty { Value::Null } else { t });
            before != v
        }
        (_, Some(inner)) => {
            let mut part = rec.get(col.key).cloned().unwrap_or(Value::Null);
            let changed = put(object(&mut part), inner, v);
            let empty = part.as_object().is_some_and(Map::is_empty);
            put(rec, col.key, if empty { Value::Null } else { part });
            changed
        }
        (_, None) => put(rec, col.key, v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn col(header: &str) -> Column {
        place_columns().into_iter().chain(space_columns()).find(|c| c.header == header).expect(header)
    }

    #[test]
    fn columns_come_from_the_registry() {
        let headers: Vec<String> = place_columns().into_iter().map(|c| c.header).collect();
        assert_eq!(headers[..4], ["id", "kind", "name.zh", "name.en"]);
        for h in ["location.lon", "location.located_how", "investment_cny.qualifier", "sectors", "contact.url"] {
            assert!(headers.iter().any(|x| x == h), "{h}");
        }
        assert!(!headers.iter().any(|h| h.starts_with("timeline") || h.starts_with("cite")));
        let spaces: Vec<String> = space_columns().into_iter().map(|c| c.header).collect();
        assert_eq!(spaces[..3], ["id", "building", "floor"]);
        assert!(spaces.iter().any(|h| h == "goods_lift_t") && spaces.iter().any(|h| h == "note.en"));
    }

    #[test]
    fn cells_read_check_and_write_back() {
        let mut p = json!({"id": "a", "name": {"zh": null, "en": "A"}, "sectors": ["icv", "nev"],
                           "investment_cny": 4e8, "qualifiers": {"investment_cny": "about"}});
        assert_eq!(cell(&p, &col("name.zh")), "");
        assert_eq!(cell(&p, &col("sectors")), "icv; nev");
        assert_eq!(cell(&p, &col("investment_cny.qualifier")), "about");
        assert_eq!(parse_cell(&col("area_m2"), "4,000"), Ok(json!(4000)));
        assert_eq!(parse_cell(&col("area_m2"), "-3"), Err(CellError::Negative));
        assert_eq!(parse_cell(&col("area_m2"), "big"), Err(CellError::NotANumber));
        assert_eq!(parse_cell(&col("opening"), "2025-13"), Err(CellError::NotADate));
        assert!(matches!(parse_cell(&col("kind"), "castle"), Err(CellError::NotOneOf(_))));
        assert_eq!(parse_cell(&col("sectors"), "icv；Bad Id"), Err(CellError::BadId));
        // Writing the same value changes nothing; emptying a part removes what is left empty.
        assert!(!set_cell(&mut p, &col("name.en"), json!("A")));
        assert!(set_cell(&mut p, &col("name.en"), Value::Null));
        assert!(p.get("name").is_none(), "a text with neither language goes");
        assert!(set_cell(&mut p, &col("investment_cny.qualifier"), Value::Null));
        assert!(p.get("qualifiers").is_none());
        assert!(set_cell(&mut p, &col("location.lon"), json!(121.2)));
        assert_eq!(p["location"], json!({"lon": 121.2}));
        assert!(set_cell(&mut p, &col("location.lon"), Value::Null));
        assert!(p.get("location").is_none());
    }
}
