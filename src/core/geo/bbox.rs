//! Rectangles of the map ("search this area") and the short comma-separated form in which
//! coordinates travel in URLs, always WGS-84.

/// A rectangle (`south,west,north,east`, WGS-84).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

/// Exactly `N` finite comma-separated numbers.
pub fn numbers<const N: usize>(s: &str) -> Option<[f64; N]> {
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

pub fn valid_lat_lon(lat: f64, lon: f64) -> bool {
    (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
}

/// Five decimals: about a metre, and short URLs.
pub fn coord(n: f64) -> String {
    let s = format!("{n:.5}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".to_owned() } else { s.to_owned() }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_needs_a_proper_rectangle() {
        let b = BBox::parse("31.2,121.1,31.5,121.4").unwrap();
        assert!(b.contains(31.3, 121.2));
        assert!(!b.contains(31.6, 121.2));
        assert_eq!(b.encode(), "31.2,121.1,31.5,121.4");
        assert_eq!(BBox::parse("31.5,121.1,31.2,121.4"), None, "south above north");
        assert_eq!(BBox::parse("31.2,121.4,31.5,121.1"), None, "west east of east");
    }

    #[test]
    fn coordinates_are_short_and_exact_lists_only() {
        assert_eq!(coord(31.123456789), "31.12346");
        assert_eq!(coord(-0.000001), "0");
        assert_eq!(numbers::<2>("1, 2"), Some([1.0, 2.0]));
        assert_eq!(numbers::<2>("1,2,3"), None);
        assert_eq!(numbers::<2>("1,inf"), None);
    }
}
