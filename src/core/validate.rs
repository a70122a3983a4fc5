//! Turns the text of places.json into a [`Dataset`], or into the list of every problem found,
//! each with its JSON path. The app runs this on load; `cargo test` runs it on the shipped file.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::core::geo::Geography;
use crate::core::json_read::{Reader, index_path, key_path};
use crate::core::model::*;
use crate::core::text::Text;
use crate::core::validate_refs::check_references;

/// The data-format version this app reads.
pub const SCHEMA: u64 = 1;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path: `$.places[3].location.lat`.
    pub path: String,
    /// What is wrong, in words a data editor understands.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a data file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub problems: Vec<Problem>,
    /// More problems exist than were collected.
    pub truncated: bool,
}

/// Parses and validates places.json against the district geography.
pub fn load(json: &str, geo: &Geography) -> Result<Dataset, Invalid> {
    let root: Value = serde_json::from_str(json).map_err(|e| Invalid {
        problems: vec![Problem { path: "$".into(), message: format!("not valid JSON: {e}") }],
        truncated: false,
    })?;
    let mut r = Reader::default();
    let dataset = read_dataset(&mut r, &root);
    if let Some((dataset, positions)) = &dataset {
        check_references(&mut r, dataset, positions, &root, geo);
    }
    match dataset {
        Some((dataset, _)) if r.problems.is_empty() => Ok(dataset),
        _ => {
            let mut problems = r.problems;
            problems.sort_by_cached_key(|p| file_order(&p.path));
            Err(Invalid { problems, truncated: r.truncated })
        }
    }
}

/// Orders problems as the file reads: top-level lists in their usual order, then by item, so an
/// editor can work down the file. The sort is stable: within an item, the order they were found.
fn file_order(path: &str) -> (usize, usize) {
    const TOP: [&str; 7] = ["schema", "updated", "sources", "towns", "sectors", "programmes", "places"];
    let rest = path.strip_prefix("$.").unwrap_or("");
    let top = TOP.iter().position(|t| rest.starts_with(t)).unwrap_or(TOP.len());
    let item = rest
        .split_once('[')
        .and_then(|(_, after)| after.split_once(']'))
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0);
    (top, item)
}

fn read_dataset(r: &mut Reader, root: &Value) -> Option<(Dataset, Positions)> {
    let obj = r.object(root, "$")?;
    let schema = r.required(obj, "schema", "$").and_then(|v| match v.as_u64() {
        Some(SCHEMA) => Some(SCHEMA as u32),
        Some(n) => {
            r.problem("$.schema", format!("schema {n} is not supported: this app reads schema {SCHEMA}"));
            None
        }
        None => {
            r.problem("$.schema", format!("expected the number {SCHEMA}"));
            None
        }
    });
    let updated = r.required(obj, "updated", "$").and_then(|v| r.date(v, "$.updated"));
    let sources = required_list(r, obj, "sources", read_source);
    let towns = required_list(r, obj, "towns", read_town);
    let sectors = required_list(r, obj, "sectors", read_sector);
    let programmes = r.list(obj, "programmes", "$", read_programme);
    let places = required_list(r, obj, "places", read_place);
    let ((sources, source_pos), (towns, town_pos), (places, place_pos)) = (sources?, towns?, places?);
    let dataset =
        Dataset { schema: schema?, updated: updated?, sources, towns, sectors: sectors?.0, programmes, places };
    Some((dataset, Positions { sources: source_pos, towns: town_pos, places: place_pos }))
}

/// Reads every item of a required top-level list, keeping each item's position in the file:
/// items that fail to read are left out, and later checks must still name the right index.
fn required_list<T>(
    r: &mut Reader,
    obj: &Map<String, Value>,
    key: &str,
    item: fn(&mut Reader, &Value, &str) -> Option<T>,
) -> Option<(Vec<T>, Vec<usize>)> {
    let path = key_path("$", key);
    let items = r.required(obj, key, "$").and_then(|v| r.array(v, &path))?;
    Some(items.iter().enumerate().filter_map(|(i, v)| Some((item(r, v, &index_path(&path, i))?, i))).unzip())
}

/// Where each read item stood in the file's lists.
pub(crate) struct Positions {
    pub sources: Vec<usize>,
    pub towns: Vec<usize>,
    pub places: Vec<usize>,
}

