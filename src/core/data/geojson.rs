//! Reading public/data/jiading.geojson (district outline, neighbours, town label points, town
//! outlines where a source publishes them) into
//! a [`Geography`], every problem with its JSON path.

use serde_json::Value;

use crate::core::data::problem::Problem;
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::geo::{Area, Geography, Polygon, TownLabel, TownOutline};

/// Parses the GeoJSON the app draws and validates places against.
pub fn read_geography(json: &str) -> Result<Geography, Vec<Problem>> {
    let root: Value = serde_json::from_str(json)
        .map_err(|e| vec![Problem { path: "$".into(), message: format!("not valid JSON: {e}") }])?;
    let mut r = Reader::default();
    let mut district = None;
    let mut neighbours = Vec::new();
    let mut towns = Vec::new();
    let mut town_outlines = Vec::new();
    let features = r
        .object(&root, "$")
        .and_then(|o| r.required(o, "features", "$"))
        .and_then(|f| r.array(f, "$.features"))
        .cloned()
        .unwrap_or_default();
    for (i, feature) in features.iter().enumerate() {
        let path = index_path("$.features", i);
        let Some(obj) = r.object(feature, &path) else { continue };
        let props_path = key_path(&path, "properties");
        let Some(props) = r.required(obj, "properties", &path).and_then(|p| r.object(p, &props_path)) else {
            continue;
        };
        let text = |r: &mut Reader, key: &str| {
            r.required(props, key, &props_path).and_then(|v| r.string(v, &key_path(&props_path, key)))
        };
        let role = text(&mut r, "role").unwrap_or_default();
        let geometry_path = key_path(&path, "geometry");
        let Some(geometry) = r.required(obj, "geometry", &path) else { continue };
        match role.as_str() {
            "district" | "neighbour" => {
                let polygons = read_polygons(&mut r, geometry, &geometry_path);
                let area = Area {
                    name_zh: text(&mut r, "name_zh").unwrap_or_default(),
                    name_en: text(&mut r, "name_en").unwrap_or_default(),
                    polygons,
                };
                if role == "district" {
                    let label = |r: &mut Reader, key: &str| {
                        r.required(props, key, &props_path).and_then(|v| r.coordinate(v, &key_path(&props_path, key)))
                    };
                    let lon = label(&mut r, "label_lon").unwrap_or_default();
                    let lat = label(&mut r, "label_lat").unwrap_or_default();
                    district = Some((area, (lon, lat)));
                } else {
                    neighbours.push(area);
                }
            }
            "town-label" => {
                let id = text(&mut r, "id").unwrap_or_default();
                let name_zh = text(&mut r, "name_zh").unwrap_or_default();
                let name_en = text(&mut r, "name_en").unwrap_or_default();
                if let Some((lon, lat)) = read_point(&mut r, geometry, &geometry_path) {
                    towns.push(TownLabel { id, name_zh, name_en, lon, lat });
                }
            }
            "town-outline" => {
                let id = text(&mut r, "id").unwrap_or_default();
                let polygons = read_polygons(&mut r, geometry, &geometry_path);
                town_outlines.push(TownOutline { id, polygons });
            }
            other => r.problem(
                &key_path(&props_path, "role"),
                format!("unknown role {other:?}: expected district | neighbour | town-label | town-outline"),
            ),
        }
    }
    match district {
        Some((district, district_label)) if r.problems.is_empty() => {
            Ok(Geography { district, district_label, neighbours, towns, town_outlines })
        }
        None => {
            r.problem("$.features", "no feature with role \"district\" (the Jiading outline)");
            Err(r.problems)
        }
        Some(_) => Err(r.problems),
    }
}

fn read_point(r: &mut Reader, geometry: &Value, path: &str) -> Option<(f64, f64)> {
    let obj = r.object(geometry, path)?;
    let coords_path = key_path(path, "coordinates");
    let coords = r.required(obj, "coordinates", path).and_then(|c| r.array(c, &coords_path))?;
    match coords.as_slice() {
        [lon, lat] => {
            Some((r.coordinate(lon, &index_path(&coords_path, 0))?, r.coordinate(lat, &index_path(&coords_path, 1))?))
        }
        _ => {
            r.problem(&coords_path, "a point needs exactly [lon, lat]");
            None
        }
    }
}

fn read_polygons(r: &mut Reader, geometry: &Value, path: &str) -> Vec<Polygon> {
    let Some(obj) = r.object(geometry, path) else { return Vec::new() };
    let kind = r.required(obj, "type", path).and_then(|t| r.string(t, &key_path(path, "type")));
    let coords_path = key_path(path, "coordinates");
    let Some(coords) = r.required(obj, "coordinates", path) else { return Vec::new() };
    match kind.as_deref() {
        Some("Polygon") => read_polygon(r, coords, &coords_path).into_iter().collect(),
        Some("MultiPolygon") => r
            .array(coords, &coords_path)
            .map(|polys| {
                polys.iter().enumerate().filter_map(|(i, p)| read_polygon(r, p, &index_path(&coords_path, i))).collect()
            })
            .unwrap_or_default(),
        other => {
            r.problem(&key_path(path, "type"), format!("expected Polygon or MultiPolygon, found {other:?}"));
            Vec::new()
        }
    }
}

fn read_polygon(r: &mut Reader, v: &Value, path: &str) -> Option<Polygon> {
    let rings = r.array(v, path)?;
    let mut out = Vec::with_capacity(rings.len());
    for (i, ring) in rings.iter().enumerate() {
        let ring_path = index_path(path, i);
        let points = r.array(ring, &ring_path)?;
        let mut parsed = Vec::with_capacity(points.len());
        for (j, p) in points.iter().enumerate() {
            let p_path = index_path(&ring_path, j);
            match p.as_array().map(Vec::as_slice) {
                Some([lon, lat]) => parsed.push((r.coordinate(lon, &p_path)?, r.coordinate(lat, &p_path)?)),
                _ => {
                    r.problem(&p_path, "expected [lon, lat]");
                    return None;
                }
            }
        }
        if parsed.len() < 4 {
            r.problem(&ring_path, "a ring needs at least 4 positions");
            return None;
        }
        out.push(parsed);
    }
    Some(Polygon { rings: out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_the_district_is_refused_with_a_path() {
        let problems = read_geography(r#"{"type":"FeatureCollection","features":[]}"#).unwrap_err();
        assert_eq!(problems[0].to_string(), "$.features: no feature with role \"district\" (the Jiading outline)");
        let problems = read_geography(
            r#"{"features":[{"properties":{"role":"moon"},"geometry":{"type":"Point","coordinates":[0,0]}}]}"#,
        )
        .unwrap_err();
        assert!(problems[0].to_string().starts_with("$.features[0].properties.role: unknown role"), "{problems:?}");
        assert!(read_geography("nope").unwrap_err()[0].message.starts_with("not valid JSON"));
    }

    #[test]
    fn a_town_outline_is_read_with_its_id() {
        let g = read_geography(
            r#"{"features":[
            {"properties":{"role":"district","name_zh":"嘉定区","name_en":"Jiading","label_lon":0.5,"label_lat":0.5},
             "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
            {"properties":{"role":"town-outline","id":"anting"},
             "geometry":{"type":"Polygon","coordinates":[[[0,0],[0.5,0],[0.5,0.5],[0,0.5],[0,0]]]}}]}"#,
        )
        .unwrap();
        assert_eq!(g.town_outline("anting").map(<[Polygon]>::len), Some(1));
        assert_eq!(g.town_outline("malu"), None);
    }
}
