//! "The value with its unit, or not published": one cell for every table (the spaces table,
//! a place's spaces, compare) and for CSV, one meaning per field.

use crate::core::data::{Dataset, FieldKind, FieldValue, Place, PlaceField, Space, SpaceField, Status, Target, Word};
use crate::core::explore::claims::status_line;
use crate::core::explore::rows::Row;
use crate::core::explore::table::Column;
use crate::core::explore::words::Words;
use crate::core::text::format::{number, qualified};
use crate::core::text::{Lang, Text};

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Not published: "not published" in a table, empty in CSV.
    Missing,
    /// A value; `lang` says which language data text is in (it may be the other one).
    Value { text: String, lang: Option<Lang> },
    /// A vocabulary word that says the value is not published ("Status not published").
    Unknown(String),
    /// A figure of the whole place in a unit's column, for a place that publishes no units.
    WholePlace(String),
}

impl Cell {
    fn plain(text: String) -> Cell {
        Cell::Value { text, lang: None }
    }

    /// The words shown (empty for `Missing`, which the UI words as "not published").
    pub fn text(&self) -> &str {
        match self {
            Cell::Value { text, .. } | Cell::WholePlace(text) | Cell::Unknown(text) => text,
            Cell::Missing => "",
        }
    }

    /// The text a spreadsheet gets: empty for anything not published.
    pub fn csv(&self) -> &str {
        match self {
            Cell::Value { text, .. } | Cell::WholePlace(text) => text,
            Cell::Missing | Cell::Unknown(_) => "",
        }
    }
}

fn data_text(text: &Text, w: &dyn Words) -> Cell {
    let picked = text.pick(w.lang());
    Cell::Value { text: picked.text.to_owned(), lang: Some(picked.lang) }
}

fn joined(parts: Vec<String>) -> Cell {
    if parts.is_empty() { Cell::Missing } else { Cell::plain(parts.join(", ")) }
}

/// The name (or a source's title) of a referenced record in the interface language.
fn name_of(d: &Dataset, target: Target, id: &str, lang: Lang) -> Option<String> {
    match target {
        Target::Source => d.source(id).map(|s| s.title.clone()),
        other => d.name(other, id).map(|n| n.pick(lang).text.to_owned()),
    }
}

/// A field's value as a cell; `kind` gives a number its unit.
fn value_cell(d: &Dataset, value: FieldValue, kind: FieldKind, w: &dyn Words) -> Cell {
    let lang = w.lang();
    match value {
        FieldValue::Missing | FieldValue::About => Cell::Missing,
        FieldValue::Word(word) if word.is_unknown() => Cell::Unknown(w.word(word)),
        FieldValue::Word(word) => Cell::plain(w.word(word)),
        FieldValue::Words(words) => joined(words.into_iter().map(|x| w.word(x)).collect()),
        FieldValue::Text(t) => data_text(t, w),
        FieldValue::Texts(ts) => joined(ts.iter().map(|t| t.pick(lang).text.to_owned()).collect()),
        FieldValue::Id(s) | FieldValue::Plain(s) => Cell::plain(s.to_owned()),
        FieldValue::Number(n, q) => match kind.unit() {
            Some(unit) => Cell::plain(qualified(q, unit.format(n, lang), lang)),
            None => Cell::plain(number(n, 2)),
        },
        FieldValue::Date(date) if kind == FieldKind::PlannedDate => Cell::plain(w.planned(&date.display(lang))),
        FieldValue::Date(date) => Cell::plain(date.display(lang)),
        FieldValue::Ref(Target::Source, id) => name_of(d, Target::Source, id, lang).map_or(Cell::Missing, Cell::plain),
        FieldValue::Ref(target, id) => d.name(target, id).map_or(Cell::Missing, |name| data_text(name, w)),
        FieldValue::Refs(target, ids) => joined(ids.iter().filter_map(|id| name_of(d, target, id, lang)).collect()),
        FieldValue::Location(l) => {
            Cell::plain(format!("{:.4}° N, {:.4}° E ({})", l.point.lat, l.point.lon, l.point.crs.id().to_uppercase()))
        }
        FieldValue::Contact(c) => joined([&c.phone, &c.email, &c.url].into_iter().flatten().cloned().collect()),
        FieldValue::Buildings(b) => joined(b.iter().map(|b| w.buildings(b.kind, b.count)).collect()),
        FieldValue::Recognition(r) => {
            joined(r.iter().filter_map(|(id, _)| name_of(d, Target::Programme, id, lang)).collect())
        }
        FieldValue::Spaces(s) => Cell::plain(s.len().to_string()),
        FieldValue::Timeline(e) => Cell::plain(e.len().to_string()),
        FieldValue::Facts(f) => Cell::plain(f.len().to_string()),
    }
}

