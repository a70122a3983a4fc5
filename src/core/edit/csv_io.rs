//! The places and spaces as spreadsheets, and back: export writes every record's cells (UTF-8
//! with a byte-order mark, CRLF: Excel and WPS open the Chinese correctly); import reads a file
//! into a preview — new records, changed ones, and each error by row and column — that changes
//! the draft only when applied, and then only with the rows that have no error.

use std::collections::HashSet;

use serde_json::Value;

use crate::core::data::record_fields::DatasetField;
use crate::core::edit::columns::{
    CellError, Column, PLACE_COLUMN, cell, parse_cell, place_columns, set_cell, space_columns,
};
use crate::core::edit::label_point::fill_label_points;
use crate::core::geo::Geography;
use crate::core::site::csv::csv_bytes;

/// Which spreadsheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    Places,
    Spaces,
}

impl Sheet {
    /// Its header, as the file's first row.
    pub fn header(self) -> Vec<String> {
        let own = match self {
            Sheet::Places => place_columns(),
            Sheet::Spaces => space_columns(),
        };
        let first = (self == Sheet::Spaces).then(|| PLACE_COLUMN.to_owned());
        first.into_iter().chain(own.into_iter().map(|c| c.header)).collect()
    }
}

fn places(doc: &Value) -> &[Value] {
    doc.get(DatasetField::Places.key()).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

/// The file's rows, one per record (per space, after its place's id).
pub fn export(doc: &Value, sheet: Sheet) -> Vec<u8> {
    let rows: Vec<Vec<String>> = match sheet {
        Sheet::Places => {
            let cols = place_columns();
            places(doc).iter().map(|p| cols.iter().map(|c| cell(p, c)).collect()).collect()
        }
        Sheet::Spaces => {
            let cols = space_columns();
            places(doc)
                .iter()
                .flat_map(|p| {
                    let place = id_of(p).unwrap_or_default().to_owned();
                    let spaces = p.get("spaces").and_then(Value::as_array).cloned().unwrap_or_default();
                    let cols = &cols;
                    spaces
                        .into_iter()
                        .map(move |s| std::iter::once(place.clone()).chain(cols.iter().map(|c| cell(&s, c))).collect())
                })
                .collect()
        }
    };
    csv_bytes(&sheet.header(), &rows)
}

/// The header row alone: a file to fill in.
pub fn template(sheet: Sheet) -> Vec<u8> {
    csv_bytes(&sheet.header(), &[])
}

/// A cell that could not be read: its row as the spreadsheet numbers it (the header is row 1)
/// and its column's header.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    pub row: usize,
    pub column: String,
    pub error: CellError,
}

/// What an import would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// Ids of the records the file adds (spaces: `place/space`).
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: usize,
    /// Rows left out because a cell is wrong (each wrong cell named).
    pub errors: Vec<RowError>,
    /// The draft with the good rows applied.
    pub result: Value,
}

impl Preview {
    /// Rows left out for an error (an unknown column is the header's, and leaves out no row).
    pub fn bad_rows(&self) -> usize {
        self.errors.iter().filter(|e| e.error != CellError::UnknownColumn).map(|e| e.row).collect::<HashSet<_>>().len()
    }
}

/// Why a file cannot be imported at all.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Not CSV that can be read (the reason).
    Unreadable(String),
    /// A column the file must have is not in its header.
    NoColumn(&'static str),
}

/// Reads a CSV (or, from a spreadsheet's clipboard, tab-separated) text: its rows of cells,
/// without a byte-order mark.
pub fn rows(text: &str, delimiter: u8) -> Result<Vec<Vec<String>>, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileError::Unreadable(e.to_string()))?;
        if record.iter().any(|c| !c.trim().is_empty()) {
            out.push(record.iter().map(str::to_owned).collect());
        }
    }
    Ok(out)
}

/// The columns a header names, in its order (`None` for an unknown header, reported once as an
/// error of row 1).
fn mapping(header: &[String], known: &[Column], errors: &mut Vec<RowError>) -> Vec<Option<Column>> {
    header
        .iter()
        .map(|h| {
            let col = known.iter().find(|c| c.header == h.trim()).cloned();
            if col.is_none() && h.trim() != PLACE_COLUMN {
                errors.push(RowError { row: 1, column: h.clone(), error: CellError::UnknownColumn });
            }
            col
        })
        .collect()
}

