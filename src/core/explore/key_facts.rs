//! Which facts a place's page lists under "Key facts", in which order, and when: most always
//! (saying "not published" when they are not), some only when published.

use crate::core::data::{Place, PlaceField};

/// When a key fact is listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Show {
    /// Always, as "not published" when it is not.
    Always,
    /// Only when published.
    IfPublished,
    /// Always, unless only its [alternative](PlaceField::alternative) is published (which is
    /// then listed in its place).
    OrAlternative,
    /// Only when published and the field it stands in for is not (a planned opening, once the
    /// place has opened, is history).
    InsteadOf(PlaceField),
}

const KEY_FACTS: &[(PlaceField, Show)] = &[
    (PlaceField::Town, Show::Always),
    (PlaceField::Address, Show::Always),
    (PlaceField::Location, Show::Always),
    (PlaceField::Status, Show::Always),
    (PlaceField::Opening, Show::OrAlternative),
    (PlaceField::OpeningPlanned, Show::InsteadOf(PlaceField::Opening)),
    (PlaceField::InvestmentCny, Show::Always),
    (PlaceField::RewardCny, Show::IfPublished),
    (PlaceField::AnnualOutputTargetCny, Show::Always),
    (PlaceField::SiteAreaM2, Show::OrAlternative),
    (PlaceField::SiteAreaMu, Show::IfPublished),
    (PlaceField::BuildingAreaM2, Show::Always),
    (PlaceField::ClearHeightM, Show::IfPublished),
    (PlaceField::StoreyHeightM, Show::IfPublished),
    (PlaceField::Buildings, Show::Always),
    (PlaceField::Facilities, Show::Always),
    (PlaceField::Sectors, Show::Always),
    (PlaceField::RentCnyM2Day, Show::Always),
    (PlaceField::PowerKva, Show::Always),
    (PlaceField::LandUse, Show::IfPublished),
    (PlaceField::Contact, Show::Always),
    (PlaceField::Recognition, Show::IfPublished),
    (PlaceField::Nearby, Show::IfPublished),
    (PlaceField::Tenants, Show::IfPublished),
];

/// A listed fact: the field, and whether it is published (then its citation marks show).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyFact {
    pub field: PlaceField,
    pub published: bool,
}

pub fn key_facts(p: &Place) -> Vec<KeyFact> {
    let published = |f: PlaceField| p.value(f).is_published();
    KEY_FACTS
        .iter()
        .filter(|(field, show)| match show {
            Show::Always => true,
            Show::IfPublished => published(*field),
            Show::OrAlternative => published(*field) || !field.alternative().is_some_and(published),
            Show::InsteadOf(other) => published(*field) && !published(*other),
        })
        .map(|&(field, _)| KeyFact { field, published: published(field) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

    fn listed(p: &Place) -> Vec<&'static str> {
        key_facts(p).iter().map(|f| f.field.key()).collect()
    }

    #[test]
    fn always_listed_facts_say_not_published_and_others_wait_for_a_value() {
        let d = sample();
        let xinggu = &d.places[1];
        let facts = listed(xinggu);
        assert_eq!(&facts[..6], ["town", "address", "location", "status", "opening", "investment_cny"]);
        assert!(!facts.contains(&"reward_cny") && !facts.contains(&"land_use") && !facts.contains(&"nearby"));
        assert!(key_facts(xinggu).iter().find(|f| f.field == PlaceField::Address).is_some_and(|f| !f.published));
        let haoyuan = &d.places[0];
        assert!(listed(haoyuan).contains(&"recognition"));
    }

    #[test]
    fn a_site_area_in_mu_takes_the_square_metres_place_or_follows_it() {
        let mut d = sample();
        let p = &mut d.places[1];
        let around = |p: &Place| {
            let l = listed(p);
            let i = l.iter().position(|f| *f == "annual_output_target_cny").unwrap();
            l[i + 1..l.iter().position(|f| *f == "building_area_m2").unwrap()].to_vec()
        };
        assert_eq!(around(p), ["site_area_m2"], "neither: square metres, not published");
        p.figures.0.insert(PlaceField::SiteAreaMu, 87.0);
        assert_eq!(around(p), ["site_area_mu"], "only mu: in its place");
        p.figures.0.insert(PlaceField::SiteAreaM2, 58_000.0);
        assert_eq!(around(p), ["site_area_m2", "site_area_mu"], "both: square metres first");
    }
}
