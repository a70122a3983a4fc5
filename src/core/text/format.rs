//! Numbers for people, per language: money, areas, heights, loads. Always from the numbers in
//! the data, never from stored strings.

use crate::core::text::{Lang, vocabulary};

vocabulary!(
    /// How exact a published number is: "about 2.9 billion", "over 1,000 m²".
    Qualifier { About = "about", Over = "over", Nearly = "nearly", UpTo = "up-to" }
);

/// The unit a number is published in, which decides how it is written for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Cny,
    SquareMetres,
    Mu,
    Metres,
    KnPerSquareMetre,
    Kva,
    CnyPerSquareMetreDay,
    CnyPerSquareMetreMonth,
    Tonnes,
    Months,
}

impl Unit {
    /// `value` with this unit, in `lang`.
    pub fn format(self, value: f64, lang: Lang) -> String {
        match self {
            Unit::Cny => money(value, lang),
            Unit::SquareMetres => area(value, lang),
            Unit::Mu => mu(value, lang),
            Unit::Metres => metres(value, lang),
            Unit::KnPerSquareMetre => load(value, lang),
            Unit::Kva => power(value, lang),
            Unit::CnyPerSquareMetreDay => rent(value, lang),
            Unit::CnyPerSquareMetreMonth => fee(value, lang),
            Unit::Tonnes => tonnes(value, lang),
            Unit::Months => months(value, lang),
        }
    }
}

/// `n` with at most `decimals` decimals (trailing zeros dropped) and thousands separators.
pub fn number(n: f64, decimals: usize) -> String {
    let fixed = format!("{:.*}", decimals, n.abs());
    let (int, frac) = match fixed.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (fixed.as_str(), ""),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3 + 4);
    if n < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        grouped.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if !frac.is_empty() {
        grouped.push('.');
        grouped.push_str(frac);
    }
    grouped
}

pub fn money(cny: f64, lang: Lang) -> String {
    match lang {
        Lang::En if cny >= 1e9 => format!("CNY {} billion", number(cny / 1e9, 2)),
        Lang::En if cny >= 1e6 => format!("CNY {} million", number(cny / 1e6, 2)),
        Lang::En => format!("CNY {}", number(cny, 2)),
        // Chinese writes counts of 万 and 亿 without separators: 3000万元, 1000亿元.
        Lang::Zh if cny >= 1e8 => format!("{}亿元", number(cny / 1e8, 2).replace(',', "")),
        Lang::Zh if cny >= 1e4 => format!("{}万元", number(cny / 1e4, 2).replace(',', "")),
        Lang::Zh => format!("{}元", number(cny, 2)),
    }
}

/// Areas of a square kilometre or more are given in km², smaller ones in m².
pub fn area(m2: f64, lang: Lang) -> String {
    match lang {
        Lang::En if m2 >= 1e6 => format!("{} km²", number(m2 / 1e6, 2)),
        Lang::En => format!("{} m²", number(m2, 1)),
        Lang::Zh if m2 >= 1e6 => format!("{} 平方公里", number(m2 / 1e6, 2)),
        Lang::Zh => format!("{} 平方米", number(m2, 1)),
    }
}

pub fn mu(mu: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} mu", number(mu, 2)),
        Lang::Zh => format!("{} 亩", number(mu, 2)),
    }
}

pub fn metres(m: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} m", number(m, 2)),
        Lang::Zh => format!("{} 米", number(m, 2)),
    }
}

pub fn load(kn_m2: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} kN/m²", number(kn_m2, 2)),
        Lang::Zh => format!("{} 千牛/平方米", number(kn_m2, 2)),
    }
}

pub fn power(kva: f64, lang: Lang) -> String {
    format!("{} kVA", number(kva, 0)) + if lang == Lang::Zh { "（千伏安）" } else { "" }
}

pub fn rent(cny_m2_day: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("CNY {} per m² per day", number(cny_m2_day, 2)),
        Lang::Zh => format!("{} 元/平方米/天", number(cny_m2_day, 2)),
    }
}

