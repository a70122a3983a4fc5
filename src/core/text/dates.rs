//! Dates as sources publish them: a day, a month, a year, a half or a quarter of a year.

use crate::core::text::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Year(i32),
    Half(i32, u8),
    Quarter(i32, u8),
    Month(i32, u8),
    Day(i32, u8, u8),
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-H1|H2` and `YYYY-Q1..Q4`.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let year_str = parts.next()?;
        if year_str.len() != 4 || !year_str.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_str.parse().ok()?;
        if !(1900..=2100).contains(&year) {
            return None;
        }
        let two_digits = |p: &str| -> Option<u8> {
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
        };
        let date = match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => PartialDate::Year(year),
            (Some(p), None, _) if p.len() == 2 && p.starts_with('H') => {
                let half = p[1..].parse().ok().filter(|h| (1..=2).contains(h))?;
                PartialDate::Half(year, half)
            }
            (Some(p), None, _) if p.len() == 2 && p.starts_with('Q') => {
                let quarter = p[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
                PartialDate::Quarter(year, quarter)
            }
            (Some(m), None, _) => PartialDate::Month(year, two_digits(m).filter(|m| (1..=12).contains(m))?),
            (Some(m), Some(d), None) => {
                let month = two_digits(m).filter(|m| (1..=12).contains(m))?;
                let day = two_digits(d).filter(|d| *d >= 1 && *d <= days_in_month(year, month))?;
                PartialDate::Day(year, month, day)
            }
            _ => return None,
        };
        Some(date)
    }

    /// What dates are ordered by: when they begin, a longer period before the ones within it
    /// (2023, then July 2023, then 6 July 2023).
    fn chronological(self) -> (i32, std::cmp::Reverse<i32>, u8, u8) {
        let (start, end) = self.months();
        let day = if let PartialDate::Day(_, _, d) = self { d } else { 0 };
        // Last, the precision: only a date `parse` never gives (month 13) could tie without it.
        let precision = match self {
            PartialDate::Year(_) => 0,
            PartialDate::Half(..) => 1,
            PartialDate::Quarter(..) => 2,
            PartialDate::Month(..) => 3,
            PartialDate::Day(..) => 4,
        };
        (start, std::cmp::Reverse(end), day, precision)
    }

    pub fn year(self) -> i32 {
        match self {
            PartialDate::Year(y)
            | PartialDate::Half(y, _)
            | PartialDate::Quarter(y, _)
            | PartialDate::Month(y, _)
            | PartialDate::Day(y, _, _) => y,
        }
    }

    /// The first and last month the date may mean, counted from year 0 (`year * 12 + month - 1`).
    pub fn months(self) -> (i32, i32) {
        let start = |y: i32, m: u8| y * 12 + i32::from(m) - 1;
        match self {
            PartialDate::Year(y) => (start(y, 1), start(y, 12)),
            PartialDate::Half(y, h) => (start(y, 6 * h - 5), start(y, 6 * h)),
            PartialDate::Quarter(y, q) => (start(y, 3 * q - 2), start(y, 3 * q)),
            PartialDate::Month(y, m) | PartialDate::Day(y, m, _) => (start(y, m), start(y, m)),
        }
    }

    /// Whether `self` is more than `months` months before `later`, however each is read (a
    /// year is taken at its end, so "2024" is not yet a year old in December 2025).
    pub fn older_than(self, months: i32, later: PartialDate) -> bool {
        later.months().0 - self.months().1 > months
    }

    /// The date written for people, e.g. "second half of 2025" / "2025年下半年".
    pub fn display(self, lang: Lang) -> String {
        match (self, lang) {
            (PartialDate::Year(y), Lang::En) => y.to_string(),
            (PartialDate::Year(y), Lang::Zh) => format!("{y}年"),
            (PartialDate::Half(y, 1), Lang::En) => format!("first half of {y}"),
            (PartialDate::Half(y, _), Lang::En) => format!("second half of {y}"),
            (PartialDate::Half(y, 1), Lang::Zh) => format!("{y}年上半年"),
            (PartialDate::Half(y, _), Lang::Zh) => format!("{y}年下半年"),
            (PartialDate::Quarter(y, q), Lang::En) => format!("Q{q} {y}"),
            (PartialDate::Quarter(y, q), Lang::Zh) => {
                format!("{y}年第{}季度", ["一", "二", "三", "四"][usize::from(q.clamp(1, 4) - 1)])
            }
            (PartialDate::Month(y, m), Lang::En) => format!("{} {y}", MONTHS_EN[usize::from(m - 1)]),
            (PartialDate::Month(y, m), Lang::Zh) => format!("{y}年{m}月"),
            (PartialDate::Day(y, m, d), Lang::En) => format!("{d} {} {y}", MONTHS_EN[usize::from(m - 1)]),
            (PartialDate::Day(y, m, d), Lang::Zh) => format!("{y}年{m}月{d}日"),
        }
    }

    /// The form `parse` reads (`2025`, `2025-H2`, `2025-Q3`, `2025-06`, `2025-06-10`).
    pub fn canonical(self) -> String {
        match self {
            PartialDate::Half(y, h) => format!("{y:04}-H{h}"),
            PartialDate::Quarter(y, q) => format!("{y:04}-Q{q}"),
            other => other.machine(),
        }
    }

    /// Machine form for `<time datetime>` (a valid HTML date string where one exists).
    pub fn machine(self) -> String {
        match self {
            PartialDate::Year(y) | PartialDate::Half(y, _) | PartialDate::Quarter(y, _) => format!("{y:04}"),
            PartialDate::Month(y, m) => format!("{y:04}-{m:02}"),
            PartialDate::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.chronological().cmp(&other.chronological())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_different_precision_sort_by_when_they_begin() {
        let mut dates: Vec<PartialDate> = ["2023-07", "2022-06-15", "2023-07-06", "2023", "2023-H2", "2022-Q4"]
            .iter()
            .filter_map(|d| PartialDate::parse(d))
            .collect();
        dates.sort();
        let order: Vec<String> = dates.iter().map(|d| d.canonical()).collect();
        assert_eq!(order, ["2022-06-15", "2022-Q4", "2023", "2023-H2", "2023-07", "2023-07-06"]);
    }

    #[test]
    fn parses_every_published_precision() {
        assert_eq!(PartialDate::parse("2025"), Some(PartialDate::Year(2025)));
        assert_eq!(PartialDate::parse("2025-H2"), Some(PartialDate::Half(2025, 2)));
        assert_eq!(PartialDate::parse("2026-Q1"), Some(PartialDate::Quarter(2026, 1)));
        assert_eq!(PartialDate::parse("2023-10"), Some(PartialDate::Month(2023, 10)));
        assert_eq!(PartialDate::parse("2024-02-29"), Some(PartialDate::Day(2024, 2, 29)));
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "",
            "25",
            "2025-13",
            "2025-02-30",
            "2023-02-29",
            "2025-H3",
            "2025-Q5",
            "2025-6",
            "2025-06-10-01",
            "２０２５",
            "1850",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn ages_are_counted_generously() {
        let nov_2026 = PartialDate::Day(2026, 11, 24);
        assert!(PartialDate::Month(2025, 1).older_than(12, nov_2026));
        assert!(!PartialDate::Month(2025, 12).older_than(12, nov_2026));
        assert!(!PartialDate::Year(2025).older_than(12, PartialDate::Month(2026, 12)), "2025 may mean December");
        assert!(PartialDate::Half(2024, 2).older_than(12, nov_2026));
        assert_eq!(PartialDate::Quarter(2025, 3).months(), (2025 * 12 + 6, 2025 * 12 + 8));
    }

    #[test]
    fn displays_in_both_languages() {
        let d = PartialDate::parse("2025-06-10").unwrap();
        assert_eq!(d.display(Lang::En), "10 June 2025");
        assert_eq!(d.display(Lang::Zh), "2025年6月10日");
        assert_eq!(PartialDate::Half(2025, 2).display(Lang::En), "second half of 2025");
        assert_eq!(PartialDate::Half(2025, 2).display(Lang::Zh), "2025年下半年");
        assert_eq!(PartialDate::Quarter(2026, 1).display(Lang::Zh), "2026年第一季度");
        assert_eq!(d.machine(), "2025-06-10");
    }
}
