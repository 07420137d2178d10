//! The note verbale's file name, made safe.

use super::note_verbale::safe_filename;

#[test]
fn file_names_are_made_harmless() {
    assert_eq!(safe_filename("NV 2026/17 \"final\".pdf"), "17__final_.pdf");
    assert_eq!(safe_filename("C:\\Users\\x\\nv-17.pdf"), "nv-17.pdf");
    assert_eq!(safe_filename("..."), "note-verbale.pdf");
    assert_eq!(safe_filename("note verbale.pdf"), "note_verbale.pdf");
}
