//! `cargo run --bin validate-data [places.json] [jiading.geojson]`: checks data files the way
//! the app does on load and prints every problem with its JSON path.

use std::process::ExitCode;

use jiading_park_explorer::core::data::{read_geography, validate};

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let places_path = args.next().unwrap_or_else(|| "public/data/places.json".into());
    let geo_path = args.next().unwrap_or_else(|| "public/data/jiading.geojson".into());
    let result = read(&geo_path).and_then(|geo_json| {
        let geo = read_geography(&geo_json)
            .map_err(|problems| problems.iter().map(|p| format!("{geo_path}: {p}")).collect::<Vec<_>>().join("\n"))?;
        let places_json = read(&places_path)?;
        match validate(&places_json, &geo) {
            Ok(d) => Ok(format!(
                "{places_path}: valid — {} places, {} sources, {} towns, {} sectors (updated {})",
                d.places.len(),
                d.sources.len(),
                d.towns.len(),
                d.sectors.len(),
                d.updated.map_or_else(|| "no date".to_owned(), |u| u.machine())
            )),
            Err(invalid) => {
                let mut lines: Vec<String> = invalid.problems.iter().map(|p| format!("{places_path}: {p}")).collect();
                if invalid.truncated {
                    lines.push("… and more problems (the first ones are shown)".into());
                }
                Err(lines.join("\n"))
            }
        }
    });
    match result {
        Ok(msg) => {
            println!("{msg}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}
