//! Embedding: the Embed page that writes the snippet, and at run time in a frame the height
//! messages to a listed parent page and links to other sites opened in new tabs.
//!
//! May import: ui::context, ui::widgets.

pub mod messaging;
mod page;

pub use page::EmbedPage;
