//! Reading untrusted JSON into typed values while collecting every problem with its path.
//! Readers of data files (places.json, jiading.geojson) are built on this.

use serde_json::{Map, Value};

use crate::core::data::model::is_valid_id;
use crate::core::data::problem::Problem;
use crate::core::text::{Lang, PartialDate, Text};

/// Stops collecting after this many problems: a wholly wrong file would otherwise produce
/// one per field, which helps nobody.
const MAX_PROBLEMS: usize = 1000;

#[derive(Default)]
pub(crate) struct Reader {
    pub problems: Vec<Problem>,
    pub truncated: bool,
}

/// A JSON path under construction, e.g. `$.places[3].name`.
pub(crate) fn key_path(parent: &str, key: &str) -> String {
    if !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        format!("{parent}.{key}")
    } else {
        format!("{parent}[{}]", Value::String(key.to_owned()))
    }
}

pub(crate) fn index_path(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// How a wrong value looks in a message: its type and a short, single-line preview.
fn describe(v: &Value) -> String {
    let kind = match v {
        Value::Null => return "null".into(),
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => return "an array".into(),
        Value::Object(_) => return "an object".into(),
    };
    let mut preview: String = v.to_string().chars().take(40).collect();
    if v.to_string().chars().count() > 40 {
        preview.push('…');
    }
    format!("{kind} ({preview})")
}

impl Reader {
    pub fn problem(&mut self, path: &str, message: impl Into<String>) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.truncated = true;
            return;
        }
        self.problems.push(Problem { path: path.to_owned(), message: message.into() });
    }

    fn wrong_type(&mut self, path: &str, expected: &str, found: &Value) {
        self.problem(path, format!("expected {expected}, found {}", describe(found)));
    }

    pub fn object<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
        match v {
            Value::Object(map) => Some(map),
            other => {
                self.wrong_type(path, "an object", other);
                None
            }
        }
    }

    /// A field that must be present and not null.
    pub fn required<'a>(&mut self, obj: &'a Map<String, Value>, key: &str, path: &str) -> Option<&'a Value> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.problem(&key_path(path, key), "missing required field");
                None
            }
            Some(v) => Some(v),
        }
    }

    pub fn array<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Vec<Value>> {
        match v {
            Value::Array(items) => Some(items),
            other => {
                self.wrong_type(path, "an array", other);
                None
            }
        }
    }

    pub fn string(&mut self, v: &Value, path: &str) -> Option<String> {
        match v {
            Value::String(s) if s.trim().is_empty() => {
                self.problem(path, "empty text: type it, or leave it out (null) when it is not published");
                None
            }
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(path, "a string", other);
                None
            }
        }
    }

    pub fn id(&mut self, v: &Value, path: &str) -> Option<String> {
        let s = self.string(v, path)?;
        if is_valid_id(&s) {
            Some(s)
        } else {
            self.problem(path, format!("malformed id {:?}: use lowercase letters, digits and '-'", s));
            None
        }
    }

    pub fn number(&mut self, v: &Value, path: &str, max: f64) -> Option<f64> {
        let Some(n) = v.as_f64() else {
            match v {
                Value::String(_) => self.problem(
                    path,
                    format!(
                        "not a number: {}; type digits (580000000, 9.5) — the workbench also reads a number as printed (5.8亿元, 约76,670平方米)",
                        describe(v)
                    ),
                ),
                _ => self.wrong_type(path, "a number", v),
            }
            return None;
        };
        if n < 0.0 {
            self.problem(path, format!("negative number {n}"));
            None
        } else if n > max {
            self.problem(path, format!("implausible number {n}: more than {max} (check the unit)"));
            None
        } else {
            Some(n)
        }
    }

    pub fn flag(&mut self, v: &Value, path: &str) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong_type(path, "true or false", other);
                None
            }
        }
    }

    pub fn coordinate(&mut self, v: &Value, path: &str) -> Option<f64> {
        match v.as_f64() {
            Some(n) if n.is_finite() => Some(n),
            _ => {
                self.wrong_type(path, "a number", v);
                None
            }
        }
    }

    pub fn count(&mut self, v: &Value, path: &str, max: u64) -> Option<u32> {
        match v.as_u64() {
            Some(n) if n >= 1 && n <= max => u32::try_from(n).ok(),
            Some(n) => {
                self.problem(path, format!("count {n} is outside 1..={max}"));
                None
            }
            None => {
                self.wrong_type(path, "a whole number", v);
                None
            }
        }
    }

    pub fn vocab<T>(&mut self, v: &Value, path: &str, parse: fn(&str) -> Option<T>, expected: &str) -> Option<T> {
        let s = self.string(v, path)?;
        let parsed = parse(&s);
        if parsed.is_none() {
            self.problem(path, format!("unknown value {s:?}: expected one of {expected}"));
        }
        parsed
    }

    pub fn date(&mut self, v: &Value, path: &str) -> Option<PartialDate> {
        let s = self.string(v, path)?;
        let parsed = PartialDate::parse(&s);
        if parsed.is_none() {
            self.problem(path, format!("malformed date {s:?}: use YYYY-MM-DD, YYYY-MM, YYYY, YYYY-H1 or YYYY-Q1"));
        }
        parsed
    }

    /// `{ "zh": ..., "en": ... }` with at least one language.
    pub fn text(&mut self, v: &Value, path: &str) -> Option<Text> {
        let obj = self.object(v, path)?;
        let mut lang = |key: &str| match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => self.string(value, &key_path(path, key)),
        };
        let text = Text { zh: lang(Lang::Zh.code()), en: lang(Lang::En.code()) };
        if text.zh.is_none() && text.en.is_none() {
            self.problem(path, "text has neither \"zh\" nor \"en\"");
            return None;
        }
        Some(text)
    }

    /// An optional field: absent and null both mean "not published".
    pub fn optional<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
        obj.get(key).filter(|v| !v.is_null())
    }

    /// Reads each item of an optional array field; items that fail are reported and skipped.
    pub fn list<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        mut item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Vec<T> {
        let field_path = key_path(path, key);
        let Some(items) = Self::optional(obj, key).and_then(|v| self.array(v, &field_path)) else {
            return Vec::new();
        };
        items.iter().enumerate().filter_map(|(i, v)| item(self, v, &index_path(&field_path, i))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_quote_keys_that_are_not_plain_names() {
        assert_eq!(key_path("$", "places"), "$.places");
        assert_eq!(key_path("$.cite", "recognition.x-y"), "$.cite[\"recognition.x-y\"]");
        assert_eq!(index_path("$.places", 3), "$.places[3]");
    }

    #[test]
    fn wrong_types_are_described_briefly() {
        let mut r = Reader::default();
        assert_eq!(r.string(&serde_json::json!(42), "$.x"), None);
        let long = "a".repeat(100);
        assert_eq!(r.number(&serde_json::json!(long), "$.y", 10.0), None);
        assert_eq!(r.problems[0].message, "expected a string, found a number (42)");
        let (not_a_number, fix) = r.problems[1].message.split_once("; ").expect("says how to fix it");
        assert!(not_a_number.ends_with("…)") && not_a_number.chars().count() < 80, "{not_a_number}");
        assert!(fix.contains("5.8亿元"), "{fix}");
    }
}