fn req_id(r: &mut Reader, obj: &Map<String, Value>, path: &str) -> Option<String> {
    r.required(obj, "id", path).and_then(|v| r.id(v, &key_path(path, "id")))
}

fn req_text(r: &mut Reader, obj: &Map<String, Value>, key: &str, path: &str) -> Option<Text> {
    r.required(obj, key, path).and_then(|v| r.text(v, &key_path(path, key)))
}

fn opt_string(r: &mut Reader, obj: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
    r.field(obj, key, path, Reader::string)
}

fn id_list(r: &mut Reader, obj: &Map<String, Value>, key: &str, path: &str) -> Vec<String> {
    r.list(obj, key, path, Reader::id)
}

fn read_source(r: &mut Reader, v: &Value, path: &str) -> Option<Source> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, path);
    let title = r.required(obj, "title", path).and_then(|v| r.string(v, &key_path(path, "title")));
    let url = r.required(obj, "url", path).and_then(|v| r.string(v, &key_path(path, "url")));
    let reliability = r
        .required(obj, "reliability", path)
        .and_then(|v| r.vocab(v, &key_path(path, "reliability"), Reliability::parse, &Reliability::expected()));
    Some(Source {
        id: id?,
        title: title?,
        publisher: opt_string(r, obj, "publisher", path),
        date: r.field(obj, "date", path, Reader::date),
        url: url?,
        reliability: reliability?,
        language: opt_string(r, obj, "language", path),
        note: opt_string(r, obj, "note", path),
    })
}

fn read_point(r: &mut Reader, v: &Value, path: &str) -> Option<Point> {
    let obj = r.object(v, path)?;
    let mut coordinate = |key: &str, range: std::ops::RangeInclusive<f64>| {
        let p = key_path(path, key);
        let n = r.required(obj, key, path).and_then(|v| r.coordinate(v, &p))?;
        if range.contains(&n) {
            Some(n)
        } else {
            r.problem(&p, format!("{n} is not a valid {key}"));
            None
        }
    };
    let lon = coordinate("lon", -180.0..=180.0);
    let lat = coordinate("lat", -90.0..=90.0);
    let crs =
        r.required(obj, "crs", path).and_then(|v| r.vocab(v, &key_path(path, "crs"), Crs::parse, &Crs::expected()));
    Some(Point { lon: lon?, lat: lat?, crs: crs? })
}

fn read_town(r: &mut Reader, v: &Value, path: &str) -> Option<Town> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, path);
    let code = r.required(obj, "code", path).and_then(|v| r.string(v, &key_path(path, "code")));
    if let Some(code) = &code
        && !(code.len() == 9 && code.starts_with("310114") && code.bytes().all(|b| b.is_ascii_digit()))
    {
        r.problem(&key_path(path, "code"), format!("{code:?} is not a 9-digit Jiading division code (310114xxx)"));
    }
    let name = req_text(r, obj, "name", path);
    Some(Town {
        id: id?,
        code: code?,
        level: opt_string(r, obj, "level", path),
        name: name?,
        label_point: r.field(obj, "label_point", path, read_point),
    })
}

fn read_sector(r: &mut Reader, v: &Value, path: &str) -> Option<Sector> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, path);
    let name = req_text(r, obj, "name", path);
    Some(Sector { id: id?, name: name? })
}

fn read_programme(r: &mut Reader, v: &Value, path: &str) -> Option<Programme> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, path);
    let name = req_text(r, obj, "name", path);
    Some(Programme { id: id?, name: name?, description: r.field(obj, "description", path, Reader::text) })
}

fn read_location(r: &mut Reader, v: &Value, path: &str) -> Option<Location> {
    let point = read_point(r, v, path);
    let obj = v.as_object()?;
    let precision = r
        .required(obj, "precision", path)
        .and_then(|v| r.vocab(v, &key_path(path, "precision"), Precision::parse, &Precision::expected()));
    Some(Location { point: point?, precision: precision? })
}

