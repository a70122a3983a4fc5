//! What a visitor sees for each kind of bad data file or failed delivery. For every case the
//! test states what the user sees, checks that nothing from the file ran, and that the records
//! that are fine still show. Only an unreadable file, an unknown schema or a file with no place
//! that can be shown gives the full error panel; anything else costs only what it touches.

use e2e::browser::{DESKTOP, wait_for, wait_for_text, with_browser};
use e2e::safety::{assert_inert, assert_markup_inert, pwned};
use e2e::server::{Reply, Server};
use e2e::{dist_dir, repo_root};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

fn shipped_text() -> String {
    std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json")
}

fn shipped() -> Value {
    serde_json::from_str(&shipped_text()).expect("valid JSON")
}

fn count(v: &Value) -> usize {
    v["places"].as_array().map_or(0, Vec::len)
}

/// What the visitor should see.
enum Sees {
    /// The full error panel, containing this text.
    Panel(&'static str),
    /// The places that can be shown, and a notice saying how many are not (`0`: values dropped).
    Places { shown: usize, left_out: usize },
}

struct Case {
    name: &'static str,
    reply: Reply,
    sees: Sees,
}

fn case(name: &'static str, reply: Reply, sees: Sees) -> Case {
    Case { name, reply, sees }
}

fn places_text(n: usize) -> String {
    if n == 1 { "1 place".into() } else { format!("{n} places") }
}

/// Wrong types in each kind of field: required ones cost the place, optional ones the value.
fn wrong_types() -> (String, usize) {
    let mut v = shipped();
    let places = v["places"].as_array_mut().expect("places");
    places[0]["name"] = json!(42); // text
    places[1]["kind"] = json!(["park"]); // a choice
    places[2]["opening"] = json!(2025); // a date
    places[2]["investment_cny"] = json!("400000000"); // a number
    places[2]["sectors"] = json!("icv"); // a list of ids
    places[2]["location"] = json!("here"); // a point
    places[2]["summary"] = json!({"fr": "x"}); // text in neither language
    places[2]["buildings"] = json!([{"count": "five", "type": "factory"}]); // a count
    places[2]["facilities"] = json!([true]); // a list of choices
    places[2]["contact"] = json!({"url": 7}); // a link
    places[3]["spaces"] = json!([{"id": "wrong-space", "area_m2": {"m2": 4000}}]); // a space's number
    let n = places.len();
    (v.to_string(), n - 2)
}

/// Dangling and duplicate ids: the duplicate is left out, dangling references are dropped.
fn dangling_and_duplicates() -> (String, usize) {
    let mut v = shipped();
    let places = v["places"].as_array_mut().expect("places");
    places[3]["town"] = json!("atlantis");
    places[3]["sectors"] = json!(["unobtainium"]);
    places[3]["nearby"] = json!(["ghost"]);
    let second = places[5]["id"].clone();
    places[4]["id"] = second;
    let n = places.len();
    (v.to_string(), n - 1)
}

fn outside_the_district() -> String {
    let mut v = shipped();
    v["places"][6]["location"] = json!({"lon": 116.39, "lat": 39.9, "crs": "wgs84", "precision": "exact"});
    v.to_string()
}

/// The shipped data plus GENERATED places (clearly labelled) until the file is over 5 MB.
fn five_megabytes() -> (String, usize) {
    let mut v = shipped();
    let template = v["places"][0].clone();
    let places = v["places"].as_array_mut().expect("places");
    let mut n = 0;
    while serde_json::to_string(&*places).map_or(0, |s| s.len()) < 5_100_000 {
        for _ in 0..200 {
            let mut p = template.clone();
            p["id"] = json!(format!("generated-{n}"));
            p["name"] = json!({"zh": null, "en": format!("GENERATED test place {n}")});
            p["spaces"] = json!([]);
            p["nearby"] = json!([]);
            places.push(p);
            n += 1;
        }
    }
    let count = places.len();
    (v.to_string(), count)
}

/// `[[[[…]]]]` far deeper than any parser should follow.
fn deep_nesting() -> String {
    let depth = 100_000;
    format!(r#"{{"schema": 1, "updated": "2026-01-01", "places": {}{}}}"#, "[".repeat(depth), "]".repeat(depth))
}

/// The hostile fixture (GENERATED), plus scheme tricks in every link field.
fn hostile_links() -> (String, usize, usize) {
    let text = std::fs::read_to_string(repo_root().join("tests/e2e/fixtures/hostile-places.json")).expect("fixture");
    let mut v: Value = serde_json::from_str(&text).expect("valid JSON");
    let first_source = v["sources"][0]["id"].clone();
    v["sources"][0]["url"] = json!("javascript:window.__pwned=1");
    let places = v["places"].as_array_mut().expect("places");
    for (p, url) in
        places.iter_mut().zip(["javascript:window.__pwned=1", " JAVASCRIPT:x", "data:text/html,<script>x</script>"])
    {
        p["contact"]["url"] = json!(url);
    }
    // Places whose only source is the one that is now not a web address cannot be shown.
    let lost = places.iter().filter(|p| p["sources"].as_array().is_some_and(|s| s.len() == 1 && s[0] == first_source));
    let total = places.len();
    let shown = total - lost.count();
    (v.to_string(), shown, total)
}

/// Half the text, cut between characters.
fn half(text: &str) -> usize {
    (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

fn cases() -> Vec<Case> {
    let text = shipped_text();
    let all = count(&shipped());
    let (wrong, wrong_shown) = wrong_types();
    let (dangling, dangling_shown) = dangling_and_duplicates();
    let (big, big_shown) = five_megabytes();
    // The fixture has its own places, not the shipped file's.
    let (hostile, hostile_shown, hostile_all) = hostile_links();
    assert!(big.len() > 5_000_000, "the big file is {} bytes", big.len());
    vec![
        case("truncated", Reply::json(&text[..half(&text)]), Sees::Panel("$: not valid JSON")),
        case("empty", Reply::json(""), Sees::Panel("$: not valid JSON")),
        case("null", Reply::json("null"), Sees::Panel("$: expected an object, found null")),
        case(
            "an unknown schema",
            Reply::json(text.replacen("\"schema\": 1", "\"schema\": 2", 1)),
            Sees::Panel("schema 2 is not supported"),
        ),
        case("wrong types in each field kind", Reply::json(wrong), Sees::Places { shown: wrong_shown, left_out: 2 }),
        case("dangling and duplicate ids", Reply::json(dangling), Sees::Places { shown: dangling_shown, left_out: 1 }),
        case(
            "a point outside the district",
            Reply::json(outside_the_district()),
            Sees::Places { shown: all, left_out: 0 },
        ),
        case("a 5 MB file", Reply::json(big), Sees::Places { shown: big_shown, left_out: 0 }),
        case("deep nesting", Reply::json(deep_nesting()), Sees::Panel("recursion limit exceeded")),
        case(
            "hostile strings and links",
            Reply::json(hostile),
            Sees::Places { shown: hostile_shown, left_out: hostile_all - hostile_shown },
        ),
        case("HTTP 404", Reply::Status(404), Sees::Panel("The server answered 404")),
        case("HTTP 500", Reply::Status(500), Sees::Panel("The server answered 500")),
    ]
}

#[tokio::test]
async fn every_bad_file_costs_only_what_it_touches_and_nothing_runs() {
    let server = Server::start(dist_dir());
    let cases = cases();
    with_browser(DESKTOP, |driver| async move {
        for Case { name, reply, sees } in cases {
            // The browser's console reports an error status itself; nothing else may.
            let failed_request = matches!(reply, Reply::Status(_));
            server.set("/data/places.json", reply);
            driver.goto(server.url("/?view=list")).await?;
            match sees {
                Sees::Panel(text) => {
                    let panel = wait_for(&driver, ".problem-panel").await?.text().await?;
                    assert!(panel.contains(text), "{name}: the panel says {text:?}:\n{panel}");
                }
                Sees::Places { shown, left_out } => {
                    wait_for_text(&driver, ".result-count", &places_text(shown)).await?;
                    let notice = driver.find_all(By::Css(".data-problems p")).await?;
                    let expected = match left_out {
                        0 if name == "a 5 MB file" => None,
                        0 => Some("Some values in the data file have errors".to_owned()),
                        1 => Some("1 place is not shown because of errors".to_owned()),
                        n => Some(format!("{n} places are not shown because of errors")),
                    };
                    match (expected, notice.first()) {
                        (None, None) => {}
                        (Some(text), Some(p)) => {
                            let said = p.text().await?;
                            assert!(said.starts_with(&text), "{name}: the notice says {text:?}: {said:?}");
                            // The editors' details list the problems with their paths.
                            driver.find(By::Css(".data-problems summary")).await?.click().await?;
                            let details = driver.find(By::Css(".data-problems details")).await?.text().await?;
                            assert!(
                                details.contains("$.places[") || details.contains("$.sources["),
                                "{name}: {details}"
                            );
                        }
                        (expected, _) => panic!("{name}: expected the notice {expected:?}"),
                    }
                }
            }
            assert!(!pwned(&driver).await?, "{name}: something from the file ran");
            if failed_request {
                assert_markup_inert(&driver, name, false).await?;
            } else {
                assert_inert(&driver, name, false).await?;
            }
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_request_that_never_answers_says_so_and_nothing_is_lost() {
    let server = Server::start(dist_dir());
    server.set("/config.json", Reply::json(r#"{"data_timeout_ms": 1500}"#));
    server.set("/data/places.json", Reply::Hang);
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let panel = wait_for(&driver, ".problem-panel").await?.text().await?;
        assert!(panel.contains("taking too long"), "{panel}");
        server.clear("/data/places.json");
        driver.find(By::XPath("//button[normalize-space()='Try again']")).await?.click().await?;
        wait_for(&driver, "li.result").await?;
        Ok(())
    })
    .await;
}
