//! The towns side by side: each town's places by kind and status, how many are recognised by a
//! programme, the investment and floor area its places publish (summed over those that publish
//! them, and saying how many that is), and its latest and next events.

use crate::core::data::{Dataset, Kind, PlaceField, Status, Town};
use crate::core::explore::district_timeline::Entry;
use crate::core::text::PartialDate;

/// A figure summed over the places that publish it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sum {
    pub total: f64,
    /// Places that publish it.
    pub publishing: usize,
    /// Places it could have been published for.
    pub of: usize,
}

impl Sum {
    fn of(values: impl Iterator<Item = Option<f64>>) -> Sum {
        values.fold(Sum::default(), |s, v| Sum {
            total: s.total + v.unwrap_or(0.0),
            publishing: s.publishing + usize::from(v.is_some()),
            of: s.of + 1,
        })
    }
}

#[derive(Debug)]
pub struct TownSummary<'a> {
    pub town: &'a Town,
    /// Its places (indices into `Dataset::places`), in file order.
    pub places: Vec<usize>,
    /// Per kind, in `Kind::ALL` order.
    pub by_kind: Vec<(Kind, usize)>,
    /// Per status, in `Status::ALL` order.
    pub by_status: Vec<(Status, usize)>,
    /// Places recognised by at least one programme.
    pub recognised: usize,
    pub investment: Sum,
    pub floor_area: Sum,
    /// The latest thing that happened.
    pub latest: Option<Entry<'a>>,
    /// The soonest plan not yet past on the data's date (a plan whose date has passed is what a
    /// source once expected, not what is next).
    pub next: Option<Entry<'a>>,
}

/// Every town of the data, in the data's order, with what its places publish.
pub fn towns(d: &Dataset) -> Vec<TownSummary<'_>> {
    d.towns.iter().map(|t| summary(d, t)).collect()
}

pub fn summary<'a>(d: &'a Dataset, town: &'a Town) -> TownSummary<'a> {
    let places: Vec<usize> = (0..d.places.len()).filter(|&i| d.places[i].town.as_deref() == Some(&town.id)).collect();
    let of = |i: &usize| &d.places[*i];
    let count = |keep: &dyn Fn(usize) -> bool| places.iter().filter(|&&i| keep(i)).count();
    let by_kind = Kind::ALL.iter().map(|&k| (k, count(&|i| d.places[i].kind == k))).collect();
    let by_status = Status::ALL.iter().map(|&s| (s, count(&|i| d.places[i].status == s))).collect();
    let recognised = count(&|i| !d.places[i].recognition.is_empty());
    let investment = Sum::of(places.iter().map(|i| of(i).figures.get(PlaceField::InvestmentCny)));
    let floor_area = Sum::of(places.iter().map(|i| of(i).figures.get(PlaceField::BuildingAreaM2)));
    let events =
        || places.iter().flat_map(move |&i| d.places[i].timeline.iter().map(move |event| Entry { place: i, event }));
    // A date is compared by the last month it may mean: "2025" is not past until 2025 is.
    let end = |date: PartialDate| date.months().1;
    let latest = events().filter(|e| !e.event.planned).max_by_key(|e| end(e.event.date));
    let now = d.updated.map(|u| u.months().0);
    let next = events()
        .filter(|e| e.event.planned && now.is_none_or(|now| end(e.event.date) >= now))
        .min_by_key(|e| end(e.event.date));
    TownSummary { town, places, by_kind, by_status, recognised, investment, floor_area, latest, next }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::Event;
    use crate::core::data::sample::sample;
    use crate::core::text::Text;

    fn event(date: &str, planned: bool) -> Event {
        Event { date: PartialDate::parse(date).expect("a date"), event: Text::en(date), sources: vec![], planned }
    }

    #[test]
    fn each_town_counts_and_sums_only_what_its_places_publish() {
        let mut d = sample();
        let anting: Vec<usize> =
            (0..d.places.len()).filter(|&i| d.places[i].town.as_deref() == Some("anting")).collect();
        assert!(anting.len() >= 2, "the sample has two places in Anting");
        d.places[anting[0]].figures.0.insert(PlaceField::InvestmentCny, 2.5e9);
        d.places[anting[1]].figures.0.remove(&PlaceField::InvestmentCny);
        let all = towns(&d);
        assert_eq!(all.len(), d.towns.len());
        let t = all.iter().find(|t| t.town.id == "anting").expect("Anting");
        assert_eq!(t.places, anting);
        assert_eq!(t.by_kind.iter().map(|(_, n)| n).sum::<usize>(), anting.len());
        assert_eq!(t.by_status.iter().map(|(_, n)| n).sum::<usize>(), anting.len());
        let published =
            anting.iter().filter(|&&i| d.places[i].figures.get(PlaceField::InvestmentCny).is_some()).count();
        assert_eq!(t.investment.publishing, published);
        assert_eq!(t.investment.of, anting.len());
        assert!(t.investment.total >= 2.5e9);
        // A town without places reads zero of zero, not "not published" for a missing town.
        let empty = all.iter().find(|t| t.places.is_empty());
        if let Some(e) = empty {
            assert_eq!((e.investment.publishing, e.investment.of, e.recognised), (0, 0, 0));
        }
    }

    #[test]
    fn latest_is_what_happened_last_and_next_the_soonest_plan_not_yet_past() {
        let mut d = sample();
        let i = (0..d.places.len()).find(|&i| d.places[i].town.as_deref() == Some("anting")).expect("Anting");
        d.updated = PartialDate::parse("2025-06");
        d.places[i].timeline = vec![
            event("2023-05", false),
            event("2025", false),
            event("2024-H2", true),
            event("2026-09", true),
            event("2025-Q4", true),
        ];
        let t = summary(&d, d.towns.iter().find(|t| t.id == "anting").expect("Anting"));
        assert_eq!(t.latest.map(|e| e.event.date), PartialDate::parse("2025"));
        assert_eq!(t.next.map(|e| e.event.date), PartialDate::parse("2025-Q4"), "2024-H2 is past in June 2025");
        // Every plan past: nothing is next.
        d.updated = PartialDate::parse("2030");
        let t = summary(&d, d.towns.iter().find(|t| t.id == "anting").expect("Anting"));
        assert!(t.next.is_none());
    }
}
