//! The user's shortlist, kept in localStorage: read once at start (a corrupt store is reset with
//! a notice, never a crash), written on every change.

use leptos::prelude::*;

use crate::core::explore::shortlist::{Item, MAX_ITEMS, parse_stored, to_stored};
use crate::core::explore::toggle;

const KEY: &str = "jpe.shortlist.v1";

/// Why the stored list could not be used, for a notice.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreProblem {
    /// The stored value was unreadable and has been reset.
    Corrupt(String),
    /// The browser refuses storage (private mode, policy): the list lasts for this page only.
    Unavailable,
}

#[derive(Clone, Copy)]
pub struct Shortlist {
    pub items: RwSignal<Vec<Item>>,
    pub problem: RwSignal<Option<StoreProblem>>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

impl Shortlist {
    pub fn load() -> Shortlist {
        let (items, problem) = match storage() {
            None => (Vec::new(), Some(StoreProblem::Unavailable)),
            Some(store) => match store.get_item(KEY) {
                Ok(None) => (Vec::new(), None),
                Ok(Some(text)) => match parse_stored(&text) {
                    Ok(items) => (items, None),
                    Err(reason) => {
                        let _ = store.remove_item(KEY);
                        (Vec::new(), Some(StoreProblem::Corrupt(reason)))
                    }
                },
                Err(_) => (Vec::new(), Some(StoreProblem::Unavailable)),
            },
        };
        Shortlist { items: RwSignal::new(items), problem: RwSignal::new(problem) }
    }

    /// Replaces the list and saves it.
    pub fn set(self, items: Vec<Item>) {
        if let Some(store) = storage()
            && store.set_item(KEY, &to_stored(&items)).is_err()
        {
            self.problem.set(Some(StoreProblem::Unavailable));
        }
        self.items.set(items);
    }

    pub fn toggle(self, item: &Item) {
        self.set(toggle(&self.items.get_untracked(), item, MAX_ITEMS));
    }

    pub fn contains(self, item: &Item) -> bool {
        self.items.with(|items| items.contains(item))
    }
}
