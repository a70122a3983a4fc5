//! The spaces table's columns, in the URL as `sort=area` or `sort=-area`, and the sort that
//! keeps values that are not published last in both directions — never treated as 0.

use std::cmp::Ordering;

use crate::core::data::{Dataset, FieldValue, Space, SpaceField};
use crate::core::explore::rows::Row;
use crate::core::text::Lang;
use crate::core::text::pinyin::sort_key;

/// A column of the spaces table (URL `sort=area` or `sort=-area`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Place,
    Town,
    Use,
    Floor,
    Area,
    Height,
    StoreyHeight,
    Load,
    Power,
    Availability,
    Rent,
    Deal,
    /// Distance to the n-th anchor.
    Distance(u8),
}

impl Column {
    pub const FIXED: [Column; 12] = [
        Column::Place,
        Column::Town,
        Column::Use,
        Column::Floor,
        Column::Area,
        Column::Height,
        Column::StoreyHeight,
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
            Column::StoreyHeight => "storey".into(),
            Column::Load => "load".into(),
            Column::Power => "power".into(),
            Column::Availability => "avail".into(),
            Column::Rent => "rent".into(),
            Column::Deal => "deal".into(),
            Column::Distance(n) => format!("distance{n}"),
        }
    }

    /// The space field a column shows (for a whole-place row, the place's figure for it).
    pub fn field(self) -> Option<SpaceField> {
        match self {
            Column::Use => Some(SpaceField::Use),
            Column::Floor => Some(SpaceField::Floor),
            Column::Area => Some(SpaceField::Area),
            Column::Height => Some(SpaceField::ClearHeight),
            Column::StoreyHeight => Some(SpaceField::StoreyHeight),
            Column::Load => Some(SpaceField::FloorLoad),
            Column::Power => Some(SpaceField::Power),
            Column::Availability => Some(SpaceField::Availability),
            Column::Rent => Some(SpaceField::Rent),
            Column::Deal => Some(SpaceField::Deal),
            Column::Place | Column::Town | Column::Distance(_) => None,
        }
    }

    /// The fixed columns and one distance column per anchor.
    pub fn all(anchors: usize) -> Vec<Column> {
        Column::FIXED.into_iter().chain((0..anchors.min(MAX_DISTANCES) as u8).map(Column::Distance)).collect()
    }

    pub fn parse(s: &str) -> Option<Column> {
        Column::FIXED.into_iter().find(|c| c.id() == s).or_else(|| {
            let n: u8 = s.strip_prefix("distance")?.parse().ok()?;
            (usize::from(n) < MAX_DISTANCES).then_some(Column::Distance(n))
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

/// Most distance columns (one per anchor).
pub const MAX_DISTANCES: usize = 4;

/// What a place's page shows of each space: what an enterprise compares first, always (saying
/// "not published"), and every other field some space of the place publishes.
pub fn detail_space_columns(spaces: &[Space]) -> Vec<SpaceField> {
    const ALWAYS: [SpaceField; 7] = [
        SpaceField::Use,
        SpaceField::Floor,
        SpaceField::Area,
        SpaceField::StoreyHeight,
        SpaceField::ClearHeight,
        SpaceField::FloorLoad,
        SpaceField::Availability,
    ];
    let published = |f: SpaceField| spaces.iter().any(|s| s.value(f).is_published());
    SpaceField::ALL
        .iter()
        .copied()
        .filter(|&f| !matches!(f, SpaceField::Id | SpaceField::Qualifiers))
        .filter(|&f| ALWAYS.contains(&f) || published(f))
        .collect()
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
        Column::Distance(n) => {
            let anchor = *anchors.get(usize::from(n))?;
            r.distance_km(d, anchor).map(|(km, _)| Key::Number(km))
        }
        other => {
            let field = other.field()?;
            if field.kind().unit().is_some() {
                return r.number(d, field).map(Key::Number);
            }
            match r.space(d)?.value(field) {
                FieldValue::Plain(s) => text(s),
                // By the data's spelling, so the order is the same in both languages.
                FieldValue::Word(w) if !w.is_unknown() => Some(Key::Text(w.id().to_owned())),
                _ => None,
            }
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
    use super::*;
    use crate::core::explore::rows::tests::{area_of, data};
    use crate::core::explore::rows::{SpaceFilters, rows};

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
    fn vocabulary_columns_sort_by_spelling_with_unknown_last() {
        let d = data();
        let all: Vec<usize> = (0..d.places.len()).collect();
        let mut r = rows(&d, &all, &SpaceFilters::default());
        sort(&d, &mut r, Sort::parse("avail").unwrap(), Lang::En, &[]);
        use crate::core::data::Availability;
        let avail: Vec<Availability> = r.iter().map(|r| r.availability(&d)).collect();
        assert_eq!(avail[..2], [Availability::Available, Availability::Let]);
        assert!(avail[2..].iter().all(|a| *a == Availability::Unknown));
        assert_eq!(Column::all(2).last(), Some(&Column::Distance(1)));
        assert_eq!(Column::all(9).len(), Column::FIXED.len() + MAX_DISTANCES);
    }

    #[test]
    fn a_place_s_page_shows_the_basics_and_what_its_spaces_publish() {
        let d = data();
        let spaces = &d.places[0].spaces;
        let columns = detail_space_columns(spaces);
        assert!(columns.contains(&SpaceField::ClearHeight) && !columns.contains(&SpaceField::Id));
        assert!(!columns.contains(&SpaceField::GoodsLift), "no space publishes a goods lift");
        let mut with_lift = spaces.clone();
        with_lift[0].figures.insert(SpaceField::GoodsLift, 3.0);
        assert!(detail_space_columns(&with_lift).contains(&SpaceField::GoodsLift));
    }
}
