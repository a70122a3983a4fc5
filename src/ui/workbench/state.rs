//! The workbench's state: the draft (the file as JSON), the file as opened, where it came from,
//! what was last exported, and what is selected; the problems and the canonical text derived
//! from the draft; and the draft saved to the browser's storage after every change.

use std::sync::Arc;

use leptos::prelude::*;
use serde_json::Value;

use crate::core::data::record_fields::DatasetField;
use crate::core::data::{Invalid, Problem, validate};
use crate::core::edit::canonical::canonical;
use crate::core::edit::draft::{DRAFT_KEY, Draft, NotADraft, Origin, SET_ASIDE_KEY, fingerprint};
use crate::core::edit::path::Path;
use crate::core::geo::Geography;
use crate::core::site::config::Config;
use crate::core::text::Lang;

/// What the editor shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selected {
    Place(usize),
    Source(usize),
    Sector(usize),
    Programme(usize),
    Problems,
    Sheets,
    Review,
}

impl Selected {
    /// The `i`th record of a list of the file (`None` for a list the side list does not show).
    pub fn record(list: DatasetField, i: usize) -> Option<Selected> {
        match list {
            DatasetField::Places => Some(Selected::Place(i)),
            DatasetField::Sources => Some(Selected::Source(i)),
            DatasetField::Sectors => Some(Selected::Sector(i)),
            DatasetField::Programmes => Some(Selected::Programme(i)),
            _ => None,
        }
    }
}

/// Whether the last change reached the browser's storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    At(String),
    /// Storage refused it (full, or switched off): the reason.
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Bench {
    pub lang: Lang,
    pub doc: RwSignal<Value>,
    pub opened: RwSignal<Value>,
    pub origin: RwSignal<Origin>,
    pub exported: RwSignal<Option<String>>,
    pub selected: RwSignal<Selected>,
    pub saved: RwSignal<Option<Saved>>,
    pub geo: StoredValue<Arc<Geography>>,
    pub config: StoredValue<Config>,
    /// The draft as the export writes it.
    pub text: Memo<Arc<String>>,
    /// What `make validate` would say of it.
    pub problems: Memo<Arc<Invalid>>,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// What the storage held that is not a draft, set aside (never dropped), and why.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub text: String,
    pub why: NotADraft,
}

/// The saved draft, if there is one; a stored text that is not one is moved aside.
pub fn stored_draft() -> (Option<Draft>, Option<SetAside>) {
    let Some(store) = storage() else { return (None, None) };
    let Some(text) = store.get_item(DRAFT_KEY).ok().flatten() else {
        return (None, set_aside_before(&store));
    };
    match Draft::decode(&text) {
        Ok(draft) => (Some(draft), set_aside_before(&store)),
        Err(why) => {
            let _ = store.set_item(SET_ASIDE_KEY, &text);
            let _ = store.remove_item(DRAFT_KEY);
            (None, Some(SetAside { text, why }))
        }
    }
}

/// A text set aside on an earlier visit and not yet dealt with.
fn set_aside_before(store: &web_sys::Storage) -> Option<SetAside> {
    let text = store.get_item(SET_ASIDE_KEY).ok().flatten()?;
    let why = Draft::decode(&text).err().unwrap_or(NotADraft::Foreign);
    Some(SetAside { text, why })
}

/// Forgets the text set aside (after the user has saved or dismissed it).
pub fn clear_set_aside() {
    if let Some(store) = storage() {
        let _ = store.remove_item(SET_ASIDE_KEY);
    }
}

impl Bench {
    pub fn new(lang: Lang, draft: Draft, geo: Arc<Geography>, config: Config) -> Bench {
        let doc = RwSignal::new(draft.doc);
        let text = Memo::new(move |_| Arc::new(doc.with(canonical)));
        let geo = StoredValue::new(geo);
        let problems = Memo::new(move |_| {
            let text = text.get();
            Arc::new(match geo.with_value(|g| validate(&text, g)) {
                Ok(_) => Invalid { problems: Vec::new(), truncated: false },
                Err(invalid) => invalid,
            })
        });
        let bench = Bench {
            lang,
            doc,
            opened: RwSignal::new(draft.opened),
            origin: RwSignal::new(draft.origin),
            exported: RwSignal::new(draft.exported),
            selected: RwSignal::new(Selected::Place(0)),
            saved: RwSignal::new(None),
            geo,
            config: StoredValue::new(config),
            text,
            problems,
        };
        // Every change is saved at once: a reload, a crash or a closed tab loses nothing.
        Effect::new(move |_| {
            let draft = bench.draft();
            let result = match storage() {
                None => Err("no storage".to_owned()),
                Some(store) => store.set_item(DRAFT_KEY, &draft.encode()).map_err(|e| format!("{e:?}")),
            };
            bench.saved.set(Some(match result {
                Ok(()) => Saved::At(draft.saved_at),
                Err(e) => Saved::Failed(e),
            }));
        });
        bench
    }

    /// The draft as stored (tracking every part of it).
    pub fn draft(self) -> Draft {
        Draft {
            origin: self.origin.get(),
            opened: self.opened.get(),
            doc: self.doc.get(),
            saved_at: now(),
            exported: self.exported.get(),
        }
    }

    /// Replaces what is edited with a newly opened file.
    pub fn open(self, origin: Origin, opened: Value) {
        self.doc.set(opened.clone());
        self.opened.set(opened);
        self.origin.set(origin);
        self.exported.set(None);
        self.selected.set(Selected::Place(0));
    }

    /// Whether the draft has changes that were not exported.
    pub fn unexported(self) -> bool {
        let now = fingerprint(&self.text.get());
        let base = self.exported.get().unwrap_or_else(|| fingerprint(&self.opened.with(canonical)));
        now != base
    }

    pub fn get(self, path: &Path) -> Option<Value> {
        self.doc.with(|d| path.get(d).cloned())
    }

    /// Sets a value; `Null` clears it, and whatever that leaves empty (see `Path::clear`).
    pub fn set(self, path: &Path, v: Value) {
        self.doc.update(|d| {
            let _ = if v.is_null() { path.clear(d) } else { path.set(d, v) };
        });
    }

    /// The problems of the whole field at `path` (not of its parts, which show their own).
    pub fn problems_of(self, path: &Path) -> Vec<Problem> {
        let at = path.to_string();
        self.problems.with(|p| p.problems.iter().filter(|x| x.path == at).cloned().collect())
    }

    /// The problems at or below `path`.
    pub fn problems_at(self, path: &Path) -> Vec<Problem> {
        let prefix = path.to_string();
        self.problems.with(|p| {
            p.problems
                .iter()
                .filter(|x| {
                    x.path == prefix || x.path.strip_prefix(&prefix).is_some_and(|rest| rest.starts_with(['.', '[']))
                })
                .cloned()
                .collect()
        })
    }
}

pub fn bench() -> Bench {
    expect_context::<Bench>()
}
