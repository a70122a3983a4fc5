//! docs/DATA.md documents every column of the places and spaces spreadsheets: the tables under
//! "Spreadsheet columns" list exactly the headers the workbench writes, in the same order.

use jiading_park_explorer::core::edit::csv_io::Sheet;

/// The first cell (a `code` span) of each row of the table after `marker`.
fn documented(marker: &str) -> Vec<String> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/DATA.md")).expect("docs/DATA.md");
    let Some(start) = doc.find(marker) else { panic!("docs/DATA.md has no {marker}") };
    doc[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .filter_map(|l| l.split('|').nth(1))
        .flat_map(|cell| cell.split(',').map(|c| c.trim().trim_matches('`').to_owned()).collect::<Vec<_>>())
        .collect()
}

#[test]
fn data_md_lists_every_column_of_both_spreadsheets() {
    for (sheet, marker) in [(Sheet::Places, "<!-- columns: places -->"), (Sheet::Spaces, "<!-- columns: spaces -->")] {
        let header = sheet.header();
        assert_eq!(
            documented(marker),
            header,
            "docs/DATA.md's {sheet:?} columns and the workbench's disagree; the header is:\n{}",
            header.join("\n")
        );
    }
}
