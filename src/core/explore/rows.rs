//! The space finder's rows and requirements: every published space, plus one row for each park
//! or project that publishes no units (its park-level figures, marked as the whole place's),
//! filtered with unknown values never taken to meet a requirement.

use crate::core::data::{Availability, Dataset, Kind, Place, PlaceField, Reliability, Space, SpaceField};
use crate::core::geo::distance_km;
use crate::core::text::Lang;
use crate::core::text::pinyin::sort_key;

/// The space requirements (in the URL: see `core::query::params`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SpaceFilters {
    pub area_min: Option<f64>,
    pub area_max: Option<f64>,
    pub height_min: Option<f64>,
    pub load_min: Option<f64>,
    pub avail: Vec<Availability>,
}

impl SpaceFilters {
    pub fn is_empty(&self) -> bool {
        Limit::ALL.iter().all(|l| l.get(self).is_none()) && self.avail.is_empty()
    }
}

/// A numeric requirement: which field it bounds, and its bound — the field's plausible range,
/// shared by the form and the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    AreaMin,
    AreaMax,
    HeightMin,
    LoadMin,
}

/// A typed value the requirement cannot take.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refused {
    NotANumber,
    /// Outside 0..=max.
    OutOfRange {
        max: f64,
    },
}

impl Limit {
    pub const ALL: [Limit; 4] = [Limit::AreaMin, Limit::AreaMax, Limit::HeightMin, Limit::LoadMin];

    pub fn field(self) -> SpaceField {
        match self {
            Limit::AreaMin | Limit::AreaMax => SpaceField::Area,
            Limit::HeightMin => SpaceField::ClearHeight,
            Limit::LoadMin => SpaceField::FloorLoad,
        }
    }

    pub fn max(self) -> f64 {
        self.field().kind().max().unwrap_or(f64::MAX)
    }

    pub fn get(self, f: &SpaceFilters) -> Option<f64> {
        match self {
            Limit::AreaMin => f.area_min,
            Limit::AreaMax => f.area_max,
            Limit::HeightMin => f.height_min,
            Limit::LoadMin => f.load_min,
        }
    }

    pub fn set(self, f: &mut SpaceFilters, value: Option<f64>) {
        let slot = match self {
            Limit::AreaMin => &mut f.area_min,
            Limit::AreaMax => &mut f.area_max,
            Limit::HeightMin => &mut f.height_min,
            Limit::LoadMin => &mut f.load_min,
        };
        *slot = value;
    }

    /// A value typed or linked: empty is no requirement; anything but a number from 0 to the
    /// field's maximum is refused.
    pub fn parse(self, text: &str) -> Result<Option<f64>, Refused> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let n: f64 = text.parse().map_err(|_| Refused::NotANumber)?;
        if !n.is_finite() {
            return Err(Refused::NotANumber);
        }
        if !(0.0..=self.max()).contains(&n) {
            return Err(Refused::OutOfRange { max: self.max() });
        }
        Ok(Some(n))
    }
}

/// One row: a published space, or (`space: None`) a place with no unit published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub place: usize,
    pub space: Option<usize>,
}

/// Whether a place offers space to look at: parks and projects (enterprises are anchors).
fn offers_space(p: &Place) -> bool {
    p.kind != Kind::Enterprise
}

impl Row {
    pub fn place<'a>(&self, d: &'a Dataset) -> &'a Place {
        &d.places[self.place]
    }

    pub fn space<'a>(&self, d: &'a Dataset) -> Option<&'a Space> {
        self.space.and_then(|s| d.places[self.place].spaces.get(s))
    }

    /// A row for a place that publishes no units.
    pub fn is_whole_place(&self) -> bool {
        self.space.is_none()
    }

    /// A numeric field of the row: the unit's, or for a whole-place row the place's figure for
    /// the same thing (see [`SpaceField::whole_place`]).
    pub fn number(&self, d: &Dataset, field: SpaceField) -> Option<f64> {
        match self.space(d) {
            Some(s) => s.number(field),
            None => field.whole_place().and_then(|f| self.place(d).figures.get(f)),
        }
    }

    /// A unit row whose place's units rest only on the operator's (or district office's) word.
    pub fn from_operator(&self, d: &Dataset) -> bool {
        self.space(d).is_some() && d.only(self.place(d).sources_for(PlaceField::Spaces), Reliability::Operator)
    }

    /// A whole-place row's availability is not published.
    pub fn availability(&self, d: &Dataset) -> Availability {
        self.space(d).map_or(Availability::Unknown, |s| s.availability)
    }

    /// Whether the row passes the requirements. One on a value the row does not publish fails:
    /// "not published" is not "big enough". A whole-place row's total floor area can satisfy a
    /// minimum (it may hold such a unit) but never a maximum (its units are unknown).
    pub fn passes(&self, d: &Dataset, f: &SpaceFilters) -> bool {
        let meets = |limit: Limit| {
            limit.get(f).is_none_or(|bound| {
                let value = self.number(d, limit.field());
                match limit {
                    Limit::AreaMax => !self.is_whole_place() && value.is_some_and(|v| v <= bound),
                    _ => value.is_some_and(|v| v >= bound),
                }
            })
        };
        Limit::ALL.into_iter().all(meets) && (f.avail.is_empty() || f.avail.contains(&self.availability(d)))
    }

    /// Straight-line distance to a place in kilometres, and whether it is approximate (either end
    /// only a town or district point). `None` when either has no location.
    pub fn distance_km(&self, d: &Dataset, to: usize) -> Option<(f64, bool)> {
        let (a, b) = (self.place(d).location?, d.places[to].location?);
        Some((distance_km(a.point, b.point), a.precision.is_approximate() || b.precision.is_approximate()))
    }
}

