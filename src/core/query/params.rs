//! The URL contract, one table: every query parameter the app owns, in the order URLs are
//! written — its name, how it reads and writes, whether it is a filter ("Clear all" clears it),
//! whether a change pushes a history entry or replaces the current one, and whether the Embed
//! page's snippet carries it. Parsing, encoding, clearing, history, the snippet and the README's
//! URL table (checked by tests/url_contract.rs) all follow from it. The default of each is the
//! value in `Query::default()`.

use crate::core::data::{Availability, is_valid_id};
use crate::core::explore::district_timeline::Years;
use crate::core::explore::filters::{MAX_VALUES, push_unique};
use crate::core::explore::nearby::Origin;
use crate::core::explore::shortlist::parse_shared;
use crate::core::explore::{FacetId, Filters, Limit, Sort};
use crate::core::geo::BBox;
use crate::core::query::map_view::MapView;
use crate::core::query::query::Query;
use crate::core::query::view::{Page, View};
use crate::core::site::theme::Theme;
use crate::core::text::Lang;

/// Whether changing a parameter gets its own history entry (Back undoes it) or replaces the
/// current one (typing, ticking a filter, moving the map).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    Push,
    Replace,
}

/// How a parameter reads one occurrence (`false`: the value was malformed or one too many, and
/// is dropped) and writes its values.
pub enum Codec {
    /// A facet's values, repeatable; the facet table says which values it accepts.
    Facet(FacetId),
    /// A space requirement: a number within its field's bounds.
    Limit(Limit),
    /// Any other filter.
    Filter { read: fn(&mut Filters, &str) -> bool, write: fn(&Filters) -> Vec<String> },
    /// What the user is looking at, but not a filter.
    State { read: fn(&mut Query, &str) -> bool, write: fn(&Query) -> Vec<String> },
}

pub struct Param {
    pub name: &'static str,
    pub codec: Codec,
    pub history: History,
    /// The iframe snippet carries it (what the user is looking at, or as the Embed page sets it).
    pub in_embed: bool,
}

/// Longest search text kept from a URL; longer text is cut, not rejected.
pub const MAX_Q_CHARS: usize = 200;
/// Most anchors distances are measured from, and items a comparison shows.
pub const MAX_ANCHORS: usize = crate::core::explore::table::MAX_DISTANCES;
pub const MAX_COMPARE: usize = 4;

const fn filter(name: &'static str, read: fn(&mut Filters, &str) -> bool, write: fn(&Filters) -> Vec<String>) -> Param {
    Param { name, codec: Codec::Filter { read, write }, history: History::Replace, in_embed: true }
}

const fn facet(name: &'static str, id: FacetId) -> Param {
    Param { name, codec: Codec::Facet(id), history: History::Replace, in_embed: true }
}

const fn limit(name: &'static str, limit: Limit) -> Param {
    Param { name, codec: Codec::Limit(limit), history: History::Replace, in_embed: true }
}

const fn state(
    name: &'static str,
    read: fn(&mut Query, &str) -> bool,
    write: fn(&Query) -> Vec<String>,
    history: History,
    in_embed: bool,
) -> Param {
    Param { name, codec: Codec::State { read, write }, history, in_embed }
}

/// Sets `slot` when `value` parses; a later valid value replaces an earlier one.
fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let ok = value.is_some();
    if ok {
        *slot = value;
    }
    ok
}

/// Adds a value that parsed, once, up to `max` values.
fn add<T: PartialEq>(list: &mut Vec<T>, value: Option<T>, max: usize) -> bool {
    value.is_some_and(|v| push_unique(list, v, max))
}

fn one<T>(value: Option<T>, write: impl Fn(T) -> String) -> Vec<String> {
    value.map(write).into_iter().collect()
}

pub(crate) fn ids(v: &str) -> Option<String> {
    let v = v.trim();
    is_valid_id(v).then(|| v.to_owned())
}

pub static PARAMS: &[Param] = &[
    // Not trimmed: the search box shows this text while the user types in it.
    filter(
        "q",
        |f, v| {
            f.q = v.chars().filter(|c| !c.is_control()).take(MAX_Q_CHARS).collect();
            true
        },
        |f| if f.q.trim().is_empty() { vec![] } else { vec![f.q.clone()] },
    ),
    facet("town", FacetId::Town),
    facet("sector", FacetId::Sector),
    facet("kind", FacetId::Kind),
    facet("status", FacetId::Status),
    facet("programme", FacetId::Programme),
    state("place", |q, v| set(&mut q.place, ids(v)), |q| one(q.place.clone(), |p| p), History::Push, true),
    state(
        "lang",
        |q, v| set(&mut q.lang, Lang::parse(v)),
        |q| one(q.lang, |l| l.code().into()),
        History::Replace,
        true,
    ),
    state(
        "view",
        |q, v| set(&mut q.view, View::parse(v.trim())),
        |q| one(q.view, |v| v.id().into()),
        History::Replace,
        true,
    ),
    state(
        "page",
        |q, v| set(&mut q.page, Page::parse(v.trim())),
        |q| one(q.page, |p| p.id().into()),
        History::Push,
        false,
    ),
    state(
        "embed",
        |q, v| {
            let on = v.trim() == "1" || v.trim().eq_ignore_ascii_case("true");
            q.embed |= on;
            on
        },
        |q| if q.embed { vec!["1".into()] } else { vec![] },
        History::Replace,
        true,
    ),
    state(
        "theme",
        |q, v| set(&mut q.theme, Theme::parse(v)),
        |q| one(q.theme, |t| t.id().into()),
        History::Replace,
        true,
    ),
    limit("area_min", Limit::AreaMin),
    limit("area_max", Limit::AreaMax),
    limit("height_min", Limit::HeightMin),
    limit("load_min", Limit::LoadMin),
    filter(
        "avail",
        |f, v| add(&mut f.spaces.avail, Availability::parse(v.trim()), MAX_VALUES),
        |f| f.spaces.avail.iter().map(|a| a.id().to_owned()).collect(),
    ),
    state("near", |q, v| q.add_anchor(v), |q| q.near.clone(), History::Replace, false),
    state(
        "sort",
        |q, v| set(&mut q.sort, Sort::parse(v.trim())),
        |q| one(q.sort, Sort::encode),
        History::Replace,
        false,
    ),
    state("years", |q, v| set(&mut q.years, Years::parse(v)), |q| one(q.years, Years::encode), History::Replace, false),
    state(
        "shortlist",
        |q, v| set(&mut q.shortlist, Some(parse_shared(v)).filter(|l| !l.is_empty())),
        |q| one(q.shortlist.as_deref(), crate::core::explore::shortlist::encode_shared),
        History::Replace,
        false,
    ),
    state(
        "compare",
        |q, v| {
            let items: Vec<_> = parse_shared(v).into_iter().take(MAX_COMPARE).collect();
            let ok = !items.is_empty();
            if ok {
                q.compare = items;
            }
            ok
        },
        |q| {
            if q.compare.is_empty() { vec![] } else { vec![crate::core::explore::shortlist::encode_shared(&q.compare)] }
        },
        History::Replace,
        false,
    ),
    filter("within", |f, v| set(&mut f.within, BBox::parse(v)), |f| one(f.within, |b| b.encode())),
    state("from", |q, v| set(&mut q.from, Origin::parse(v)), |q| one(q.from, Origin::encode), History::Push, true),
    state("at", |q, v| set(&mut q.at, MapView::parse(v)), |q| one(q.at, |a| a.encode()), History::Replace, true),
];

