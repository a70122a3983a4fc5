//! One bad record never takes the site down: what `load` shows of a file with errors.

use serde_json::{Value, json};

use crate::core::data::sample::{SAMPLE, square_geography};
use crate::core::data::{Checked, load};

fn checked(edit: impl FnOnce(&mut Value)) -> Checked {
    let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
    edit(&mut v);
    load(&v.to_string(), &square_geography()).expect("still shown")
}

fn ids(c: &Checked) -> Vec<&str> {
    c.dataset.places.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn hostile_links_are_dropped_and_every_place_still_shows() {
    let c = checked(|v| {
        for i in 0..3 {
            v["places"][i]["contact"] = json!({"url": "javascript:alert(1)", "phone": "021-1234"});
        }
    });
    assert_eq!(ids(&c).len(), 4);
    assert_eq!(c.problems.len(), 3);
    assert!(c.dataset.places.iter().all(|p| p.contact.url.is_none()), "no hostile link survives");
    assert_eq!(c.dataset.places[0].contact.phone.as_deref(), Some("021-1234"), "the rest of the contact stays");
    assert!(c.left_out.is_empty());
}

#[test]
fn a_record_with_an_invalid_required_field_is_left_out_and_named() {
    let c = checked(|v| {
        v["places"][1]["kind"] = json!("castle");
        v["places"][3]["id"] = json!("haoyuan");
        v["places"][0]["opening"] = json!("soon");
    });
    assert_eq!(ids(&c), ["haoyuan", "zhengfeng"], "the castle and the second haoyuan are left out");
    let left: Vec<(&str, Option<&str>)> = c.left_out.iter().map(|l| (l.path.as_str(), l.id.as_deref())).collect();
    assert_eq!(left, [("$.places[1]", Some("xinggu")), ("$.places[3]", Some("haoyuan"))]);
    assert_eq!(c.dataset.places[0].opening, None, "an invalid optional value is dropped, the place kept");
    assert_eq!(c.problems.len(), 3);
}

#[test]
fn a_place_keeps_the_sources_that_can_be_shown_and_needs_one() {
    let c = checked(|v| {
        v["sources"][1]["url"] = json!("javascript:alert(1)");
        v["places"][0]["timeline"] = json!([
            {"date": "2025-05", "event": {"en": "Built."}, "sources": ["shine"]},
            {"date": "2025-06", "event": {"en": "Claimed by the blog."}, "sources": ["blog"]}
        ]);
        v["places"][0]["cite"] = json!({"investment_cny": ["blog"]});
    });
    // The blog is not a web address: it is left out, and with it anything resting on it alone.
    assert_eq!(c.dataset.sources.len(), 1);
    assert_eq!(ids(&c), ["haoyuan", "xinggu", "zhengfeng"], "anting-park cites only the blog");
    let haoyuan = &c.dataset.places[0];
    assert_eq!(haoyuan.timeline.len(), 1, "the event resting on the blog is left out");
    assert!(!haoyuan.value(crate::core::data::PlaceField::InvestmentCny).is_published());
    assert_eq!(c.dataset.places[2].sources, ["shine"], "zhengfeng keeps its other source");
    assert_eq!(c.left_out.len(), 1);
    assert_eq!(c.problems.len(), 1, "one cause, reported once: {:?}", c.problems);
}

#[test]
fn one_language_of_a_name_cites_its_own_source() {
    use crate::core::data::PlaceField;
    use crate::core::text::Lang;
    let c = checked(|v| {
        v["places"][3]["cite"] = json!({"name.zh": ["blog"], "name.fr": ["blog"], "address.zh": ["gone"]});
        v["places"][0]["cite"] = json!({"name.zh": ["gone"]});
    });
    let anting = &c.dataset.places[3];
    assert_eq!(anting.cite_text.get(&(PlaceField::Name, Lang::Zh)), Some(&vec!["blog".to_owned()]));
    assert_eq!(anting.sources_for_text(PlaceField::Name, Lang::En), anting.sources.as_slice());
    let problems: Vec<String> = c.problems.iter().map(ToString::to_string).collect();
    assert!(problems.iter().any(|p| p.ends_with("\"name.fr\" is not a field that can be cited")), "{problems:?}");
    // Haoyuan's name has no Chinese: citing one to nowhere costs nothing else.
    assert_eq!(c.dataset.places[0].name.en.as_deref(), Some("Haoyuan Smart Manufacturing Industrial Park"));
}

#[test]
fn dangling_references_are_dropped() {
    let c = checked(|v| {
        v["places"][0]["town"] = json!("atlantis");
        v["places"][0]["sectors"] = json!(["icv", "unobtainium"]);
        v["places"][0]["nearby"] = json!(["ghost", "xinggu", "haoyuan"]);
        v["places"][0]["recognition"] = json!({"nobel": null, "sms": null});
        v["places"][0]["location"] = json!({"lon": 116.39, "lat": 39.9, "crs": "wgs84", "precision": "exact"});
    });
    let p = &c.dataset.places[0];
    assert_eq!(
        (p.town.as_deref(), p.sectors.as_slice(), p.nearby.as_slice()),
        (None, &["icv".to_owned()][..], &["xinggu".to_owned()][..])
    );
    assert_eq!(p.recognition.len(), 1);
    assert_eq!(p.location, None, "a point outside the district is not drawn");
    assert_eq!(c.problems.len(), 6);
}

/// Found by the fuzz smoke run: a refused file must say why.
#[test]
fn a_file_with_no_places_is_refused_with_a_reason() {
    let empty = r#"{"schema":1,"updated":"2025","sources":[],"towns":[],"sectors":[],"places":[]}"#;
    let err = load(empty, &square_geography()).unwrap_err();
    assert_eq!(
        err.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["$.places: no place that can be shown"]
    );
}

#[test]
fn only_an_unreadable_file_an_unknown_schema_or_no_place_refuses_the_whole() {
    let geo = square_geography();
    assert!(load("{\"schema\": 1,", &geo).is_err());
    assert!(load(&SAMPLE.replace("\"schema\": 1", "\"schema\": 2"), &geo).is_err());
    let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
    for p in v["places"].as_array_mut().unwrap() {
        p["kind"] = json!("castle");
    }
    let err = load(&v.to_string(), &geo).unwrap_err();
    assert_eq!(err.problems.len(), 4, "every problem is still listed");
    let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
    v["towns"] = json!("not a list");
    v["updated"] = json!("soon");
    let c = load(&v.to_string(), &geo).expect("no towns is not fatal");
    assert!(c.dataset.places.iter().all(|p| p.town.is_none()) && c.dataset.updated.is_none());
}

#[test]
fn an_operator_submission_needs_a_date_and_a_contact_but_no_address() {
    let c = checked(|v| {
        v["sources"][0] = json!({"id": "shine", "title": "Unit list from the park office", "reliability": "operator",
                                 "date": "2026-11-30", "contact": "Park office, 021-5999 0000"});
        v["sources"][1]["url"] = Value::Null;
    });
    assert_eq!(c.dataset.source("shine").and_then(|s| s.url.as_deref()), None, "no address needed");
    let problems: Vec<String> = c.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("$.sources[1].url: missing required field"), "{problems:?}");
    let c = checked(|v| v["sources"][0] = json!({"id": "shine", "title": "A call", "reliability": "operator"}));
    let problems: Vec<String> = c.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "$.sources[0].date: an operator's submission needs the date it was given",
            "$.sources[0].contact: an operator's submission needs a contact to ask about it",
        ]
    );
}

