//! `cargo run --bin validate-data [places.json] [jiading.geojson] [notes-dir]` (`make validate`):
//! checks data files the way the app does on load and prints every problem with its JSON path
//! (exit status 1 on any: a publishing pipeline stops there). Where the source notes are at hand
//! (default ../shared/sources/notes), it also warns of values that no note of their sources
//! contains — warnings do not fail.

mod notes;

use std::path::Path;
use std::process::ExitCode;

use jiading_park_explorer::core::data::{Dataset, read_geography, validate};

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))
}

fn summary(path: &str, d: &Dataset) -> String {
    format!(
        "{path}: valid — {} places, {} sources, {} towns, {} sectors (updated {})",
        d.places.len(),
        d.sources.len(),
        d.towns.len(),
        d.sectors.len(),
        d.updated.map_or_else(|| "no date".to_owned(), |u| u.machine())
    )
}

/// Values no note of their sources contains, one line each.
fn note_warnings(d: &Dataset, places_path: &str, notes_dir: &Path) -> Vec<String> {
    let Some(notes) = notes::Notes::read(notes_dir) else { return Vec::new() };
    d.places
        .iter()
        .enumerate()
        .flat_map(|(i, p)| notes::check(d, p, &format!("$.places[{i}]"), &notes))
        .map(|w| format!("{places_path}: warning: {w}"))
        .collect()
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let places_path = args.next().unwrap_or_else(|| "public/data/places.json".into());
    let geo_path = args.next().unwrap_or_else(|| "public/data/jiading.geojson".into());
    let notes_dir = args.next().unwrap_or_else(|| "../shared/sources/notes".into());
    let result = read(&geo_path).and_then(|geo_json| {
        let geo = read_geography(&geo_json)
            .map_err(|problems| problems.iter().map(|p| format!("{geo_path}: {p}")).collect::<Vec<_>>().join("\n"))?;
        let places_json = read(&places_path)?;
        validate(&places_json, &geo).map_err(|invalid| {
            let mut lines: Vec<String> = invalid.problems.iter().map(|p| format!("{places_path}: {p}")).collect();
            if invalid.truncated {
                lines.push("… and more problems (the first ones are shown)".into());
            }
            lines.join("\n")
        })
    });
    match result {
        Ok(d) => {
            let warnings = note_warnings(&d, &places_path, Path::new(&notes_dir));
            for w in &warnings {
                eprintln!("{w}");
            }
            println!("{}", summary(&places_path, &d));
            if !warnings.is_empty() {
                println!(
                    "{} warning(s): values to check against the notes of their sources ({notes_dir})",
                    warnings.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}
