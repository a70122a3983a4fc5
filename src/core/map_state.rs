//! The map's part of the URL (`at`, `within`), which coordinates the map shows in, and what the
//! map draws for a set of results. Coordinates in the URL are WGS-84 whatever the base map.

use crate::core::geo::{gcj02_to_wgs84, wgs84_to_gcj02};
use crate::core::model::{Crs, Dataset, Kind, Point, Precision};
use crate::core::text::Lang;

pub const MIN_ZOOM: u8 = 8;
pub const MAX_ZOOM: u8 = 20;

/// The map's centre and zoom (`at=lat,lon,zoom`, WGS-84).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub lat: f64,
    pub lon: f64,
    pub zoom: u8,
}

/// A rectangle (`within=south,west,north,east`, WGS-84): "search this area".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

fn numbers<const N: usize>(s: &str) -> Option<[f64; N]> {
    let mut out = [0.0; N];
    let mut parts = s.split(',');
    for slot in &mut out {
        let n: f64 = parts.next()?.trim().parse().ok()?;
        if !n.is_finite() {
            return None;
        }
        *slot = n;
    }
    parts.next().is_none().then_some(out)
}

fn valid_lat_lon(lat: f64, lon: f64) -> bool {
    (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
}

/// Five decimals: about a metre, and short URLs.
fn coord(n: f64) -> String {
    let s = format!("{n:.5}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".to_owned() } else { s.to_owned() }
}

impl MapView {
    pub fn parse(s: &str) -> Option<MapView> {
        let [lat, lon, zoom] = numbers::<3>(s)?;
        let zoom = zoom.round();
        (valid_lat_lon(lat, lon) && (f64::from(MIN_ZOOM)..=f64::from(MAX_ZOOM)).contains(&zoom)).then_some(MapView {
            lat,
            lon,
            zoom: zoom as u8,
        })
    }

    pub fn encode(&self) -> String {
        format!("{},{},{}", coord(self.lat), coord(self.lon), self.zoom)
    }
}

impl BBox {
    pub fn parse(s: &str) -> Option<BBox> {
        let [south, west, north, east] = numbers::<4>(s)?;
        (valid_lat_lon(south, west) && valid_lat_lon(north, east) && south < north && west < east).then_some(BBox {
            south,
            west,
            north,
            east,
        })
    }

    pub fn encode(&self) -> String {
        [self.south, self.west, self.north, self.east].map(coord).join(",")
    }

    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.south..=self.north).contains(&lat) && (self.west..=self.east).contains(&lon)
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

/// Everything the map needs to draw one place.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerSpec {
    pub place: usize,
    pub lat: f64,
    pub lon: f64,
    pub kind: Kind,
    pub precision: Precision,
    /// The place's name in the display language (or the other, if that is all there is).
    pub name: String,
}

impl MarkerSpec {
    pub fn approximate(&self) -> bool {
        self.precision.is_approximate()
    }

    /// Known only to lie somewhere in the district: drawn apart from town points, so that the
    /// district's label point does not pass for a place in whichever town it falls in.
    pub fn district_only(&self) -> bool {
        self.precision == Precision::District
    }
}

/// One marker per result with a location, in result order.
pub fn markers(d: &Dataset, results: &[usize], display: Crs, lang: Lang) -> Vec<MarkerSpec> {
    results
        .iter()
        .filter_map(|&i| {
            let p = &d.places[i];
            let location = p.location?;
            let (lat, lon) = to_display(location.point, display);
            let name = p.name.pick(lang).text.to_owned();
            Some(MarkerSpec { place: i, lat, lon, kind: p.kind, precision: location.precision, name })
        })
        .collect()
}

/// Which panes the explorer shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panes {
    pub facets: bool,
    /// The list, or the open place's detail.
    pub main: bool,
    pub map: bool,
}

