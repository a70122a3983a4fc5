//! How near and how far an outline is from a point: the range of distances to a place known
//! only to lie somewhere inside it.

use crate::core::geo::area::{Polygon, polygon_contains};
use crate::core::geo::convert::to_gcj02;
use crate::core::geo::point::{EARTH_RADIUS_M, Point};

/// Kilometres per degree of latitude (and of longitude at the equator), on the sphere the
/// distances use.
const KM_PER_DEGREE: f64 = EARTH_RADIUS_M / 1000.0 * std::f64::consts::PI / 180.0;

/// The nearest and farthest distance in km from `from` to any point inside `polygons` (GCJ-02,
/// as the geography is): 0 when `from` is inside. Measured on a plane tangent at `from`, which
/// over a district's extent is within a fraction of a percent of the great-circle distance.
/// `None` for an empty outline.
pub fn distance_range_km(from: Point, polygons: &[Polygon]) -> Option<(f64, f64)> {
    let (lon0, lat0) = to_gcj02(from);
    let scale_x = KM_PER_DEGREE * lat0.to_radians().cos();
    let plane = |(lon, lat): (f64, f64)| ((lon - lon0) * scale_x, (lat - lat0) * KM_PER_DEGREE);
    let rings = polygons.iter().flat_map(|p| p.rings.iter()).filter(|r| !r.is_empty());
    let (mut nearest, mut farthest, mut any) = (f64::INFINITY, 0.0_f64, false);
    for ring in rings {
        for (a, b) in ring.iter().zip(ring.iter().skip(1)) {
            let (a, b) = (plane(*a), plane(*b));
            nearest = nearest.min(to_segment(a, b));
            farthest = farthest.max(a.0.hypot(a.1)).max(b.0.hypot(b.1));
            any = true;
        }
    }
    let inside = polygons.iter().any(|p| polygon_contains(p, lon0, lat0));
    any.then_some((if inside { 0.0 } else { nearest }, farthest))
}

/// Distance from the origin to the segment a–b.
fn to_segment((ax, ay): (f64, f64), (bx, by): (f64, f64)) -> f64 {
    let (dx, dy) = (bx - ax, by - ay);
    let length2 = dx * dx + dy * dy;
    let t = if length2 == 0.0 { 0.0 } else { (-(ax * dx + ay * dy) / length2).clamp(0.0, 1.0) };
    (ax + t * dx).hypot(ay + t * dy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::point::{Crs, distance_m};

    /// A square 0.1° on a side (about 11 × 9.5 km at Jiading's latitude).
    fn square() -> Vec<Polygon> {
        let ring = vec![(121.2, 31.3), (121.3, 31.3), (121.3, 31.4), (121.2, 31.4), (121.2, 31.3)];
        vec![Polygon { rings: vec![ring] }]
    }

    fn gcj(lon: f64, lat: f64) -> Point {
        Point { lon, lat, crs: Crs::Gcj02 }
    }

    #[test]
    fn inside_the_range_starts_at_zero_and_ends_at_the_farthest_corner() {
        let (near, far) = distance_range_km(gcj(121.25, 31.35), &square()).unwrap();
        assert_eq!(near, 0.0);
        let corner = distance_m((121.25, 31.35), (121.2, 31.3)) / 1000.0;
        assert!((far - corner).abs() < 0.02, "{far} vs {corner}");
    }

    #[test]
    fn outside_the_range_starts_at_the_nearest_edge() {
        // 0.05° of latitude south of the square's lower edge, level with its middle.
        let (near, far) = distance_range_km(gcj(121.25, 31.25), &square()).unwrap();
        assert!((near - 0.05 * KM_PER_DEGREE).abs() < 0.01, "{near}");
        let corner = distance_m((121.25, 31.25), (121.2, 31.4)) / 1000.0;
        assert!((far - corner).abs() < 0.05, "{far} vs {corner}");
        assert_eq!(distance_range_km(gcj(121.25, 31.25), &[]), None);
    }
}
