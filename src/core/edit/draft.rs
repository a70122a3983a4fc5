//! The saved draft: what the workbench keeps in the browser's storage after every change, so
//! that a reload, a crash or a closed tab loses nothing. It holds the file as opened (to show
//! what changed), the draft, where it came from and what was last exported. A stored text that
//! is not such a draft is never used and never silently dropped: the workbench sets it aside.

use serde_json::{Value, json};

use crate::core::data::record_fields::DatasetField;
use crate::core::edit::canonical::canonical;

/// Whether JSON is a data file the workbench can open: an object with its list of places (the
/// validator then says what else is wrong). The forms edit objects; anything else is refused.
pub fn is_data_file(v: &Value) -> bool {
    v.get(DatasetField::Places.key()).is_some_and(Value::is_array)
}

/// The storage key of the draft, and of a stored text set aside.
pub const DRAFT_KEY: &str = "jpe.workbench.draft.v1";
pub const SET_ASIDE_KEY: &str = "jpe.workbench.set-aside.v1";
const FORMAT: &str = "jiading-park-explorer workbench draft";

#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// The site's published data/places.json.
    Published,
    /// A file from disk, by name.
    File(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub origin: Origin,
    /// The file as opened.
    pub opened: Value,
    /// The data being edited.
    pub doc: Value,
    /// When it was last saved, as the browser's clock said (ISO 8601).
    pub saved_at: String,
    /// The fingerprint of what was last exported, if anything was.
    pub exported: Option<String>,
}

/// Why a stored text is not a draft.
#[derive(Clone, Debug, PartialEq)]
pub enum NotADraft {
    /// Not JSON, or JSON missing what a draft holds: damaged (the reason).
    Corrupt(String),
    /// JSON of something else, or of a newer workbench.
    Foreign,
}

impl Draft {
    pub fn new(origin: Origin, opened: Value, saved_at: String) -> Draft {
        Draft { origin, doc: opened.clone(), opened, saved_at, exported: None }
    }

    pub fn encode(&self) -> String {
        let (origin, file) = match &self.origin {
            Origin::Published => ("published", None),
            Origin::File(name) => ("file", Some(name.clone())),
        };
        json!({"format": FORMAT, "version": 1, "origin": origin, "file": file, "saved_at": self.saved_at,
               "exported": self.exported, "opened": self.opened, "doc": self.doc})
        .to_string()
    }

    pub fn decode(text: &str) -> Result<Draft, NotADraft> {
        let v: Value = serde_json::from_str(text).map_err(|e| NotADraft::Corrupt(e.to_string()))?;
        if v.get("format").and_then(Value::as_str) != Some(FORMAT) || v.get("version") != Some(&json!(1)) {
            return Err(NotADraft::Foreign);
        }
        let part =
            |k: &str| v.get(k).filter(|x| x.is_object()).cloned().ok_or_else(|| NotADraft::Corrupt(format!("no {k}")));
        let origin = match (v.get("origin").and_then(Value::as_str), v.get("file").and_then(Value::as_str)) {
            (Some("published"), _) => Origin::Published,
            (Some("file"), Some(name)) => Origin::File(name.to_owned()),
            _ => return Err(NotADraft::Corrupt("no origin".into())),
        };
        Ok(Draft {
            origin,
            opened: part("opened")?,
            doc: part("doc")?,
            saved_at: v.get("saved_at").and_then(Value::as_str).unwrap_or_default().to_owned(),
            exported: v.get("exported").and_then(Value::as_str).map(str::to_owned),
        })
    }

    /// Whether the draft differs from what was last exported (or, before any export, opened).
    pub fn unexported(&self) -> bool {
        let now = fingerprint(&canonical(&self.doc));
        now != self.exported.clone().unwrap_or_else(|| fingerprint(&canonical(&self.opened)))
    }

    /// Whether the draft differs from the file as opened.
    pub fn changed(&self) -> bool {
        canonical(&self.doc) != canonical(&self.opened)
    }
}

/// A short fingerprint of a text (FNV-1a, 64 bits, hex): enough to tell exports apart.
pub fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_object_with_a_list_of_places_is_a_data_file() {
        assert!(is_data_file(&json!({"places": []})));
        for v in [json!({"hello": 1}), json!([]), json!("places"), json!({"places": {}}), Value::Null] {
            assert!(!is_data_file(&v), "{v}");
        }
    }

    #[test]
    fn a_draft_round_trips_and_knows_what_is_unexported() {
        let opened = json!({"schema": 1, "places": [{"id": "a"}]});
        let mut d = Draft::new(Origin::File("places.json".into()), opened, "2026-12-01T10:00:00Z".into());
        assert!(!d.unexported() && !d.changed());
        d.doc["places"][0]["name"] = json!({"en": "A"});
        assert!(d.unexported() && d.changed());
        assert_eq!(Draft::decode(&d.encode()), Ok(d.clone()));
        d.exported = Some(fingerprint(&canonical(&d.doc)));
        assert!(!d.unexported() && d.changed(), "exported, though not the opened file");
    }

    #[test]
    fn what_is_not_a_draft_says_why() {
        assert!(matches!(Draft::decode("{\"format\": "), Err(NotADraft::Corrupt(_))));
        assert_eq!(Draft::decode("{\"places\": []}"), Err(NotADraft::Foreign));
        let newer = format!("{{\"format\": \"{FORMAT}\", \"version\": 2}}");
        assert_eq!(Draft::decode(&newer), Err(NotADraft::Foreign));
        let broken = format!("{{\"format\": \"{FORMAT}\", \"version\": 1, \"origin\": \"published\", \"doc\": 3}}");
        assert!(matches!(Draft::decode(&broken), Err(NotADraft::Corrupt(_))));
    }
}
