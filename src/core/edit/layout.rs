//! The order of a place's form: its fields in sections, each field once. A place's qualifiers
//! and citations are edited beside the fields they qualify and cite, not as fields of their own.

use crate::core::data::PlaceField as F;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Identity,
    Status,
    Where,
    Description,
    Figures,
    Contact,
    Spaces,
    Sources,
    History,
}

pub const PLACE_FORM: &[(Section, &[F])] = &[
    (Section::Identity, &[F::Id, F::Kind, F::Name, F::Aliases]),
    (Section::Status, &[F::Status, F::StatusAsOf, F::Opening, F::OpeningPlanned, F::Updated]),
    (Section::Where, &[F::Town, F::Location, F::Address, F::Nearby]),
    (Section::Description, &[F::Summary, F::Sectors, F::Facilities, F::Buildings, F::Tenants, F::LandUse]),
    (
        Section::Figures,
        &[
            F::InvestmentCny,
            F::RewardCny,
            F::AnnualOutputTargetCny,
            F::SiteAreaM2,
            F::SiteAreaMu,
            F::BuildingAreaM2,
            F::ClearHeightM,
            F::StoreyHeightM,
            F::RentCnyM2Day,
            F::PowerKva,
        ],
    ),
    (Section::Contact, &[F::Contact]),
    (Section::Spaces, &[F::Spaces]),
    (Section::Sources, &[F::Sources, F::Recognition]),
    (Section::History, &[F::Timeline, F::Facts, F::Notes]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_on_the_form_once() {
        let mut on_form: Vec<F> = PLACE_FORM.iter().flat_map(|(_, fields)| fields.iter().copied()).collect();
        let n = on_form.len();
        on_form.sort();
        on_form.dedup();
        assert_eq!(on_form.len(), n, "a field twice");
        let missing: Vec<F> =
            F::ALL.iter().copied().filter(|f| !on_form.contains(f) && !matches!(f, F::Qualifiers | F::Cite)).collect();
        assert!(missing.is_empty(), "not on the form: {missing:?}");
    }
}
