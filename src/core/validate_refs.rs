//! Checks that need the whole file: unique ids, references between lists, locations inside
//! the district, citations pointing at known fields.

use std::collections::HashSet;

use serde_json::Value;

use crate::core::geo::Geography;
use crate::core::json_read::{Reader, index_path, key_path};
use crate::core::model::{Dataset, Figure};
use crate::core::validate::Positions;

/// Fields a place may cite sources for (besides figures).
const CITABLE: &[&str] = &[
    "name",
    "aliases",
    "town",
    "status",
    "location",
    "address",
    "sectors",
    "summary",
    "opening",
    "buildings",
    "facilities",
    "tenants",
    "nearby",
    "recognition",
    "contact",
    "land_use",
    "spaces",
];

fn is_citable(field: &str) -> bool {
    CITABLE.contains(&field) || Figure::ALL.iter().any(|f| f.field() == field)
}

/// Reports every repeated id in `ids` (by position in `list`).
fn unique<'a>(r: &mut Reader, list: &str, ids: impl Iterator<Item = (usize, &'a str)>) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids {
        if !seen.insert(id) {
            r.problem(&key_path(&index_path(list, i), "id"), format!("duplicate id {id:?}"));
        }
    }
    seen
}

fn known(r: &mut Reader, set: &HashSet<&str>, what: &str, path: &str, id: &str) {
    if !set.contains(id) {
        r.problem(path, format!("unknown {what} id {id:?}"));
    }
}

fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > "https://".len()
}

/// The `id` of every item of a top-level list as written, including items that failed to read
/// for other reasons: a reference to them is not dangling, and reporting it would only add noise.
fn raw_ids<'a>(root: &'a Value, list: &str) -> impl Iterator<Item = (usize, &'a str)> {
    root.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, item)| Some((i, item.get("id").and_then(Value::as_str)?)))
}

pub(crate) fn check_references(r: &mut Reader, d: &Dataset, at: &Positions, root: &Value, geo: &Geography) {
    let sources = unique(r, "$.sources", raw_ids(root, "sources"));
    let towns = unique(r, "$.towns", raw_ids(root, "towns"));
    let sectors = unique(r, "$.sectors", raw_ids(root, "sectors"));
    let programmes = unique(r, "$.programmes", raw_ids(root, "programmes"));
    let places = unique(r, "$.places", raw_ids(root, "places"));

    for (s, &i) in d.sources.iter().zip(&at.sources) {
        if !is_web_url(&s.url) {
            r.problem(&key_path(&index_path("$.sources", i), "url"), format!("{:?} is not an http(s) address", s.url));
        }
    }
    for (t, &i) in d.towns.iter().zip(&at.towns) {
        if let Some(p) = t.label_point
            && !geo.contains(p)
        {
            r.problem(
                &key_path(&index_path("$.towns", i), "label_point"),
                format!("({}, {}) is outside the Jiading district outline", p.lon, p.lat),
            );
        }
    }

    let mut space_ids = HashSet::new();
    for (place, &i) in d.places.iter().zip(&at.places) {
        let path = index_path("$.places", i);
        let at = |key: &str| key_path(&path, key);
        let each = |key: &str, j: usize| index_path(&key_path(&path, key), j);
        if let Some(town) = &place.town {
            known(r, &towns, "town", &at("town"), town);
        }
        for (j, id) in place.sources.iter().enumerate() {
            known(r, &sources, "source", &each("sources", j), id);
        }
        for (j, id) in place.sectors.iter().enumerate() {
            known(r, &sectors, "sector", &each("sectors", j), id);
        }
        for (j, id) in place.nearby.iter().enumerate() {
            known(r, &places, "place", &each("nearby", j), id);
            if id == &place.id {
                r.problem(&each("nearby", j), "a place cannot be near itself");
            }
        }
        for (programme, _) in &place.recognition {
            known(r, &programmes, "programme", &key_path(&at("recognition"), programme), programme);
        }
        for (j, event) in place.timeline.iter().enumerate() {
            for (k, id) in event.sources.iter().enumerate() {
                known(r, &sources, "source", &index_path(&key_path(&each("timeline", j), "sources"), k), id);
            }
        }
        for (j, fact) in place.facts.iter().enumerate() {
            for (k, id) in fact.sources.iter().enumerate() {
                known(r, &sources, "source", &index_path(&key_path(&each("facts", j), "sources"), k), id);
            }
        }
        for (field, ids) in &place.cite {
            let field_path = key_path(&at("cite"), field);
            if !is_citable(field) {
                r.problem(&field_path, format!("{field:?} is not a field that can be cited"));
            }
            for (k, id) in ids.iter().enumerate() {
                known(r, &sources, "source", &index_path(&field_path, k), id);
            }
        }
        for field in place.qualifiers.keys() {
            let is_figure = Figure::ALL.iter().any(|f| f.field() == field);
            if !is_figure {
                r.problem(&key_path(&at("qualifiers"), field), format!("{field:?} is not a numeric field"));
            } else if root["places"][i].get(field).is_none_or(Value::is_null) {
                r.problem(&key_path(&at("qualifiers"), field), format!("qualifies {field:?}, which has no value"));
            }
        }
        if let Some(location) = place.location
            && !geo.contains(location.point)
        {
            r.problem(
                &at("location"),
                format!("({}, {}) is outside the Jiading district outline", location.point.lon, location.point.lat),
            );
        }
        if let Some(url) = &place.contact.url
            && !is_web_url(url)
        {
            r.problem(&key_path(&at("contact"), "url"), format!("{url:?} is not an http(s) address"));
        }
        if let Some(email) = &place.contact.email
            && !email.contains('@')
        {
            r.problem(&key_path(&at("contact"), "email"), format!("{email:?} is not an email address"));
        }
        for (j, space) in place.spaces.iter().enumerate() {
            if !space_ids.insert(space.id.as_str()) {
                r.problem(&key_path(&each("spaces", j), "id"), format!("duplicate space id {:?}", space.id));
            }
        }
    }
}
