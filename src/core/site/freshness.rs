//! "The data has changed since your last visit": what the browser remembers of the data file it
//! last showed, and how the file now served differs from it.

use serde_json::{Value, json};

use crate::core::data::Dataset;
use crate::core::text::PartialDate;

/// What is remembered of the data last shown (stored in localStorage).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    pub updated: Option<PartialDate>,
    /// A fingerprint of the file's bytes: a correction without a new date is still a change.
    pub fingerprint: String,
    pub places: Vec<String>,
}

/// FNV-1a: a fingerprint for change detection, not a security measure.
fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3));
    format!("{hash:016x}")
}

impl Seen {
    pub fn of(dataset: &Dataset, file_text: &str) -> Seen {
        Seen {
            updated: dataset.updated,
            fingerprint: fingerprint(file_text.as_bytes()),
            places: dataset.places.iter().map(|p| p.id.clone()).collect(),
        }
    }

    pub fn encode(&self) -> String {
        let updated = self.updated.map(PartialDate::canonical);
        json!({ "v": 1, "updated": updated, "fingerprint": self.fingerprint, "places": self.places }).to_string()
    }

    /// Reads a stored value; `None` for anything unreadable (then the visit counts as the first).
    pub fn parse(stored: &str) -> Option<Seen> {
        let v: Value = serde_json::from_str(stored).ok()?;
        if v.get("v").and_then(Value::as_u64) != Some(1) {
            return None;
        }
        let updated = match v.get("updated")? {
            Value::Null => None,
            date => Some(PartialDate::parse(date.as_str()?)?),
        };
        let fingerprint = v.get("fingerprint")?.as_str()?.to_owned();
        let places =
            v.get("places")?.as_array()?.iter().map(|p| p.as_str().map(str::to_owned)).collect::<Option<_>>()?;
        Some(Seen { updated, fingerprint, places })
    }
}

/// How the data now shown differs from the data last seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub previous: Option<PartialDate>,
    pub current: Option<PartialDate>,
    pub added: usize,
    pub removed: usize,
}

/// `None` on a first visit or when nothing changed.
pub fn change(previous: Option<&Seen>, now: &Seen) -> Option<Change> {
    let prev = previous?;
    if prev.fingerprint == now.fingerprint {
        return None;
    }
    let added = now.places.iter().filter(|p| !prev.places.contains(p)).count();
    let removed = prev.places.iter().filter(|p| !now.places.contains(p)).count();
    Some(Change { previous: prev.updated, current: now.updated, added, removed })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(updated: &str, text: &str, places: &[&str]) -> Seen {
        Seen {
            updated: PartialDate::parse(updated),
            fingerprint: fingerprint(text.as_bytes()),
            places: places.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn round_trips_and_refuses_corrupt_values() {
        let s = seen("2025-H2", "x", &["a", "b"]);
        assert_eq!(Seen::parse(&s.encode()), Some(s));
        for bad in ["", "null", "{", r#"{"v":2}"#, r#"{"v":1,"updated":"soon","fingerprint":"x","places":[]}"#] {
            assert_eq!(Seen::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn reports_new_and_removed_places_and_silent_corrections() {
        let old = seen("2025-06-10", "old", &["a", "b"]);
        assert_eq!(change(None, &old), None, "first visit");
        assert_eq!(change(Some(&old), &old), None, "unchanged");
        let new = seen("2026-11-20", "new", &["a", "c", "d"]);
        let c = change(Some(&old), &new).expect("a change");
        assert_eq!((c.added, c.removed), (2, 1));
        assert_eq!(c.current, Some(PartialDate::Day(2026, 11, 20)));
        let undated = Seen { updated: None, ..new.clone() };
        assert_eq!(Seen::parse(&undated.encode()), Some(undated), "a file without a date is remembered too");
        let corrected = seen("2025-06-10", "corrected", &["a", "b"]);
        assert_eq!(change(Some(&old), &corrected).map(|c| (c.added, c.removed)), Some((0, 0)));
    }
}
