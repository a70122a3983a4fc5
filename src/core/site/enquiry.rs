//! The enquiry a user sends about shortlisted places: who it goes to (the published email
//! addresses) and the message, naming the places and spaces and the requirements typed. The
//! user's own mail program sends it (see `mailto`).

use crate::core::data::Dataset;
use crate::core::explore::shortlist::Item;

/// What the user typed; blank fields are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Needs {
    pub area: String,
    pub height: String,
    pub load: String,
    /// The sector's name in the interface language.
    pub sector: String,
    pub move_in: String,
    pub message: String,
}

/// The message's fixed text in the interface language.
pub struct EnquiryWords<'a> {
    pub greeting: &'a str,
    pub lead: &'a str,
    pub needs: &'a str,
    pub closing: &'a str,
    pub area: &'a str,
    pub height: &'a str,
    pub load: &'a str,
    pub sector: &'a str,
    pub move_in: &'a str,
}

/// The published email addresses of the items' places, each once, in order.
pub fn recipients(d: &Dataset, items: &[Item]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for email in items.iter().filter_map(|i| i.resolve(d)).filter_map(|(p, _)| d.places[p].contact.email.as_ref()) {
        if !out.contains(email) {
            out.push(email.clone());
        }
    }
    out
}

/// The message: greeting, the items (as described), the requirements, the user's own words.
pub fn body(items: &[String], needs: &Needs, w: &EnquiryWords) -> String {
    let field = |label: &str, value: &str| (!value.trim().is_empty()).then(|| format!("- {label}: {}", value.trim()));
    let wanted: Vec<String> = [
        field(w.area, &needs.area),
        field(w.height, &needs.height),
        field(w.load, &needs.load),
        field(w.sector, &needs.sector),
        field(w.move_in, &needs.move_in),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut lines = vec![w.greeting.to_owned(), String::new(), w.lead.to_owned()];
    lines.extend(items.iter().map(|n| format!("- {n}")));
    if !wanted.is_empty() {
        lines.push(String::new());
        lines.push(w.needs.to_owned());
        lines.extend(wanted);
    }
    if !needs.message.trim().is_empty() {
        lines.push(String::new());
        lines.push(needs.message.trim().to_owned());
    }
    lines.push(String::new());
    lines.push(w.closing.to_owned());
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

    const WORDS: EnquiryWords = EnquiryWords {
        greeting: "Hello,",
        lead: "I am interested in:",
        needs: "My requirements:",
        closing: "Thank you.",
        area: "Area (m²)",
        height: "Height (m)",
        load: "Load (kN/m²)",
        sector: "Sector",
        move_in: "Move-in",
    };

    #[test]
    fn the_message_names_the_items_and_only_the_requirements_given() {
        let needs =
            Needs { area: " 2000 ".into(), move_in: "2026-09".into(), message: "  ".into(), ..Needs::default() };
        let text = body(&["Haoyuan — factory, floor 1".into(), "Valeo".into()], &needs, &WORDS);
        assert_eq!(
            text,
            "Hello,\n\nI am interested in:\n- Haoyuan — factory, floor 1\n- Valeo\n\nMy requirements:\n- Area (m²): 2000\n- Move-in: 2026-09\n\nThank you."
        );
        assert_eq!(body(&[], &Needs::default(), &WORDS), "Hello,\n\nI am interested in:\n\nThank you.");
    }

    #[test]
    fn each_published_address_once() {
        let mut d = sample();
        d.places[0].contact.email = Some("invest@jiading.gov.cn".into());
        d.places[2].contact.email = Some("invest@jiading.gov.cn".into());
        let items =
            [Item::Place("haoyuan".into()), Item::Space("haoyuan-ground".into()), Item::Place("zhengfeng".into())];
        assert_eq!(recipients(&d, &items), ["invest@jiading.gov.cn"]);
        assert!(recipients(&d, &[Item::Place("xinggu".into())]).is_empty());
    }
}
