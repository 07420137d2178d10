//! The list of participants (an INF document): confirmed registrations in the UN layout —
//! sections, delegations alphabetical in the document's language, head of delegation first —
//! as a live draft and as issued revisions (original, Rev.1, Rev.2…) frozen with their date,
//! in printable HTML, PDF, CSV and XLSX.

pub mod document;
pub mod export;
pub mod files;
pub mod handlers;
pub mod names;
pub mod pdf;
pub mod rules;
pub mod views;
