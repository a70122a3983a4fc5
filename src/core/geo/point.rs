//! A point on the map, the coordinate system it is given in, and distances.

use crate::core::geo::to_wgs84;
use crate::core::text::vocabulary;

vocabulary!(
    /// WGS-84 (GPS, OpenStreetMap, Tianditu) or GCJ-02 (the offset system Chinese maps publish in).
    Crs { Wgs84 = "wgs84", Gcj02 = "gcj02" }
);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub lon: f64,
    pub lat: f64,
    pub crs: Crs,
}

/// The mean Earth radius every distance here is measured on.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance in metres (haversine on a spherical Earth).
pub fn distance_m((lon1, lat1): (f64, f64), (lon2, lat2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().asin()
}

/// Straight-line distance between two points in kilometres, whatever their systems.
pub fn distance_km(a: Point, b: Point) -> f64 {
    let (lat_a, lon_a) = to_wgs84(a);
    let (lat_b, lon_b) = to_wgs84(b);
    distance_m((lon_a, lat_a), (lon_b, lat_b)) / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_matches_a_known_value() {
        // One degree of latitude is about 111.2 km.
        let d = distance_m((121.0, 31.0), (121.0, 32.0));
        assert!((d - 111_195.0).abs() < 50.0, "{d}");
    }
}
