//! The query string as state: what the user is looking at, read forgivingly through the URL
//! contract's table (`params`) and written back in its canonical order. Unknown parameters are
//! kept so that an embedding page's own parameters survive; a malformed or excess value of ours
//! is dropped, never passed through.

use crate::core::data::Dataset;
use crate::core::explore::district_timeline::Years;
use crate::core::explore::filters::push_unique;
use crate::core::explore::nearby::Origin;
use crate::core::explore::shortlist::Item;
use crate::core::explore::{Filters, Sort};
use crate::core::query::map_view::MapView;
use crate::core::query::params::{History, MAX_ANCHORS, PARAMS, param};
use crate::core::query::view::{Page, View};
use crate::core::site::theme::Theme;
use crate::core::text::Lang;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Query {
    /// Everything that narrows the results ("Clear all" clears exactly this).
    pub filters: Filters,
    /// The open place.
    pub place: Option<String>,
    pub lang: Option<Lang>,
    pub view: Option<View>,
    pub page: Option<Page>,
    /// Map centre and zoom.
    pub at: Option<MapView>,
    /// The point the results are ranked by distance from.
    pub from: Option<Origin>,
    /// Places distances are measured from (ids).
    pub near: Vec<String>,
    /// Spaces table order.
    pub sort: Option<Sort>,
    /// The years the timeline shows.
    pub years: Option<Years>,
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

impl Query {
    /// Parses a query string (with or without the leading `?`). Never fails.
    pub fn parse(search: &str) -> Query {
        let mut query = Query::default();
        let search = search.strip_prefix('?').unwrap_or(search);
        for (key, value) in form_urlencoded::parse(search.as_bytes()) {
            match param(&key) {
                Some(p) => {
                    p.read(&mut query, &value);
                }
                None => query.extra.push((key.into_owned(), value.into_owned())),
            }
        }
        query
    }

    /// The query string in canonical order, without the leading `?` (empty when nothing is set).
    pub fn encode(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for p in PARAMS {
            for value in p.write(self) {
                out.append_pair(p.name, &value);
            }
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
        let mut keep = |known: bool, id: String| {
            if !known {
                dropped.push(id);
            }
            known
        };
        for facet in &crate::core::explore::FACETS {
            self.filters.facets.get_mut(facet.id).retain(|v| keep(facet.knows(d, v), v.clone()));
        }
        if let Some(place) = &self.place
            && !keep(d.place_index(place).is_some(), place.clone())
        {
            self.place = None;
        }
        self.near.retain(|n| keep(d.place_index(n).is_some(), n.clone()));
        self.compare.retain(|i| keep(i.resolve(d).is_some(), i.encode()));
        dropped
    }

    /// Measures distances from one more place, if it is a well-formed id not yet chosen and there
    /// is room (the URL's `near` reads through this too).
    pub fn add_anchor(&mut self, id: &str) -> bool {
        let id = crate::core::query::params::ids(id);
        id.is_some_and(|id| push_unique(&mut self.near, id, MAX_ANCHORS))
    }

    /// Whether any filter is set.
    pub fn has_filters(&self) -> bool {
        !self.filters.is_empty()
    }

    /// The same view with every filter removed.
    pub fn without_filters(&self) -> Query {
        Query { filters: Filters::default(), ..self.clone() }
    }

    /// How going from this query to `next` is written to the history: a push when a
    /// parameter that pushes changes (opening a place, another page), else a replacement.
    pub fn history_to(&self, next: &Query) -> History {
        let pushes = PARAMS.iter().filter(|p| p.history == History::Push);
        if pushes.into_iter().any(|p| p.write(self) != p.write(next)) { History::Push } else { History::Replace }
    }

    /// The state an embed starts in: what the user is looking at (filters, open place, map
    /// position) — the parameters the snippet carries — with the chosen language, view and
    /// theme, without page chrome.
    pub fn for_embed(&self, lang: Option<Lang>, view: Option<View>, theme: Option<Theme>) -> Query {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for p in PARAMS.iter().filter(|p| p.in_embed) {
            for value in p.write(self) {
                out.append_pair(p.name, &value);
            }
        }
        Query {
            lang,
            view,
            theme: theme.filter(|t| *t != Theme::default()),
            embed: true,
            ..Query::parse(&out.finish())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;
    use crate::core::data::{Availability, Kind, Status};
    use crate::core::explore::FacetId;
    use crate::core::query::params::MAX_Q_CHARS;

    #[test]
    fn round_trips_every_parameter() {
        let s = "q=smart+%E6%99%BA%E9%80%A0&town=anting&town=malu&sector=icv&kind=park&status=completed&place=haoyuan&lang=zh&view=split&page=sources&within=31.2%2C121.1%2C31.5%2C121.4&at=31.38%2C121.25%2C11";
        let q = Query::parse(s);
        assert_eq!(q.filters.q, "smart 智造");
        assert_eq!(q.filters.facets.get(FacetId::Town), ["anting", "malu"]);
        assert_eq!(q.filters.facets.get(FacetId::Kind), [Kind::Park.id()]);
        assert_eq!(q.filters.facets.get(FacetId::Status), [Status::Completed.id()]);
        assert_eq!(q.place.as_deref(), Some("haoyuan"));
        assert_eq!(q.lang, Some(Lang::Zh));
        assert_eq!(q.view, Some(View::Split));
        assert_eq!(q.page, Some(Page::Sources));
        assert_eq!(q.at, MapView::parse("31.38,121.25,11"));
        assert!(q.filters.within.is_some());
        assert_eq!(q.encode(), s);
        assert_eq!(Query::parse(&format!("?{}", q.encode())), q);
    }

    #[test]
    fn space_finder_parameters_round_trip_and_reject_nonsense() {
        let s = "page=spaces&area_min=2000&area_max=10000.5&height_min=8&load_min=10&avail=available&avail=unknown&near=hesai&near=united-imaging&sort=-area&shortlist=p%3Ahaoyuan%2Cs%3Ahaoyuan-ground&compare=p%3Ahaoyuan";
        let q = Query::parse(s);
        assert_eq!(q.filters.spaces.area_min, Some(2000.0));
        assert_eq!(q.filters.spaces.area_max, Some(10000.5));
        assert_eq!(q.filters.spaces.avail, vec![Availability::Available, Availability::Unknown]);
        assert_eq!(q.near, vec!["hesai", "united-imaging"]);
        assert_eq!(q.sort.map(Sort::encode).as_deref(), Some("-area"));
        assert_eq!(q.shortlist.as_ref().map(Vec::len), Some(2));
        assert_eq!(q.encode(), s);
        let bad = Query::parse(
            "area_min=-5&area_max=NaN&height_min=1e99&load_min=ten&avail=maybe&sort=price&page=admin&compare=x",
        );
        assert!(bad.filters.spaces.is_empty() && bad.sort.is_none() && bad.page.is_none() && bad.compare.is_empty());
    }

    #[test]
    fn malformed_values_are_ignored_and_the_rest_applies() {
        let q = Query::parse(
            "kind=castle&kind=park&status=&town=%3Cscript%3E&lang=xx&view=3d&place=..%2F..&q=ok&%ZZ=1&town=malu",
        );
        assert_eq!(q.filters.facets.get(FacetId::Kind), [Kind::Park.id()]);
        assert!(q.filters.facets.get(FacetId::Status).is_empty());
        assert_eq!(q.filters.facets.get(FacetId::Town), ["malu"]);
        assert_eq!((q.lang, q.view, q.place.as_deref(), q.filters.q.as_str()), (None, None, None, "ok"));
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
        assert_eq!(q.filters.q.chars().count(), MAX_Q_CHARS);
        assert!(!Query::parse("q=a%00b").filters.q.contains('\0'));
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
    fn a_known_name_never_passes_through_even_when_malformed_or_one_too_many() {
        let q = Query::parse(
            "near=a&near=b&near=c&near=d&near=e&near=Bad%21&sort=price&compare=x&within=1,2&shortlist=zz&utm=1",
        );
        assert_eq!(q.near, ["a", "b", "c", "d"], "a fifth anchor is dropped");
        assert_eq!(q.extra, vec![("utm".to_owned(), "1".to_owned())]);
        let mut fewer = q.clone();
        fewer.near.remove(0);
        assert_eq!(Query::parse(&fewer.encode()).near, ["b", "c", "d"], "nothing comes back when one is removed");
        assert_eq!(q.encode(), "near=a&near=b&near=c&near=d&utm=1");
    }

    #[test]
    fn the_space_limits_use_the_fields_bounds() {
        let q = Query::parse("area_min=10000000&area_max=10000001&height_min=50&load_min=201");
        assert_eq!((q.filters.spaces.area_min, q.filters.spaces.area_max), (Some(1e7), None));
        assert_eq!((q.filters.spaces.height_min, q.filters.spaces.load_min), (Some(50.0), None));
    }

    #[test]
    fn opening_a_place_or_a_page_pushes_and_everything_else_replaces() {
        let here = Query::parse("q=park&town=malu");
        let open = Query { place: Some("haoyuan".into()), ..here.clone() };
        assert_eq!(here.history_to(&open), History::Push);
        assert_eq!(open.history_to(&here), History::Push, "closing it again");
        assert_eq!(here.history_to(&Query { page: Some(Page::Spaces), ..here.clone() }), History::Push);
        assert_eq!(here.history_to(&here.without_filters()), History::Replace);
        assert_eq!(here.history_to(&Query { lang: Some(Lang::Zh), ..here.clone() }), History::Replace);
        assert_eq!(here.history_to(&Query::parse("q=park&town=malu&at=31.3,121.2,12")), History::Replace);
    }

    #[test]
    fn clear_all_clears_the_filters_only() {
        let q = Query::parse(
            "q=a&town=malu&programme=sms&within=31.2,121.1,31.5,121.4&height_min=8&avail=let&place=x&lang=zh&near=hesai",
        );
        assert!(q.has_filters());
        assert_eq!(q.without_filters().encode(), "place=x&lang=zh&near=hesai");
        assert!(!q.without_filters().has_filters());
    }

    #[test]
    fn the_embed_snippet_keeps_what_the_user_sees() {
        let current = Query::parse("q=a%22b&town=malu&page=spaces&shortlist=p%3Ax&utm_source=x&place=haoyuan");
        let q = current.for_embed(Some(Lang::Zh), Some(View::Split), Some(Theme::Red));
        assert_eq!(q.encode(), "q=a%22b&town=malu&place=haoyuan&lang=zh&view=split&embed=1&theme=red");
        let default_theme = current.for_embed(None, None, Some(Theme::Green));
        assert_eq!(default_theme.theme, None, "the default theme needs no parameter");
        assert_eq!(Query::parse("near=hesai&sort=-area&compare=p%3Ax").for_embed(None, None, None).encode(), "embed=1");
    }

    #[test]
    fn the_programme_facet_is_repeatable_and_round_trips() {
        let q = Query::parse("programme=smart-manufacturing-space&programme=new-city-key-zone&programme=Bad!");
        assert_eq!(q.filters.facets.get(FacetId::Programme), ["smart-manufacturing-space", "new-city-key-zone"]);
        assert_eq!(q.encode(), "programme=smart-manufacturing-space&programme=new-city-key-zone");
        let mut d_q = Query::parse("programme=sms&programme=nobel");
        assert_eq!(d_q.sanitize(&sample()), vec!["nobel"]);
    }
}
