//! The map's centre and zoom in the URL (`at=lat,lon,zoom`, WGS-84 whatever the base map).

use crate::core::geo::{coord, numbers, valid_lat_lon};

pub const MIN_ZOOM: u8 = 8;
pub const MAX_ZOOM: u8 = 20;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub lat: f64,
    pub lon: f64,
    pub zoom: u8,
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
