//! GCJ-02 ⇄ WGS-84, and the coordinates a map draws in: the base map's system, or with no
//! base map GCJ-02 (the system the district outline and the data are published in).

use std::f64::consts::PI;

use crate::core::geo::point::{Crs, Point};

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

/// A point as WGS-84 (lat, lon), for `at` and `within`.
pub fn to_wgs84(p: Point) -> (f64, f64) {
    match p.crs {
        Crs::Wgs84 => (p.lat, p.lon),
        Crs::Gcj02 => {
            let (lon, lat) = gcj02_to_wgs84(p.lon, p.lat);
            (lat, lon)
        }
    }
}

/// A point as (lat, lon) in the map's coordinate system: the base map's, or with no base map,
/// GCJ-02 (the system the district outline and town points are published in).
pub fn to_display(p: Point, display: Crs) -> (f64, f64) {
    match (p.crs, display) {
        (a, b) if a == b => (p.lat, p.lon),
        (Crs::Gcj02, Crs::Wgs84) => to_wgs84(p),
        (_, _) => {
            let (lon, lat) = wgs84_to_gcj02(p.lon, p.lat);
            (lat, lon)
        }
    }
}

/// A map (lat, lon) back to WGS-84.
pub fn display_to_wgs84(lat: f64, lon: f64, display: Crs) -> (f64, f64) {
    to_wgs84(Point { lon, lat, crs: display })
}

/// WGS-84 (lat, lon) to the map's coordinates.
pub fn wgs84_to_display(lat: f64, lon: f64, display: Crs) -> (f64, f64) {
    to_display(Point { lon, lat, crs: Crs::Wgs84 }, display)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::distance_m;

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

    /// Published pair: wandergis/coordtransform's README gives wgs84togcj02(116.404, 39.915) =
    /// [116.41024449916938, 39.91640428150164] and gcj02towgs84(116.404, 39.915) =
    /// [116.39775550083061, 39.91359571849836] (its inverse is a one-step approximation).
    #[test]
    fn conversion_matches_published_reference_pairs() {
        let (lon, lat) = wgs84_to_gcj02(116.404, 39.915);
        assert!((lon - 116.41024449916938).abs() < 1e-9 && (lat - 39.91640428150164).abs() < 1e-9, "{lon} {lat}");
        let (lon, lat) = gcj02_to_wgs84(116.404, 39.915);
        let off = distance_m((lon, lat), (116.39775550083061, 39.91359571849836));
        assert!(off < 1.0, "iterative inverse within 1 m of the published approximation: {off} m");
    }

    #[test]
    fn display_conversion_round_trips_under_a_metre_across_shanghai() {
        let mut worst: f64 = 0.0;
        for i in 0..=20 {
            for j in 0..=20 {
                let (lat, lon) = (30.7 + 1.2 * f64::from(i) / 20.0, 120.85 + 1.2 * f64::from(j) / 20.0);
                let gcj = wgs84_to_display(lat, lon, Crs::Gcj02);
                let back = display_to_wgs84(gcj.0, gcj.1, Crs::Gcj02);
                worst = worst.max(distance_m((lon, lat), (back.1, back.0)));
            }
        }
        assert!(worst < 1.0, "worst round trip {worst} m");
    }
}
