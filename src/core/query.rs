//! The URL contract: what the query string says the user is looking at, parsed forgivingly and
//! written back in a canonical order. Unknown parameters are kept so that an embedding page's
//! own parameters survive; malformed values of ours are dropped.

use crate::core::json_read::is_valid_id;
use crate::core::map_state::{BBox, MapView};
use crate::core::model::Availability;
use crate::core::model::{Dataset, Kind, Status};
use crate::core::shortlist::{Item, encode_shared, parse_shared};
use crate::core::spaces::{Sort, SpaceFilters};
use crate::core::text::Lang;
use crate::core::theme::Theme;

/// Longest search text kept from a URL; longer text is cut, not rejected.
pub const MAX_Q_CHARS: usize = 200;
/// Most values kept for one repeatable parameter.
const MAX_VALUES: usize = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    List,
    Map,
    Split,
}

impl View {
    pub const ALL: [View; 3] = [View::List, View::Map, View::Split];

    pub fn id(self) -> &'static str {
        match self {
            View::List => "list",
            View::Map => "map",
            View::Split => "split",
        }
    }

    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == s)
    }
}

/// Pages other than the explorer itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Sources,
    Spaces,
    Shortlist,
    Compare,
    Embed,
}

impl Page {
    const ALL: [(Page, &'static str); 5] = [
        (Page::Sources, "sources"),
        (Page::Spaces, "spaces"),
        (Page::Shortlist, "shortlist"),
        (Page::Compare, "compare"),
        (Page::Embed, "embed"),
    ];

    fn parse(s: &str) -> Option<Page> {
        Page::ALL.iter().find(|(_, id)| *id == s).map(|(p, _)| *p)
    }

    fn id(self) -> &'static str {
        Page::ALL.iter().find(|(p, _)| *p == self).map_or("", |(_, id)| id)
    }
}

/// Most anchors a distance can be measured from, and items a comparison shows.
pub const MAX_ANCHORS: usize = 4;
pub const MAX_COMPARE: usize = 4;

/// A number from the URL for a space filter: finite, not negative, not absurd.
fn amount(v: &str) -> Option<f64> {
    v.parse::<f64>().ok().filter(|n| n.is_finite() && (0.0..=1e7).contains(n))
}

fn amount_str(n: f64) -> String {
    let s = format!("{n}");
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Query {
    pub q: String,
    pub towns: Vec<String>,
    pub sectors: Vec<String>,
    pub kinds: Vec<Kind>,
    pub statuses: Vec<Status>,
    pub place: Option<String>,
    pub lang: Option<Lang>,
    pub view: Option<View>,
    pub page: Option<Page>,
    /// Map centre and zoom.
    pub at: Option<MapView>,
    /// "Search this area": only places inside this rectangle.
    pub within: Option<BBox>,
    /// Space finder filters.
    pub spaces: SpaceFilters,
    /// Places distances are measured from (ids).
    pub near: Vec<String>,
    /// Spaces table order.
    pub sort: Option<Sort>,
    /// A shared shortlist (`shortlist=p:a,s:b`).
    pub shortlist: Option<Vec<Item>>,
    /// Places and spaces compared side by side.
    pub compare: Vec<Item>,
    /// Embedded in another site's page: no header or footer, compact layout.
    pub embed: bool,
    /// A named colour theme chosen by the embedding site.
    pub theme: Option<Theme>,
    /// Parameters this app does not own, in their original order.
    pub extra: Vec<(String, String)>,
}

/// Parameter names this app owns (see ../shared/DESIGN.md, URL contract).
const OWNED: &[&str] = &[
    "q",
    "town",
    "sector",
    "kind",
    "status",
    "place",
    "lang",
    "view",
    "page",
    "embed",
    "theme",
    "area_min",
    "area_max",
    "height_min",
    "load_min",
    "avail",
    "at",
];

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if list.len() < MAX_VALUES && !list.contains(&value) {
        list.push(value);
    }
}