/// The rows of one place.
pub fn rows_of(d: &Dataset, place: usize) -> Vec<Row> {
    let p = &d.places[place];
    if !offers_space(p) {
        return Vec::new();
    }
    if p.spaces.is_empty() {
        vec![Row { place, space: None }]
    } else {
        (0..p.spaces.len()).map(|s| Row { place, space: Some(s) }).collect()
    }
}

/// How many places the rows come from (rows of one place need not be next to each other once
/// the table is sorted).
pub fn places_in(rows: &[Row]) -> usize {
    rows.iter().map(|r| r.place).collect::<std::collections::HashSet<_>>().len()
}

/// The places distances can be measured from, in the order offered: the enterprises (the
/// district's anchors) first, then every other located place, each group by name.
pub fn anchor_choices(d: &Dataset, lang: Lang) -> Vec<usize> {
    let mut choices: Vec<(bool, String, usize)> = d
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.location.is_some())
        .map(|(i, p)| (p.kind != Kind::Enterprise, sort_key(p.name.pick(lang).text), i))
        .collect();
    choices.sort();
    choices.into_iter().map(|(_, _, i)| i).collect()
}

/// Whether a place has a row passing the requirements (always, when there are none).
pub fn place_passes(d: &Dataset, place: usize, f: &SpaceFilters) -> bool {
    f.is_empty() || rows_of(d, place).iter().any(|r| r.passes(d, f))
}