#[test]
fn a_point_set_by_a_person_says_who_and_how() {
    let c = checked(|v| {
        let location = &mut v["places"][0]["location"];
        location["precision"] = json!("exact");
        location["located_by"] = json!("Jiading investment office");
        location["located_how"] = json!("site-visit");
        location["located_on"] = json!("2026-11-30");
    });
    let located = c.dataset.places[0].located.as_ref().expect("provenance");
    assert_eq!(located.by.as_deref(), Some("Jiading investment office"));
    assert_eq!(located.how, Some(crate::core::data::LocatedHow::SiteVisit));
    assert_eq!(located.on.map(|d| d.canonical()).as_deref(), Some("2026-11-30"));
    assert!(c.problems.is_empty());
    let c = checked(|v| v["places"][0]["location"]["located_how"] = json!("guess"));
    let p = &c.dataset.places[0];
    assert!(p.location.is_some() && p.located.is_none(), "a bad method is dropped, the point kept");
    assert_eq!(c.problems.len(), 1);
}

#[test]
fn a_label_point_is_where_its_town_or_the_district_is_labelled() {
    let mut geo = square_geography();
    let label = |id: &str, lon, lat| crate::core::geo::TownLabel {
        id: id.into(),
        name_zh: String::new(),
        name_en: String::new(),
        lon,
        lat,
    };
    geo.towns.push(label("jiading-industrial-zone", 121.2024, 31.4245));
    let load_with = |edit: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
        edit(&mut v);
        load(&v.to_string(), &geo).expect("still shown")
    };
    assert!(load_with(&|_| ()).problems.is_empty(), "the sample's town point is its label point");
    let moved = load_with(&|v| v["places"][0]["location"]["lon"] = json!(121.3));
    assert_eq!(moved.problems.len(), 1, "{:?}", moved.problems);
    assert!(moved.problems[0].message.contains("label point (121.2024, 31.4245)"), "{}", moved.problems[0].message);
    let p = &moved.dataset.places[0].location.expect("kept, at the label point");
    assert_eq!((p.point.lon, p.point.lat), (121.2024, 31.4245));
    let townless = load_with(&|v| v["places"][0]["town"] = Value::Null);
    assert!(townless.problems[0].message.contains("needs the place's town"), "{:?}", townless.problems);
    let p = townless.dataset.places[0].location.expect("kept, as the district's point");
    assert_eq!((p.point.lon, p.point.lat, p.precision.id()), (121.25, 31.38, "district"));
}