/// One row's values, or its errors.
fn read_row(
    cols: &[Option<Column>],
    header: &[String],
    row: &[String],
    n: usize,
) -> Result<Vec<(Column, Value)>, Vec<RowError>> {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for (i, col) in cols.iter().enumerate() {
        let Some(col) = col else { continue };
        match parse_cell(col, row.get(i).map_or("", String::as_str)) {
            Ok(v) => values.push((col.clone(), v)),
            Err(error) => errors.push(RowError { row: n, column: header[i].clone(), error }),
        }
    }
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}

/// Applies one row's values to a record; whether it changed.
fn apply(record: &mut Value, values: Vec<(Column, Value)>) -> bool {
    values.into_iter().fold(false, |changed, (col, v)| set_cell(record, &col, v) | changed)
}

/// The id a row names in `header`'s column `name`, or the error.
fn row_id(header: &[String], row: &[String], name: &str, n: usize) -> Result<String, RowError> {
    let i = header.iter().position(|h| h.trim() == name);
    let id = i.and_then(|i| row.get(i)).map_or("", |s| s.trim());
    if id.is_empty() {
        return Err(RowError { row: n, column: name.to_owned(), error: CellError::Missing });
    }
    if !crate::core::data::is_valid_id(id) {
        return Err(RowError { row: n, column: name.to_owned(), error: CellError::BadId });
    }
    Ok(id.to_owned())
}

/// What importing `text` (CSV) into `doc` would do. A place whose row gives only a town or district precision is put at that label point (a
/// spreadsheet has no map to click), and counted as changed even when its row is not.
pub fn import(doc: &Value, sheet: Sheet, text: &str, geo: &Geography) -> Result<Preview, FileError> {
    let mut all = rows(text, b',')?;
    if all.is_empty() {
        return Err(FileError::NoColumn("id"));
    }
    let header = all.remove(0);
    let numbered: Vec<(usize, Vec<String>)> = all.into_iter().enumerate().map(|(i, r)| (i + 2, r)).collect();
    let mut p = import_rows(doc, sheet, &header, &numbered)?;
    if sheet == Sheet::Places {
        for id in fill_label_points(&mut p.result, geo) {
            if !p.added.contains(&id) && !p.changed.contains(&id) {
                p.changed.push(id);
            }
        }
    }
    Ok(p)
}

/// What pasting rows copied from a spreadsheet (tab-separated) into a place's spaces would do.
/// The first row is a header if every cell of it names a space column (or `place`, as in the
/// spaces file); otherwise the columns are `columns`, the grid's own order. A row with no id
/// gets one from the place's id; a row that names another place is an error.
pub fn paste_spaces(doc: &Value, place: &str, text: &str, columns: &[String]) -> Result<Preview, FileError> {
    let mut all = rows(text, b'\t')?;
    let known: Vec<String> = space_columns().into_iter().map(|c| c.header).collect();
    let named = |c: &String| c.trim().is_empty() || c.trim() == PLACE_COLUMN || known.iter().any(|k| k == c.trim());
    let is_header = all.first().is_some_and(|r| r.iter().all(named));
    let mut header = if is_header { all.remove(0) } else { columns.to_vec() };
    let first = if is_header { 2 } else { 1 };
    // The rows' own place column, checked and then replaced by this place.
    let mut errors = Vec::new();
    if let Some(at) = header.iter().position(|h| h.trim() == PLACE_COLUMN) {
        header.remove(at);
        for (i, r) in all.iter_mut().enumerate() {
            let named = if at < r.len() { r.remove(at) } else { String::new() };
            if !named.trim().is_empty() && named.trim() != place {
                errors.push(RowError {
                    row: i + first,
                    column: PLACE_COLUMN.to_owned(),
                    error: CellError::OtherPlace(named),
                });
            }
        }
    }
    if !header.iter().any(|h| h.trim() == "id") {
        header.insert(0, "id".to_owned());
        all.iter_mut().for_each(|r| r.insert(0, String::new()));
    }
    let id_at = header.iter().position(|h| h.trim() == "id").unwrap_or(0);
    let mut taken: Vec<String> = places(doc)
        .iter()
        .find(|p| id_of(p) == Some(place))
        .and_then(|p| p.get("spaces").and_then(Value::as_array))
        .map(|s| s.iter().filter_map(id_of).map(str::to_owned).collect())
        .unwrap_or_default();
    taken.extend(all.iter().filter_map(|r| r.get(id_at)).map(|id| id.trim().to_owned()).filter(|id| !id.is_empty()));
    header.insert(0, PLACE_COLUMN.to_owned());
    let bad: HashSet<usize> = errors.iter().map(|e| e.row).collect();
    let rows: Vec<(usize, Vec<String>)> = all
        .into_iter()
        .enumerate()
        .map(|(i, r)| (i + first, r))
        .filter(|(n, _)| !bad.contains(n))
        .map(|(n, mut r)| {
            if r.len() <= id_at {
                r.resize(id_at + 1, String::new());
            }
            if r[id_at].trim().is_empty() {
                let id = (1..).map(|n| format!("{place}-unit-{n}")).find(|id| !taken.contains(id)).unwrap_or_default();
                taken.push(id.clone());
                r[id_at] = id;
            }
            r.insert(0, place.to_owned());
            (n, r)
        })
        .collect();
    let mut preview = import_rows(doc, Sheet::Spaces, &header, &rows)?;
    preview.errors.extend(errors);
    preview.errors.sort_by_key(|e| e.row);
    Ok(preview)
}

