//! What the map draws for a set of results: one marker per located place, in the map's
//! coordinate system, with what its label and style need.

use crate::core::data::{Dataset, Kind, Precision};
use crate::core::geo::{Crs, to_display};
use crate::core::text::Lang;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

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
}
