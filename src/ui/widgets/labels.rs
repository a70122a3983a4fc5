//! Words for the closed vocabularies of the data, in the interface language.

use crate::core::model::*;
use crate::core::text::Lang;
use crate::core::theme::Theme;
use crate::ui::i18n::tr;

pub fn kind(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Park => tr!(lang, kind.park),
        Kind::Project => tr!(lang, kind.project),
        Kind::Enterprise => tr!(lang, kind.enterprise),
    }
}

pub fn kind_plural(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Park => tr!(lang, kinds.park),
        Kind::Project => tr!(lang, kinds.project),
        Kind::Enterprise => tr!(lang, kinds.enterprise),
    }
}

pub fn status(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::Planned => tr!(lang, status.planned),
        Status::UnderConstruction => tr!(lang, status.under_construction),
        Status::Completed => tr!(lang, status.completed),
        Status::Operating => tr!(lang, status.operating),
        Status::Unknown => tr!(lang, status.unknown),
    }
}

pub fn reliability(r: Reliability, lang: Lang) -> &'static str {
    match r {
        Reliability::Official => tr!(lang, reliability.official),
        Reliability::Press => tr!(lang, reliability.press),
        Reliability::Weak => tr!(lang, reliability.weak),
    }
}

/// "5 factory buildings" / "5 栋厂房".
pub fn building(b: BuildingType, count: u32, lang: Lang) -> String {
    let noun = match b {
        BuildingType::Office => tr!(lang, building.office),
        BuildingType::Comprehensive => tr!(lang, building.comprehensive),
        BuildingType::Factory => tr!(lang, building.factory),
        BuildingType::StandardFactory => tr!(lang, building.standard_factory),
        BuildingType::MultiStoreyFactory => tr!(lang, building.multi_storey_factory),
        BuildingType::SingleStoreyFactory => tr!(lang, building.single_storey_factory),
        BuildingType::StandaloneFactory => tr!(lang, building.standalone_factory),
        BuildingType::RdOffice => tr!(lang, building.rd_office),
        BuildingType::Warehouse => tr!(lang, building.warehouse),
        BuildingType::Apartment => tr!(lang, building.apartment),
        BuildingType::Amenities => tr!(lang, building.amenities),
        BuildingType::Residential => tr!(lang, building.residential),
        BuildingType::Other => tr!(lang, building.other),
    };
    match lang {
        // Every English noun here takes a plain -s.
        Lang::En => format!("{count} {noun}{}", if count == 1 { "" } else { "s" }),
        Lang::Zh => format!("{count} {noun}"),
    }
}

pub fn facility(f: Facility, lang: Lang) -> &'static str {
    match f {
        Facility::Canteen => tr!(lang, facility.canteen),
        Facility::BusinessNegotiationArea => tr!(lang, facility.business_negotiation_area),
        Facility::OfficeArea => tr!(lang, facility.office_area),
        Facility::Supermarket => tr!(lang, facility.supermarket),
        Facility::Shop => tr!(lang, facility.shop),
        Facility::Dormitory => tr!(lang, facility.dormitory),
        Facility::TalentApartments => tr!(lang, facility.talent_apartments),
        Facility::EvChargers => tr!(lang, facility.ev_chargers),
        Facility::Gym => tr!(lang, facility.gym),
        Facility::MeetingRoom => tr!(lang, facility.meeting_room),
        Facility::Warehouse => tr!(lang, facility.warehouse),
        Facility::Garage => tr!(lang, facility.garage),
    }
}

pub fn figure(f: Figure, lang: Lang) -> &'static str {
    match f {
        Figure::InvestmentCny => tr!(lang, figure.investment),
        Figure::RewardCny => tr!(lang, figure.reward),
        Figure::AnnualOutputTargetCny => tr!(lang, figure.output),
        Figure::SiteAreaM2 => tr!(lang, figure.site_area),
        Figure::SiteAreaMu => tr!(lang, figure.land_mu),
        Figure::BuildingAreaM2 => tr!(lang, figure.building_area),
        Figure::RentCnyM2Day => tr!(lang, figure.rent),
        Figure::PowerKva => tr!(lang, figure.power),
    }
}

pub fn space_use(u: SpaceUse, lang: Lang) -> &'static str {
    match u {
        SpaceUse::Factory => tr!(lang, space_use.factory),
        SpaceUse::Office => tr!(lang, space_use.office),
        SpaceUse::Rd => tr!(lang, space_use.rd),
        SpaceUse::Warehouse => tr!(lang, space_use.warehouse),
        SpaceUse::Mixed => tr!(lang, space_use.mixed),
    }
}

pub fn availability(a: Availability, lang: Lang) -> &'static str {
    match a {
        Availability::Available => tr!(lang, availability.available),
        Availability::Let => tr!(lang, availability.leased),
        Availability::Unknown => tr!(lang, availability.unknown),
    }
}

pub fn deal(d: Deal, lang: Lang) -> &'static str {
    match d {
        Deal::Rent => tr!(lang, deal.rent),
        Deal::Sale => tr!(lang, deal.sale),
        Deal::RentOrSale => tr!(lang, deal.rent_or_sale),
    }
}

pub fn theme(t: Theme, lang: Lang) -> &'static str {
    match t {
        Theme::Green => tr!(lang, embed.theme_green),
        Theme::Blue => tr!(lang, embed.theme_blue),
        Theme::Red => tr!(lang, embed.theme_red),
        Theme::Mono => tr!(lang, embed.theme_mono),
        Theme::Contrast => tr!(lang, embed.theme_contrast),
    }
}
