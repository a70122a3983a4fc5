//! The interface's words for what the core names by id: vocabulary values, fields, facets,
//! table and CSV columns. Every match is exhaustive, so a new field or facet does not compile
//! until it has its words.

use crate::core::data::*;
use crate::core::explore::csv_rows::CsvColumn;
use crate::core::explore::{Column, FacetId, Limit};
use crate::core::site::embed::Refusal;
use crate::core::site::theme::Theme;
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;

pub fn word(w: Word, lang: Lang) -> &'static str {
    match w {
        Word::Kind(k) => kind(k, lang),
        Word::Kinds(k) => kind_plural(k, lang),
        Word::Status(s) => status(s, lang),
        Word::Reliability(r) => reliability(r, lang),
        Word::Availability(a) => availability(a, lang),
        Word::Deal(d) => deal(d, lang),
        Word::SpaceUse(u) => space_use(u, lang),
        Word::Facility(f) => facility(f, lang),
    }
}

pub fn facet(f: FacetId, lang: Lang) -> &'static str {
    match f {
        FacetId::Kind => tr!(lang, facets.kind),
        FacetId::Town => tr!(lang, facets.town),
        FacetId::Sector => tr!(lang, facets.sector),
        FacetId::Status => tr!(lang, facets.status),
        FacetId::Programme => tr!(lang, facets.programme),
    }
}

pub fn place_field(f: PlaceField, lang: Lang) -> &'static str {
    match f {
        PlaceField::Id => tr!(lang, field.id),
        PlaceField::Kind => tr!(lang, facets.kind),
        PlaceField::Name => tr!(lang, field.name),
        PlaceField::Aliases => tr!(lang, field.aliases),
        PlaceField::Town => tr!(lang, detail.town),
        PlaceField::Status => tr!(lang, detail.status),
        PlaceField::StatusAsOf => tr!(lang, field.status_as_of),
        PlaceField::Sources => tr!(lang, detail.sources),
        PlaceField::Location => tr!(lang, detail.location),
        PlaceField::Address => tr!(lang, detail.address),
        PlaceField::Sectors => tr!(lang, detail.sectors),
        PlaceField::Summary => tr!(lang, field.summary),
        PlaceField::Opening => tr!(lang, detail.opening),
        PlaceField::OpeningPlanned => tr!(lang, field.opening_planned),
        PlaceField::InvestmentCny => tr!(lang, figure.investment),
        PlaceField::RewardCny => tr!(lang, figure.reward),
        PlaceField::AnnualOutputTargetCny => tr!(lang, figure.output),
        PlaceField::SiteAreaM2 => tr!(lang, figure.site_area),
        PlaceField::SiteAreaMu => tr!(lang, figure.land_mu),
        PlaceField::BuildingAreaM2 => tr!(lang, figure.building_area),
        PlaceField::ClearHeightM => tr!(lang, field.clear_height),
        PlaceField::StoreyHeightM => tr!(lang, field.storey_height),
        PlaceField::Buildings => tr!(lang, detail.buildings),
        PlaceField::Facilities => tr!(lang, detail.facilities),
        PlaceField::Tenants => tr!(lang, detail.tenants),
        PlaceField::Nearby => tr!(lang, detail.near),
        PlaceField::Recognition => tr!(lang, detail.recognition),
        PlaceField::Contact => tr!(lang, detail.contact),
        PlaceField::LandUse => tr!(lang, detail.land_use),
        PlaceField::RentCnyM2Day => tr!(lang, figure.rent),
        PlaceField::PowerKva => tr!(lang, figure.power),
        PlaceField::Spaces => tr!(lang, detail.spaces),
        PlaceField::Timeline => tr!(lang, detail.timeline),
        PlaceField::Facts => tr!(lang, detail.said),
        PlaceField::Notes => tr!(lang, detail.notes),
        PlaceField::Qualifiers => tr!(lang, field.qualifiers),
        PlaceField::Cite => tr!(lang, field.cite),
        PlaceField::Updated => tr!(lang, field.updated),
    }
}

pub fn space_field(f: SpaceField, lang: Lang) -> &'static str {
    match f {
        SpaceField::Id => tr!(lang, field.id),
        SpaceField::Building => tr!(lang, column.building),
        SpaceField::Use => tr!(lang, column.usage),
        SpaceField::Floor => tr!(lang, column.floor),
        SpaceField::Area => tr!(lang, column.area),
        SpaceField::ClearHeight => tr!(lang, column.height),
        SpaceField::StoreyHeight => tr!(lang, column.storey_height),
        SpaceField::FloorLoad => tr!(lang, column.load),
        SpaceField::Power => tr!(lang, column.power),
        SpaceField::GoodsLift => tr!(lang, column.goods_lift),
        SpaceField::Rent => tr!(lang, column.rent),
        SpaceField::ManagementFee => tr!(lang, column.management_fee),
        SpaceField::Deal => tr!(lang, column.deal),
        SpaceField::MinimumLease => tr!(lang, column.minimum_lease),
        SpaceField::Contact => tr!(lang, column.contact),
        SpaceField::Availability => tr!(lang, column.availability),
        SpaceField::AvailableFrom => tr!(lang, column.available_from),
        SpaceField::Note => tr!(lang, column.note),
        SpaceField::Qualifiers => tr!(lang, field.qualifiers),
    }
}

