//! What the derived OpenAPI document cannot say by itself, added to it in one place: the shared
//! error answers of every operation, and the rules of each request field (required fields,
//! closed lists, lengths, patterns) exactly as the parsers apply them, so that a request the
//! document calls valid is never refused as invalid, and one it calls invalid is refused.
//! Rules between fields (an end after a start) are stated in the fields' descriptions.

mod document;
mod errors;
mod fields;
mod rule;

pub use document::document;
pub use fields::Records;