/// A monthly charge per square metre (a management fee).
pub fn fee(cny_m2_month: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("CNY {} per m² per month", number(cny_m2_month, 2)),
        Lang::Zh => format!("{} 元/平方米/月", number(cny_m2_month, 2)),
    }
}

pub fn tonnes(t: f64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} t", number(t, 2)),
        Lang::Zh => format!("{} 吨", number(t, 2)),
    }
}

pub fn months(n: f64, lang: Lang) -> String {
    match lang {
        Lang::En if n == 1.0 => "1 month".to_owned(),
        Lang::En => format!("{} months", number(n, 1)),
        Lang::Zh => format!("{} 个月", number(n, 1)),
    }
}

pub fn qualified(q: Option<Qualifier>, value: String, lang: Lang) -> String {
    let prefix = match (q, lang) {
        (None, _) => "",
        (Some(Qualifier::About), Lang::En) => "about ",
        (Some(Qualifier::Over), Lang::En) => "over ",
        (Some(Qualifier::Nearly), Lang::En) => "nearly ",
        (Some(Qualifier::UpTo), Lang::En) => "up to ",
        (Some(Qualifier::About), Lang::Zh) => "约",
        (Some(Qualifier::Over), Lang::Zh) => "超过",
        (Some(Qualifier::Nearly), Lang::Zh) => "近",
        (Some(Qualifier::UpTo), Lang::Zh) => "最高",
    };
    format!("{prefix}{value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_trimmed() {
        assert_eq!(number(82810.0, 1), "82,810");
        assert_eq!(number(1234567.891, 2), "1,234,567.89");
        assert_eq!(number(9.5, 2), "9.5");
        assert_eq!(number(0.0, 2), "0");
        assert_eq!(number(-1500.0, 0), "-1,500");
    }

    #[test]
    fn money_in_both_languages() {
        assert_eq!(money(400_000_000.0, Lang::En), "CNY 400 million");
        assert_eq!(money(400_000_000.0, Lang::Zh), "4亿元");
        assert_eq!(money(2_900_000_000.0, Lang::En), "CNY 2.9 billion");
        assert_eq!(money(2_900_000_000.0, Lang::Zh), "29亿元");
        assert_eq!(money(30_000_000.0, Lang::Zh), "3000万元");
        assert_eq!(money(150_000_000.0, Lang::En), "CNY 150 million");
    }

    #[test]
    fn areas_switch_to_square_kilometres() {
        assert_eq!(area(82810.0, Lang::En), "82,810 m²");
        assert_eq!(area(82810.0, Lang::Zh), "82,810 平方米");
        assert_eq!(area(2_670_000.0, Lang::En), "2.67 km²");
        assert_eq!(area(2_670_000.0, Lang::Zh), "2.67 平方公里");
        assert_eq!(mu(82.5, Lang::En), "82.5 mu");
    }

    #[test]
    fn qualifiers_read_naturally() {
        assert_eq!(qualified(Some(Qualifier::About), money(2.9e9, Lang::En), Lang::En), "about CNY 2.9 billion");
        assert_eq!(qualified(Some(Qualifier::Over), money(1e9, Lang::Zh), Lang::Zh), "超过10亿元");
        assert_eq!(Unit::Mu.format(87.0, Lang::Zh), "87 亩");
        assert_eq!(Unit::KnPerSquareMetre.format(8.0, Lang::En), "8 kN/m²");
    }

    #[test]
    fn a_unit_s_terms_in_both_languages() {
        assert_eq!(Unit::CnyPerSquareMetreMonth.format(8.5, Lang::En), "CNY 8.5 per m² per month");
        assert_eq!(Unit::CnyPerSquareMetreMonth.format(8.5, Lang::Zh), "8.5 元/平方米/月");
        assert_eq!(Unit::Tonnes.format(3.0, Lang::Zh), "3 吨");
        assert_eq!(Unit::Months.format(1.0, Lang::En), "1 month");
        assert_eq!(Unit::Months.format(36.0, Lang::En), "36 months");
        assert_eq!(Unit::Months.format(36.0, Lang::Zh), "36 个月");
    }
}
