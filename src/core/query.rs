//! The URL contract: what the query string says the user is looking at, parsed forgivingly and
//! written back in a canonical order. Unknown parameters are kept so that an embedding page's
//! own parameters survive; malformed values of ours are dropped.

use crate::core::json_read::is_valid_id;
use crate::core::map_state::{BBox, MapView};
use crate::core::model::{Dataset, Kind, Status};
use crate::core::text::Lang;

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

/// Pages other than the explorer itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Sources,
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
                "view" => {
                    query.view = match v {
                        "list" => Some(View::List),
                        "map" => Some(View::Map),
                        "split" => Some(View::Split),
                        _ => query.view,
                    }
                }
                "page" if v == "sources" => query.page = Some(Page::Sources),
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
            out.append_pair(
                "view",
                match view {
                    View::List => "list",
                    View::Map => "map",
                    View::Split => "split",
                },
            );
        }
        if let Some(Page::Sources) = self.page {
            out.append_pair("page", "sources");
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
        let q = Query::parse("utm_source=gov&q=a&embed=1&x=%E5%98%89");
        assert_eq!(q.extra, vec![("utm_source".into(), "gov".into()), ("x".into(), "嘉".into())]);
        assert_eq!(q.encode(), "q=a&utm_source=gov&x=%E5%98%89");
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
