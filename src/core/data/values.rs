//! A field's value read through the registry: what the detail view, compare and the data
//! workbench show for a [`PlaceField`] or a [`SpaceField`] without naming struct members.

use crate::core::data::fields::{PlaceField, SpaceField, Target};
use crate::core::data::model::{Building, Contact, Event, Fact, Location, Place, Space};
use crate::core::data::vocab::Word;
use crate::core::text::{Lang, PartialDate, Qualifier, Text};

/// One field's value; `Missing` when it is not published (absent, null or an empty list).
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue<'a> {
    Missing,
    Id(&'a str),
    Word(Word),
    Words(Vec<Word>),
    Text(&'a Text),
    Texts(&'a [Text]),
    Plain(&'a str),
    Number(f64, Option<Qualifier>),
    Date(PartialDate),
    Ref(Target, &'a str),
    Refs(Target, &'a [String]),
    Location(Location),
    Contact(&'a Contact),
    Buildings(&'a [Building]),
    Recognition(&'a [(String, Option<Text>)]),
    Spaces(&'a [Space]),
    Timeline(&'a [Event]),
    Facts(&'a [Fact]),
    /// Metadata about other fields (qualifiers, citations): not shown as a value.
    About,
}

impl FieldValue<'_> {
    pub fn is_published(&self) -> bool {
        !matches!(self, FieldValue::Missing)
    }
}

/// An empty list is not published.
fn listed<'a, T>(items: &'a [T], value: impl FnOnce(&'a [T]) -> FieldValue<'a>) -> FieldValue<'a> {
    if items.is_empty() { FieldValue::Missing } else { value(items) }
}

fn text(t: &Option<Text>) -> FieldValue<'_> {
    t.as_ref().map_or(FieldValue::Missing, FieldValue::Text)
}

impl Place {
    pub fn value(&self, field: PlaceField) -> FieldValue<'_> {
        use FieldValue as V;
        match field {
            PlaceField::Id => V::Id(&self.id),
            PlaceField::Kind => V::Word(Word::Kind(self.kind)),
            PlaceField::Name => V::Text(&self.name),
            PlaceField::Aliases => listed(&self.aliases, V::Texts),
            PlaceField::Town => self.town.as_deref().map_or(V::Missing, |t| V::Ref(Target::Town, t)),
            PlaceField::Status => V::Word(Word::Status(self.status)),
            PlaceField::StatusAsOf => self.status_as_of.map_or(V::Missing, V::Date),
            PlaceField::Sources => V::Refs(Target::Source, &self.sources),
            PlaceField::Location => self.location.map_or(V::Missing, V::Location),
            PlaceField::Address => text(&self.address),
            PlaceField::Sectors => listed(&self.sectors, |s| V::Refs(Target::Sector, s)),
            PlaceField::Summary => text(&self.summary),
            PlaceField::Opening => self.opening.map_or(V::Missing, V::Date),
            PlaceField::OpeningPlanned => self.opening_planned.map_or(V::Missing, V::Date),
            PlaceField::InvestmentCny
            | PlaceField::RewardCny
            | PlaceField::AnnualOutputTargetCny
            | PlaceField::SiteAreaM2
            | PlaceField::SiteAreaMu
            | PlaceField::BuildingAreaM2
            | PlaceField::ClearHeightM
            | PlaceField::StoreyHeightM
            | PlaceField::RentCnyM2Day
            | PlaceField::PowerKva => {
                self.figures.get(field).map_or(V::Missing, |n| V::Number(n, self.qualifiers.get(&field).copied()))
            }
            PlaceField::Buildings => listed(&self.buildings, V::Buildings),
            PlaceField::Facilities => {
                listed(&self.facilities, |f| V::Words(f.iter().map(|f| Word::Facility(*f)).collect()))
            }
            PlaceField::Tenants => listed(&self.tenants, V::Texts),
            PlaceField::Nearby => listed(&self.nearby, |n| V::Refs(Target::Place, n)),
            PlaceField::Recognition => listed(&self.recognition, V::Recognition),
            PlaceField::Contact if self.contact.is_empty() => V::Missing,
            PlaceField::Contact => V::Contact(&self.contact),
            PlaceField::LandUse => self.land_use.as_deref().map_or(V::Missing, V::Plain),
            PlaceField::Spaces => listed(&self.spaces, V::Spaces),
            PlaceField::Timeline => listed(&self.timeline, V::Timeline),
            PlaceField::Facts => listed(&self.facts, V::Facts),
            PlaceField::Notes => listed(&self.notes, V::Texts),
            PlaceField::Qualifiers | PlaceField::Cite => V::About,
            PlaceField::Updated => self.updated.map_or(V::Missing, V::Date),
        }
    }
}

impl Place {
    /// Forgets a field's value: it is then not published. Required fields cannot be forgotten
    /// (`false`): a record without them is left out instead.
    pub fn clear(&mut self, field: PlaceField) -> bool {
        if field.rules().required {
            return false;
        }
        match field {
            PlaceField::Aliases => self.aliases.clear(),
            PlaceField::Town => self.town = None,
            PlaceField::Location => self.location = None,
            PlaceField::Address => self.address = None,
            PlaceField::Sectors => self.sectors.clear(),
            PlaceField::Summary => self.summary = None,
            PlaceField::StatusAsOf => self.status_as_of = None,
            PlaceField::Opening => self.opening = None,
            PlaceField::OpeningPlanned => self.opening_planned = None,
            PlaceField::Buildings => self.buildings.clear(),
            PlaceField::Facilities => self.facilities.clear(),
            PlaceField::Tenants => self.tenants.clear(),
            PlaceField::Nearby => self.nearby.clear(),
            PlaceField::Recognition => self.recognition.clear(),
            PlaceField::Contact => self.contact = Contact::default(),
            PlaceField::LandUse => self.land_use = None,
            PlaceField::Spaces => self.spaces.clear(),
            PlaceField::Timeline => self.timeline.clear(),
            PlaceField::Facts => self.facts.clear(),
            PlaceField::Notes => self.notes.clear(),
            PlaceField::Qualifiers => self.qualifiers.clear(),
            PlaceField::Cite => self.cite.clear(),
            PlaceField::Updated => self.updated = None,
            number => {
                self.figures.0.remove(&number);
                self.qualifiers.remove(&number);
            }
        }
        true
    }
}

impl Place {
    /// Forgets one language of a bilingual field (the field itself when nothing is left; a name
    /// left with neither language leaves the place without one, and it is then left out).
    pub fn clear_text(&mut self, field: PlaceField, lang: Lang) {
        let text = match field {
            PlaceField::Name => Some(&mut self.name),
            PlaceField::Address => self.address.as_mut(),
            PlaceField::Summary => self.summary.as_mut(),
            _ => None,
        };
        let Some(text) = text else {
            self.clear(field);
            return;
        };
        match lang {
            Lang::Zh => text.zh = None,
            Lang::En => text.en = None,
        }
        if text.zh.is_none() && text.en.is_none() {
            self.clear(field);
        }
    }
}

impl Space {
    pub fn value(&self, field: SpaceField) -> FieldValue<'_> {
        use FieldValue as V;
        if field.kind().unit().is_some() {
            let q = self.qualifiers.get(&field).copied();
            return self.figures.get(&field).map_or(V::Missing, |&n| V::Number(n, q));
        }
        match field {
            SpaceField::Id => V::Id(&self.id),
            SpaceField::Building => self.building.as_deref().map_or(V::Missing, V::Plain),
            SpaceField::Floor => self.floor.as_deref().map_or(V::Missing, V::Plain),
            SpaceField::Use => self.space_use.map_or(V::Missing, |u| V::Word(Word::SpaceUse(u))),
            SpaceField::Deal => self.deal.map_or(V::Missing, |d| V::Word(Word::Deal(d))),
            SpaceField::Availability => V::Word(Word::Availability(self.availability)),
            SpaceField::AvailableFrom => self.available_from.map_or(V::Missing, V::Date),
            SpaceField::Contact => self.contact.as_ref().map_or(V::Missing, V::Contact),
            SpaceField::Note => self.note.as_ref().map_or(V::Missing, V::Text),
            SpaceField::Qualifiers => V::About,
            // The numbers, above.
            SpaceField::Area
            | SpaceField::StoreyHeight
            | SpaceField::ClearHeight
            | SpaceField::FloorLoad
            | SpaceField::Power
            | SpaceField::GoodsLift
            | SpaceField::Rent
            | SpaceField::ManagementFee
            | SpaceField::MinimumLease => V::Missing,
        }
    }

    /// A numeric field's value.
    pub fn number(&self, field: SpaceField) -> Option<f64> {
        self.figures.get(&field).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

    #[test]
    fn every_field_reads_through_the_registry() {
        let d = sample();
        let haoyuan = &d.places[0];
        assert_eq!(haoyuan.value(PlaceField::InvestmentCny), FieldValue::Number(4e8, Some(Qualifier::About)));
        assert_eq!(haoyuan.value(PlaceField::Town), FieldValue::Ref(Target::Town, "jiading-industrial-zone"));
        assert_eq!(haoyuan.value(PlaceField::RewardCny), FieldValue::Missing);
        assert_eq!(d.places[1].value(PlaceField::Sectors), FieldValue::Missing, "an empty list is not published");
        let unpublished: Vec<&str> =
            PlaceField::ALL.iter().filter(|f| !haoyuan.value(**f).is_published()).map(|f| f.key()).collect();
        assert_eq!(
            unpublished,
            [
                "opening_planned",
                "reward_cny",
                "annual_output_target_cny",
                "site_area_m2",
                "site_area_mu",
                "clear_height_m",
                "storey_height_m",
                "tenants",
                "nearby",
                "contact",
                "land_use",
                "rent_cny_m2_day",
                "power_kva",
                "timeline",
                "facts",
                "notes",
                "updated"
            ]
        );
        let mut cleared = haoyuan.clone();
        for field in PlaceField::ALL {
            assert_eq!(cleared.clear(*field), !field.rules().required, "{field:?}");
            if !field.rules().required {
                assert!(
                    !cleared.value(*field).is_published()
                        || *field == PlaceField::Qualifiers
                        || *field == PlaceField::Cite,
                    "{field:?}"
                );
            }
        }
        let ground = &haoyuan.spaces[0];
        assert_eq!(ground.number(SpaceField::ClearHeight), Some(9.5));
        assert_eq!(ground.value(SpaceField::FloorLoad), FieldValue::Missing);
    }
}
