//! `cargo run --bin validate-data [places.json] [jiading.geojson] [notes-dir]` (`make validate`):
//! checks data files the way the app does on load and prints every problem with its JSON path
//! (exit status 1 on any: a publishing pipeline stops there). Where the source notes are at hand
//! (default ../shared/sources/notes), it also warns of values that no note of their sources
//! contains — warnings do not fail — and of a file not in the canonical form the data
//! workbench writes. `validate-data --format [places.json]` (`make format-data`) rewrites the file
//! in that form.

mod notes;

use std::path::Path;
use std::process::ExitCode;

use jiading_park_explorer::core::data::{Dataset, read_geography, validate};
use jiading_park_explorer::core::edit::canonical::canonical;

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

/// Rewrites the file in the canonical form (its data unchanged).
fn format(path: &str) -> ExitCode {
    let parsed = read(path).and_then(|t| serde_json::from_str(&t).map_err(|e| format!("{path}: not valid JSON: {e}")));
    match parsed.and_then(|v| std::fs::write(path, canonical(&v)).map_err(|e| format!("{path}: cannot write: {e}"))) {
        Ok(()) => {
            println!("{path}: written in the canonical form");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().is_some_and(|a| a == "--format") {
        args.next();
        return format(&args.next().unwrap_or_else(|| "public/data/places.json".into()));
    }
    let places_path = args.next().unwrap_or_else(|| "public/data/places.json".into());
    let geo_path = args.next().unwrap_or_else(|| "public/data/jiading.geojson".into());
    let notes_dir = args.next().unwrap_or_else(|| "../shared/sources/notes".into());
    let result = read(&geo_path).and_then(|geo_json| {
        let geo = read_geography(&geo_json)
            .map_err(|problems| problems.iter().map(|p| format!("{geo_path}: {p}")).collect::<Vec<_>>().join("\n"))?;
        let places_json = read(&places_path)?;
        let in_form = serde_json::from_str(&places_json).is_ok_and(|v| canonical(&v) == places_json);
        validate(&places_json, &geo).map(|d| (d, in_form)).map_err(|invalid| {
            let mut lines: Vec<String> = invalid.problems.iter().map(|p| format!("{places_path}: {p}")).collect();
            if invalid.truncated {
                lines.push("… and more problems (the first ones are shown)".into());
            }
            lines.join("\n")
        })
    });
    match result {
        Ok((d, in_form)) => {
            let mut warnings = note_warnings(&d, &places_path, Path::new(&notes_dir));
            if !in_form {
                warnings.push(format!(
                    "{places_path}: warning: not in the canonical form the workbench writes (`make format-data` rewrites it)"
                ));
            }
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
