//! The sources a place's page cites, numbered in the order the page first uses them, and the
//! marks each fact gets: its own numbered references, and "secondary source" when every source
//! it rests on is weak.

use crate::core::data::{Dataset, FieldValue, Place, PlaceField, Reliability, Source};
use crate::core::explore::key_facts::key_facts;
use crate::core::text::Lang;

pub struct Citations<'a> {
    /// In reference-number order (number = position + 1).
    pub sources: Vec<&'a Source>,
}

/// How one fact is marked.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Marks {
    /// Reference numbers, in the order cited.
    pub refs: Vec<usize>,
    /// Every source the fact rests on is weak (an aggregator or repost).
    pub weak_only: bool,
    /// Every source the fact rests on is the operator's (or the district office's) own word.
    pub operator_only: bool,
}

impl Marks {
    fn of(refs: Vec<usize>, d: &Dataset, ids: &[String]) -> Marks {
        Marks { refs, weak_only: d.only_weak(ids), operator_only: d.only(ids, Reliability::Operator) }
    }
}

impl<'a> Citations<'a> {
    /// Numbered as the page first uses them: the place's sources (they support every fact
    /// without a citation of its own), then the key facts' own citations in the order they are
    /// listed, the spaces table's, other fields', the timeline's (by date, as shown) and the
    /// statements'.
    pub fn of(d: &'a Dataset, p: &Place) -> Citations<'a> {
        let fields =
            key_facts(p).into_iter().map(|f| f.field).chain([PlaceField::Spaces]).chain(p.cite.keys().copied());
        let mut events: Vec<_> = p.timeline.iter().collect();
        events.sort_by_key(|e| e.date);
        let mut ids: Vec<&str> = Vec::new();
        let all = p
            .sources
            .iter()
            .chain(
                fields
                    .flat_map(|f| {
                        let texts = p.cite_text.iter().filter(move |((field, _), _)| *field == f).map(|(_, ids)| ids);
                        p.cite.get(&f).into_iter().chain(texts)
                    })
                    .flatten(),
            )
            .chain(events.into_iter().flat_map(|e| &e.sources))
            .chain(p.facts.iter().flat_map(|f| &f.sources));
        for id in all {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        Citations { sources: ids.into_iter().filter_map(|id| d.source(id)).collect() }
    }

    pub fn number(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id).map(|i| i + 1)
    }

    /// A field of the place: numbered references when it cites sources of its own (the rest
    /// rest on the place's sources, listed at the end); weak when all it rests on are weak.
    pub fn field(&self, d: &Dataset, p: &Place, field: PlaceField) -> Marks {
        let refs = p.cite.get(&field).map(|ids| self.numbers(ids)).unwrap_or_default();
        Marks::of(refs, d, p.sources_for(field))
    }

    /// One language of a bilingual field, as shown: its own citation where it has one.
    pub fn text(&self, d: &Dataset, p: &Place, field: PlaceField, lang: Lang) -> Marks {
        let Some(ids) = p.cite_text.get(&(field, lang)) else { return self.field(d, p, field) };
        Marks::of(self.numbers(ids), d, ids)
    }

    /// A field as shown in `lang`: bilingual text by the language actually shown.
    pub fn shown(&self, d: &Dataset, p: &Place, field: PlaceField, lang: Lang) -> Marks {
        match p.value(field) {
            FieldValue::Text(t) => self.text(d, p, field, t.pick(lang).lang),
            _ => self.field(d, p, field),
        }
    }

    /// An entry with its own sources (an event, a statement), or the place's when it has none.
    pub fn entry(&self, d: &Dataset, p: &Place, sources: &[String]) -> Marks {
        let ids = if sources.is_empty() { &p.sources } else { sources };
        Marks::of(self.numbers(ids), d, ids)
    }

    fn numbers(&self, ids: &[String]) -> Vec<usize> {
        ids.iter().filter_map(|id| self.number(id)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

    #[test]
    fn numbered_in_order_of_first_use_with_weak_marks() {
        let mut d = sample();
        let p = &mut d.places[2]; // zhengfeng: shine and blog
        p.cite.insert(PlaceField::Town, vec!["blog".into()]);
        let p = d.places[2].clone();
        let c = Citations::of(&d, &p);
        assert_eq!(c.sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["shine", "blog"]);
        assert_eq!(c.field(&d, &p, PlaceField::Town), Marks { refs: vec![2], weak_only: true, operator_only: false });
        assert_eq!(
            c.field(&d, &p, PlaceField::Status),
            Marks { refs: vec![], weak_only: false, operator_only: false },
            "rests on both"
        );
        assert_eq!(c.entry(&d, &p, &[]), Marks { refs: vec![1, 2], weak_only: false, operator_only: false });
        assert!(c.entry(&d, &p, &["blog".into()]).weak_only);
        let anting = &d.places[3]; // the blog only
        assert!(Citations::of(&d, anting).field(&d, anting, PlaceField::Name).weak_only);
    }

    #[test]
    fn numbers_follow_the_page_not_the_file_format() {
        let mut d = sample();
        let mut third = d.sources[0].clone();
        third.id = "third".into();
        d.sources.push(third);
        let p = &mut d.places[1]; // xinggu: shine only
        // The status is listed after the address on the page, though it comes first in the format.
        p.cite.insert(PlaceField::Status, vec!["blog".into()]);
        p.cite.insert(PlaceField::Address, vec!["third".into()]);
        p.cite.insert(PlaceField::Name, vec!["third".into()]);
        let p = d.places[1].clone();
        let c = Citations::of(&d, &p);
        assert_eq!(c.sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["shine", "third", "blog"]);
        assert_eq!(c.field(&d, &p, PlaceField::Status).refs, [3]);
    }

    #[test]
    fn one_language_of_a_name_can_rest_on_its_own_source() {
        let mut d = sample();
        let p = &mut d.places[3]; // anting-park: zh and en names, the blog only
        p.sources = vec!["shine".into(), "blog".into()];
        p.cite_text.insert((PlaceField::Name, Lang::Zh), vec!["blog".into()]);
        let p = d.places[3].clone();
        let c = Citations::of(&d, &p);
        assert_eq!(
            c.shown(&d, &p, PlaceField::Name, Lang::Zh),
            Marks { refs: vec![2], weak_only: true, operator_only: false }
        );
        assert_eq!(
            c.shown(&d, &p, PlaceField::Name, Lang::En),
            Marks { refs: vec![], weak_only: false, operator_only: false },
            "the English rests on both"
        );
    }
}
