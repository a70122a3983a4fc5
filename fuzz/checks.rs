//! What must hold for any input, whatever it is: shared by the fuzz targets (`make fuzz`) and the
//! quick run over the seeds in `make test` (tests/fuzz_smoke.rs). A panic is a finding.

use std::sync::OnceLock;

use jiading_park_explorer::core::data::{load, read_geography, validate};
use jiading_park_explorer::core::geo::Geography;
use jiading_park_explorer::core::query::{MAX_ANCHORS, MAX_COMPARE, Query};

/// The shipped district outline: places are checked against the real geography.
pub fn geography() -> &'static Geography {
    static GEO: OnceLock<Geography> = OnceLock::new();
    GEO.get_or_init(|| {
        read_geography(include_str!("../public/data/jiading.geojson")).expect("the shipped geography is valid")
    })
}

/// The data reader and validator: never a panic; what is shown keeps the data's promises.
pub fn data_file(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let geo = geography();
    match load(text, geo) {
        Ok(checked) => {
            let d = &checked.dataset;
            assert!(!d.places.is_empty(), "a file with no place to show is refused");
            for p in &d.places {
                assert!(!p.sources.is_empty(), "{}: a place shown has a source", p.id);
                assert!(p.sources.iter().all(|s| d.source(s).is_some()), "{}: its sources are shown", p.id);
                assert!(p.town.as_ref().is_none_or(|t| d.town(t).is_some()), "{}: its town exists", p.id);
                assert!(p.location.is_none_or(|l| geo.contains(l.point)), "{}: its point is in Jiading", p.id);
                if let Some(url) = &p.contact.url {
                    let lower = url.trim().to_ascii_lowercase();
                    assert!(lower.starts_with("https://") || lower.starts_with("http://"), "{}: {url:?}", p.id);
                }
                assert!(p.nearby.iter().all(|n| d.place_index(n).is_some() && n != &p.id), "{}: nearby", p.id);
            }
            assert!(
                d.sources
                    .iter()
                    .all(|s| s.url.as_ref().is_none_or(|u| u.trim().to_ascii_lowercase().starts_with("http")))
            );
            assert_eq!(validate(text, geo).is_ok(), checked.problems.is_empty(), "validate agrees with load");
        }
        Err(invalid) => assert!(!invalid.problems.is_empty(), "a refused file says why"),
    }
}

/// The district outline reader: never a panic; a refusal says why.
pub fn geojson(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if let Err(problems) = read_geography(text) {
        assert!(!problems.is_empty());
    }
}

/// The URL parser: never a panic, bounded, and writing is canonical (what it writes reads back
/// to the same).
pub fn url(bytes: &[u8]) {
    let Ok(search) = std::str::from_utf8(bytes) else { return };
    let q = Query::parse(search);
    assert!(q.near.len() <= MAX_ANCHORS && q.compare.len() <= MAX_COMPARE);
    assert!(q.filters.q.chars().count() <= 200 && !q.filters.q.chars().any(char::is_control));
    let written = q.encode();
    let again = Query::parse(&written);
    assert_eq!(again.encode(), written, "{search:?}");
    let _ = q.history_to(&again);
    let _ = q.for_embed(None, None, None).encode();
    assert!(!q.without_filters().has_filters());
}
