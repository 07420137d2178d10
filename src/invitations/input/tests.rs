//! Parsing of invitation, delegation and nomination input, case by case.

use super::*;

fn form() -> InviteForm {
    InviteForm {
        email: " Amina.Diallo@Example.ORG ".into(),
        title: "Ms.".into(),
        given_name: "Amina".into(),
        family_name: "Diallo".into(),
        organisation: "Ministry of Foreign Affairs".into(),
        country: "tgo".into(),
        role: "Head of delegation".into(),
        language: "fr".into(),
    }
}

#[test]
fn a_good_invitation_parses() {
    let i = Invitee::parse(&form()).unwrap();
    assert_eq!(i.person.email.as_str(), "amina.diallo@example.org");
    assert_eq!(i.person.country.unwrap().as_str(), "TGO");
    assert_eq!(i.role, ParticipantRole::HeadOfDelegation);
    assert_eq!(i.person.language, Lang::Fr);
}

#[test]
fn every_bad_invitation_field_is_named() {
    let f = InviteForm {
        email: "not-an-address".into(),
        given_name: " ".into(),
        family_name: "x".repeat(121),
        country: "T1G".into(),
        role: "spy".into(),
        language: "de".into(),
        ..form()
    };
    let e = Invitee::parse(&f).unwrap_err();
    let fields: Vec<_> = e.0.iter().map(|x| (x.field, x.message.key)).collect();
    assert_eq!(
        fields,
        [
            ("email", "err-email"),
            ("given_name", "err-required"),
            ("family_name", "err-too-long"),
            ("country", "err-country"),
            ("role", "inv-err-role"),
            ("language", "inv-err-language"),
        ]
    );
    assert_eq!(parse_role("").unwrap_err().key, "err-required");
    assert_eq!(parse_language("").unwrap(), Lang::En);
}

#[test]
fn delegation_quota_is_bounded() {
    let f = DelegationForm {
        country: "BWA".into(),
        email: "focal@mission.example.org".into(),
        given_name: "Kabo".into(),
        family_name: "Molefe".into(),
        seat_quota: "2".into(),
        ..Default::default()
    };
    let d = DelegationInput::parse(&f).unwrap();
    assert_eq!((d.country.as_str(), d.seat_quota), ("BWA", 2));
    for bad in ["0", "51", "two", ""] {
        let e = DelegationInput::parse(&DelegationForm { seat_quota: bad.into(), ..f.clone() }).unwrap_err();
        assert_eq!(e.get("seat_quota").unwrap().key, "deleg-err-quota", "{bad}");
    }
    let e = DelegationInput::parse(&DelegationForm { country: String::new(), ..f }).unwrap_err();
    assert_eq!(e.get("country").unwrap().key, "err-required");
}

fn nomination() -> NominationForm {
    let mut f = NominationForm::default();
    for (k, v) in [
        ("given_name_1", "Kabo"),
        ("family_name_1", "Molefe"),
        ("email_1", "kabo@gov.example.org"),
        ("position_2", "Customs officer"),
        ("given_name_2", "Neo"),
        ("family_name_2", "Sello"),
        ("email_2", "neo@gov.example.org"),
        ("head", "2"),
        ("note_verbale_ref", "NV/2026/17"),
        ("note_verbale_date", "2026-11-20"),
        ("email_99", "ignored@example.org"),
    ] {
        f.set(k, v.to_owned());
    }
    f
}

#[test]
fn nominations_parse_rows_and_the_head() {
    let n = NominationInput::parse(&nomination()).unwrap();
    assert_eq!(n.nominees.len(), 2);
    assert_eq!(n.head_row, Some(2));
    assert_eq!(n.nominees[1].position.as_deref(), Some("Customs officer"));
    assert_eq!(n.note_verbale_date, NaiveDate::from_ymd_opt(2026, 11, 20));
}

#[test]
fn nomination_problems_name_their_row() {
    let mut f = nomination();
    f.set("email_2", "kabo@gov.example.org".into());
    f.set("given_name_1", String::new());
    f.set("head", "3".into());
    f.note_verbale = Some(Upload { filename: "nv.docx".into(), bytes: b"PK\x03\x04".to_vec() });
    let e = NominationInput::parse(&f).unwrap_err();
    let fields: Vec<_> = e.0.iter().map(|x| (x.field, x.message.key)).collect();
    assert_eq!(
        fields,
        [
            ("given_name_1", "err-required"),
            ("email_2", "nom-err-duplicate-email"),
            ("head", "nom-err-head-row"),
            ("note_verbale", "nom-err-pdf-type"),
        ]
    );
    assert_eq!(NominationInput::parse(&NominationForm::default()).unwrap_err().0[0].message.key, "nom-err-nobody");
    assert!(check_pdf(b"%PDF-1.7\n").is_ok());
    assert_eq!(check_pdf(&vec![b'%'; MAX_PDF_BYTES + 1]).unwrap_err().key, "nom-err-pdf-size");
}

#[test]
fn list_filters() {
    let q = ListQuery { state: "expired".into(), q: " diallo ".into(), page: "2".into() };
    let f = q.parse().unwrap();
    assert_eq!(f.state, Some(InvitationState::Expired));
    assert_eq!(f.search.as_deref(), Some("diallo"));
    assert_eq!(f.page, 2);
    assert!(ListQuery { state: "lost".into(), ..Default::default() }.parse().is_err());
    assert_eq!(q.without_page(), "state=expired&q=+diallo+");
}
