//! The README's table of URL parameters is the URL contract: the same names in the same order,
//! and the same answers to "is it a filter", "does a change push or replace history" and "does
//! the embed snippet carry it" as `core::query::PARAMS`.

use jiading_park_explorer::core::query::{History, PARAMS};

/// The rows of the README's URL table: (parameter, filter, history, snippet) as written.
fn documented() -> Vec<[String; 4]> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let section = readme.split("\n## URL parameters\n").nth(1).expect("a \"## URL parameters\" section");
    section
        .lines()
        .skip_while(|l| !l.starts_with("| parameter |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|row| {
            let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
            assert_eq!(cells.len(), 5, "five cells in {row:?}");
            [cells[0], cells[2], cells[3], cells[4]].map(str::to_owned)
        })
        .collect()
}

#[test]
fn the_readme_url_table_names_exactly_the_contracts_parameters() {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let contract: Vec<[String; 4]> = PARAMS
        .iter()
        .map(|p| {
            let history = match p.history {
                History::Push => "push",
                History::Replace => "replace",
            };
            [format!("`{}`", p.name), yes_no(p.is_filter()), history.to_owned(), yes_no(p.in_embed)]
        })
        .collect();
    let readme = documented();
    assert!(readme.len() > 10, "the table was found: {readme:?}");
    assert_eq!(readme, contract, "README.md's URL table and src/core/query/params.rs disagree");
}
