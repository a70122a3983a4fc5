//! Comparing up to four places or spaces side by side: the fields compared, in order, each
//! item's cell for each, and which rows differ.

use crate::core::data::{Dataset, PlaceField, SpaceField};
use crate::core::explore::cells::{Cell, place_cell, space_cell};
use crate::core::explore::rows::Row;
use crate::core::explore::words::Words;

/// A compared field: of the place (for a space, its place's), or of the space (a place that is
/// not a space publishes none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compared {
    Place(PlaceField),
    Space(SpaceField),
}

pub const COMPARED: &[Compared] = &[
    Compared::Place(PlaceField::Kind),
    Compared::Place(PlaceField::Town),
    Compared::Place(PlaceField::Status),
    Compared::Place(PlaceField::Address),
    Compared::Place(PlaceField::Opening),
    Compared::Place(PlaceField::InvestmentCny),
    Compared::Place(PlaceField::SiteAreaM2),
    Compared::Place(PlaceField::BuildingAreaM2),
    Compared::Space(SpaceField::Use),
    Compared::Space(SpaceField::Floor),
    Compared::Space(SpaceField::Area),
    Compared::Space(SpaceField::ClearHeight),
    Compared::Space(SpaceField::StoreyHeight),
    Compared::Space(SpaceField::FloorLoad),
    Compared::Space(SpaceField::Power),
    Compared::Space(SpaceField::Rent),
    Compared::Space(SpaceField::Deal),
    Compared::Space(SpaceField::Availability),
    Compared::Place(PlaceField::Sectors),
    Compared::Place(PlaceField::Facilities),
    Compared::Place(PlaceField::Contact),
];

/// One row of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    pub field: Compared,
    pub cells: Vec<Cell>,
    /// The items do not all show the same.
    pub differs: bool,
}

/// The comparison of `items`, one row per compared field.
pub fn compare(d: &Dataset, items: &[Row], w: &dyn Words) -> Vec<CompareRow> {
    COMPARED
        .iter()
        .map(|&field| {
            let cells: Vec<Cell> = items.iter().map(|r| cell(d, r, field, w)).collect();
            let differs = cells.windows(2).any(|pair| pair[0] != pair[1]);
            CompareRow { field, cells, differs }
        })
        .collect()
}

fn cell(d: &Dataset, r: &Row, field: Compared, w: &dyn Words) -> Cell {
    match field {
        Compared::Place(f) => {
            let p = r.place(d);
            match (place_cell(d, p, f, w), f.alternative()) {
                (Cell::Missing, Some(other)) => place_cell(d, p, other, w),
                (cell, _) => cell,
            }
        }
        Compared::Space(f) => space_cell(d, r.space(d), f, w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::rows::tests::data;
    use crate::core::explore::words::plain::Plain;
    use crate::core::text::Lang;

    #[test]
    fn places_and_spaces_line_up_field_by_field() {
        let d = data();
        let items = [Row { place: 0, space: None }, Row { place: 0, space: Some(0) }, Row { place: 3, space: Some(1) }];
        let rows = compare(&d, &items, &Plain(Lang::En));
        let row = |f: Compared| rows.iter().find(|r| r.field == f).expect("compared");
        let area = row(Compared::Space(SpaceField::Area));
        assert_eq!(area.cells[0], Cell::Missing, "a place is not a unit: its total floor area has its own row");
        assert_eq!(area.cells[1].csv(), "4,000 m²");
        assert_eq!(area.cells[2], Cell::Missing, "the office publishes no area");
        assert!(area.differs);
        let town = row(Compared::Place(PlaceField::Town));
        assert_eq!(town.cells[0], town.cells[1], "a space is compared with its place's facts");
        assert!(town.differs);
        let opening = row(Compared::Place(PlaceField::Opening));
        assert_eq!((opening.cells[0].csv(), &opening.cells[2]), ("second half of 2025", &Cell::Missing));
    }

    #[test]
    fn a_site_area_in_mu_stands_in_for_square_metres() {
        let mut d = data();
        d.places[1].figures.0.insert(PlaceField::SiteAreaMu, 87.0);
        let rows = compare(&d, &[Row { place: 1, space: None }], &Plain(Lang::En));
        let site = rows.iter().find(|r| r.field == Compared::Place(PlaceField::SiteAreaM2)).unwrap();
        assert_eq!(site.cells[0].csv(), "87 mu");
    }
}