/// A place's field. A status is shown with the date of its source.
pub fn place_cell(d: &Dataset, p: &Place, field: PlaceField, w: &dyn Words) -> Cell {
    let line = status_line(p, d.updated);
    match field {
        PlaceField::Status if line.status == Status::Unknown => Cell::Unknown(w.word(Word::Status(line.status))),
        PlaceField::Status => Cell::plain(w.status(line)),
        _ => value_cell(d, p.value(field), field.kind(), w),
    }
}

/// A space's field; a place that is not a space publishes none (`space: None`).
pub fn space_cell(d: &Dataset, space: Option<&Space>, field: SpaceField, w: &dyn Words) -> Cell {
    space.map_or(Cell::Missing, |s| value_cell(d, s.value(field), field.kind(), w))
}

/// A cell of the spaces table. A whole-place row shows, in the columns of unit figures, the
/// place's figure for the same thing, marked as the whole place's.
pub fn row_cell(d: &Dataset, r: &Row, column: Column, anchors: &[usize], w: &dyn Words) -> Cell {
    match column {
        Column::Place => data_text(&r.place(d).name, w),
        Column::Town => place_cell(d, r.place(d), PlaceField::Town, w),
        Column::Distance(n) => {
            let Some((km, approximate)) = anchors.get(usize::from(n)).and_then(|&a| r.distance_km(d, a)) else {
                return Cell::Missing;
            };
            Cell::plain(w.km(&number(km, 1), approximate))
        }
        other => {
            let Some(field) = other.field() else { return Cell::Missing };
            match (r.space(d), field.whole_place()) {
                (Some(s), _) => space_cell(d, Some(s), field, w),
                (None, Some(place_field)) => match place_cell(d, r.place(d), place_field, w) {
                    Cell::Value { text, .. } => Cell::WholePlace(text),
                    other => other,
                },
                (None, None) => Cell::Missing,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::rows::tests::data;
    use crate::core::explore::words::plain::Plain;

    fn text(c: Cell) -> String {
        match c {
            Cell::Missing => "—".into(),
            Cell::Value { text, .. } => text,
            Cell::Unknown(t) => format!("?{t}"),
            Cell::WholePlace(t) => format!("{t} (whole place)"),
        }
    }

    #[test]
    fn units_qualifiers_and_not_published() {
        let d = data();
        let (en, zh) = (&Plain(Lang::En), &Plain(Lang::Zh));
        let haoyuan = &d.places[0];
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::InvestmentCny, en)), "about CNY 400 million");
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::InvestmentCny, zh)), "约4亿元");
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::RewardCny, en)), "—");
        assert_eq!(
            text(place_cell(&d, haoyuan, PlaceField::Sectors, en)),
            "Intelligent connected vehicles, Medical devices"
        );
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::Buildings, en)), "1 × comprehensive, 5 × factory");
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::Opening, zh)), "2025年下半年");
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::Status, en)), "completed, as of 10 June 2025");
        assert_eq!(text(place_cell(&d, &d.places[1], PlaceField::Status, en)), "?unknown");
        let mut planned = haoyuan.clone();
        planned.opening_planned = planned.opening.take();
        assert_eq!(text(place_cell(&d, &planned, PlaceField::OpeningPlanned, en)), "planned: second half of 2025");
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::Location, en)), "31.4245° N, 121.2024° E (GCJ02)");
        assert_eq!(text(place_cell(&d, haoyuan, PlaceField::Town, zh)), "嘉定工业区");
        let name_zh = place_cell(&d, haoyuan, PlaceField::Name, zh);
        assert_eq!(
            name_zh,
            Cell::Value { text: "Haoyuan Smart Manufacturing Industrial Park".into(), lang: Some(Lang::En) }
        );
    }

    #[test]
    fn one_meaning_per_field_in_every_table() {
        let d = data();
        let en = &Plain(Lang::En);
        let ground = d.places[0].spaces.first();
        assert_eq!(text(space_cell(&d, ground, SpaceField::Area, en)), "4,000 m²");
        assert_eq!(text(space_cell(&d, ground, SpaceField::Availability, en)), "?unknown");
        assert_eq!(text(space_cell(&d, None, SpaceField::Area, en)), "—", "a place is not a unit");
        // The spaces table: a whole-place row shows the place's total, marked.
        let whole = Row { place: 0, space: None };
        assert_eq!(text(row_cell(&d, &whole, Column::Area, &[], en)), "82,810 m² (whole place)");
        assert_eq!(text(row_cell(&d, &whole, Column::Height, &[], en)), "—");
        assert_eq!(text(row_cell(&d, &whole, Column::Availability, &[], en)), "—");
        let unit = Row { place: 0, space: Some(0) };
        assert_eq!(text(row_cell(&d, &unit, Column::Area, &[], en)), "4,000 m²");
        assert_eq!(text(row_cell(&d, &unit, Column::Use, &[], en)), "factory");
        assert_eq!(text(row_cell(&d, &unit, Column::Distance(0), &[0], en)), "≈ 0 km");
        assert_eq!(Cell::Unknown("x".into()).csv(), "");
        assert_eq!(Cell::WholePlace("82,810 m²".into()).csv(), "82,810 m²");
    }
}
