//! "Near this point": the results ranked by straight-line distance from a point the user chose
//! (`from=lat,lon`, WGS-84 like `at`). Only a place located on its own site or address has a
//! distance. A place whose point is its town's label point is somewhere in that town: with the
//! town's outline its distance is a range (nearest to farthest edge); without one (no cited source
//! publishes them yet) it gets no distance of its own, only its town's label point's, said as such.
//! These places follow the measured ones, nearest town label first.

use crate::core::data::{Dataset, Precision};
use crate::core::geo::{Crs, Geography, Point, coord, distance_km, distance_range_km, numbers, valid_lat_lon};

/// The point distances are measured from, in WGS-84 (what a phone's location gives).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Origin {
    pub lat: f64,
    pub lon: f64,
}

impl Origin {
    /// A point from the map or the browser, checked like one from the URL (a map panned across
    /// the 180th meridian reports longitudes past ±180).
    pub fn new(lat: f64, lon: f64) -> Option<Origin> {
        (lat.is_finite() && lon.is_finite() && valid_lat_lon(lat, lon)).then_some(Origin { lat, lon })
    }

    pub fn parse(s: &str) -> Option<Origin> {
        let [lat, lon] = numbers::<2>(s)?;
        Origin::new(lat, lon)
    }

    pub fn encode(self) -> String {
        format!("{},{}", coord(self.lat), coord(self.lon))
    }

    pub fn point(self) -> Point {
        Point { lat: self.lat, lon: self.lon, crs: Crs::Wgs84 }
    }
}

/// How far a place is from the origin, as far as the data can say.
#[derive(Clone, Debug, PartialEq)]
pub enum Distance {
    /// Measured to the place's own site or address.
    Km(f64),
    /// The place is somewhere in this town: the nearest and farthest the town's outline is,
    /// where the geography has one; else only how far the town's label point is, which can be
    /// nearer or farther than the place.
    InTown { town: String, label_km: f64, range_km: Option<(f64, f64)> },
    /// The place is somewhere in the district.
    InDistrict,
    /// No location is published.
    Unlocated,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Near {
    pub place: usize,
    pub distance: Distance,
}

/// How many of the ranked places fall in each group (for the count read out after ranking).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NearCounts {
    pub measured: usize,
    pub in_town: usize,
    pub unmeasured: usize,
}

