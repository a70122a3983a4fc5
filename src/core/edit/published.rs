//! Numbers as Chinese and English sources print them — `约5.8亿元`, `27.92万平方米`,
//! `3万余㎡`, `about 2.5 billion yuan` — read into the field's base unit, so a data owner types
//! what the page says instead of counting zeros. The scaling is done on the decimal digits, not in
//! floating point, so `5.8亿` is exactly `580000000`.

use serde_json::Number;

use crate::core::text::{Qualifier, Unit};

/// What was typed, read: the number in the field's unit, and the qualifier its words gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub number: Number,
    pub qualifier: Option<Qualifier>,
}

/// Words before the number, longest first so that `大约` is not read as `约` plus `大`.
const BEFORE: &[(&str, Qualifier)] = &[
    ("approximately", Qualifier::About),
    ("more than", Qualifier::Over),
    ("almost", Qualifier::Nearly),
    ("nearly", Qualifier::Nearly),
    ("about", Qualifier::About),
    ("up to", Qualifier::UpTo),
    ("over", Qualifier::Over),
    ("大约", Qualifier::About),
    ("将近", Qualifier::Nearly),
    ("超过", Qualifier::Over),
    ("最高", Qualifier::UpTo),
    ("约", Qualifier::About),
    ("近", Qualifier::Nearly),
    ("逾", Qualifier::Over),
    ("超", Qualifier::Over),
    ("~", Qualifier::About),
];

/// Words after it (`3万余平方米`, `2000多`, `50亩左右`): after the magnitude or the unit.
const AFTER: &[(&str, Qualifier)] =
    &[("左右", Qualifier::About), ("以上", Qualifier::Over), ("余", Qualifier::Over), ("多", Qualifier::Over)];

/// Magnitudes, as powers of ten.
const MAGNITUDES: &[(&str, i32)] = &[
    ("千万", 7),
    ("百万", 6),
    ("亿", 8),
    ("万", 4),
    ("千", 3),
    (" billion", 9),
    (" million", 6),
    ("billion", 9),
    ("million", 6),
];

/// The unit words each field's unit accepts, with the power of ten to its base unit.
fn unit_words(unit: Unit) -> &'static [(&'static str, i32)] {
    match unit {
        Unit::Cny => &[("人民币", 0), ("元", 0), ("yuan", 0), ("cny", 0), ("rmb", 0)],
        Unit::SquareMetres => &[
            ("平方千米", 6),
            ("平方公里", 6),
            ("km²", 6),
            ("km2", 6),
            ("公顷", 4),
            ("hectares", 4),
            ("ha", 4),
            ("平方米", 0),
            ("平米", 0),
            ("㎡", 0),
            ("m²", 0),
            ("m2", 0),
            ("sqm", 0),
        ],
        Unit::Mu => &[("亩", 0), ("mu", 0)],
        Unit::Metres => &[("米", 0), ("m", 0)],
        Unit::KnPerSquareMetre => &[("kn/m²", 0), ("kn/m2", 0), ("千牛/平方米", 0)],
        Unit::Kva => &[("千伏安", 0), ("kva", 0)],
        Unit::CnyPerSquareMetreDay => &[("元/平方米/天", 0), ("元/㎡/天", 0), ("元/平方米·天", 0), ("元/㎡·天", 0)],
        Unit::CnyPerSquareMetreMonth => &[("元/平方米/月", 0), ("元/㎡/月", 0), ("元/平方米·月", 0), ("元/㎡·月", 0)],
        Unit::Tonnes => &[("吨", 0), ("t", 0)],
        Unit::Months => &[("个月", 0), ("months", 0), ("month", 0), ("月", 0)],
    }
}

fn strip_prefix_any<'a>(s: &'a str, words: &[(&str, Qualifier)]) -> Option<(&'a str, Qualifier)> {
    words.iter().find_map(|(w, q)| strip_ci(s, w).map(|rest| (rest.trim_start(), *q)))
}

