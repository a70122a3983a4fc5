//! The catalogue as the app uses it, after validation (see docs/DATA.md for the file format;
//! the field names and kinds are in [`crate::core::data::fields`]).

use std::collections::BTreeMap;

use crate::core::data::fields::{PlaceField, SpaceField, Target};
use crate::core::data::vocab::{
    Availability, BuildingType, Deal, Facility, Kind, LocatedHow, Precision, Reliability, SpaceUse, Status,
};
use crate::core::geo::Point;
use crate::core::text::{Lang, PartialDate, Qualifier, Text};

/// Ids are lowercase letters, digits and '-', at most 100 bytes: they appear in URLs.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 100 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub schema: u32,
    /// When the data was last checked (`None`: the file does not say, or not readably).
    pub updated: Option<PartialDate>,
    pub sources: Vec<Source>,
    pub towns: Vec<Town>,
    pub sectors: Vec<Sector>,
    pub programmes: Vec<Programme>,
    pub places: Vec<Place>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub date: Option<PartialDate>,
    /// Its web address; an operator's submission may have none.
    pub url: Option<String>,
    pub reliability: Reliability,
    pub language: Option<String>,
    /// Who to ask about it (required of an operator's submission).
    pub contact: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Town {
    pub id: String,
    pub code: String,
    pub level: Option<String>,
    pub name: Text,
    pub label_point: Option<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sector {
    pub id: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
    /// How many members the programme has, by its sources (of which the data may name fewer).
    pub members: Option<u32>,
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Location {
    pub point: Point,
    pub precision: Precision,
}

/// Who located a place and how: part of the data, shown beside the point.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub by: Option<String>,
    pub how: Option<LocatedHow>,
    pub on: Option<PartialDate>,
}

#[derive(Clone, Debug, PartialEq, Default)]
/// The numbers a place publishes, by field (only fields whose kind is a number).
pub struct Figures(pub BTreeMap<PlaceField, f64>);

impl Figures {
    pub fn get(&self, field: PlaceField) -> Option<f64> {
        self.0.get(&field).copied()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Building {
    pub count: u32,
    pub kind: BuildingType,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.url.is_none()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Space {
    pub id: String,
    pub building: Option<String>,
    pub floor: Option<String>,
    pub space_use: Option<SpaceUse>,
    /// The numbers it publishes, by field (clear height is usable height under beams; storey
    /// height, floor to floor, is never taken for it).
    pub figures: BTreeMap<SpaceField, f64>,
    pub deal: Option<Deal>,
    pub availability: Availability,
    pub available_from: Option<PartialDate>,
    pub contact: Option<Contact>,
    pub note: Option<Text>,
    /// How exact a number is ("up to"), by numeric field.
    pub qualifiers: BTreeMap<SpaceField, Qualifier>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: PartialDate,
    pub event: Text,
    pub sources: Vec<String>,
    /// Planned or expected at the date of its source, not something that happened.
    pub planned: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub kind: Kind,
    pub name: Text,
    pub aliases: Vec<Text>,
    pub town: Option<String>,
    pub status: Status,
    /// The date of the source that states the status.
    pub status_as_of: Option<PartialDate>,
    pub sources: Vec<String>,
    pub location: Option<Location>,
    /// Who set the location's point and how, when a person did.
    pub located: Option<Located>,
    pub address: Option<Text>,
    pub sectors: Vec<String>,
    pub summary: Option<Text>,
    /// When it opened (it happened, by a source).
    pub opening: Option<PartialDate>,
    /// When it is planned or expected to open.
    pub opening_planned: Option<PartialDate>,
    pub figures: Figures,
    pub buildings: Vec<Building>,
    pub facilities: Vec<Facility>,
    pub tenants: Vec<Text>,
    pub nearby: Vec<String>,
    /// Programme id and an optional note, in file order.
    pub recognition: Vec<(String, Option<Text>)>,
    pub contact: Contact,
    pub land_use: Option<String>,
    pub spaces: Vec<Space>,
    pub timeline: Vec<Event>,
    pub facts: Vec<Fact>,
    pub notes: Vec<Text>,
    /// How exact a number is ("about"), by numeric field.
    pub qualifiers: BTreeMap<PlaceField, Qualifier>,
    /// The sources a field rests on, where narrower than `sources`.
    pub cite: BTreeMap<PlaceField, Vec<String>>,
    /// The sources one language of a bilingual field rests on (`"name.zh"` in the file), where
    /// narrower than the field's: a Chinese name from a repost beside an English one from the press.
    pub cite_text: BTreeMap<(PlaceField, Lang), Vec<String>>,
    pub updated: Option<PartialDate>,
}

impl Place {
    /// The sources a field rests on: its own citation if it has one, else the place's sources.
    pub fn sources_for(&self, field: PlaceField) -> &[String] {
        self.cite.get(&field).map_or(&self.sources, Vec::as_slice)
    }

    /// The sources one language of a bilingual field rests on.
    pub fn sources_for_text(&self, field: PlaceField, lang: Lang) -> &[String] {
        self.cite_text.get(&(field, lang)).map_or_else(|| self.sources_for(field), Vec::as_slice)
    }
}

impl Dataset {
    pub fn town(&self, id: &str) -> Option<&Town> {
        self.towns.iter().find(|t| t.id == id)
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// The name of a record another one refers to (sources have titles, not names: `None`).
    pub fn name(&self, target: Target, id: &str) -> Option<&Text> {
        match target {
            Target::Town => self.town(id).map(|t| &t.name),
            Target::Sector => self.sector(id).map(|s| &s.name),
            Target::Programme => self.programme(id).map(|p| &p.name),
            Target::Place => self.place_index(id).map(|i| &self.places[i].name),
            Target::Source => None,
        }
    }

    pub fn place_index(&self, id: &str) -> Option<usize> {
        self.places.iter().position(|p| p.id == id)
    }

    /// The sources newest first, undated ones last, then by title.
    pub fn sources_newest_first(&self) -> Vec<&Source> {
        let mut sources: Vec<&Source> = self.sources.iter().collect();
        sources.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
        sources
    }

    /// True when every one of `ids` is a weak (secondary) source: the UI flags such facts.
    pub fn only_weak(&self, ids: &[String]) -> bool {
        self.only(ids, Reliability::Weak)
    }

    /// True when every one of `ids` is a source of this reliability.
    pub fn only(&self, ids: &[String], reliability: Reliability) -> bool {
        !ids.is_empty() && ids.iter().all(|id| self.source(id).is_some_and(|s| s.reliability == reliability))
    }
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;
    use crate::core::data::sample::sample;

    #[test]
    fn sources_are_listed_newest_first_undated_last() {
        let d = sample();
        let ids: Vec<&str> = d.sources_newest_first().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["shine", "blog"], "the blog has no date");
    }

    #[test]
    fn ids_follow_the_contract() {
        assert!(is_valid_id("haoyuan-park-2"));
        for bad in ["", "Haoyuan", "a b", "a_b", "安亭", "<script>"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
        assert!(!is_valid_id(&"a".repeat(101)));
    }
}
