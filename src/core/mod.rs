//! The pure core: data model, validation, search, filters, URL state and formatting. Nothing
//! here touches the browser, so all of it is unit-tested natively (`cargo test`).
//!
//! Folders are layers; a folder imports only the layers below it (its `mod.rs` says which, and
//! `make lint` checks it with scripts/check-layers.mjs):
//!
//! | layer | holds |
//! |---|---|
//! | `text` | languages, bilingual text, dates, number formats and units, folding, pinyin |
//! | `geo` | points and coordinate systems, GCJ-02 ⇄ WGS-84, the district outline, rectangles |
//! | `data` | the model, the field registry, problems, the reader and validator of places.json |
//! | `search` | tokens, term matching, the search index, highlighting, suggestions |
//! | `explore` | filters and the facet table, space rows and the spaces table, cells, citations, key facts, compare, CSV rows, shortlist items, map markers |
//! | `site` | deployment config, themes, embedding messages and snippets, safe links, mailto, the enquiry, CSV bytes, data freshness |
//! | `query` | the URL contract: one `Param` table, pages and views, the map view |
//! | `edit` | the data workbench: paths, the canonical file, drafts, changes, ids, CSV and pasted rows |

pub mod data;
pub mod edit;
pub mod explore;
pub mod geo;
pub mod query;
pub mod search;
pub mod site;
pub mod text;