fn strip_suffix_any<'a, T: Copy>(s: &'a str, words: &[(&str, T)]) -> Option<(&'a str, T)> {
    words.iter().find_map(|(w, t)| {
        let cut = s.len().checked_sub(w.len())?;
        (s.is_char_boundary(cut) && s[cut..].eq_ignore_ascii_case(w)).then(|| (s[..cut].trim_end(), *t))
    })
}

fn strip_ci<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    (s.len() >= word.len() && s.is_char_boundary(word.len()) && s[..word.len()].eq_ignore_ascii_case(word))
        .then(|| &s[word.len()..])
}

/// Full-width forms (８，１．５) as their ASCII twins; the ideographic space as a space.
pub(crate) fn half_width(typed: &str) -> String {
    typed
        .chars()
        .map(|c| match u32::from(c) {
            code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        })
        .collect()
}

/// The number without its thousands separators, which must stand between groups of three
/// (`76,670`, `2 000`): `5,8` is not read as 58.
fn grouped_digits(s: &str) -> Option<String> {
    let (whole, frac) = s.split_once('.').map_or((s, None), |(w, f)| (w, Some(f)));
    let groups: Vec<&str> = whole.split([',', ' ', '，', '_']).collect();
    let sign = |g: &str| g.strip_prefix('-').unwrap_or(g).len();
    let well_grouped =
        groups.len() == 1 || (sign(groups[0]) >= 1 && sign(groups[0]) <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    well_grouped.then(|| groups.concat() + &frac.map(|f| format!(".{f}")).unwrap_or_default())
}

/// `digits` (with at most one '.') times 10^`shift`, exactly.
fn scaled(digits: &str, shift: i32) -> Option<Number> {
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let all = format!("{whole}{frac}");
    let point = i32::try_from(whole.len()).ok()? + shift;
    let text = if point >= i32::try_from(all.len()).ok()? {
        format!("{all}{}", "0".repeat(usize::try_from(point).ok()? - all.len()))
    } else if point <= 0 {
        format!("0.{}{all}", "0".repeat(usize::try_from(-point).ok()?))
    } else {
        let (a, b) = all.split_at(usize::try_from(point).ok()?);
        format!("{a}.{b}")
    };
    let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.').to_owned() } else { text };
    if let Ok(n) = text.parse::<u64>() {
        return Some(Number::from(n));
    }
    let f: f64 = text.parse().ok()?;
    f.is_finite().then(|| Number::from_f64(f)).flatten()
}

/// A number as a source prints it, in a field of `unit`; `None` when it does not read as one
/// (a unit of another field, two numbers, words around it).
pub fn read(unit: Unit, typed: &str) -> Option<Published> {
    let text = half_width(typed);
    let mut s = text.trim();
    let mut qualifier = None;
    if let Some((rest, q)) = strip_prefix_any(s, BEFORE) {
        s = rest;
        qualifier = Some(q);
    }
    // From the end: a qualifier word may stand after the unit (`50亩左右`) or before it
    // (`3万余平方米`), each at most once.
    let (mut shift, mut unit_seen, mut magnitude_seen) = (0, false, false);
    loop {
        if qualifier.is_none()
            && let Some((rest, q)) = strip_suffix_any(s, AFTER)
        {
            (s, qualifier) = (rest, Some(q));
        } else if !unit_seen && let Some((rest, power)) = strip_suffix_any(s, unit_words(unit)) {
            (s, shift, unit_seen) = (rest, shift + power, true);
        } else if !magnitude_seen && let Some((rest, power)) = strip_suffix_any(s, MAGNITUDES) {
            (s, shift, magnitude_seen) = (rest, shift + power, true);
        } else {
            break;
        }
    }
    let digits = grouped_digits(s)?;
    if digits.starts_with('+') {
        return None;
    }
    // A minus is read (the validator then says a negative area makes no sense), not dropped.
    let number = match digits.strip_prefix('-') {
        Some(positive) => {
            let n = scaled(positive, shift)?;
            n.as_i64().map(|i| Number::from(-i)).or_else(|| n.as_f64().and_then(|f| Number::from_f64(-f)))?
        }
        None => scaled(&digits, shift)?,
    };
    Some(Published { number, qualifier })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn n(unit: Unit, typed: &str) -> Option<(serde_json::Value, Option<Qualifier>)> {
        read(unit, typed).map(|p| (json!(p.number), p.qualifier))
    }

    #[test]
    fn chinese_magnitudes_and_units_give_the_base_unit_exactly() {
        assert_eq!(n(Unit::Cny, "5.8亿"), Some((json!(580_000_000), None)));
        assert_eq!(n(Unit::Cny, "约5.8亿元"), Some((json!(580_000_000), Some(Qualifier::About))));
        assert_eq!(n(Unit::Cny, "9.5亿元"), Some((json!(950_000_000), None)));
        assert_eq!(n(Unit::Cny, "2000万元"), Some((json!(20_000_000), None)));
        assert_eq!(n(Unit::Cny, "78.9亿"), Some((json!(7_890_000_000_u64), None)));
        assert_eq!(n(Unit::SquareMetres, "27.92万平方米"), Some((json!(279_200), None)));
        assert_eq!(n(Unit::SquareMetres, "约76,670平方米"), Some((json!(76_670), Some(Qualifier::About))));
        assert_eq!(n(Unit::SquareMetres, "90,544.22㎡"), Some((json!(90_544.22), None)));
        assert_eq!(n(Unit::SquareMetres, "2.67平方千米"), Some((json!(2_670_000), None)));
        assert_eq!(n(Unit::SquareMetres, "3万余平方米"), Some((json!(30_000), Some(Qualifier::Over))));
        assert_eq!(n(Unit::Mu, "约44亩"), Some((json!(44), Some(Qualifier::About))));
        assert_eq!(n(Unit::Mu, "26.36亩"), Some((json!(26.36), None)));
        assert_eq!(n(Unit::Metres, "近9.5米"), Some((json!(9.5), Some(Qualifier::Nearly))));
        assert_eq!(n(Unit::Cny, "about 2.5 billion yuan"), Some((json!(2_500_000_000_u64), Some(Qualifier::About))));
        assert_eq!(n(Unit::Cny, "５．８亿"), Some((json!(580_000_000), None)), "full-width");
        assert_eq!(n(Unit::SquareMetres, "82,810"), Some((json!(82_810), None)));
        assert_eq!(n(Unit::Months, "36个月"), Some((json!(36), None)));
        assert_eq!(n(Unit::Mu, "50亩左右"), Some((json!(50), Some(Qualifier::About))), "after the unit");
        assert_eq!(n(Unit::Cny, "5.8亿元左右"), Some((json!(580_000_000), Some(Qualifier::About))));
        assert_eq!(n(Unit::SquareMetres, "3万平方米以上"), Some((json!(30_000), Some(Qualifier::Over))));
        assert_eq!(n(Unit::SquareMetres, "1 800"), Some((json!(1_800), None)));
    }

    #[test]
    fn what_is_not_one_number_in_this_unit_is_not_read() {
        assert_eq!(n(Unit::SquareMetres, "44亩"), None, "mu go in the land-area field");
        assert_eq!(n(Unit::Cny, "5.8亿美元"), None, "another currency");
        assert_eq!(n(Unit::Cny, "1e9"), None);
        assert_eq!(n(Unit::Cny, "-5"), Some((json!(-5), None)), "read, for the validator to refuse");
        assert_eq!(n(Unit::Cny, "--5"), None);
        assert_eq!(n(Unit::Cny, "亿"), None);
        assert_eq!(n(Unit::Cny, "5.8亿至6亿"), None, "a range");
        assert_eq!(n(Unit::Cny, ""), None);
        assert_eq!(n(Unit::Cny, "1.2.3"), None);
        assert_eq!(n(Unit::Cny, "5,8亿"), None, "a separator stands between groups of three");
        assert_eq!(n(Unit::Cny, "5 8亿"), None);
    }
}