/// `results` ranked from `from`: measured places nearest first, then the places known only to
/// their town (nearest town label point first), then those known only to the district, then those
/// with no location. Ties keep the order of `results` (the search's ranking).
pub fn rank(d: &Dataset, geo: &Geography, results: &[usize], from: Origin) -> Vec<Near> {
    let origin = from.point();
    let mut keyed: Vec<((u8, f64), Near)> = results
        .iter()
        .filter_map(|&i| Some((i, d.places.get(i)?)))
        .map(|(i, p)| {
            let (group, km, distance) = match p.location {
                None => (3, 0.0, Distance::Unlocated),
                Some(l) => match l.precision {
                    Precision::Exact | Precision::Address => {
                        let km = distance_km(origin, l.point);
                        (0, km, Distance::Km(km))
                    }
                    Precision::Town => {
                        let town = p.town.as_deref().and_then(|t| d.town(t));
                        let km = distance_km(origin, town.and_then(|t| t.label_point).unwrap_or(l.point));
                        match town {
                            Some(t) => {
                                let range_km = geo.town_outline(&t.id).and_then(|o| distance_range_km(origin, o));
                                // With an outline, the town's nearest edge orders it; else its label.
                                let order = range_km.map_or(km, |(near, _)| near);
                                (1, order, Distance::InTown { town: t.id.clone(), label_km: km, range_km })
                            }
                            None => (2, 0.0, Distance::InDistrict),
                        }
                    }
                    Precision::District => (2, 0.0, Distance::InDistrict),
                },
            };
            ((group, km), Near { place: i, distance })
        })
        .collect();
    keyed.sort_by(|(a, _), (b, _)| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    keyed.into_iter().map(|(_, n)| n).collect()
}

pub fn counts(ranked: &[Near]) -> NearCounts {
    ranked.iter().fold(NearCounts::default(), |mut c, n| {
        match n.distance {
            Distance::Km(_) => c.measured += 1,
            Distance::InTown { .. } => c.in_town += 1,
            Distance::InDistrict | Distance::Unlocated => c.unmeasured += 1,
        }
        c
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::Location;
    use crate::core::data::sample::{sample, square_geography};
    use crate::core::geo::{Polygon, TownOutline};
    use crate::core::geo::{gcj02_to_wgs84, to_wgs84};

    fn at(d: &mut Dataset, i: usize, lon: f64, lat: f64, precision: Precision) {
        d.places[i].location = Some(Location { point: Point { lon, lat, crs: Crs::Gcj02 }, precision });
    }

    #[test]
    fn from_parses_a_wgs84_point_and_round_trips() {
        let o = Origin::parse(" 31.38390, 121.249 ").unwrap();
        assert_eq!(o, Origin { lat: 31.3839, lon: 121.249 });
        assert_eq!(o.encode(), "31.3839,121.249");
        for bad in ["", "31", "31,121,5", "91,121", "31,200", "NaN,121", "a,b", "31,inf"] {
            assert_eq!(Origin::parse(bad), None, "{bad}");
        }
        assert_eq!(Origin::new(31.0, 541.0), None, "a map panned round the world");
    }

    #[test]
    fn measured_places_come_nearest_first_and_town_points_get_no_figure() {
        let mut d = sample();
        let n = d.places.len();
        assert!(n >= 4);
        // Place 0 far, place 1 near (both exact); place 2 at a town label point; place 3 unlocated.
        at(&mut d, 0, 121.40, 31.40, Precision::Exact);
        at(&mut d, 1, 121.25, 31.38, Precision::Address);
        let town = d.places[2].town.clone().expect("the sample's third place has a town");
        let label = d.town(&town).and_then(|t| t.label_point).expect("its town has a label point");
        at(&mut d, 2, label.lon, label.lat, Precision::Town);
        d.places[3].location = None;
        let (lon, lat) = gcj02_to_wgs84(121.25, 31.38);
        let ranked = rank(&d, &square_geography(), &[0, 1, 2, 3], Origin { lat, lon });
        let order: Vec<usize> = ranked.iter().map(|r| r.place).collect();
        assert_eq!(order, [1, 0, 2, 3]);
        match ranked[0].distance {
            Distance::Km(km) => assert!(km < 0.01, "the same point, converted back: {km} km"),
            ref other => panic!("{other:?}"),
        }
        match &ranked[2].distance {
            Distance::InTown { town: t, label_km, range_km } => {
                assert!(t == &town && *label_km > 1.0 && range_km.is_none(), "{t} {label_km} {range_km:?}")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(ranked[3].distance, Distance::Unlocated);
        assert_eq!(counts(&ranked), NearCounts { measured: 2, in_town: 1, unmeasured: 1 });
    }

    #[test]
    fn town_only_places_follow_the_nearest_town_first_and_district_points_come_after() {
        let mut d = sample();
        let towns: Vec<(String, Point)> =
            d.towns.iter().filter_map(|t| Some((t.id.clone(), t.label_point?))).take(2).collect();
        let [(a, pa), (b, pb)] = [towns[0].clone(), towns[1].clone()];
        for (i, (t, p)) in [(0, (&a, pa)), (1, (&b, pb))] {
            d.places[i].town = Some(t.clone());
            at(&mut d, i, p.lon, p.lat, Precision::Town);
        }
        at(&mut d, 2, 121.25, 31.38, Precision::District);
        let (lat, lon) = to_wgs84(pb);
        let ranked = rank(&d, &square_geography(), &[2, 0, 1], Origin { lat, lon });
        let order: Vec<usize> = ranked.iter().map(|r| r.place).collect();
        assert_eq!(order, [1, 0, 2], "the town whose label is at the origin first, the district last");
        assert_eq!(ranked[2].distance, Distance::InDistrict);
    }

    #[test]
    fn with_the_towns_outline_a_town_only_place_gets_a_range() {
        let mut d = sample();
        let label = d.towns[0].label_point.expect("a label point");
        d.places[0].town = Some(d.towns[0].id.clone());
        at(&mut d, 0, label.lon, label.lat, Precision::Town);
        let mut geo = square_geography();
        let (x, y) = (label.lon, label.lat);
        let ring = vec![
            (x - 0.05, y - 0.05),
            (x + 0.05, y - 0.05),
            (x + 0.05, y + 0.05),
            (x - 0.05, y + 0.05),
            (x - 0.05, y - 0.05),
        ];
        geo.town_outlines
            .push(TownOutline { id: d.towns[0].id.clone(), polygons: vec![Polygon { rings: vec![ring] }] });
        let (lat, lon) = to_wgs84(label);
        match &rank(&d, &geo, &[0], Origin { lat, lon })[0].distance {
            Distance::InTown { range_km: Some((near, far)), .. } => {
                assert!(*near == 0.0 && (6.0..8.0).contains(far), "{near}–{far}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ties_keep_the_search_order_and_unknown_indices_are_skipped() {
        let mut d = sample();
        at(&mut d, 0, 121.3, 31.3, Precision::Exact);
        at(&mut d, 1, 121.3, 31.3, Precision::Exact);
        let ranked = rank(&d, &square_geography(), &[1, 0, 999], Origin { lat: 31.0, lon: 121.0 });
        assert_eq!(ranked.iter().map(|r| r.place).collect::<Vec<_>>(), [1, 0]);
    }
}
