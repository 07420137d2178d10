//! Every CSV and XLSX export defuses formula-like text (CSV injection): a registered name such
//! as `=HYPERLINK("x")`, an organisation, a need or an event title typed to look like a
//! formula comes out of the CSV with a leading apostrophe, and out of the XLSX as a text cell
//! (no formula). One test per export; each reads the file back with a real parser.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use serde_json::json;

use crate::helpers::TestApp;
use crate::support::factories::donors::contribution;
use crate::support::factories::staff::Staff;

const NAME: &str = "=HYPERLINK(\"http://x\")";
const TITLE: &str = "=HYPERLINK(\"http://x\",\"Workshop\")";
const TRUST_FUND: &str = "@SUM(1+1)";

/// A published event of 1540 titled like a formula, with one participant whose free text all
/// looks like formulas, and a donor whose trust fund does too, funding the event.
struct Setup {
    organiser: Staff,
    admin: Staff,
    event_id: i32,
    donor_id: i64,
    _app: TestApp,
}

impl Setup {
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        let organiser = app.organiser_at("organiser@example.org").await;
        let admin = app.admin().await;
        let event_id = app.event(&organiser.browser).title(TITLE).published().create().await;
        let api = &organiser.api;
        let person = json!({"email": "robin@example.org", "title": "Mr.", "given_name": NAME,
            "family_name": "+Diallo", "gender": "man", "country": "TGO", "role": "delegate",
            "organisation_type": "government", "organisation": "-Ministry", "position": "\tAdviser",
            "needs": "@wheelchair", "phone": "+228 22 21 00 00"});
        let (status, body) = api.post(&format!("/api/v1/events/{event_id}/registrations"), person).await;
        assert_eq!(status, 201, "{body}");
        let donor_id = api.donor("Norway", "government", "NOR").await;
        let c = api.contribution(donor_id, contribution("USD", "50000").set("trust_fund", TRUST_FUND)).await;
        let (status, body) = api.allocate(event_id, c, "20000").await;
        assert_eq!(status, 201, "{body}");
        Self { organiser, admin, event_id, donor_id, _app: app }
    }

    async fn download(&self, staff: &Staff, path: &str) -> Vec<u8> {
        let (status, bytes) = staff.bytes(path).await;
        assert_eq!(status, 200, "{path}");
        bytes
    }
}

fn csv_rows(bytes: &[u8]) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(bytes);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    r.records().map(|rec| header.iter().cloned().zip(rec.unwrap().iter().map(str::to_owned)).collect()).collect()
}

/// Every cell of every sheet as calamine reads it, and the formulas the workbook holds.
fn xlsx_cells(bytes: Vec<u8>) -> (Vec<Data>, Vec<String>) {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let (mut cells, mut formulas) = (Vec::new(), Vec::new());
    for name in book.sheet_names() {
        cells.extend(book.worksheet_range(&name).unwrap().rows().flat_map(|r| r.to_vec()));
        formulas.extend(book.worksheet_formula(&name).unwrap().rows().flatten().filter(|f| !f.is_empty()).cloned());
    }
    (cells, formulas)
}

/// `text` is in the workbook as a text cell, and the workbook holds no formula at all.
fn assert_text_cell(bytes: Vec<u8>, text: &str) {
    let (cells, formulas) = xlsx_cells(bytes);
    assert!(cells.contains(&Data::String(text.into())), "{text:?} is not a text cell in {cells:?}");
    assert!(formulas.is_empty(), "formulas: {formulas:?}");
}

#[tokio::test]
async fn the_registrations_csv_defuses_what_the_public_typed() {
    let s = Setup::new().await;
    let csv = s.download(&s.organiser, &format!("/organiser/events/{}/registrations/export.csv", s.event_id)).await;
    let rows = csv_rows(&csv);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row["given_name"], format!("'{NAME}"));
    assert_eq!(row["family_name"], "'+Diallo");
    assert_eq!(row["organisation"], "'-Ministry");
    assert_eq!(row["needs"], "'@wheelchair");
    assert_eq!(row["phone"], "'+228 22 21 00 00", "a phone number is text too");
    assert_eq!(row["country"], "TGO", "other cells are unchanged");
}

#[tokio::test]
async fn the_list_of_participants_csv_and_xlsx_defuse_names() {
    let s = Setup::new().await;
    let base = format!("/organiser/events/{}/participants/draft", s.event_id);
    let rows = csv_rows(&s.download(&s.organiser, &format!("{base}/csv?lang=en")).await);
    assert_eq!(rows[0]["given_name"], format!("'{NAME}"));
    assert_eq!(rows[0]["organisation"], "'-Ministry");
    assert_text_cell(s.download(&s.organiser, &format!("{base}/xlsx?lang=en")).await, NAME);
}

#[tokio::test]
async fn the_reports_csv_and_xlsx_defuse_event_titles() {
    let s = Setup::new().await;
    let rows = csv_rows(&s.download(&s.organiser, "/organiser/reports.csv?programme=1540").await);
    let event = rows.iter().find(|r| r["section"] == "event").expect("the event's row");
    assert_eq!(event["label"], format!("'{TITLE}"));
    assert_text_cell(s.download(&s.organiser, "/organiser/reports.xlsx?programme=1540").await, TITLE);
}

#[tokio::test]
async fn the_donor_report_csv_and_xlsx_defuse_titles_and_trust_funds() {
    let s = Setup::new().await;
    let base = format!("/admin/donors/{}", s.donor_id);
    let csv = String::from_utf8(s.download(&s.admin, &format!("{base}/report.csv")).await).unwrap();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let labels: Vec<String> = r.records().map(|rec| rec.unwrap()[1].to_owned()).collect();
    assert!(labels.contains(&format!("'{TITLE}")), "{labels:?}");
    assert!(labels.contains(&format!("'{TRUST_FUND}")), "{labels:?}");
    assert!(!labels.iter().any(|l| l.starts_with('=') || l.starts_with('@')), "{labels:?}");
    let xlsx = s.download(&s.admin, &format!("{base}/report.xlsx")).await;
    assert_text_cell(xlsx.clone(), TITLE);
    assert_text_cell(xlsx, TRUST_FUND);
}
