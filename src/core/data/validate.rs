//! Turns the text of places.json into a [`Dataset`], or into the list of every problem found,
//! each with its JSON path. The app runs this on load; `cargo test` runs it on the shipped file.

use serde_json::Value;

use crate::core::data::fields::PlaceField;
use crate::core::data::model::Dataset;
use crate::core::data::problem::{Invalid, Problem};
use crate::core::data::read::read_dataset;
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::data::record_fields::DatasetField;
use crate::core::data::refs::check_references;
use crate::core::geo::Geography;

/// A data file as the app shows it: every record that could be read and checked, and what was
/// wrong with the rest (records left out, values dropped). A clean file has no problems.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub dataset: Dataset,
    /// In file order.
    pub problems: Vec<Problem>,
    /// More problems exist than were collected.
    pub truncated: bool,
    /// The places of the file that are not shown (their problems say why).
    pub left_out: Vec<LeftOut>,
}

/// A place of the file that is not shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    /// `$.places[3]`
    pub path: String,
    /// Its id, when it has a readable one.
    pub id: Option<String>,
}

/// Reads places.json, degrading per record: a record whose required field is invalid is left
/// out, an invalid optional value is dropped. Only a file that is not JSON, of an unknown
/// schema or with no place that can be shown is refused as a whole.
pub fn load(json: &str, geo: &Geography) -> Result<Checked, Invalid> {
    let root: Value = serde_json::from_str(json).map_err(|e| Invalid::unreadable(format!("not valid JSON: {e}")))?;
    let mut r = Reader::default();
    let read = read_dataset(&mut r, &root);
    let written = root.get(DatasetField::Places.key()).and_then(Value::as_array);
    let checked = read.map(|(mut dataset, mut positions)| {
        check_references(&mut r, &mut dataset, &mut positions, &root, geo);
        (dataset, positions.places)
    });
    let mut problems = r.problems;
    problems.sort_by_cached_key(|p| file_order(&p.path));
    match checked {
        Some((dataset, shown)) if !dataset.places.is_empty() => {
            let left_out = written
                .into_iter()
                .flatten()
                .enumerate()
                .filter(|(i, _)| shown.binary_search(i).is_err())
                .map(|(i, place)| LeftOut {
                    path: index_path(&key_path("$", DatasetField::Places.key()), i),
                    id: place.get(PlaceField::Id.key()).and_then(Value::as_str).map(str::to_owned),
                })
                .collect();
            Ok(Checked { dataset, problems, truncated: r.truncated, left_out })
        }
        _ => {
            // Refused: say why even when no record had a problem of its own (an empty list).
            if problems.is_empty() {
                let places = key_path("$", DatasetField::Places.key());
                problems.push(Problem { path: places, message: "no place that can be shown".into() });
            }
            Err(Invalid { problems, truncated: r.truncated })
        }
    }
}

/// As [`load`], but any problem refuses the file: for `make validate` and publishing pipelines.
pub fn validate(json: &str, geo: &Geography) -> Result<Dataset, Invalid> {
    let checked = load(json, geo)?;
    if checked.problems.is_empty() {
        Ok(checked.dataset)
    } else {
        Err(Invalid { problems: checked.problems, truncated: checked.truncated })
    }
}

/// Orders problems as the file reads: top-level lists in file-format order, then by item, so an
/// editor can work down the file. The sort is stable: within an item, the order they were found.
fn file_order(path: &str) -> (usize, usize) {
    let rest = path.strip_prefix("$.").unwrap_or("");
    let top = DatasetField::ALL.iter().position(|t| rest.starts_with(t.key())).unwrap_or(DatasetField::ALL.len());
    let item = rest
        .split_once('[')
        .and_then(|(_, after)| after.split_once(']'))
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0);
    (top, item)
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::core::data::sample::{SAMPLE, square_geography};

    /// Loads the sample after `edit`, returning the problems as "path: message" lines.
    fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
        let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
        edit(&mut v);
        match validate(&v.to_string(), &square_geography()) {
            Ok(_) => vec![],
            Err(invalid) => invalid.problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_sample_is_valid() {
        assert_eq!(problems_after(|_| {}), Vec::<String>::new());
    }

    /// The registry says which fields must be present; the reader enforces exactly that.
    #[test]
    fn required_fields_are_the_registrys() {
        use crate::core::data::fields::{PlaceField, SpaceField};
        let missing =
            |problems: &[String], path: &str| problems.iter().any(|p| p == &format!("{path}: missing required field"));
        for field in PlaceField::ALL {
            let problems = problems_after(|v| {
                v["places"][0].as_object_mut().unwrap().remove(field.key());
            });
            let path = format!("$.places[0].{}", field.key());
            assert_eq!(missing(&problems, &path), field.rules().required, "{path}: {problems:?}");
        }
        for field in SpaceField::ALL {
            let problems = problems_after(|v| {
                v["places"][0]["spaces"][0].as_object_mut().unwrap().remove(field.key());
            });
            let path = format!("$.places[0].spaces[0].{}", field.key());
            assert_eq!(missing(&problems, &path), field.rules().required, "{path}: {problems:?}");
        }
    }

    #[test]
    fn invalid_json_is_reported_with_line_and_column() {
        let err = validate("{\"schema\": 1,,}", &square_geography()).unwrap_err();
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
            let err = validate(text, &square_geography()).unwrap_err();
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
        let err = validate(&text.to_string(), &square_geography()).unwrap_err();
        assert!(err.truncated);
        assert_eq!(err.problems.len(), 1000);
    }
}