impl Param {
    /// A filter is cleared by "Clear all" and decides the results.
    pub fn is_filter(&self) -> bool {
        !matches!(self.codec, Codec::State { .. })
    }

    /// Reads one occurrence into `q`; `false` when the value is dropped.
    pub fn read(&self, q: &mut Query, value: &str) -> bool {
        match &self.codec {
            Codec::Facet(id) => {
                let v = value.trim();
                let accepted = id.facet().accepts(v).then(|| v.to_owned());
                add(q.filters.facets.get_mut(*id), accepted, MAX_VALUES)
            }
            Codec::Limit(l) => match l.parse(value) {
                Ok(Some(n)) => {
                    l.set(&mut q.filters.spaces, Some(n));
                    true
                }
                _ => false,
            },
            Codec::Filter { read, .. } => read(&mut q.filters, value),
            Codec::State { read, .. } => read(q, value),
        }
    }

    /// The values written for `q`, one per occurrence (none when at its default).
    pub fn write(&self, q: &Query) -> Vec<String> {
        match &self.codec {
            Codec::Facet(id) => q.filters.facets.get(*id).to_vec(),
            Codec::Limit(l) => one(l.get(&q.filters.spaces), |n| n.to_string()),
            Codec::Filter { write, .. } => write(&q.filters),
            Codec::State { write, .. } => write(q),
        }
    }
}

/// The parameter called `name`.
pub fn param(name: &str) -> Option<&'static Param> {
    PARAMS.iter().find(|p| p.name == name)
}

/// The parameter of a facet (its name also names the facet's checkboxes).
pub fn facet_param(id: FacetId) -> &'static Param {
    let found = PARAMS.iter().find(|p| matches!(p.codec, Codec::Facet(f) if f == id));
    found.expect("every facet has a parameter (tested below)")
}

/// The parameter of a space requirement (its name also names the form's field).
pub fn limit_param(l: Limit) -> &'static Param {
    let found = PARAMS.iter().find(|p| matches!(p.codec, Codec::Limit(x) if x == l));
    found.expect("every requirement has a parameter (tested below)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::FACETS;

    #[test]
    fn every_facet_and_limit_has_exactly_one_parameter_and_names_are_unique() {
        for facet in &FACETS {
            let n = PARAMS.iter().filter(|p| matches!(p.codec, Codec::Facet(f) if f == facet.id)).count();
            assert_eq!(n, 1, "{:?}", facet.id);
        }
        for l in Limit::ALL {
            assert_eq!(PARAMS.iter().filter(|p| matches!(p.codec, Codec::Limit(x) if x == l)).count(), 1, "{l:?}");
        }
        let mut names: Vec<&str> = PARAMS.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), PARAMS.len());
        assert_eq!(facet_param(FacetId::Programme).name, "programme");
        assert_eq!(limit_param(Limit::HeightMin).name, "height_min");
    }

    #[test]
    fn a_filter_changes_the_filters_and_nothing_else() {
        for p in PARAMS {
            let sample = match p.name {
                "q" => "x",
                "town" | "sector" | "programme" | "place" | "near" => "a",
                "kind" => "park",
                "status" => "planned",
                "lang" => "zh",
                "view" => "map",
                "page" => "spaces",
                "embed" => "1",
                "theme" => "red",
                "avail" => "available",
                "sort" => "area",
                "shortlist" | "compare" => "p:a",
                "within" => "31,121,32,122",
                "at" => "31,121,10",
                "from" => "31.38,121.25",
                "years" => "2020-2025",
                _ => "5",
            };
            let mut q = Query::default();
            assert!(p.read(&mut q, sample), "{} reads {sample:?}", p.name);
            assert_eq!(p.write(&q).len(), 1, "{} writes it back", p.name);
            let only_filters = Query { filters: q.filters.clone(), ..Query::default() };
            assert_eq!(p.is_filter(), only_filters == q && q.filters != Filters::default(), "{}", p.name);
        }
    }
}
