//! The data files shipped in public/data pass the same validation the app runs on load, and
//! hold what the foundation promises: the named projects, the Haoyuan park's published figures,
//! the anchor enterprises and the 12 towns with their official codes.

use jiading_park_explorer::core::data::{Dataset, Kind, PlaceField, Precision, SpaceField, read_geography, validate};
use jiading_park_explorer::core::geo::Geography;
use jiading_park_explorer::core::text::Qualifier;

fn shipped() -> (Dataset, Geography) {
    let root = env!("CARGO_MANIFEST_DIR");
    let geo_text = std::fs::read_to_string(format!("{root}/public/data/jiading.geojson")).expect("jiading.geojson");
    let geo = read_geography(&geo_text).unwrap_or_else(|p| panic!("jiading.geojson: {p:#?}"));
    let text = std::fs::read_to_string(format!("{root}/public/data/places.json")).expect("places.json");
    match validate(&text, &geo) {
        Ok(d) => (d, geo),
        Err(invalid) => {
            let lines: Vec<String> = invalid.problems.iter().map(ToString::to_string).collect();
            panic!("public/data/places.json has {} problems:\n{}", lines.len(), lines.join("\n"));
        }
    }
}

#[test]
fn shipped_data_is_valid() {
    let (d, geo) = shipped();
    assert!(d.places.len() >= 40, "{} places", d.places.len());
    assert_eq!(geo.towns.len(), 12);
    assert!(geo.neighbours.len() >= 4);
}

#[test]
fn the_twelve_towns_have_their_official_codes_and_label_points() {
    let (d, geo) = shipped();
    assert_eq!(d.towns.len(), 12);
    for town in &d.towns {
        assert!(town.code.starts_with("310114") && town.code.len() == 9, "{}", town.code);
        let label = geo.towns.iter().find(|t| t.id == town.id).expect("a label point per town");
        let point = town.label_point.expect("label point");
        assert_eq!((point.lon, point.lat), (label.lon, label.lat), "{}", town.id);
        assert!(geo.contains(point), "{} lies in Jiading", town.id);
    }
    let anting = d.town("anting").expect("Anting");
    assert_eq!((anting.code.as_str(), anting.name.zh.as_deref()), ("310114103", Some("安亭镇")));
}

#[test]
fn the_four_named_projects_and_the_anchor_enterprises_are_present() {
    let (d, _) = shipped();
    for (id, town) in [
        ("xinggu-international-health-industry-park", "malu"),
        ("valeo-waigang-base", "waigang"),
        ("zhengfeng-valve-anting-base", "anting"),
        ("fangzhide-huating-cable-base", "huating"),
    ] {
        let p = &d.places[d.place_index(id).unwrap_or_else(|| panic!("{id} missing"))];
        assert_eq!(p.kind, Kind::Project, "{id}");
        assert_eq!(p.town.as_deref(), Some(town), "{id}");
        assert!(p.recognition.iter().any(|(prog, _)| prog == "smart-manufacturing-space"), "{id}");
        assert!(p.sources.iter().any(|s| s == "shine-2506100713"), "{id} cites the founding article");
    }
    for id in ["hesai", "united-imaging"] {
        let p = &d.places[d.place_index(id).expect(id)];
        assert_eq!(p.kind, Kind::Enterprise);
        assert_eq!(p.town.as_deref(), Some("jiading-industrial-zone"));
    }
}

#[test]
fn haoyuan_carries_every_published_figure() {
    let (d, _) = shipped();
    let p = &d.places[d.place_index("haoyuan-smart-manufacturing-park").expect("Haoyuan")];
    assert_eq!(p.figures.get(PlaceField::InvestmentCny), Some(400_000_000.0));
    assert_eq!(p.figures.get(PlaceField::BuildingAreaM2), Some(82_810.0));
    assert_eq!(p.buildings.iter().map(|b| b.count).sum::<u32>(), 6);
    let space = p.spaces.first().expect("the published ground-floor space");
    // The article gives a maximum ground-floor storey height, not a clear height.
    let n = |f: SpaceField| space.number(f);
    assert_eq!((n(SpaceField::Area), n(SpaceField::ClearHeight), n(SpaceField::FloorLoad)), (Some(4000.0), None, None));
    assert_eq!(n(SpaceField::StoreyHeight), Some(9.5));
    assert_eq!(space.qualifiers.get(&SpaceField::StoreyHeight), Some(&Qualifier::UpTo));
    assert_eq!(p.facilities.len(), 4, "canteen, negotiation area, office area, supermarket");
    assert_eq!(p.address.as_ref().and_then(|a| a.en.as_deref()), Some("155 Beihe Highway, Jiading Industrial Zone"));
    assert!(p.opening.is_none() && p.opening_planned.is_some(), "operation was planned, not reported");
    for s in ["icv", "sensors-iot", "medical-devices", "online-new-economy"] {
        assert!(p.sectors.iter().any(|x| x == s), "sector {s}");
    }
    assert!(p.nearby.iter().any(|n| n == "hesai") && p.nearby.iter().any(|n| n == "united-imaging"));
}

