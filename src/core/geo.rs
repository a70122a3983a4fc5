//! Geometry of the district: outline, neighbours, town label points; point-in-polygon; and the
//! GCJ-02 ⇄ WGS-84 conversion Chinese map data needs.

use std::f64::consts::PI;

use serde_json::Value;

use crate::core::json_read::{Reader, index_path, key_path};
use crate::core::model::{Crs, Point};
use crate::core::validate::Problem;

/// A ring of (lon, lat) pairs; the first ring of a polygon is its outline, the rest are holes.
pub type Ring = Vec<(f64, f64)>;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Polygon {
    pub rings: Vec<Ring>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    pub name_zh: String,
    pub name_en: String,
    pub polygons: Vec<Polygon>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TownLabel {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub lon: f64,
    pub lat: f64,
}

/// The contents of `public/data/jiading.geojson`, all in GCJ-02.
#[derive(Clone, Debug, PartialEq)]
pub struct Geography {
    pub district: Area,
    pub district_label: (f64, f64),
    pub neighbours: Vec<Area>,
    pub towns: Vec<TownLabel>,
}

impl Geography {
    pub fn parse(json: &str) -> Result<Geography, Vec<Problem>> {
        let root: Value = serde_json::from_str(json)
            .map_err(|e| vec![Problem { path: "$".into(), message: format!("not valid JSON: {e}") }])?;
        let mut r = Reader::default();
        let mut district = None;
        let mut neighbours = Vec::new();
        let mut towns = Vec::new();
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
                            r.required(props, key, &props_path)
                                .and_then(|v| r.coordinate(v, &key_path(&props_path, key)))
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
                other => r.problem(
                    &key_path(&props_path, "role"),
                    format!("unknown role {other:?}: expected district | neighbour | town-label"),
                ),
            }
        }
        match district {
            Some((district, district_label)) if r.problems.is_empty() => {
                Ok(Geography { district, district_label, neighbours, towns })
            }
            None => {
                r.problem("$.features", "no feature with role \"district\" (the Jiading outline)");
                Err(r.problems)
            }
            Some(_) => Err(r.problems),
        }
    }

    /// Whether a point lies inside the district outline (points on the edge count as inside).
    pub fn contains(&self, point: Point) -> bool {
        let (lon, lat) = to_gcj02(point);
        self.district.polygons.iter().any(|p| polygon_contains(p, lon, lat))
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

/// Even-odd ray casting over the outline and its holes.
pub fn polygon_contains(polygon: &Polygon, lon: f64, lat: f64) -> bool {
    let mut inside = false;
    for ring in &polygon.rings {
        for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
            let ((x1, y1), (x2, y2)) = (*a, *b);
            if on_segment((x1, y1), (x2, y2), (lon, lat)) {
                return true;
            }
            if (y1 > lat) != (y2 > lat) && lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1 {
                inside = !inside;
            }
        }
    }
    inside
}

fn on_segment((x1, y1): (f64, f64), (x2, y2): (f64, f64), (x, y): (f64, f64)) -> bool {
    let cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
    cross.abs() < 1e-12 && x >= x1.min(x2) && x <= x1.max(x2) && y >= y1.min(y2) && y <= y1.max(y2)
}

// GCJ-02 ("Mars coordinates") is WGS-84 plus a published, deterministic offset of up to a few
// hundred metres inside China. The forward formula is the widely reproduced one based on the
// Krasovsky 1940 ellipsoid; the inverse has no closed form and is found by fixed-point iteration.
const KRASOVSKY_A: f64 = 6_378_245.0;
const KRASOVSKY_EE: f64 = 0.006_693_421_622_965_943;