impl Query {
    /// Parses a query string (with or without the leading `?`). Never fails.
    pub fn parse(search: &str) -> Query {
        let mut query = Query::default();
        let search = search.strip_prefix('?').unwrap_or(search);
        for (key, value) in form_urlencoded::parse(search.as_bytes()) {
            let v = value.trim();
            match key.as_ref() {
                // Not trimmed: the search box shows this text while the user types in it.
                "q" => query.q = value.chars().filter(|c| !c.is_control()).take(MAX_Q_CHARS).collect(),
                "town" if is_valid_id(v) => push_unique(&mut query.towns, v.to_owned()),
                "sector" if is_valid_id(v) => push_unique(&mut query.sectors, v.to_owned()),
                "kind" => {
                    if let Some(kind) = Kind::parse(v) {
                        push_unique(&mut query.kinds, kind);
                    }
                }
                "status" => {
                    if let Some(status) = Status::parse(v) {
                        push_unique(&mut query.statuses, status);
                    }
                }
                "place" if is_valid_id(v) => query.place = Some(v.to_owned()),
                "lang" => query.lang = Lang::parse(v).or(query.lang),
                "view" => query.view = View::parse(v).or(query.view),
                "page" => query.page = Page::parse(v).or(query.page),
                "embed" => query.embed |= v == "1" || v.eq_ignore_ascii_case("true"),
                "theme" => query.theme = Theme::parse(v).or(query.theme),
                "area_min" => query.spaces.area_min = amount(v).or(query.spaces.area_min),
                "area_max" => query.spaces.area_max = amount(v).or(query.spaces.area_max),
                "height_min" => query.spaces.height_min = amount(v).or(query.spaces.height_min),
                "load_min" => query.spaces.load_min = amount(v).or(query.spaces.load_min),
                "avail" => {
                    if let Some(a) = Availability::parse(v) {
                        push_unique(&mut query.spaces.avail, a);
                    }
                }
                "near" if is_valid_id(v) && query.near.len() < MAX_ANCHORS => {
                    push_unique(&mut query.near, v.to_owned())
                }
                "sort" => query.sort = Sort::parse(v).or(query.sort),
                "shortlist" => query.shortlist = Some(parse_shared(v)),
                "compare" => query.compare = parse_shared(v).into_iter().take(MAX_COMPARE).collect(),
                "at" => query.at = MapView::parse(v).or(query.at),
                "within" => query.within = BBox::parse(v).or(query.within),
                k if OWNED.contains(&k) => {}
                k => query.extra.push((k.to_owned(), value.into_owned())),
            }
        }
        query
    }

    /// The query string in canonical order, without the leading `?` (empty when nothing is set).
    pub fn encode(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.q.trim().is_empty() {
            out.append_pair("q", &self.q);
        }
        let repeated = self
            .towns
            .iter()
            .map(|t| ("town", t.as_str()))
            .chain(self.sectors.iter().map(|s| ("sector", s.as_str())))
            .chain(self.kinds.iter().map(|k| ("kind", k.id())))
            .chain(self.statuses.iter().map(|s| ("status", s.id())));
        out.extend_pairs(repeated);
        if let Some(place) = &self.place {
            out.append_pair("place", place);
        }
        if let Some(lang) = self.lang {
            out.append_pair("lang", lang.code());
        }
        if let Some(view) = self.view {
            out.append_pair("view", view.id());
        }
        if let Some(page) = self.page {
            out.append_pair("page", page.id());
        }
        if self.embed {
            out.append_pair("embed", "1");
        }
        if let Some(theme) = self.theme {
            out.append_pair("theme", theme.id());
        }
        let amounts = [
            ("area_min", self.spaces.area_min),
            ("area_max", self.spaces.area_max),
            ("height_min", self.spaces.height_min),
            ("load_min", self.spaces.load_min),
        ];
        for (key, value) in amounts {
            if let Some(n) = value {
                out.append_pair(key, &amount_str(n));
            }
        }
        for a in &self.spaces.avail {
            out.append_pair("avail", a.id());
        }
        for n in &self.near {
            out.append_pair("near", n);
        }
        if let Some(sort) = self.sort {
            out.append_pair("sort", &sort.encode());
        }
        if let Some(list) = &self.shortlist {
            out.append_pair("shortlist", &encode_shared(list));
        }
        if !self.compare.is_empty() {
            out.append_pair("compare", &encode_shared(&self.compare));
        }
        if let Some(within) = self.within {
            out.append_pair("within", &within.encode());
        }
        if let Some(at) = self.at {
            out.append_pair("at", &at.encode());
        }
        for (k, v) in &self.extra {
            out.append_pair(k, v);
        }
        out.finish()
    }

