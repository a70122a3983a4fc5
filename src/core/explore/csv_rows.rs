//! The spaces table as a spreadsheet: raw numbers (the units are in the header), the text
//! columns as shown, a yes/no column for whole-place rows, empty cells for what is not published.

use crate::core::data::Dataset;
use crate::core::explore::cells::row_cell;
use crate::core::explore::rows::Row;
use crate::core::explore::table::Column;
use crate::core::explore::words::Words;

/// A column of the CSV file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvColumn {
    /// A column of the table (numbers without their units).
    Table(Column),
    /// Whether the row is a whole place that publishes no units.
    WholePlace,
}

/// The table's columns, with the whole-place flag after the area.
pub fn csv_columns(anchors: usize) -> Vec<CsvColumn> {
    let mut out = Vec::new();
    for c in Column::all(anchors) {
        out.push(CsvColumn::Table(c));
        if c == Column::Area {
            out.push(CsvColumn::WholePlace);
        }
    }
    out
}

/// One line per row; `yes_no` words the whole-place flag.
pub fn csv_rows(d: &Dataset, rows: &[Row], anchors: &[usize], w: &dyn Words, yes_no: [&str; 2]) -> Vec<Vec<String>> {
    let columns = csv_columns(anchors.len());
    rows.iter()
        .map(|r| {
            columns
                .iter()
                .map(|c| match c {
                    CsvColumn::WholePlace => yes_no[usize::from(!r.is_whole_place())].to_owned(),
                    CsvColumn::Table(Column::Distance(n)) => anchors
                        .get(usize::from(*n))
                        .and_then(|&a| r.distance_km(d, a))
                        .map(|(km, _)| format!("{km:.2}"))
                        .unwrap_or_default(),
                    CsvColumn::Table(column) => match column.field() {
                        Some(field) if field.kind().unit().is_some() => {
                            r.number(d, field).map(|n| n.to_string()).unwrap_or_default()
                        }
                        _ => row_cell(d, r, *column, anchors, w).csv().to_owned(),
                    },
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::rows::tests::data;
    use crate::core::explore::words::plain::Plain;
    use crate::core::text::Lang;

    #[test]
    fn raw_numbers_words_and_empty_unknowns() {
        let d = data();
        assert_eq!(csv_columns(1).len(), Column::FIXED.len() + 2);
        let rows = [Row { place: 0, space: Some(0) }, Row { place: 0, space: None }];
        let lines = csv_rows(&d, &rows, &[0], &Plain(Lang::En), ["yes", "no"]);
        assert_eq!(
            lines[0],
            [
                "Haoyuan Smart Manufacturing Industrial Park",
                "Jiading Industrial Zone",
                "factory",
                "1",
                "4000",
                "no",
                "9.5",
                "",
                "",
                "",
                "",
                "",
                "",
                "0.00"
            ]
        );
        assert_eq!(lines[1][4..6], ["82810", "yes"], "the whole place's total floor area, flagged");
        assert_eq!(lines[1][10], "", "a whole place's availability is not published");
    }
}