#[test]
fn no_location_claims_more_precision_than_the_sources_give() {
    let (d, geo) = shipped();
    for p in &d.places {
        let Some(location) = p.location else { continue };
        // No source publishes coordinates: every point is a town or district label point.
        match location.precision {
            Precision::Town => {
                let town = d.town(p.town.as_deref().expect("a town-level point needs a town")).expect("town");
                assert_eq!(Some(location.point), town.label_point, "{}", p.id);
            }
            Precision::District => {
                assert_eq!((location.point.lon, location.point.lat), geo.district_label, "{}", p.id)
            }
            other => panic!("{} claims {other:?} precision", p.id),
        }
    }
}

#[test]
fn every_source_is_cited_and_facts_cite_listed_sources() {
    let (d, _) = shipped();
    for s in &d.sources {
        let cited = d.places.iter().any(|p| {
            p.sources.contains(&s.id)
                || p.cite.values().any(|ids| ids.contains(&s.id))
                || p.facts.iter().any(|f| f.sources.contains(&s.id))
        });
        assert!(cited, "source {} is listed but never cited", s.id);
    }
    for p in &d.places {
        for f in &p.facts {
            for id in &f.sources {
                assert!(p.sources.contains(id), "{}: a fact cites {id}, which the place does not list", p.id);
            }
        }
    }
}

#[test]
fn every_chinese_character_in_the_data_has_a_pinyin_reading() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/public/data/places.json")).expect("places.json");
    let missing: std::collections::BTreeSet<char> = text
        .chars()
        .filter(|c| jiading_park_explorer::core::text::pinyin::is_han(*c))
        .filter(|c| jiading_park_explorer::core::text::pinyin::readings(*c).is_empty())
        .collect();
    assert!(
        missing.is_empty(),
        "no pinyin for {missing:?}: run `make pinyin` to regenerate src/core/text/pinyin_table.txt"
    );
}

#[test]
fn every_programme_says_how_many_members_its_sources_count() {
    let (d, _) = shipped();
    for p in &d.programmes {
        let members = p.members.unwrap_or_else(|| panic!("{}: members", p.id));
        let named = d.places.iter().filter(|x| x.recognition.iter().any(|(id, _)| id == &p.id)).count();
        assert!(named as u32 <= members, "{}: {named} named of {members}", p.id);
        assert!(!p.sources.is_empty(), "{}: the count rests on a source", p.id);
    }
    let sms = d.programmes.iter().find(|p| p.id == "smart-manufacturing-space").expect("programme");
    assert_eq!(sms.members, Some(32));
}

#[test]
fn every_known_status_is_dated_unless_its_sources_are_not() {
    let (d, _) = shipped();
    for p in &d.places {
        if p.status == jiading_park_explorer::core::data::Status::Unknown || p.status_as_of.is_some() {
            continue;
        }
        let undated = p.sources_for(PlaceField::Status).iter().all(|id| d.source(id).is_some_and(|s| s.date.is_none()));
        assert!(undated, "{}: a status without its date", p.id);
    }
}

#[test]
fn the_file_is_in_the_canonical_form_the_workbench_writes() {
    let text =
        std::fs::read_to_string(format!("{}/public/data/places.json", env!("CARGO_MANIFEST_DIR"))).expect("file");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let written = jiading_park_explorer::core::edit::canonical::canonical(&v);
    assert!(written == text, "public/data/places.json is not in the canonical form: run `make format-data`");
}

#[test]
fn the_places_and_spaces_spreadsheets_round_trip_the_shipped_file() {
    use jiading_park_explorer::core::edit::csv_io::{Sheet, export, import};
    let text =
        std::fs::read_to_string(format!("{}/public/data/places.json", env!("CARGO_MANIFEST_DIR"))).expect("file");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let (_, geo) = shipped();
    for sheet in [Sheet::Places, Sheet::Spaces] {
        let csv = String::from_utf8(export(&doc, sheet)).expect("UTF-8");
        let p = import(&doc, sheet, &csv, &geo).expect("its own export reads");
        assert!(p.errors.is_empty() && p.added.is_empty() && p.changed.is_empty(), "{sheet:?}: {:?}", p.errors);
        assert_eq!(jiading_park_explorer::core::edit::canonical::canonical(&p.result), text, "{sheet:?}");
    }
}