pub fn limit(l: Limit, lang: Lang) -> &'static str {
    match l {
        Limit::AreaMin => tr!(lang, spaces.area_min),
        Limit::AreaMax => tr!(lang, spaces.area_max),
        Limit::HeightMin => tr!(lang, spaces.height_min),
        Limit::LoadMin => tr!(lang, spaces.load_min),
    }
}

/// The name of the place the n-th distance column measures from.
fn anchor(anchors: &[String], n: u8) -> &str {
    anchors.get(usize::from(n)).map_or("", String::as_str)
}

/// A spaces-table header; `anchors` name the places distance columns measure from.
pub fn column(c: Column, lang: Lang, anchors: &[String]) -> String {
    match c {
        Column::Place => tr!(lang, spaces.place).to_owned(),
        Column::Town => tr!(lang, detail.town).to_owned(),
        Column::Distance(n) => tr!(lang, spaces.distance_to, name = anchor(anchors, n)),
        other => other.field().map_or("", |f| space_field(f, lang)).to_owned(),
    }
}

/// A CSV header: the column with its unit.
pub fn csv_header(c: CsvColumn, lang: Lang, anchors: &[String]) -> String {
    let fixed = match c {
        CsvColumn::WholePlace => tr!(lang, csv.whole_place),
        CsvColumn::Table(Column::Distance(n)) => return tr!(lang, csv.distance, name = anchor(anchors, n)),
        CsvColumn::Table(Column::Place) => tr!(lang, csv.place),
        CsvColumn::Table(Column::Town) => tr!(lang, csv.town),
        CsvColumn::Table(Column::Use) => tr!(lang, csv.usage),
        CsvColumn::Table(Column::Floor) => tr!(lang, csv.floor),
        CsvColumn::Table(Column::Area) => tr!(lang, csv.area),
        CsvColumn::Table(Column::Height) => tr!(lang, csv.height),
        CsvColumn::Table(Column::StoreyHeight) => tr!(lang, csv.storey_height),
        CsvColumn::Table(Column::Load) => tr!(lang, csv.load),
        CsvColumn::Table(Column::Power) => tr!(lang, csv.power),
        CsvColumn::Table(Column::Availability) => tr!(lang, csv.availability),
        CsvColumn::Table(Column::Rent) => tr!(lang, csv.rent),
        CsvColumn::Table(Column::Deal) => tr!(lang, csv.deal),
    };
    fixed.to_owned()
}

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
        Reliability::Operator => tr!(lang, reliability.operator),
        Reliability::Weak => tr!(lang, reliability.weak),
    }
}

pub fn located_how(h: LocatedHow, lang: Lang) -> &'static str {
    match h {
        LocatedHow::SiteVisit => tr!(lang, located.how_site_visit),
        LocatedHow::Operator => tr!(lang, located.how_operator),
        LocatedHow::PublishedMap => tr!(lang, located.how_published_map),
    }
}

/// "5 factory buildings" / "5 栋厂房".
pub fn building(b: BuildingType, count: u32, lang: Lang) -> String {
    let noun = building_type(b, lang);
    match lang {
        // Every English noun here takes a plain -s.
        Lang::En => format!("{count} {noun}{}", if count == 1 { "" } else { "s" }),
        Lang::Zh => format!("{count} {noun}"),
    }
}

/// The noun for a type of building: "factory building" / "厂房".
pub fn building_type(b: BuildingType, lang: Lang) -> &'static str {
    match b {
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

pub fn origin_refusal(r: Refusal, lang: Lang) -> &'static str {
    match r {
        Refusal::NotAList => tr!(lang, embed.refused_not_a_list),
        Refusal::NotText => tr!(lang, embed.refused_not_text),
        Refusal::Wildcard => tr!(lang, embed.refused_wildcard),
        Refusal::Scheme => tr!(lang, embed.refused_scheme),
        Refusal::Path => tr!(lang, embed.refused_path),
        Refusal::UserInfo => tr!(lang, embed.refused_user),
        Refusal::Port => tr!(lang, embed.refused_port),
        Refusal::Host => tr!(lang, embed.refused_host),
    }
}