fn offset_lat(x: f64, y: f64) -> f64 {
    -100.0
        + 2.0 * x
        + 3.0 * y
        + 0.2 * y * y
        + 0.1 * x * y
        + 0.2 * x.abs().sqrt()
        + (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0
        + (20.0 * (y * PI).sin() + 40.0 * (y / 3.0 * PI).sin()) * 2.0 / 3.0
        + (160.0 * (y / 12.0 * PI).sin() + 320.0 * (y * PI / 30.0).sin()) * 2.0 / 3.0
}

fn offset_lon(x: f64, y: f64) -> f64 {
    300.0
        + x
        + 2.0 * y
        + 0.1 * x * x
        + 0.1 * x * y
        + 0.1 * x.abs().sqrt()
        + (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0
        + (20.0 * (x * PI).sin() + 40.0 * (x / 3.0 * PI).sin()) * 2.0 / 3.0
        + (150.0 * (x / 12.0 * PI).sin() + 300.0 * (x / 30.0 * PI).sin()) * 2.0 / 3.0
}

/// WGS-84 (lon, lat) to GCJ-02 (lon, lat).
pub fn wgs84_to_gcj02(lon: f64, lat: f64) -> (f64, f64) {
    let d_lat = offset_lat(lon - 105.0, lat - 35.0);
    let d_lon = offset_lon(lon - 105.0, lat - 35.0);
    let rad_lat = lat / 180.0 * PI;
    let magic = 1.0 - KRASOVSKY_EE * rad_lat.sin().powi(2);
    let sqrt_magic = magic.sqrt();
    let d_lat = (d_lat * 180.0) / ((KRASOVSKY_A * (1.0 - KRASOVSKY_EE)) / (magic * sqrt_magic) * PI);
    let d_lon = (d_lon * 180.0) / (KRASOVSKY_A / sqrt_magic * rad_lat.cos() * PI);
    (lon + d_lon, lat + d_lat)
}

/// GCJ-02 (lon, lat) to WGS-84 (lon, lat), accurate to well under a centimetre.
pub fn gcj02_to_wgs84(lon: f64, lat: f64) -> (f64, f64) {
    let (mut w_lon, mut w_lat) = (lon, lat);
    for _ in 0..30 {
        let (g_lon, g_lat) = wgs84_to_gcj02(w_lon, w_lat);
        let (e_lon, e_lat) = (g_lon - lon, g_lat - lat);
        w_lon -= e_lon;
        w_lat -= e_lat;
        if e_lon.abs() < 1e-10 && e_lat.abs() < 1e-10 {
            break;
        }
    }
    (w_lon, w_lat)
}

pub fn to_gcj02(point: Point) -> (f64, f64) {
    match point.crs {
        Crs::Gcj02 => (point.lon, point.lat),
        Crs::Wgs84 => wgs84_to_gcj02(point.lon, point.lat),
    }
}

/// Great-circle distance in metres (haversine on a spherical Earth).
pub fn distance_m((lon1, lat1): (f64, f64), (lon2, lat2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6_371_008.8 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> Polygon {
        Polygon { rings: vec![vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)]] }
    }

    #[test]
    fn point_in_polygon_handles_inside_outside_edges_and_holes() {
        let mut p = square();
        assert!(polygon_contains(&p, 5.0, 5.0));
        assert!(!polygon_contains(&p, 15.0, 5.0));
        assert!(polygon_contains(&p, 10.0, 5.0), "edge counts as inside");
        p.rings.push(vec![(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0), (4.0, 4.0)]);
        assert!(!polygon_contains(&p, 5.0, 5.0), "hole");
        assert!(polygon_contains(&p, 2.0, 2.0));
    }

    #[test]
    fn gcj02_round_trip_is_sub_centimetre_in_shanghai() {
        for (lon, lat) in [(121.2047, 31.2987), (121.4737, 31.2304), (121.25, 31.45), (120.9, 30.7)] {
            let (g_lon, g_lat) = wgs84_to_gcj02(lon, lat);
            let offset = distance_m((lon, lat), (g_lon, g_lat));
            assert!((100.0..1000.0).contains(&offset), "offset {offset} m in Shanghai");
            let back = gcj02_to_wgs84(g_lon, g_lat);
            assert!(distance_m((lon, lat), back) < 0.01);
        }
    }

    #[test]
    fn distance_matches_a_known_value() {
        // One degree of latitude is about 111.2 km.
        let d = distance_m((121.0, 31.0), (121.0, 32.0));
        assert!((d - 111_195.0).abs() < 50.0, "{d}");
    }
}
