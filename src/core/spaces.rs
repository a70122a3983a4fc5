//! The space finder's rows and filters: every published space, plus one row for each park or
//! project that publishes no units (its park-level facts), filtered and sorted with unknown
//! values always last — never treated as 0.

use std::cmp::Ordering;

use crate::core::geo::distance_m;
use crate::core::map_state::to_wgs84;
use crate::core::model::{Availability, Dataset, Deal, Kind, Place, Space, SpaceUse};
use crate::core::pinyin::sort_key;
use crate::core::text::Lang;

/// Space filters (URL: `area_min`, `area_max`, `height_min`, `load_min`, `avail`).
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
        self.area_min.is_none()
            && self.area_max.is_none()
            && self.height_min.is_none()
            && self.load_min.is_none()
            && self.avail.is_empty()
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

    /// The unit's area; for a whole-place row, the place's total floor area.
    pub fn area(&self, d: &Dataset) -> Option<f64> {
        match self.space(d) {
            Some(s) => s.area_m2,
            None => self.place(d).figures.get(crate::core::model::Figure::BuildingAreaM2),
        }
    }

    pub fn height(&self, d: &Dataset) -> Option<f64> {
        self.space(d).and_then(|s| s.clear_height_m)
    }

    pub fn load(&self, d: &Dataset) -> Option<f64> {
        self.space(d).and_then(|s| s.floor_load_kn_m2)
    }

    pub fn power(&self, d: &Dataset) -> Option<f64> {
        self.space(d)
            .and_then(|s| s.power_kva)
            .or_else(|| self.place(d).figures.get(crate::core::model::Figure::PowerKva))
    }

    pub fn rent(&self, d: &Dataset) -> Option<f64> {
        self.space(d)
            .and_then(|s| s.rent_cny_m2_day)
            .or_else(|| self.place(d).figures.get(crate::core::model::Figure::RentCnyM2Day))
    }

    pub fn availability(&self, d: &Dataset) -> Availability {
        self.space(d).map_or(Availability::Unknown, |s| s.availability)
    }

    pub fn space_use(&self, d: &Dataset) -> Option<SpaceUse> {
        self.space(d).and_then(|s| s.space_use)
    }

    pub fn floor<'a>(&self, d: &'a Dataset) -> Option<&'a str> {
        self.space(d).and_then(|s| s.floor.as_deref())
    }

    pub fn deal(&self, d: &Dataset) -> Option<Deal> {
        self.space(d).and_then(|s| s.deal)
    }

    /// Whether the row passes the filters. A filter on a value the row does not publish fails:
    /// "not published" is not "big enough". A whole-place row's total floor area can satisfy a
    /// minimum (it may hold such a unit) but never a maximum (its units are unknown).
    pub fn passes(&self, d: &Dataset, f: &SpaceFilters) -> bool {
        let at_least = |value: Option<f64>, min: Option<f64>| min.is_none_or(|m| value.is_some_and(|v| v >= m));
        let area_max_ok = f.area_max.is_none_or(|m| self.space.is_some() && self.area(d).is_some_and(|v| v <= m));
        at_least(self.area(d), f.area_min)
            && area_max_ok
            && at_least(self.height(d), f.height_min)
            && at_least(self.load(d), f.load_min)
            && (f.avail.is_empty() || f.avail.contains(&self.availability(d)))
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

/// Whether a place has a row passing the filters (always, when there are none).
pub fn place_passes(d: &Dataset, place: usize, f: &SpaceFilters) -> bool {
    f.is_empty() || rows_of(d, place).iter().any(|r| r.passes(d, f))
}

/// The rows of `places` that pass the filters, in the places' order.
pub fn rows(d: &Dataset, places: &[usize], f: &SpaceFilters) -> Vec<Row> {
    places.iter().flat_map(|&p| rows_of(d, p)).filter(|r| r.passes(d, f)).collect()
}

/// Straight-line distance between two places in kilometres, and whether it is approximate
/// (either end only a town or district point). `None` when either has no location.
pub fn distance_km(d: &Dataset, a: usize, b: usize) -> Option<(f64, bool)> {
    let (la, lb) = (d.places[a].location?, d.places[b].location?);
    let (lat_a, lon_a) = to_wgs84(la.point);
    let (lat_b, lon_b) = to_wgs84(lb.point);
    let km = distance_m((lon_a, lat_a), (lon_b, lat_b)) / 1000.0;
    Some((km, la.precision.is_approximate() || lb.precision.is_approximate()))
}

/// A column of the spaces table (URL `sort=area` or `sort=-area`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Place,
    Town,
    Use,
    Floor,
    Area,
    Height,
    Load,
    Power,
    Availability,
    Rent,
    Deal,
    /// Distance to the n-th anchor.
    Distance(u8),
}

impl Column {
    pub const FIXED: [Column; 11] = [
        Column::Place,
        Column::Town,
        Column::Use,
        Column::Floor,
        Column::Area,
        Column::Height,
        Column::Load,
        Column::Power,
        Column::Availability,
        Column::Rent,
        Column::Deal,
    ];

    pub fn id(self) -> String {
        match self {
            Column::Place => "place".into(),
            Column::Town => "town".into(),
            Column::Use => "use".into(),
            Column::Floor => "floor".into(),
            Column::Area => "area".into(),
            Column::Height => "height".into(),
            Column::Load => "load".into(),
            Column::Power => "power".into(),
            Column::Availability => "avail".into(),
            Column::Rent => "rent".into(),
            Column::Deal => "deal".into(),
            Column::Distance(n) => format!("distance{n}"),
        }
    }

    pub fn parse(s: &str) -> Option<Column> {
        Column::FIXED.into_iter().find(|c| c.id() == s).or_else(|| {
            let n: u8 = s.strip_prefix("distance")?.parse().ok()?;
            (n < 4).then_some(Column::Distance(n))
        })
    }
}