/// Each row comes with its number as the user sees it (the file's header is row 1).
fn import_rows(
    doc: &Value,
    sheet: Sheet,
    header: &[String],
    all: &[(usize, Vec<String>)],
) -> Result<Preview, FileError> {
    let header = header.to_vec();
    let has = |name: &str| header.iter().any(|h| h.trim() == name);
    if !has("id") {
        return Err(FileError::NoColumn("id"));
    }
    if sheet == Sheet::Spaces && !has(PLACE_COLUMN) {
        return Err(FileError::NoColumn(PLACE_COLUMN));
    }
    let known = match sheet {
        Sheet::Places => place_columns(),
        Sheet::Spaces => space_columns(),
    };
    let mut p = Preview { added: vec![], changed: vec![], unchanged: 0, errors: vec![], result: doc.clone() };
    let cols = mapping(&header, &known, &mut p.errors);
    let mut seen = HashSet::new();
    for &(n, ref row) in all {
        let place_id = match sheet {
            Sheet::Places => row_id(&header, row, "id", n),
            Sheet::Spaces => row_id(&header, row, PLACE_COLUMN, n),
        };
        let space_id = (sheet == Sheet::Spaces).then(|| row_id(&header, row, "id", n));
        let ids = match (place_id, space_id) {
            (Ok(place), None) => Ok((place, None)),
            (Ok(place), Some(Ok(space))) => Ok((place, Some(space))),
            (Err(e), _) | (_, Some(Err(e))) => Err(vec![e]),
        };
        let values = ids.and_then(|ids| read_row(&cols, &header, row, n).map(|v| (ids, v)));
        let ((place, space), values) = match values {
            Ok(ok) => ok,
            Err(mut errors) => {
                p.errors.append(&mut errors);
                continue;
            }
        };
        let label = space.as_ref().map_or_else(|| place.clone(), |s| format!("{place}/{s}"));
        if !seen.insert(label.clone()) {
            p.errors.push(RowError { row: n, column: "id".into(), error: CellError::Repeated(label) });
            continue;
        }
        let list = p.result.get_mut(DatasetField::Places.key()).and_then(Value::as_array_mut);
        let Some(list) = list else { break };
        let at = list.iter().position(|x| id_of(x) == Some(place.as_str()));
        let outcome = match (space, at) {
            (None, Some(at)) => Some(apply(&mut list[at], values)),
            (None, None) => {
                let mut record = serde_json::json!({"id": place});
                apply(&mut record, values);
                list.push(record);
                None
            }
            (Some(_), None) => {
                p.errors.push(RowError { row: n, column: PLACE_COLUMN.into(), error: CellError::UnknownPlace(place) });
                continue;
            }
            (Some(space), Some(at)) => {
                let spaces =
                    list[at].as_object_mut().map(|o| o.entry("spaces").or_insert_with(|| Value::Array(vec![])));
                let Some(Value::Array(spaces)) = spaces else { continue };
                match spaces.iter().position(|s| id_of(s) == Some(space.as_str())) {
                    Some(j) => Some(apply(&mut spaces[j], values)),
                    None => {
                        let mut record = serde_json::json!({"id": space});
                        apply(&mut record, values);
                        spaces.push(record);
                        None
                    }
                }
            }
        };
        match outcome {
            None => p.added.push(label),
            Some(true) => p.changed.push(label),
            Some(false) => p.unchanged += 1,
        }
    }
    Ok(p)
}

#[cfg(test)]
#[path = "csv_io_tests.rs"]
mod tests;