/// The rows of `places` that pass the requirements, in the places' order.
pub fn rows(d: &Dataset, places: &[usize], f: &SpaceFilters) -> Vec<Row> {
    places.iter().flat_map(|&p| rows_of(d, p)).filter(|r| r.passes(d, f)).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use serde_json::json;

    use super::*;
    use crate::core::data::sample::{SAMPLE, square_geography};
    use crate::core::data::{PlaceField, validate};

    /// The sample plus spaces with and without values.
    pub(crate) fn data() -> Dataset {
        let mut v: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
        v["places"][3]["spaces"] = json!([
            {"id": "ap-a", "use": "factory", "area_m2": 1200, "clear_height_m": 6, "floor_load_kn_m2": 8, "availability": "available"},
            {"id": "ap-b", "use": "office", "area_m2": null, "availability": "let"},
            {"id": "ap-c", "use": "factory", "area_m2": 9000, "clear_height_m": 12, "availability": "unknown"}
        ]);
        validate(&v.to_string(), &square_geography()).unwrap()
    }

    pub(crate) fn area_of(d: &Dataset, rows: &[Row]) -> Vec<Option<f64>> {
        rows.iter().map(|r| r.number(d, SpaceField::Area)).collect()
    }

    #[test]
    fn unit_rows_resting_on_the_operator_alone_say_so() {
        let mut d = data();
        let all: Vec<usize> = (0..d.places.len()).collect();
        assert!(!rows(&d, &all, &SpaceFilters::default()).iter().any(|r| r.from_operator(&d)));
        d.sources[1].reliability = Reliability::Operator; // anting-park rests on "blog" alone
        let r = rows(&d, &all, &SpaceFilters::default());
        let marked: Vec<bool> = r.iter().filter(|r| r.place == 3).map(|r| r.from_operator(&d)).collect();
        assert_eq!(marked, [true, true, true]);
        assert!(!r.iter().any(|r| r.space.is_none() && r.from_operator(&d)), "only unit rows");
    }

    #[test]
    fn every_space_and_one_row_per_place_without_units() {
        let d = data();
        let all: Vec<usize> = (0..d.places.len()).collect();
        let rows = rows(&d, &all, &SpaceFilters::default());
        // haoyuan: 1 space; xinggu and zhengfeng: whole-place rows; anting-park: 3 spaces.
        assert_eq!(rows.len(), 6);
        assert_eq!(rows.iter().filter(|r| r.space.is_none()).count(), 2);
        let whole = rows.iter().find(|r| r.space.is_none()).unwrap();
        assert_eq!(whole.number(&d, SpaceField::Area), None, "the sample's projects publish no floor area");
    }

    #[test]
    fn filters_need_published_values() {
        let d = data();
        let all: Vec<usize> = (0..d.places.len()).collect();
        let f = |f: SpaceFilters| area_of(&d, &rows(&d, &all, &f));
        assert_eq!(
            f(SpaceFilters { area_min: Some(1000.0), ..Default::default() }),
            vec![Some(4000.0), Some(1200.0), Some(9000.0)]
        );
        assert_eq!(f(SpaceFilters { area_max: Some(5000.0), ..Default::default() }), vec![Some(4000.0), Some(1200.0)]);
        assert_eq!(f(SpaceFilters { height_min: Some(9.0), ..Default::default() }), vec![Some(4000.0), Some(9000.0)]);
        assert_eq!(f(SpaceFilters { load_min: Some(5.0), ..Default::default() }), vec![Some(1200.0)]);
        assert_eq!(f(SpaceFilters { avail: vec![Availability::Available], ..Default::default() }), vec![Some(1200.0)]);
        assert!(place_passes(&d, 3, &SpaceFilters { load_min: Some(5.0), ..Default::default() }));
        assert!(!place_passes(&d, 0, &SpaceFilters { load_min: Some(5.0), ..Default::default() }));
    }

    #[test]
    fn a_whole_place_total_satisfies_a_minimum_but_never_a_maximum() {
        let mut d = data();
        d.places[1].figures.0.insert(PlaceField::BuildingAreaM2, 50_000.0);
        let row = Row { place: 1, space: None };
        assert!(row.passes(&d, &SpaceFilters { area_min: Some(10_000.0), ..Default::default() }));
        assert!(!row.passes(&d, &SpaceFilters { area_max: Some(60_000.0), ..Default::default() }));
    }

    #[test]
    fn a_unit_row_shows_the_units_own_figures_only() {
        let mut d = data();
        d.places[0].figures.0.insert(PlaceField::PowerKva, 5_000.0);
        let unit = Row { place: 0, space: Some(0) };
        assert_eq!(unit.number(&d, SpaceField::Power), None, "the park's supply is not the unit's");
        assert_eq!(unit.number(&d, SpaceField::Area), Some(4000.0));
        d.places[1].figures.0.insert(PlaceField::PowerKva, 800.0);
        assert_eq!(Row { place: 1, space: None }.number(&d, SpaceField::Power), Some(800.0));
    }

    #[test]
    fn one_bound_for_typed_and_linked_values() {
        assert_eq!(Limit::AreaMin.parse(" 2000 "), Ok(Some(2000.0)));
        assert_eq!(Limit::AreaMin.parse(""), Ok(None));
        assert_eq!(Limit::AreaMin.parse("2e7"), Err(Refused::OutOfRange { max: 1e7 }));
        assert_eq!(Limit::HeightMin.parse("60"), Err(Refused::OutOfRange { max: 50.0 }));
        assert_eq!(Limit::LoadMin.parse("-1"), Err(Refused::OutOfRange { max: 200.0 }));
        assert_eq!(Limit::LoadMin.parse("ten"), Err(Refused::NotANumber));
        assert_eq!(Limit::AreaMax.parse("NaN"), Err(Refused::NotANumber));
    }

    #[test]
    fn places_are_counted_once_however_the_rows_are_ordered() {
        let rows = [Row { place: 3, space: Some(0) }, Row { place: 0, space: None }, Row { place: 3, space: Some(2) }];
        assert_eq!(places_in(&rows), 2);
    }

    #[test]
    fn anchors_offered_are_located_places_enterprises_first() {
        let mut d = data();
        d.places[2].kind = Kind::Enterprise;
        d.places[2].location = d.places[0].location;
        assert_eq!(anchor_choices(&d, crate::core::text::Lang::En), [2, 0], "only located places; enterprises first");
    }

    #[test]
    fn distances_are_marked_approximate_for_town_points() {
        let mut d = data();
        d.places[3].location = d.places[0].location.map(|mut l| {
            l.point = d.towns[0].label_point.unwrap();
            l
        });
        let (km, approx) = Row { place: 0, space: None }.distance_km(&d, 3).unwrap();
        assert!(approx);
        assert!((12.0..16.0).contains(&km), "JIZ label point to Anting's: {km} km");
        assert_eq!(Row { place: 0, space: None }.distance_km(&d, 1), None, "no location, no distance");
    }
}
