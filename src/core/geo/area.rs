//! The district's geography as drawn on the map: the outline, neighbouring districts, the town
//! label points and any town outlines (public/data/jiading.geojson, read by
//! `core::data::read_geography`), and point-in-polygon.

use crate::core::geo::convert::to_gcj02;
use crate::core::geo::point::Point;
use crate::core::text::Lang;

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

impl TownLabel {
    /// The town's name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.name_zh,
            Lang::En => &self.name_en,
        }
    }
}

/// A town's outline, where a cited source publishes one (role "town-outline"): what bounds how
/// far a place known only to be in the town can be.
#[derive(Clone, Debug, PartialEq)]
pub struct TownOutline {
    pub id: String,
    pub polygons: Vec<Polygon>,
}

/// The contents of `public/data/jiading.geojson`, all in GCJ-02.
#[derive(Clone, Debug, PartialEq)]
pub struct Geography {
    pub district: Area,
    pub district_label: (f64, f64),
    pub neighbours: Vec<Area>,
    pub towns: Vec<TownLabel>,
    pub town_outlines: Vec<TownOutline>,
}

impl Geography {
    pub fn town_outline(&self, id: &str) -> Option<&[Polygon]> {
        self.town_outlines.iter().find(|t| t.id == id).map(|t| t.polygons.as_slice())
    }

    /// The label point of a town, or with no town the district's: where a place known only to
    /// be there is shown (approximately).
    pub fn label_point(&self, town: Option<&str>) -> Option<(f64, f64)> {
        match town {
            Some(id) => self.towns.iter().find(|t| t.id == id).map(|t| (t.lon, t.lat)),
            None => Some(self.district_label),
        }
    }

    /// Whether a point lies inside the district outline (points on the edge count as inside).
    pub fn contains(&self, point: Point) -> bool {
        let (lon, lat) = to_gcj02(point);
        self.district.polygons.iter().any(|p| polygon_contains(p, lon, lat))
    }
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
}