fn read_place(r: &mut Reader, v: &Value, path: &str) -> Option<Place> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, path);
    let kind =
        r.required(obj, "kind", path).and_then(|v| r.vocab(v, &key_path(path, "kind"), Kind::parse, &Kind::expected()));
    let name = req_text(r, obj, "name", path);
    let status = r
        .required(obj, "status", path)
        .and_then(|v| r.vocab(v, &key_path(path, "status"), Status::parse, &Status::expected()));
    let sources = r.required(obj, "sources", path).map(|_| id_list(r, obj, "sources", path));
    if sources.as_ref().is_some_and(Vec::is_empty) {
        r.problem(&key_path(path, "sources"), "a place needs at least one source");
    }
    let mut figures = BTreeMap::new();
    for figure in Figure::ALL {
        if let Some(n) = r.field(obj, figure.field(), path, |r, v, p| r.number(v, p, figure.max())) {
            figures.insert(figure, n);
        }
    }
    let place = Place {
        id: id?,
        kind: kind?,
        name: name?,
        aliases: r.list(obj, "aliases", path, Reader::text),
        town: r.field(obj, "town", path, Reader::id),
        status: status?,
        sources: sources?,
        location: r.field(obj, "location", path, read_location),
        address: r.field(obj, "address", path, Reader::text),
        sectors: id_list(r, obj, "sectors", path),
        summary: r.field(obj, "summary", path, Reader::text),
        opening: r.field(obj, "opening", path, Reader::date),
        figures: Figures(figures),
        buildings: r.list(obj, "buildings", path, read_building),
        facilities: r.list(obj, "facilities", path, |r, v, p| r.vocab(v, p, Facility::parse, &Facility::expected())),
        tenants: r.list(obj, "tenants", path, Reader::text),
        nearby: id_list(r, obj, "nearby", path),
        recognition: read_recognition(r, obj, path),
        contact: r.field(obj, "contact", path, read_contact).unwrap_or_default(),
        land_use: opt_string(r, obj, "land_use", path),
        spaces: r.list(obj, "spaces", path, read_space),
        timeline: r.list(obj, "timeline", path, read_event),
        facts: r.list(obj, "facts", path, read_fact),
        notes: r.list(obj, "notes", path, Reader::text),
        qualifiers: read_map(r, obj, "qualifiers", path, |r, v, p| {
            r.vocab(v, p, Qualifier::parse, &Qualifier::expected())
        }),
        cite: read_map(r, obj, "cite", path, |r, v, p| {
            r.array(v, p).map(|ids| ids.iter().enumerate().filter_map(|(i, id)| r.id(id, &index_path(p, i))).collect())
        }),
        updated: r.field(obj, "updated", path, Reader::date),
    };
    Some(place)
}

fn read_map<T>(
    r: &mut Reader,
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
    mut value: impl FnMut(&mut Reader, &Value, &str) -> Option<T>,
) -> BTreeMap<String, T> {
    let map_path = key_path(path, key);
    let Some(map) = Reader::optional(obj, key).and_then(|v| r.object(v, &map_path)) else {
        return BTreeMap::new();
    };
    map.iter().filter_map(|(k, v)| Some((k.clone(), value(r, v, &key_path(&map_path, k))?))).collect()
}