    /// Drops ids the dataset does not know, so a stale or mistyped link still shows everything
    /// else it asked for. Returns the ids that were dropped, for a notice.
    pub fn sanitize(&mut self, d: &Dataset) -> Vec<String> {
        let mut dropped = Vec::new();
        self.towns.retain(|t| {
            d.town(t).is_some() || {
                dropped.push(t.clone());
                false
            }
        });
        self.sectors.retain(|s| {
            d.sector(s).is_some() || {
                dropped.push(s.clone());
                false
            }
        });
        if let Some(place) = &self.place
            && d.place_index(place).is_none()
        {
            dropped.push(place.clone());
            self.place = None;
        }
        self.near.retain(|n| {
            d.place_index(n).is_some() || {
                dropped.push(n.clone());
                false
            }
        });
        self.compare.retain(|i| {
            i.resolve(d).is_some() || {
                dropped.push(i.encode());
                false
            }
        });
        dropped
    }

    /// Whether any filter (not the open place or the language) is set.
    pub fn has_filters(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.towns.is_empty()
            || !self.sectors.is_empty()
            || !self.kinds.is_empty()
            || !self.statuses.is_empty()
            || self.within.is_some()
            || !self.spaces.is_empty()
    }

    /// The same view with every filter removed.
    pub fn without_filters(&self) -> Query {
        Query {
            q: String::new(),
            towns: vec![],
            sectors: vec![],
            kinds: vec![],
            statuses: vec![],
            within: None,
            spaces: SpaceFilters::default(),
            ..self.clone()
        }
    }
}

