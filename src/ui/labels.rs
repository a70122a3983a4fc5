//! Words for the closed vocabularies of the data. (English for now; the bilingual interface
//! replaces this file's tables with translations.)

use crate::core::model::*;

pub fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Park => "Park",
        Kind::Project => "Project",
        Kind::Enterprise => "Enterprise",
    }
}

pub fn kind_plural(k: Kind) -> &'static str {
    match k {
        Kind::Park => "Parks and zones",
        Kind::Project => "Projects",
        Kind::Enterprise => "Enterprises",
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Planned => "Planned",
        Status::UnderConstruction => "Under construction",
        Status::Completed => "Completed",
        Status::Operating => "Operating",
        Status::Unknown => "Status not published",
    }
}

pub fn reliability(r: Reliability) -> &'static str {
    match r {
        Reliability::Official => "official source",
        Reliability::Press => "press",
        Reliability::Weak => "secondary source",
    }
}

pub fn building(b: BuildingType, count: u32) -> String {
    let (one, many) = match b {
        BuildingType::Office => ("office building", "office buildings"),
        BuildingType::Comprehensive => ("comprehensive building", "comprehensive buildings"),
        BuildingType::Factory => ("factory building", "factory buildings"),
        BuildingType::StandardFactory => ("standard factory building", "standard factory buildings"),
        BuildingType::MultiStoreyFactory => ("multi-storey factory building", "multi-storey factory buildings"),
        BuildingType::SingleStoreyFactory => ("single-storey factory building", "single-storey factory buildings"),
        BuildingType::StandaloneFactory => ("standalone factory building", "standalone factory buildings"),
        BuildingType::RdOffice => ("R&D office building", "R&D office buildings"),
        BuildingType::Warehouse => ("warehouse", "warehouses"),
        BuildingType::Apartment => ("apartment building", "apartment buildings"),
        BuildingType::Amenities => ("amenities building", "amenities buildings"),
        BuildingType::Residential => ("residential building", "residential buildings"),
        BuildingType::Other => ("other building", "other buildings"),
    };
    format!("{count} {}", if count == 1 { one } else { many })
}

pub fn facility(f: Facility) -> &'static str {
    match f {
        Facility::Canteen => "canteen",
        Facility::BusinessNegotiationArea => "business negotiation area",
        Facility::OfficeArea => "office area",
        Facility::Supermarket => "supermarket",
        Facility::Shop => "shop",
        Facility::Dormitory => "staff dormitory",
        Facility::TalentApartments => "talent apartments",
        Facility::EvChargers => "EV chargers",
        Facility::Gym => "gym",
        Facility::MeetingRoom => "meeting room",
        Facility::Warehouse => "warehouse",
        Facility::Garage => "garage",
    }
}

pub fn figure(f: Figure) -> &'static str {
    match f {
        Figure::InvestmentCny => "Total investment",
        Figure::RewardCny => "Reward",
        Figure::AnnualOutputTargetCny => "Annual output target",
        Figure::SiteAreaM2 => "Site or planned area",
        Figure::SiteAreaMu => "Land area",
        Figure::BuildingAreaM2 => "Building (floor) area",
        Figure::RentCnyM2Day => "Rent",
        Figure::PowerKva => "Power supply",
    }
}

pub fn space_use(u: SpaceUse) -> &'static str {
    match u {
        SpaceUse::Factory => "Factory",
        SpaceUse::Office => "Office",
        SpaceUse::Rd => "R&D",
        SpaceUse::Warehouse => "Warehouse",
        SpaceUse::Mixed => "Mixed use",
    }
}

pub fn availability(a: Availability) -> &'static str {
    match a {
        Availability::Available => "Available",
        Availability::Let => "Let",
        Availability::Unknown => "Not published",
    }
}

pub fn deal(d: Deal) -> &'static str {
    match d {
        Deal::Rent => "For rent",
        Deal::Sale => "For sale",
        Deal::RentOrSale => "For rent or sale",
    }
}

pub const NOT_PUBLISHED: &str = "not published";