fn read_recognition(r: &mut Reader, obj: &Map<String, Value>, path: &str) -> Vec<(String, Option<Text>)> {
    let map_path = key_path(path, "recognition");
    let Some(map) = Reader::optional(obj, "recognition").and_then(|v| r.object(v, &map_path)) else {
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
    let count = r.required(obj, "count", path).and_then(|v| r.count(v, &key_path(path, "count"), 10_000));
    let kind = r
        .required(obj, "type", path)
        .and_then(|v| r.vocab(v, &key_path(path, "type"), BuildingType::parse, &BuildingType::expected()));
    Some(Building { count: count?, kind: kind? })
}

fn read_contact(r: &mut Reader, v: &Value, path: &str) -> Option<Contact> {
    let obj = r.object(v, path)?;
    Some(Contact {
        phone: opt_string(r, obj, "phone", path),
        email: opt_string(r, obj, "email", path),
        url: opt_string(r, obj, "url", path),
    })
}

fn read_space(r: &mut Reader, v: &Value, path: &str) -> Option<Space> {
    let obj = r.object(v, path)?;
    let id = req_id(r, obj, path);
    let mut number = |key: &str, max: f64| r.field(obj, key, path, |r, v, p| r.number(v, p, max));
    let area_m2 = number("area_m2", 10e6);
    let clear_height_m = number("clear_height_m", 50.0);
    let floor_load_kn_m2 = number("floor_load_kn_m2", 200.0);
    let power_kva = number("power_kva", 1e6);
    let rent_cny_m2_day = number("rent_cny_m2_day", 100.0);
    let availability = r
        .field(obj, "availability", path, |r, v, p| r.vocab(v, p, Availability::parse, &Availability::expected()))
        .unwrap_or(Availability::Unknown);
    Some(Space {
        id: id?,
        space_use: r.field(obj, "use", path, |r, v, p| r.vocab(v, p, SpaceUse::parse, &SpaceUse::expected())),
        floor: opt_string(r, obj, "floor", path),
        area_m2,
        clear_height_m,
        floor_load_kn_m2,
        power_kva,
        rent_cny_m2_day,
        deal: r.field(obj, "deal", path, |r, v, p| r.vocab(v, p, Deal::parse, &Deal::expected())),
        availability,
        note: r.field(obj, "note", path, Reader::text),
    })
}

fn read_event(r: &mut Reader, v: &Value, path: &str) -> Option<Event> {
    let obj = r.object(v, path)?;
    let date = r.required(obj, "date", path).and_then(|v| r.date(v, &key_path(path, "date")));
    let event = req_text(r, obj, "event", path);
    Some(Event { date: date?, event: event?, sources: id_list(r, obj, "sources", path) })
}

fn read_fact(r: &mut Reader, v: &Value, path: &str) -> Option<Fact> {
    let obj = r.object(v, path)?;
    let text = req_text(r, obj, "text", path);
    Some(Fact { text: text?, sources: id_list(r, obj, "sources", path) })
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::core::test_data::{SAMPLE, square_geography};

    /// Loads the sample after `edit`, returning the problems as "path: message" lines.
    fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
        let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
        edit(&mut v);
        match load(&v.to_string(), &square_geography()) {
            Ok(_) => vec![],
            Err(invalid) => invalid.problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_sample_is_valid() {
        assert_eq!(problems_after(|_| {}), Vec::<String>::new());
    }

    #[test]
    fn invalid_json_is_reported_with_line_and_column() {
        let err = load("{\"schema\": 1,,}", &square_geography()).unwrap_err();
        assert_eq!(err.problems.len(), 1);
        assert!(err.problems[0].message.starts_with("not valid JSON: "), "{}", err.problems[0]);
        assert!(err.problems[0].message.contains("line 1"));
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let problems = problems_after(|v| {
            v["places"][0]["location"]["lat"] = json!("north");
            v["places"][1]["town"] = json!("atlantis");
            v["places"][2]["sources"] = json!(["nowhere"]);
            v["places"][3]["building_area_m2"] = json!(-5);
            v["places"][3]["id"] = json!("haoyuan");
            v["sectors"][0]["name"] = json!({"zh": null, "en": null});
        });
        assert_eq!(
            problems,
            vec![
                "$.sectors[0].name: text has neither \"zh\" nor \"en\"",
                "$.places[0].location.lat: expected a number, found a string (\"north\")",
                "$.places[1].town: unknown town id \"atlantis\"",
                "$.places[2].sources[0]: unknown source id \"nowhere\"",
                "$.places[3].building_area_m2: negative number -5",
                "$.places[3].id: duplicate id \"haoyuan\"",
            ]
        );
    }

    #[test]
    fn missing_required_fields_and_bad_enums() {
        let problems = problems_after(|v| {
            v["places"][0].as_object_mut().unwrap().remove("name");
            v["places"][1]["kind"] = json!("castle");
            v["places"][2]["status"] = json!(null);
            v["places"][3]["sources"] = json!([]);
            v["places"][3]["opening"] = json!("soon");
        });
        assert_eq!(
            problems,
            vec![
                "$.places[0].name: missing required field",
                "$.places[1].kind: unknown value \"castle\": expected one of park | project | enterprise",
                "$.places[2].status: missing required field",
                "$.places[3].sources: a place needs at least one source",
                "$.places[3].opening: malformed date \"soon\": use YYYY-MM-DD, YYYY-MM, YYYY, YYYY-H1 or YYYY-Q1",
            ]
        );
    }

    #[test]
    fn locations_outside_the_district_and_absurd_numbers_are_refused() {
        let problems = problems_after(|v| {
            v["places"][0]["location"] = json!({"lon": 116.39, "lat": 39.9, "crs": "wgs84", "precision": "exact"});
            v["places"][0]["investment_cny"] = json!(4e15);
            v["places"][0]["spaces"][0]["clear_height_m"] = json!(950);
        });
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems[0].starts_with("$.places[0].investment_cny: implausible number"));
        assert!(problems[1].starts_with("$.places[0].spaces[0].clear_height_m: implausible number"));
        assert_eq!(problems[2], "$.places[0].location: (116.39, 39.9) is outside the Jiading district outline");
    }

    #[test]
    fn dangling_references_of_every_kind() {
        let problems = problems_after(|v| {
            v["places"][0]["sectors"] = json!(["icv", "unobtainium"]);
            v["places"][0]["nearby"] = json!(["ghost", "haoyuan"]);
            v["places"][0]["recognition"] = json!({"nobel": null});
            v["places"][0]["cite"] = json!({"investment_cny": ["gone"], "colour": ["shine"]});
            v["places"][0]["qualifiers"] = json!({"reward_cny": "about"});
            v["places"][1]["facts"] = json!([{"text": {"en": "x"}, "sources": ["missing"]}]);
        });
        assert_eq!(
            problems,
            vec![
                "$.places[0].sectors[1]: unknown sector id \"unobtainium\"",
                "$.places[0].nearby[0]: unknown place id \"ghost\"",
                "$.places[0].nearby[1]: a place cannot be near itself",
                "$.places[0].recognition.nobel: unknown programme id \"nobel\"",
                "$.places[0].cite.colour: \"colour\" is not a field that can be cited",
                "$.places[0].cite.investment_cny[0]: unknown source id \"gone\"",
                "$.places[0].qualifiers.reward_cny: qualifies \"reward_cny\", which has no value",
                "$.places[1].facts[0].sources[0]: unknown source id \"missing\"",
            ]
        );
    }

    /// Also proves reference checks name an item's position in the file, not in the list of
    /// items that read cleanly (places 2 and 10 fail to read, yet 11 is still called 11).
    #[test]
    fn problems_are_listed_in_file_order() {
        let problems = problems_after(|v| {
            let first = v["places"][0].clone();
            v["places"].as_array_mut().unwrap().resize(12, first);
            for i in [11, 2, 10] {
                v["places"][i]["status"] = json!("lost");
            }
            for i in 4..12 {
                v["places"][i]["id"] = json!(format!("copy-{i}"));
                v["places"][i]["spaces"] = json!([]);
            }
            v["towns"][0]["code"] = json!("1");
        });
        let paths: Vec<&str> = problems.iter().map(|p| p.split(':').next().unwrap()).collect();
        assert_eq!(paths, vec!["$.towns[0].code", "$.places[2].status", "$.places[10].status", "$.places[11].status"]);
    }

    #[test]
    fn source_links_must_be_web_addresses() {
        let problems = problems_after(|v| v["sources"][1]["url"] = json!("javascript:alert(1)"));
        assert_eq!(problems, vec!["$.sources[1].url: \"javascript:alert(1)\" is not an http(s) address"]);
    }

    #[test]
    fn wrong_top_level_shapes_do_not_panic() {
        for text in [
            "[]",
            "null",
            "42",
            "{}",
            "{\"schema\": 2}",
            "{\"schema\":1,\"updated\":\"2025\",\"sources\":{},\"towns\":[],\"sectors\":[],\"places\":[1,\"x\",null]}",
        ] {
            let err = load(text, &square_geography()).unwrap_err();
            assert!(!err.problems.is_empty(), "{text}");
        }
    }

    #[test]
    fn unknown_fields_are_ignored() {
        assert!(
            problems_after(|v| {
                v["future"] = json!({"anything": true});
                v["places"][0]["drone_landing_pad"] = json!(true);
            })
            .is_empty()
        );
    }

    #[test]
    fn problems_are_capped_for_hopeless_files() {
        let places: Vec<Value> = (0..3000).map(|i| json!({"id": i})).collect();
        let text = json!({"schema": 1, "updated": "2025", "sources": [], "towns": [], "sectors": [], "places": places});
        let err = load(&text.to_string(), &square_geography()).unwrap_err();
        assert!(err.truncated);
        assert_eq!(err.problems.len(), 1000);
    }
}
