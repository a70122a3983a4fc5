//! The shortlist: places and spaces a user has starred, as stored (localStorage) and as shared
//! (a URL). Stored lists are strict — anything odd means the store is corrupt and is reset; shared
//! lists are forgiving — unknown or malformed entries are dropped.

use crate::core::data::{Dataset, SpaceField, Word, is_valid_id};
use crate::core::explore::filters::push_unique;
use crate::core::explore::words::Words;
use crate::core::text::format::area;

/// At most this many entries are kept.
pub const MAX_ITEMS: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    Place(String),
    Space(String),
}

impl Item {
    /// "p:haoyuan-smart-manufacturing-park" or "s:haoyuan-factory-ground-floor".
    pub fn encode(&self) -> String {
        match self {
            Item::Place(id) => format!("p:{id}"),
            Item::Space(id) => format!("s:{id}"),
        }
    }

    pub fn parse(s: &str) -> Option<Item> {
        let (kind, id) = s.trim().split_once(':')?;
        if !is_valid_id(id) {
            return None;
        }
        match kind {
            "p" => Some(Item::Place(id.to_owned())),
            "s" => Some(Item::Space(id.to_owned())),
            _ => None,
        }
    }

    /// The place index and, for a space, its index within the place.
    pub fn resolve(&self, d: &Dataset) -> Option<(usize, Option<usize>)> {
        match self {
            Item::Place(id) => d.place_index(id).map(|p| (p, None)),
            Item::Space(id) => d
                .places
                .iter()
                .enumerate()
                .find_map(|(p, place)| place.spaces.iter().position(|s| &s.id == id).map(|s| (p, Some(s)))),
        }
    }
}

/// How an item is named in lists and emails: the place, or "place — use, floor, area" for a space.
pub fn describe(d: &Dataset, item: &Item, w: &dyn Words) -> Option<String> {
    let (p, s) = item.resolve(d)?;
    let place = &d.places[p];
    let name = place.name.pick(w.lang()).text.to_owned();
    let Some(space) = s.and_then(|s| place.spaces.get(s)) else { return Some(name) };
    let parts: Vec<String> = [
        space.space_use.map(|u| w.word(Word::SpaceUse(u))),
        space.floor.as_deref().map(|f| w.floor(f)),
        space.number(SpaceField::Area).map(|a| area(a, w.lang())),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(format!("{name} — {}", parts.join(", ")))
}

/// The list after keeping a shared one: instead of the user's own, or added to it (each item
/// once, at most [`MAX_ITEMS`]).
pub fn keep_shared(own: &[Item], shared: &[Item], merge: bool) -> Vec<Item> {
    let mut out = if merge { own.to_vec() } else { Vec::new() };
    for item in shared {
        push_unique(&mut out, item.clone(), MAX_ITEMS);
    }
    out
}

/// A shared list from a URL parameter (`p:a,s:b`): malformed entries are dropped.
pub fn parse_shared(s: &str) -> Vec<Item> {
    let mut out = Vec::new();
    s.split(',').filter_map(Item::parse).for_each(|i| {
        push_unique(&mut out, i, MAX_ITEMS);
    });
    out
}

pub fn encode_shared(items: &[Item]) -> String {
    items.iter().map(Item::encode).collect::<Vec<_>>().join(",")
}

/// The stored list (a JSON array of encoded items). `Err` describes a corrupt store.
pub fn parse_stored(json: &str) -> Result<Vec<Item>, String> {
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let entries = v.as_array().ok_or("not a list")?;
    if entries.len() > MAX_ITEMS {
        return Err(format!("{} entries, more than {MAX_ITEMS}", entries.len()));
    }
    let mut out = Vec::new();
    for e in entries {
        let item = e.as_str().and_then(Item::parse).ok_or_else(|| format!("unreadable entry {e}"))?;
        push_unique(&mut out, item, MAX_ITEMS);
    }
    Ok(out)
}

pub fn to_stored(items: &[Item]) -> String {
    serde_json::Value::Array(items.iter().map(|i| serde_json::Value::String(i.encode())).collect()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;
    use crate::core::explore::words::plain::Plain;
    use crate::core::text::Lang;

    #[test]
    fn items_round_trip_through_the_store_and_the_url() {
        let items = vec![Item::Place("haoyuan".into()), Item::Space("haoyuan-ground".into())];
        assert_eq!(parse_stored(&to_stored(&items)), Ok(items.clone()));
        assert_eq!(parse_shared(&encode_shared(&items)), items);
    }

    #[test]
    fn a_corrupt_store_is_an_error_not_a_crash() {
        for bad in ["", "{", "{\"a\":1}", "[1,2]", "[\"x:haoyuan\"]", "[\"p:Bad Id\"]", "null"] {
            assert!(parse_stored(bad).is_err(), "{bad:?}");
        }
        let huge = serde_json::to_string(&vec!["p:a"; MAX_ITEMS + 1]).unwrap();
        assert!(parse_stored(&huge).is_err());
        assert_eq!(parse_stored("[]"), Ok(vec![]));
    }

    #[test]
    fn shared_lists_forgive_and_deduplicate() {
        assert_eq!(
            parse_shared("p:haoyuan,,junk,p:haoyuan,s:x,q:y,p:<script>"),
            vec![Item::Place("haoyuan".into()), Item::Space("x".into())]
        );
    }

    #[test]
    fn items_resolve_against_the_data() {
        let d = sample();
        assert_eq!(Item::Place("zhengfeng".into()).resolve(&d), Some((2, None)));
        assert_eq!(Item::Space("haoyuan-ground".into()).resolve(&d), Some((0, Some(0))));
        assert_eq!(Item::Space("nope".into()).resolve(&d), None);
    }

    #[test]
    fn a_shared_list_replaces_or_joins_the_users_own() {
        let (a, b, c) = (Item::Place("a".into()), Item::Place("b".into()), Item::Space("c".into()));
        let own = [a.clone(), b.clone()];
        let shared = [b.clone(), c.clone()];
        assert_eq!(keep_shared(&own, &shared, false), [b.clone(), c.clone()]);
        assert_eq!(keep_shared(&own, &shared, true), [a, b, c]);
    }

    #[test]
    fn items_are_described_by_place_and_space() {
        let d = sample();
        let w = Plain(Lang::En);
        assert_eq!(
            describe(&d, &Item::Space("haoyuan-ground".into()), &w).as_deref(),
            Some("Haoyuan Smart Manufacturing Industrial Park — factory, floor 1, 4,000 m²")
        );
        assert_eq!(
            describe(&d, &Item::Place("xinggu".into()), &w).as_deref(),
            Some("Shanghai Xinggu International Health Industry Park")
        );
        assert_eq!(describe(&d, &Item::Place("gone".into()), &w), None);
    }
}