/// A sort order: a column and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    pub fn parse(s: &str) -> Option<Sort> {
        let (descending, id) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        Column::parse(id).map(|column| Sort { column, descending })
    }

    pub fn encode(self) -> String {
        format!("{}{}", if self.descending { "-" } else { "" }, self.column.id())
    }
}

/// A sortable value: known values compare among themselves; unknown is always last.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
enum Key {
    Number(f64),
    Text(String),
}

fn key(d: &Dataset, r: &Row, column: Column, lang: Lang, anchors: &[usize]) -> Option<Key> {
    let text = |s: &str| Some(Key::Text(sort_key(s)));
    match column {
        Column::Place => text(r.place(d).name.pick(lang).text),
        Column::Town => r.place(d).town.as_deref().and_then(|t| d.town(t)).and_then(|t| text(t.name.pick(lang).text)),
        Column::Use => r.space_use(d).map(|u| Key::Text(u.id().into())),
        Column::Floor => r.floor(d).and_then(text),
        Column::Area => r.area(d).map(Key::Number),
        Column::Height => r.height(d).map(Key::Number),
        Column::Load => r.load(d).map(Key::Number),
        Column::Power => r.power(d).map(Key::Number),
        Column::Rent => r.rent(d).map(Key::Number),
        Column::Deal => r.deal(d).map(|x| Key::Text(x.id().into())),
        Column::Availability => match r.availability(d) {
            Availability::Unknown => None,
            a => Some(Key::Text(a.id().into())),
        },
        Column::Distance(n) => {
            let anchor = *anchors.get(usize::from(n))?;
            distance_km(d, r.place, anchor).map(|(km, _)| Key::Number(km))
        }
    }
}

/// Sorts rows by a column; rows whose value is not published come last in either direction.
pub fn sort(d: &Dataset, rows: &mut [Row], sort: Sort, lang: Lang, anchors: &[usize]) {
    let mut keyed: Vec<(Option<Key>, Row)> = rows.iter().map(|r| (key(d, r, sort.column, lang, anchors), *r)).collect();
    keyed.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => {
            let o = a.partial_cmp(b).unwrap_or(Ordering::Equal);
            if sort.descending { o.reverse() } else { o }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    for (slot, (_, r)) in rows.iter_mut().zip(keyed) {
        *slot = r;
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::core::test_data::{SAMPLE, square_geography};
    use crate::core::validate::load;

    /// The sample plus spaces with and without values.
    fn data() -> Dataset {
        let mut v: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
        v["places"][3]["spaces"] = json!([
            {"id": "ap-a", "use": "factory", "area_m2": 1200, "clear_height_m": 6, "floor_load_kn_m2": 8, "availability": "available"},
            {"id": "ap-b", "use": "office", "area_m2": null, "availability": "let"},
            {"id": "ap-c", "use": "factory", "area_m2": 9000, "clear_height_m": 12, "availability": "unknown"}
        ]);
        load(&v.to_string(), &square_geography()).unwrap()
    }

    fn area_of(d: &Dataset, rows: &[Row]) -> Vec<Option<f64>> {
        rows.iter().map(|r| r.area(d)).collect()
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
        assert_eq!(whole.area(&d), None, "the sample's projects publish no floor area");
    }

    #[test]
    fn filters_need_published_values() {
        let d = data();
        let all: Vec<usize> = (0..d.places.len()).collect();
        let f = |f: SpaceFilters| rows(&d, &all, &f).into_iter().map(|r| r.area(&d)).collect::<Vec<_>>();
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
        d.places[1].figures.0.insert(crate::core::model::Figure::BuildingAreaM2, 50_000.0);
        let row = Row { place: 1, space: None };
        assert!(row.passes(&d, &SpaceFilters { area_min: Some(10_000.0), ..Default::default() }));
        assert!(!row.passes(&d, &SpaceFilters { area_max: Some(60_000.0), ..Default::default() }));
    }

    #[test]
    fn unknown_values_sort_last_in_both_directions() {
        let d = data();
        let all: Vec<usize> = (0..d.places.len()).collect();
        let mut r = rows(&d, &all, &SpaceFilters::default());
        sort(&d, &mut r, Sort::parse("area").unwrap(), Lang::En, &[]);
        assert_eq!(area_of(&d, &r)[..3], [Some(1200.0), Some(4000.0), Some(9000.0)]);
        assert!(area_of(&d, &r)[3..].iter().all(Option::is_none));
        sort(&d, &mut r, Sort::parse("-area").unwrap(), Lang::En, &[]);
        assert_eq!(area_of(&d, &r)[..3], [Some(9000.0), Some(4000.0), Some(1200.0)]);
        assert!(area_of(&d, &r)[3..].iter().all(Option::is_none));
    }

    #[test]
    fn sort_parses_and_round_trips() {
        assert_eq!(Sort::parse("-height"), Some(Sort { column: Column::Height, descending: true }));
        assert_eq!(Sort::parse("distance1").map(Sort::encode).as_deref(), Some("distance1"));
        assert_eq!(Sort::parse("distance9"), None);
        assert_eq!(Sort::parse("price"), None);
    }

    #[test]
    fn distances_are_marked_approximate_for_town_points() {
        let mut d = data();
        d.places[3].location = d.places[0].location.map(|mut l| {
            l.point = d.towns[0].label_point.unwrap();
            l
        });
        let (km, approx) = distance_km(&d, 0, 3).unwrap();
        assert!(approx);
        assert!((12.0..16.0).contains(&km), "JIZ label point to Anting's: {km} km");
        assert_eq!(distance_km(&d, 0, 1), None, "no location, no distance");
    }
}