/// Adds `value` if absent, removes it if present (a facet checkbox).
pub fn toggle<T: PartialEq + Clone>(list: &[T], value: &T) -> Vec<T> {
    if list.contains(value) {
        list.iter().filter(|v| *v != value).cloned().collect()
    } else {
        let mut out = list.to_vec();
        out.push(value.clone());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_data::sample;

    #[test]
    fn round_trips_every_parameter() {
        let s = "q=smart+%E6%99%BA%E9%80%A0&town=anting&town=malu&sector=icv&kind=park&status=completed&place=haoyuan&lang=zh&view=split&page=sources&within=31.2%2C121.1%2C31.5%2C121.4&at=31.38%2C121.25%2C11";
        let q = Query::parse(s);
        assert_eq!(q.q, "smart 智造");
        assert_eq!(q.towns, vec!["anting", "malu"]);
        assert_eq!(q.kinds, vec![Kind::Park]);
        assert_eq!(q.statuses, vec![Status::Completed]);
        assert_eq!(q.place.as_deref(), Some("haoyuan"));
        assert_eq!(q.lang, Some(Lang::Zh));
        assert_eq!(q.view, Some(View::Split));
        assert_eq!(q.page, Some(Page::Sources));
        assert_eq!(q.at, MapView::parse("31.38,121.25,11"));
        assert!(q.within.is_some());
        assert_eq!(q.encode(), s);
        assert_eq!(Query::parse(&format!("?{}", q.encode())), q);
    }

    #[test]
    fn space_finder_parameters_round_trip_and_reject_nonsense() {
        let s = "page=spaces&area_min=2000&area_max=10000.5&height_min=8&load_min=10&avail=available&avail=unknown&near=hesai&near=united-imaging&sort=-area&shortlist=p%3Ahaoyuan%2Cs%3Ahaoyuan-ground&compare=p%3Ahaoyuan";
        let q = Query::parse(s);
        assert_eq!(q.spaces.area_min, Some(2000.0));
        assert_eq!(q.spaces.area_max, Some(10000.5));
        assert_eq!(q.spaces.avail, vec![Availability::Available, Availability::Unknown]);
        assert_eq!(q.near, vec!["hesai", "united-imaging"]);
        assert_eq!(q.sort.map(Sort::encode).as_deref(), Some("-area"));
        assert_eq!(q.shortlist.as_ref().map(Vec::len), Some(2));
        assert_eq!(q.encode(), s);
        let bad = Query::parse(
            "area_min=-5&area_max=NaN&height_min=1e99&load_min=ten&avail=maybe&sort=price&page=admin&compare=x",
        );
        assert!(bad.spaces.is_empty() && bad.sort.is_none() && bad.page.is_none() && bad.compare.is_empty());
    }

    #[test]
    fn malformed_values_are_ignored_and_the_rest_applies() {
        let q = Query::parse(
            "kind=castle&kind=park&status=&town=%3Cscript%3E&lang=xx&view=3d&place=..%2F..&q=ok&%ZZ=1&town=malu",
        );
        assert_eq!(q.kinds, vec![Kind::Park]);
        assert!(q.statuses.is_empty());
        assert_eq!(q.towns, vec!["malu"]);
        assert_eq!((q.lang, q.view, q.place.as_deref(), q.q.as_str()), (None, None, None, "ok"));
    }

    #[test]
    fn unknown_parameters_survive_and_owned_future_ones_are_not_duplicated() {
        let q = Query::parse("utm_source=gov&q=a&embed=1&x=%E5%98%89&theme=blue&theme=%3Cx%3E&embed=0");
        assert_eq!(q.extra, vec![("utm_source".into(), "gov".into()), ("x".into(), "嘉".into())]);
        assert_eq!(q.encode(), "q=a&embed=1&theme=blue&utm_source=gov&x=%E5%98%89");
        let plain = Query::parse("embed=yes&theme=purple");
        assert!(!plain.embed && plain.theme.is_none() && plain.extra.is_empty());
    }

    #[test]
    fn search_text_is_bounded_and_stripped_of_control_characters() {
        let q = Query::parse(&format!("q={}%00%1B", "a".repeat(1000)));
        assert_eq!(q.q.chars().count(), MAX_Q_CHARS);
        assert!(!Query::parse("q=a%00b").q.contains('\0'));
        assert_eq!(Query::parse("q=+++").encode(), "");
    }

    #[test]
    fn repeated_values_are_deduplicated() {
        assert_eq!(Query::parse("town=malu&town=malu&kind=park&kind=park").encode(), "town=malu&kind=park");
    }

    #[test]
    fn sanitize_drops_unknown_ids_only() {
        let d = sample();
        let mut q = Query::parse("town=malu&town=atlantis&sector=icv&sector=nope&place=ghost&q=x");
        let dropped = q.sanitize(&d);
        assert_eq!(dropped, vec!["atlantis", "nope", "ghost"]);
        assert_eq!(q.encode(), "q=x&town=malu&sector=icv");
    }

    #[test]
    fn toggle_adds_and_removes() {
        assert_eq!(toggle(&["a".to_string()], &"b".to_string()), vec!["a", "b"]);
        assert_eq!(toggle(&["a".to_string(), "b".to_string()], &"a".to_string()), vec!["b"]);
    }
}
