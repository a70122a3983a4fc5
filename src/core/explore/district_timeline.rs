//! The district's timeline: every dated event of the places a search and its filters leave, on
//! one line, newest first, grouped by year and then by the period the source dates it to (a
//! month, else a quarter, a half or only the year). What is planned is kept apart from what
//! happened. A year range narrows it.

use crate::core::data::{Dataset, Event};
use crate::core::text::PartialDate;

/// Years the timeline covers, both ends included; either end may be open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Years {
    pub from: Option<i32>,
    pub to: Option<i32>,
}

/// The earliest and latest year a range may name (those `PartialDate` reads).
const YEAR_BOUNDS: std::ops::RangeInclusive<i32> = 1900..=2100;

impl Years {
    /// Reads `2020-2025`, `2020-` (from 2020), `-2025` (up to 2025) or `2024` (that year only).
    /// Ends given the wrong way round are swapped; anything else is refused.
    pub fn parse(s: &str) -> Option<Years> {
        let year = |t: &str| -> Option<Option<i32>> {
            let t = t.trim();
            if t.is_empty() {
                return Some(None);
            }
            let ok = t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
            ok.then(|| t.parse().ok()).flatten().filter(|y| YEAR_BOUNDS.contains(y)).map(Some)
        };
        let (from, to) = match s.trim().split_once('-') {
            Some((a, b)) => (year(a)?, year(b)?),
            None => {
                let y = year(s)?;
                (y, y)
            }
        };
        let (from, to) = match (from, to) {
            (None, None) => return None,
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        };
        Some(Years { from, to })
    }

    /// The form `parse` reads.
    pub fn encode(self) -> String {
        match (self.from, self.to) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (a, b) => format!(
                "{}-{}",
                a.map(|y| y.to_string()).unwrap_or_default(),
                b.map(|y| y.to_string()).unwrap_or_default()
            ),
        }
    }

    pub fn contains(self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.to.is_none_or(|t| year <= t)
    }
}

/// The period of a year that a group of events shares: a month, or the coarser date the source
/// gives (a quarter, a half, or only the year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Month(u8),
    Quarter(u8),
    Half(u8),
    Year,
}

impl Period {
    fn of(date: PartialDate) -> Period {
        match date {
            PartialDate::Month(_, m) | PartialDate::Day(_, m, _) => Period::Month(m),
            PartialDate::Quarter(_, q) => Period::Quarter(q),
            PartialDate::Half(_, h) => Period::Half(h),
            PartialDate::Year(_) => Period::Year,
        }
    }

    /// Newest first within a year: the months, then the quarters, the halves, the year alone.
    fn rank(self) -> (u8, u8) {
        match self {
            Period::Month(m) => (3, m),
            Period::Quarter(q) => (2, q),
            Period::Half(h) => (1, h),
            Period::Year => (0, 0),
        }
    }

    /// The period as a date, for writing it out ("May 2025", "second half of 2025").
    pub fn date(self, year: i32) -> PartialDate {
        match self {
            Period::Month(m) => PartialDate::Month(year, m),
            Period::Quarter(q) => PartialDate::Quarter(year, q),
            Period::Half(h) => PartialDate::Half(year, h),
            Period::Year => PartialDate::Year(year),
        }
    }
}

/// One event of one place.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// The place's index in the dataset.
    pub place: usize,
    pub event: &'a Event,
}

#[derive(Debug)]
pub struct Group<'a> {
    pub period: Period,
    pub entries: Vec<Entry<'a>>,
}

#[derive(Debug)]
pub struct YearGroup<'a> {
    pub year: i32,
    pub groups: Vec<Group<'a>>,
}

impl YearGroup<'_> {
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.entries.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// What happened and, apart from it, what is planned, each by year, newest first.
#[derive(Debug, Default)]
pub struct DistrictTimeline<'a> {
    pub happened: Vec<YearGroup<'a>>,
    pub planned: Vec<YearGroup<'a>>,
    /// The years with any event of these places, whatever the range (for the range's choices).
    pub span: Option<(i32, i32)>,
}

impl DistrictTimeline<'_> {
    pub fn len(&self) -> usize {
        self.happened.iter().chain(&self.planned).map(YearGroup::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.happened.is_empty() && self.planned.is_empty()
    }

    /// How many places its events are of.
    pub fn place_count(&self) -> usize {
        let mut places: Vec<usize> = self
            .happened
            .iter()
            .chain(&self.planned)
            .flat_map(|y| &y.groups)
            .flat_map(|g| &g.entries)
            .map(|e| e.place)
            .collect();
        places.sort_unstable();
        places.dedup();
        places.len()
    }
}

/// The timeline of `places` (indices into `d.places`, as a search leaves them) within `years`.
/// Events of one period keep the order of `places`, then the file's order.
pub fn district_timeline<'a>(d: &'a Dataset, places: &[usize], years: Years) -> DistrictTimeline<'a> {
    let all: Vec<Entry<'a>> = places
        .iter()
        .filter_map(|&i| d.places.get(i).map(|p| (i, p)))
        .flat_map(|(i, p)| p.timeline.iter().map(move |event| Entry { place: i, event }))
        .collect();
    let span = all
        .iter()
        .map(|e| e.event.date.year())
        .fold(None, |span: Option<(i32, i32)>, y| Some(span.map_or((y, y), |(a, b)| (a.min(y), b.max(y)))));
    let (planned, happened): (Vec<Entry>, Vec<Entry>) =
        all.into_iter().filter(|e| years.contains(e.event.date.year())).partition(|e| e.event.planned);
    DistrictTimeline { happened: by_year(happened), planned: by_year(planned), span }
}

fn by_year(mut entries: Vec<Entry<'_>>) -> Vec<YearGroup<'_>> {
    // Stable: within a period the places keep their order.
    entries.sort_by(|a, b| {
        let key = |e: &Entry| (e.event.date.year(), Period::of(e.event.date).rank());
        key(b).cmp(&key(a))
    });
    let mut years: Vec<YearGroup> = Vec::new();
    for entry in entries {
        let (year, period) = (entry.event.date.year(), Period::of(entry.event.date));
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearGroup { year, groups: Vec::new() });
        }
        let Some(last_year) = years.last_mut() else { continue };
        match last_year.groups.last_mut() {
            Some(g) if g.period == period => g.entries.push(entry),
            _ => last_year.groups.push(Group { period, entries: vec![entry] }),
        }
    }
    years
}

#[cfg(test)]
#[path = "district_timeline_tests.rs"]
mod tests;
