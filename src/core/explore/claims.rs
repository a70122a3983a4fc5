//! Claims in time: a status is true as of its source's date (and may be out of date a year
//! later), a timeline holds what happened apart from what is planned, and a programme's members
//! named in public sources are counted against how many it has.

use crate::core::data::{Dataset, Event, Place, Status};
use crate::core::explore::FacetId;
use crate::core::text::PartialDate;

/// After this many months before the file's date, a status may be out of date.
pub const STALE_AFTER_MONTHS: i32 = 12;

/// A status as the page states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusLine {
    pub status: Status,
    /// The date of the source that states it.
    pub as_of: Option<PartialDate>,
    /// Stated more than [`STALE_AFTER_MONTHS`] before the data was last checked.
    pub stale: bool,
}

pub fn status_line(p: &Place, updated: Option<PartialDate>) -> StatusLine {
    let stale = match (p.status_as_of, updated) {
        (Some(as_of), Some(updated)) => as_of.older_than(STALE_AFTER_MONTHS, updated),
        _ => false,
    };
    StatusLine { status: p.status, as_of: p.status_as_of, stale }
}

/// A place's timeline as shown: what happened, and apart from it what is planned, each by date.
pub struct Timeline<'a> {
    pub happened: Vec<&'a Event>,
    pub planned: Vec<&'a Event>,
}

pub fn timeline(p: &Place) -> Timeline<'_> {
    let mut events: Vec<&Event> = p.timeline.iter().collect();
    events.sort_by_key(|e| e.date);
    let (planned, happened) = events.into_iter().partition(|e| e.planned);
    Timeline { happened, planned }
}

/// How much of a programme the data names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Places in the data recognised by it.
    pub named: usize,
    /// How many members it has, by its sources.
    pub members: Option<u32>,
}

pub fn coverage(d: &Dataset, programme: &str) -> Coverage {
    let of_place = FacetId::Programme.facet().of_place;
    let named = d.places.iter().filter(|p| of_place(p).contains(&programme)).count();
    Coverage { named, members: d.programme(programme).and_then(|p| p.members) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;
    use crate::core::text::Text;

    #[test]
    fn a_status_is_dated_and_ages() {
        let d = sample();
        let haoyuan = &d.places[0];
        let line = status_line(haoyuan, Some(PartialDate::Month(2026, 11)));
        assert_eq!((line.status, line.as_of, line.stale), (Status::Completed, haoyuan.status_as_of, true));
        assert!(!status_line(haoyuan, Some(PartialDate::Month(2026, 1))).stale);
        assert!(!status_line(haoyuan, None).stale, "no file date, no judgement");
    }

    #[test]
    fn plans_are_kept_apart_from_what_happened() {
        let mut d = sample();
        let event = |date: &str, planned: bool| Event {
            date: PartialDate::parse(date).unwrap(),
            event: Text::en("x"),
            sources: vec![],
            planned,
        };
        d.places[0].timeline = vec![event("2025-H2", true), event("2025-05", false), event("2024", false)];
        let t = timeline(&d.places[0]);
        let dates = |events: &[&Event]| events.iter().map(|e| e.date.canonical()).collect::<Vec<_>>();
        assert_eq!(dates(&t.happened), ["2024", "2025-05"]);
        assert_eq!(dates(&t.planned), ["2025-H2"]);
    }

    #[test]
    fn coverage_counts_the_named_against_the_members() {
        let mut d = sample();
        assert_eq!(coverage(&d, "sms"), Coverage { named: 1, members: None });
        d.programmes[0].members = Some(32);
        assert_eq!(coverage(&d, "sms"), Coverage { named: 1, members: Some(32) });
    }
}
