//! What a form field writes into the draft for what was typed, and what it shows for what the
//! draft holds. A value that does not read as its kind is kept as typed (a string), so nothing
//! typed is lost and the validator names the problem; an empty field is left out (unknown).

use serde_json::{Number, Value};

use crate::core::data::fields::FieldKind;
use crate::core::edit::published;

/// The JSON value for `typed` in a field of `kind` (`Null`: leave the field out).
pub fn value_for(kind: FieldKind, typed: &str) -> Value {
    let t = typed.trim();
    if t.is_empty() {
        return Value::Null;
    }
    match kind {
        // As printed (`5.8亿元`); a qualifier word (`约`) is for the form, which keeps it beside
        // the number: elsewhere (a spreadsheet cell) it is named as a problem, never dropped.
        FieldKind::Number { unit, .. } => match published::read(unit, t) {
            Some(p) if p.qualifier.is_none() => Value::Number(p.number),
            _ => Value::String(t.to_owned()),
        },
        FieldKind::Coordinate { .. } => number(t).map_or_else(|| Value::String(t.to_owned()), Value::Number),
        FieldKind::Count { .. } => match number(t) {
            Some(n) if n.is_u64() => Value::Number(n),
            _ => Value::String(t.to_owned()),
        },
        FieldKind::Flag => Value::Bool(matches!(t, "true" | "yes" | "1")),
        // Ids, vocabulary values, dates and text: the text itself (the validator checks it).
        _ => Value::String(if matches!(kind, FieldKind::Text | FieldKind::Texts | FieldKind::Plain) {
            typed.trim().to_owned()
        } else {
            t.to_owned()
        }),
    }
}

/// A number as people type it: full-width digits, thousands separators (`82,810`, `82，810`),
/// a decimal comma is not accepted (it would be read as a separator). Integers stay integers.
pub fn number(typed: &str) -> Option<Number> {
    let plain: String = published::half_width(typed).chars().filter(|c| !matches!(c, ',' | '_' | ' ')).collect();
    if plain.is_empty() || plain.starts_with('+') {
        return None;
    }
    if let Ok(n) = plain.parse::<u64>() {
        return Some(Number::from(n));
    }
    let f: f64 = plain.parse().ok()?;
    // "1e3" and "inf" are not how a person writes an area.
    if !f.is_finite() || plain.contains(['e', 'E']) {
        return None;
    }
    Number::from_f64(f)
}

/// What a field shows for the draft's value: text as it is, numbers as JSON writes them,
/// nothing for a missing value.
pub fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Unit;
    use serde_json::json;

    const AREA: FieldKind = FieldKind::Number { unit: Unit::SquareMetres, max: 1e7 };

    #[test]
    fn numbers_as_typed_become_numbers_and_the_rest_is_kept() {
        assert_eq!(value_for(AREA, " 4000 "), json!(4000));
        assert_eq!(value_for(AREA, "82,810"), json!(82810));
        assert_eq!(value_for(AREA, "８２８１０"), json!(82810), "full-width digits");
        assert_eq!(value_for(AREA, "9.5"), json!(9.5));
        assert_eq!(value_for(AREA, "about 400"), json!("about 400"), "kept for the validator to name");
        assert_eq!(value_for(AREA, "1e9"), json!("1e9"));
        assert_eq!(value_for(AREA, "27.92万平方米"), json!(279_200), "as a Chinese source prints it");
        assert_eq!(value_for(AREA, "约27.92万平方米"), json!("约27.92万平方米"), "a qualifier is not dropped");
        assert_eq!(value_for(AREA, ""), Value::Null, "empty is unknown");
        assert_eq!(value_for(FieldKind::Count { max: 9 }, "2.5"), json!("2.5"));
        assert_eq!(value_for(FieldKind::Date, " 2025-H2 "), json!("2025-H2"));
        assert_eq!(shown(Some(&json!(9.5))), "9.5");
        assert_eq!(shown(Some(&json!("x"))), "x");
        assert_eq!(shown(None), "");
    }
}
