//! Where a value is in places.json: the paths the validator reports (`$.places[3].name`,
//! `$.places[0].cite["name.zh"]`), parsed into steps the workbench can follow to the field
//! and to the value in its draft.

use std::fmt;

use serde_json::Value;

use crate::core::data::fields::PlaceField;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Key(String),
    Index(usize),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Path(pub Vec<Step>);

impl Path {
    pub fn root() -> Path {
        Path(Vec::new())
    }

    pub fn key(&self, key: &str) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.to_owned()));
        Path(steps)
    }

    pub fn index(&self, i: usize) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Index(i));
        Path(steps)
    }

    /// Reads `$`, `.name`, `[3]` and `["a key"]` steps; `None` for anything else.
    pub fn parse(s: &str) -> Option<Path> {
        let mut rest = s.strip_prefix('$')?;
        let mut steps = Vec::new();
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return None;
                }
                steps.push(Step::Key(r[..end].to_owned()));
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix("[\"") {
                // A JSON string up to its closing quote (escapes included).
                let mut de = serde_json::Deserializer::from_str(&rest[1..]).into_iter::<String>();
                let key = de.next()?.ok()?;
                let used = de.byte_offset();
                steps.push(Step::Key(key));
                rest = r.get(used - 1..)?.strip_prefix(']')?;
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']')?;
                steps.push(Step::Index(r[..end].parse().ok()?));
                rest = &r[end + 1..];
            } else {
                return None;
            }
        }
        Some(Path(steps))
    }

    /// The value at this path, if there is one.
    pub fn get<'a>(&self, mut v: &'a Value) -> Option<&'a Value> {
        for step in &self.0 {
            v = match step {
                Step::Key(k) => v.get(k)?,
                Step::Index(i) => v.get(i)?,
            };
        }
        Some(v)
    }

    pub fn get_mut<'a>(&self, mut v: &'a mut Value) -> Option<&'a mut Value> {
        for step in &self.0 {
            v = match step {
                Step::Key(k) => v.get_mut(k)?,
                Step::Index(i) => v.get_mut(i)?,
            };
        }
        Some(v)
    }

    /// Sets the value, making the objects on the way (`None` when the way runs through
    /// something that is neither an object nor a long enough list). `Value::Null` removes the
    /// key instead: an unknown value is left out.
    pub fn set(&self, root: &mut Value, value: Value) -> Option<()> {
        let (last, parent) = self.0.split_last()?;
        let mut v = root;
        for step in parent {
            v = match step {
                Step::Key(k) => {
                    if v.is_null() {
                        *v = Value::Object(Default::default());
                    }
                    v.as_object_mut()?.entry(k.clone()).or_insert(Value::Null)
                }
                Step::Index(i) => v.get_mut(i)?,
            };
        }
        match last {
            Step::Key(k) => {
                if v.is_null() {
                    *v = Value::Object(Default::default());
                }
                let obj = v.as_object_mut()?;
                if value.is_null() {
                    obj.remove(k);
                } else {
                    obj.insert(k.clone(), value);
                }
            }
            Step::Index(i) => *v.get_mut(i)? = value,
        }
        Some(())
    }

    /// Removes the value (as `set` with `Null`), then every object on the way up that this left
    /// empty: clearing both halves of an address leaves no `address: {}` (which reads as a text
    /// in neither language), clearing the last part of a contact removes the contact. A record
    /// in a list stays, and a programme's note in `recognition` becomes `null` (the place keeps
    /// its recognition).
    pub fn clear(&self, root: &mut Value) -> Option<()> {
        self.set(root, Value::Null)?;
        for n in (1..self.0.len()).rev() {
            let at = self.prefix(n);
            // Empty, or only nulls (the file writes a text's missing language as null).
            let empty = at.get(root).is_some_and(|v| v.as_object().is_some_and(|o| o.values().all(Value::is_null)));
            let Some(Step::Key(_)) = at.0.last() else { break };
            if !empty {
                break;
            }
            let parent = at.prefix(n - 1);
            if matches!(parent.0.last(), Some(Step::Key(k)) if k == PlaceField::Recognition.key()) {
                let Some(Step::Key(k)) = at.0.last() else { break };
                parent.get_mut(root)?.as_object_mut()?.insert(k.clone(), Value::Null);
                break;
            }
            at.set(root, Value::Null)?;
        }
        Some(())
    }

    /// The first `n` steps.
    pub fn prefix(&self, n: usize) -> Path {
        Path(self.0[..n.min(self.0.len())].to_vec())
    }

    /// Where the qualifier ("about") of the number at this path is kept: the `qualifiers` map
    /// beside it (`$.places[3].qualifiers.investment_cny` for `$.places[3].investment_cny`).
    pub fn qualifier(&self) -> Option<Path> {
        let (Step::Key(key), parent) = self.0.split_last()? else { return None };
        Some(Path(parent.to_vec()).key("qualifiers").key(key))
    }

    pub fn starts_with(&self, other: &Path) -> bool {
        self.0.starts_with(&other.0)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("$")?;
        for step in &self.0 {
            match step {
                Step::Key(k) if !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                    write!(f, ".{k}")?
                }
                Step::Key(k) => write!(f, "[{}]", Value::String(k.clone()))?,
                Step::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn validator_paths_parse_and_print_back() {
        for s in ["$", "$.places[3].name", "$.places[0].cite[\"name.zh\"]", "$.a[\"x]\\\"y\"].b[12]"] {
            let p = Path::parse(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(p.to_string(), s);
        }
        let p = Path::parse("$.places[0].cite[\"name.zh\"]").unwrap();
        assert_eq!(p.0[3], Step::Key("name.zh".into()));
        for bad in ["", "places", "$.", "$[x]", "$[\"open", "$.a..b"] {
            assert_eq!(Path::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn values_are_read_set_and_removed_along_a_path() {
        let mut v = json!({"places": [{"id": "a", "name": {"zh": null, "en": "A"}}]});
        let name_zh = Path::root().key("places").index(0).key("name").key("zh");
        assert_eq!(name_zh.get(&v), Some(&Value::Null));
        name_zh.set(&mut v, json!("甲")).unwrap();
        assert_eq!(v["places"][0]["name"]["zh"], "甲");
        let load = Path::root().key("places").index(0).key("spaces");
        assert_eq!(load.index(0).get(&v), None);
        Path::root().key("places").index(0).key("contact").key("phone").set(&mut v, json!("021")).unwrap();
        assert_eq!(v["places"][0]["contact"], json!({"phone": "021"}), "objects are made on the way");
        Path::root().key("places").index(0).key("contact").set(&mut v, Value::Null).unwrap();
        assert!(v["places"][0].get("contact").is_none(), "null removes the key");
        assert_eq!(Path::root().key("places").index(5).key("id").set(&mut v, json!("x")), None);
    }

    #[test]
    fn clearing_removes_what_it_left_empty_but_not_a_record_or_a_recognition() {
        let mut v = json!({"places": [{"id": "a", "address": {"zh": "路", "en": null}, "contact": {"phone": "1", "url": "u"},
                                       "recognition": {"p": {"en": "note"}}}]});
        let place = Path::root().key("places").index(0);
        place.key("address").key("zh").clear(&mut v).unwrap();
        assert!(v["places"][0].get("address").is_none(), "{v}");
        place.key("contact").key("phone").clear(&mut v).unwrap();
        assert_eq!(v["places"][0]["contact"], json!({"url": "u"}));
        place.key("recognition").key("p").key("en").clear(&mut v).unwrap();
        assert_eq!(v["places"][0]["recognition"], json!({"p": null}));
        place.key("id").clear(&mut v).unwrap();
        assert_eq!(v["places"][0]["contact"], json!({"url": "u"}), "the record stays");
        assert_eq!(v["places"].as_array().map(Vec::len), Some(1));
    }
}
