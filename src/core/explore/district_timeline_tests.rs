use super::*;
use crate::core::data::sample::sample;
use crate::core::text::Text;

fn event(date: &str, what: &str, planned: bool) -> Event {
    Event {
        date: PartialDate::parse(date).expect("a date"),
        event: Text::en(what),
        sources: vec!["shine".into()],
        planned,
    }
}

/// The sample with events on its first two places (generated for this test).
fn dated() -> Dataset {
    let mut d = sample();
    d.places[0].timeline = vec![
        event("2023-05-10", "signed", false),
        event("2025-H2", "opening", true),
        event("2025-03", "topped out", false),
        event("2025", "recognised", false),
    ];
    d.places[1].timeline = vec![event("2025-03-20", "groundbreaking", false), event("2025-Q2", "fitted out", false)];
    d
}

fn what(groups: &[YearGroup]) -> Vec<(i32, PartialDate, Vec<String>)> {
    groups
        .iter()
        .flat_map(|y| {
            y.groups.iter().map(move |g| {
                let events = g.entries.iter().map(|e| e.event.event.en.clone().unwrap_or_default()).collect();
                (y.year, g.period.date(y.year), events)
            })
        })
        .collect()
}

#[test]
fn newest_first_by_year_then_months_then_coarser_periods_planned_apart() {
    let d = dated();
    let t = district_timeline(&d, &[0, 1], Years::default());
    assert_eq!(
        what(&t.happened),
        vec![
            (2025, PartialDate::Month(2025, 3), vec!["topped out".to_owned(), "groundbreaking".to_owned()]),
            (2025, PartialDate::Quarter(2025, 2), vec!["fitted out".to_owned()]),
            (2025, PartialDate::Year(2025), vec!["recognised".to_owned()]),
            (2023, PartialDate::Month(2023, 5), vec!["signed".to_owned()]),
        ]
    );
    assert_eq!(what(&t.planned), vec![(2025, PartialDate::Half(2025, 2), vec!["opening".to_owned()])]);
    assert_eq!(t.len(), 6);
    assert_eq!(t.place_count(), 2);
    assert_eq!(t.span, Some((2023, 2025)));
    assert_eq!(t.happened[0].len(), 4);
}

#[test]
fn only_the_places_given_and_only_the_years_asked_for() {
    let d = dated();
    let t = district_timeline(&d, &[1], Years::default());
    assert_eq!(t.len(), 2);
    assert!(t.happened.iter().flat_map(|y| &y.groups).flat_map(|g| &g.entries).all(|e| e.place == 1));

    let t = district_timeline(&d, &[0, 1], Years { from: Some(2024), to: None });
    assert!(t.happened.iter().all(|y| y.year == 2025));
    // The span still says which years there are, so the range can be widened again.
    assert_eq!(t.span, Some((2023, 2025)));
    let t = district_timeline(&d, &[0, 1], Years { from: Some(2020), to: Some(2024) });
    assert_eq!(t.len(), 1);
    assert!(district_timeline(&d, &[], Years::default()).is_empty());
    // An index the data does not have (a stale result set) is skipped, not a panic.
    assert_eq!(district_timeline(&d, &[0, 99], Years::default()).len(), 4);
}

#[test]
fn year_ranges_read_and_write_back() {
    let both = Years { from: Some(2020), to: Some(2025) };
    assert_eq!(Years::parse("2020-2025"), Some(both));
    assert_eq!(Years::parse(" 2025-2020 "), Some(both), "ends the wrong way round are swapped");
    assert_eq!(Years::parse("2020-"), Some(Years { from: Some(2020), to: None }));
    assert_eq!(Years::parse("-2025"), Some(Years { from: None, to: Some(2025) }));
    assert_eq!(Years::parse("2024"), Some(Years { from: Some(2024), to: Some(2024) }));
    for bad in ["", "-", "20-25", "2020-2025-2030", "1800-1900", "abcd", "2020–2025", "２０２０"] {
        assert_eq!(Years::parse(bad), None, "{bad:?}");
    }
    for y in [
        both,
        Years { from: Some(2020), to: None },
        Years { from: None, to: Some(2025) },
        Years::parse("2024").unwrap(),
    ] {
        assert_eq!(Years::parse(&y.encode()), Some(y));
    }
    assert!(both.contains(2020) && both.contains(2025) && !both.contains(2026) && !both.contains(2019));
    assert!(Years::default().contains(1971));
}
