//! The facet table: each filter of the explorer and the space finder — where its values come
//! from and which values a place has. A place passes a facet when nothing is selected in it or
//! any of its values is selected; the counts (`outcome`) are computed from this table alone.
//! The URL name of each facet is in the URL contract (`core::query::params`), its words in the
//! UI's labels.

use crate::core::data::{Dataset, Kind, Place, Status, Word, is_valid_id};
use crate::core::text::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetId {
    Kind,
    Town,
    Sector,
    Status,
    Programme,
}

/// Where a facet's values come from.
pub enum Values {
    /// A closed vocabulary: its ids in display order, and the word for each.
    Vocabulary { ids: &'static [&'static str], word: fn(&str) -> Option<Word> },
    /// Records of the data, in file order: (id, name).
    Data(for<'a> fn(&'a Dataset) -> Vec<(&'a str, &'a Text)>),
}

pub struct Facet {
    pub id: FacetId,
    pub values: Values,
    /// The ids of the values a place has.
    pub of_place: for<'a> fn(&'a Place) -> Vec<&'a str>,
}

/// Every facet, in display order (`FacetId` order).
pub const FACETS: [Facet; 5] = [
    Facet {
        id: FacetId::Kind,
        values: Values::Vocabulary { ids: Kind::IDS, word: |id| Kind::parse(id).map(Word::Kinds) },
        of_place: |p| vec![p.kind.id()],
    },
    Facet {
        id: FacetId::Town,
        values: Values::Data(|d| d.towns.iter().map(|t| (t.id.as_str(), &t.name)).collect()),
        of_place: |p| p.town.as_deref().into_iter().collect(),
    },
    Facet {
        id: FacetId::Sector,
        values: Values::Data(|d| d.sectors.iter().map(|s| (s.id.as_str(), &s.name)).collect()),
        of_place: |p| p.sectors.iter().map(String::as_str).collect(),
    },
    Facet {
        id: FacetId::Status,
        values: Values::Vocabulary { ids: Status::IDS, word: |id| Status::parse(id).map(Word::Status) },
        of_place: |p| vec![p.status.id()],
    },
    Facet {
        id: FacetId::Programme,
        values: Values::Data(|d| d.programmes.iter().map(|p| (p.id.as_str(), &p.name)).collect()),
        of_place: |p| p.recognition.iter().map(|(programme, _)| programme.as_str()).collect(),
    },
];

impl FacetId {
    pub const COUNT: usize = FACETS.len();

    pub fn facet(self) -> &'static Facet {
        &FACETS[self as usize]
    }
}

impl Facet {
    /// The value ids in display order.
    pub fn ids<'a>(&self, d: &'a Dataset) -> Vec<&'a str> {
        match &self.values {
            Values::Vocabulary { ids, .. } => ids.to_vec(),
            Values::Data(list) => list(d).into_iter().map(|(id, _)| id).collect(),
        }
    }

    /// Whether a value can be one of this facet's, before the data is known (for URLs): any
    /// well-formed id for data facets, checked against the data later.
    pub fn accepts(&self, value: &str) -> bool {
        match &self.values {
            Values::Vocabulary { ids, .. } => ids.contains(&value),
            Values::Data(_) => is_valid_id(value),
        }
    }

    /// Whether the data has this value.
    pub fn knows(&self, d: &Dataset, value: &str) -> bool {
        self.ids(d).contains(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

    #[test]
    fn the_table_is_in_id_order_and_reads_values_from_vocabularies_and_data() {
        for (i, f) in FACETS.iter().enumerate() {
            assert_eq!(f.id as usize, i, "{:?}", f.id);
        }
        let d = sample();
        assert_eq!(FacetId::Kind.facet().ids(&d), ["park", "project", "enterprise"]);
        assert_eq!(FacetId::Town.facet().ids(&d), ["anting", "malu", "jiading-industrial-zone"]);
        assert_eq!(FacetId::Programme.facet().ids(&d), ["sms"]);
        assert_eq!((FacetId::Programme.facet().of_place)(&d.places[0]), ["sms"]);
        assert!(FacetId::Status.facet().accepts("planned") && !FacetId::Status.facet().accepts("lost"));
        assert!(FacetId::Town.facet().accepts("atlantis") && !FacetId::Town.facet().knows(&d, "atlantis"));
    }
}