/// Pane choice from the `view` parameter, the screen width and whether a place is open. On a
/// wide screen the default is list and map side by side; on a narrow one, one at a time (list
/// by default), and an opened place always shows its detail.
pub fn panes(view: Option<crate::core::query::View>, wide: bool, place_open: bool) -> Panes {
    use crate::core::query::View;
    let view = view.unwrap_or(if wide { View::Split } else { View::List });
    match (view, wide) {
        (View::Split, true) => Panes { facets: !place_open, main: true, map: true },
        (View::Map, _) if !place_open => Panes { facets: false, main: false, map: true },
        (View::Map, true) => Panes { facets: false, main: true, map: true },
        _ => Panes { facets: !place_open, main: true, map: false },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::View;
    use crate::core::test_data::sample;

    #[test]
    fn at_parses_bounded_values_and_round_trips() {
        let v = MapView::parse("31.38,121.25,11").unwrap();
        assert_eq!(v, MapView { lat: 31.38, lon: 121.25, zoom: 11 });
        assert_eq!(v.encode(), "31.38,121.25,11");
        assert_eq!(
            MapView::parse(&MapView { lat: 31.123456789, lon: 121.0, zoom: 12 }.encode()).unwrap().lat,
            31.12346
        );
        for bad in [
            "",
            "31,121",
            "31,121,11,4",
            "91,121,11",
            "31,181,11",
            "31,121,30",
            "31,121,2",
            "NaN,1,10",
            "a,b,c",
            "31,121,inf",
        ] {
            assert_eq!(MapView::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn within_needs_a_proper_rectangle() {
        let b = BBox::parse("31.2,121.1,31.5,121.4").unwrap();
        assert!(b.contains(31.3, 121.2));
        assert!(!b.contains(31.6, 121.2));
        assert_eq!(b.encode(), "31.2,121.1,31.5,121.4");
        assert_eq!(BBox::parse("31.5,121.1,31.2,121.4"), None, "south above north");
        assert_eq!(BBox::parse("31.2,121.4,31.5,121.1"), None, "west east of east");
    }

    /// Published pair: wandergis/coordtransform's README gives wgs84togcj02(116.404, 39.915) =
    /// [116.41024449916938, 39.91640428150164] and gcj02towgs84(116.404, 39.915) =
    /// [116.39775550083061, 39.91359571849836] (its inverse is a one-step approximation).
    #[test]
    fn conversion_matches_published_reference_pairs() {
        let (lon, lat) = wgs84_to_gcj02(116.404, 39.915);
        assert!((lon - 116.41024449916938).abs() < 1e-9 && (lat - 39.91640428150164).abs() < 1e-9, "{lon} {lat}");
        let (lon, lat) = gcj02_to_wgs84(116.404, 39.915);
        let off = crate::core::geo::distance_m((lon, lat), (116.39775550083061, 39.91359571849836));
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
                worst = worst.max(crate::core::geo::distance_m((lon, lat), (back.1, back.0)));
            }
        }
        assert!(worst < 1.0, "worst round trip {worst} m");
    }

    #[test]
    fn markers_carry_display_coordinates_and_accessible_labels() {
        let d = sample();
        let all: Vec<usize> = (0..d.places.len()).collect();
        let gcj = markers(&d, &all, Crs::Gcj02, Lang::En);
        assert_eq!(gcj.len(), 1, "only Haoyuan has a location in the sample");
        assert_eq!((gcj[0].lat, gcj[0].lon), (31.4245, 121.2024));
        assert_eq!(gcj[0].name, "Haoyuan Smart Manufacturing Industrial Park");
        assert!(gcj[0].approximate() && !gcj[0].district_only());
        let mut district_only = d.clone();
        if let Some(l) = district_only.places[0].location.as_mut() {
            l.precision = Precision::District;
        }
        let m = markers(&district_only, &all, Crs::Gcj02, Lang::En);
        assert!(m[0].district_only());
        let wgs = markers(&d, &all, Crs::Wgs84, Lang::En);
        let shift = crate::core::geo::distance_m((gcj[0].lon, gcj[0].lat), (wgs[0].lon, wgs[0].lat));
        assert!((100.0..1000.0).contains(&shift), "GCJ-02 points move for WGS-84 tiles: {shift} m");
    }

    #[test]
    fn panes_follow_view_width_and_open_place() {
        let all = Panes { facets: true, main: true, map: true };
        assert_eq!(panes(None, true, false), all);
        assert_eq!(panes(None, false, false), Panes { map: false, ..all });
        assert_eq!(panes(Some(View::Map), false, false), Panes { facets: false, main: false, map: true });
        assert_eq!(
            panes(Some(View::Map), false, true),
            Panes { facets: false, main: true, map: false },
            "detail wins on a phone"
        );
        assert_eq!(panes(Some(View::Split), false, false), Panes { map: false, ..all }, "no room to split");
        assert_eq!(panes(Some(View::List), true, false), Panes { map: false, ..all });
        assert_eq!(panes(None, true, true), Panes { facets: false, ..all });
    }
}
