//! Where a place known only to its town, or only to the district, is put: that label point,
//! marked approximate — the same point every such place has, which the validator checks.

use serde_json::{Value, json};

use crate::core::data::vocab::Precision;
use crate::core::geo::{Crs, Geography};

/// Gives every place whose location says only how precise it is — a town or the district,
/// without coordinates, as a spreadsheet row may — that label point; the ids of those placed.
pub fn fill_label_points(doc: &mut Value, geo: &Geography) -> Vec<String> {
    let mut placed = Vec::new();
    let Some(places) = doc.get_mut("places").and_then(Value::as_array_mut) else { return placed };
    for place in places {
        let town = place.get("town").and_then(Value::as_str).map(str::to_owned);
        let Some(location) = place.get_mut("location").filter(|l| l.is_object()) else { continue };
        let precision = location.get("precision").and_then(Value::as_str).and_then(Precision::parse);
        let unplaced = ["lon", "lat"].iter().all(|k| location.get(*k).is_none_or(Value::is_null));
        let town = match precision {
            Some(Precision::Town) if town.is_some() => town,
            Some(Precision::District) => None,
            _ => continue,
        };
        if let (true, Some(point)) = (unplaced, label_location(geo, town.as_deref())) {
            *location = point;
            placed.extend(place.get("id").and_then(Value::as_str).map(str::to_owned));
        }
    }
    placed
}

/// The location of a place known only to `town` (or, with none, only to the district).
pub fn label_location(geo: &Geography, town: Option<&str>) -> Option<Value> {
    let (lon, lat) = geo.label_point(town)?;
    let precision = if town.is_some() { Precision::Town } else { Precision::District };
    Some(json!({"lon": lon, "lat": lat, "crs": Crs::Gcj02.id(), "precision": precision.id()}))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::square_geography;
    use crate::core::geo::TownLabel;

    #[test]
    fn a_town_gives_its_label_point_and_no_town_the_districts() {
        let mut geo = square_geography();
        let town = TownLabel { id: "juyuan".into(), lon: 121.2142, lat: 31.3755, ..geo_town() };
        geo.towns.push(town.clone());
        assert_eq!(
            label_location(&geo, Some(&town.id)),
            Some(json!({"lon": town.lon, "lat": town.lat, "crs": "gcj02", "precision": "town"}))
        );
        let (lon, lat) = geo.district_label;
        assert_eq!(
            label_location(&geo, None),
            Some(json!({"lon": lon, "lat": lat, "crs": "gcj02", "precision": "district"}))
        );
        assert_eq!(label_location(&geo, Some("atlantis")), None);
    }

    #[test]
    fn rows_that_say_only_town_or_district_get_that_label_point() {
        let mut geo = square_geography();
        geo.towns.push(TownLabel { id: "juyuan".into(), lon: 121.2142, lat: 31.3755, ..geo_town() });
        let mut doc = json!({"places": [
            {"id": "a", "town": "juyuan", "location": {"precision": "town"}},
            {"id": "b", "location": {"precision": "district", "lon": null}},
            {"id": "c", "location": {"precision": "town"}},
            {"id": "d", "location": {"precision": "exact"}},
            {"id": "e", "location": {"lon": 121.3, "lat": 31.3, "crs": "gcj02", "precision": "district"}}
        ]});
        let before = doc.clone();
        assert_eq!(fill_label_points(&mut doc, &geo), ["a", "b"]);
        assert_eq!(
            doc["places"][0]["location"],
            json!({"lon": 121.2142, "lat": 31.3755, "crs": "gcj02", "precision": "town"})
        );
        assert_eq!(doc["places"][1]["location"]["lat"], json!(31.38));
        assert_eq!(doc["places"][2], before["places"][2], "a town point without a town is for the validator to name");
        assert_eq!(doc["places"][3], before["places"][3], "an exact point is never guessed");
        assert_eq!(doc["places"][4], before["places"][4], "coordinates given are kept");
    }

    fn geo_town() -> TownLabel {
        TownLabel {
            id: String::new(),
            name_zh: "菊园新区".into(),
            name_en: "Juyuan New Area".into(),
            lon: 0.0,
            lat: 0.0,
        }
    }
}
