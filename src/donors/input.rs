//! Forms and JSON bodies of the funding records: strings in, domain values out, every bad
//! field named. The API takes the same fields as the forms.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;

use super::money::{Currency, format_decimal, format_rate, parse_rate};
use super::{BudgetCategory, DonorKind, EarmarkKind};
use crate::domain::{CountryCode, Email};
use crate::entities::{contribution, donor, donor_contact};
use crate::error::{FieldErrors, Msg, Result};
use crate::i18n::Lang;

fn date(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        errors.add(field, Msg::new("err-required"));
        return None;
    }
    match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.add(field, Msg::new("err-date"));
            None
        }
    }
}

fn optional_date(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<NaiveDate> {
    if raw.trim().is_empty() { None } else { date(errors, field, raw) }
}

fn text(errors: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> String {
    crate::domain::required_text(errors, field, raw, max)
}

/// Fields of a donor.
#[derive(Debug, Default, Clone, Deserialize, ToSchema)]
#[serde(default)]
pub struct DonorForm {
    /// Name, e.g. "Norway" or "European Union".
    pub name: String,
    /// `government`, `intergovernmental`, `foundation` or `other`.
    pub kind: String,
    /// ISO 3166-1 alpha-3 code of a government donor.
    pub country: String,
}

/// A parsed donor.
#[derive(Debug, Clone)]
pub struct NewDonor {
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: DonorKind,
    /// The State of a government donor.
    pub country: Option<CountryCode>,
}

impl DonorForm {
    /// Parses the form; a government needs its State's code.
    pub fn parse(&self) -> Result<NewDonor> {
        let mut errors = FieldErrors::new();
        let name = text(&mut errors, "name", &self.name, 200);
        let kind = self.kind.parse::<DonorKind>().map_err(|m| errors.add("kind", m)).ok();
        let country = if self.country.trim().is_empty() {
            if kind == Some(DonorKind::Government) {
                errors.add("country", Msg::new("err-required"));
            }
            None
        } else {
            CountryCode::parse(&self.country).map_err(|m| errors.add("country", m)).ok()
        };
        let kind = kind.unwrap_or(DonorKind::Other);
        errors.into_result(NewDonor { name, kind, country })
    }
}

impl From<&donor::Model> for DonorForm {
    /// The form pre-filled with a recorded donor, for editing.
    fn from(d: &donor::Model) -> Self {
        Self {
            name: d.name.clone(),
            kind: d.kind.as_str().to_owned(),
            country: d.country_iso3.clone().unwrap_or_default(),
        }
    }
}

/// Fields of a donor contact.
#[derive(Debug, Default, Clone, Deserialize, ToSchema)]
#[serde(default)]
pub struct ContactForm {
    /// Name.
    pub name: String,
    /// Email address for sign-in links and quarterly reports.
    pub email: String,
    /// One of the six language codes.
    pub language: String,
}

/// A parsed donor contact.
#[derive(Debug, Clone)]
pub struct NewContact {
    /// Name.
    pub name: String,
    /// Address.
    pub email: Email,
    /// Language of emails.
    pub language: Lang,
}

impl ContactForm {
    /// Parses the form.
    pub fn parse(&self) -> Result<NewContact> {
        let mut errors = FieldErrors::new();
        let name = text(&mut errors, "name", &self.name, 200);
        let email = Email::parse(&self.email).map_err(|m| errors.add("email", m)).ok();
        let language = if self.language.trim().is_empty() {
            Lang::En
        } else {
            Lang::from_tag(&self.language).unwrap_or_else(|| {
                errors.add("language", Msg::new("err-choice"));
                Lang::En
            })
        };
        match email {
            Some(email) if errors.is_empty() => Ok(NewContact { name, email, language }),
            _ => Err(crate::error::Error::Invalid(errors)),
        }
    }
}

impl From<&donor_contact::Model> for ContactForm {
    /// The form pre-filled with a recorded contact, for editing.
    fn from(c: &donor_contact::Model) -> Self {
        Self { name: c.name.clone(), email: c.email.clone(), language: c.language.clone() }
    }
}

/// Fields of a contribution.
#[derive(Debug, Default, Clone, Deserialize, ToSchema)]
#[serde(default)]
pub struct ContributionForm {
    /// ISO 4217 code.
    pub currency: String,
    /// Amount in the currency, e.g. `250000.00`.
    pub amount: String,
    /// USD per unit of the currency at the recorded date, e.g. `1.085` (1 for USD).
    pub usd_rate: String,
    /// Date pledged (YYYY-MM-DD).
    pub pledged_on: String,
    /// Date received, if received.
    pub received_on: String,
    /// Trust fund or project code.
    pub trust_fund: String,
    /// `unearmarked`, `programme`, `unit`, `series` or `event`.
    pub earmark: String,
    /// The programme or unit code, series code or event id it is earmarked to.
    pub earmark_ref: String,
    /// Conditions of the agreement.
    pub conditions: String,
    /// First day of the reporting period.
    pub period_start: String,
    /// Last day of the reporting period.
    pub period_end: String,
}

/// A parsed contribution.
#[derive(Debug, Clone)]
pub struct NewContribution {
    /// Currency.
    pub currency: Currency,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// USD per unit, in millionths.
    pub usd_rate_micros: i64,
    /// Pledged on.
    pub pledged_on: NaiveDate,
    /// Received on.
    pub received_on: Option<NaiveDate>,
    /// Trust fund or project code.
    pub trust_fund: String,
    /// Earmarking.
    pub earmark: EarmarkKind,
    /// What it is earmarked to (checked against the reference lists by the rules).
    pub earmark_ref: Option<String>,
    /// Conditions.
    pub conditions: String,
    /// Reporting period.
    pub period: (NaiveDate, NaiveDate),
}

impl ContributionForm {
    /// Parses the form: currency, a positive amount, a positive rate, dates in order.
    pub fn parse(&self) -> Result<NewContribution> {
        let mut errors = FieldErrors::new();
        let currency = Currency::parse(&self.currency).map_err(|m| errors.add("currency", m)).ok();
        let amount_minor =
            currency.and_then(|c| c.parse_amount(&self.amount).map_err(|m| errors.add("amount", m)).ok());
        let usd_rate_micros = if currency == Some(Currency::USD) && self.usd_rate.trim().is_empty() {
            Some(super::money::RATE_SCALE)
        } else {
            parse_rate(&self.usd_rate).map_err(|m| errors.add("usd_rate", m)).ok()
        };
        let pledged_on = date(&mut errors, "pledged_on", &self.pledged_on);
        let received_on = optional_date(&mut errors, "received_on", &self.received_on);
        if let (Some(p), Some(r)) = (pledged_on, received_on)
            && r < p
        {
            errors.add("received_on", Msg::new("err-received-before-pledged"));
        }
        let trust_fund = text(&mut errors, "trust_fund", &self.trust_fund, 64);
        let earmark = if self.earmark.trim().is_empty() {
            Some(EarmarkKind::Unearmarked)
        } else {
            self.earmark.parse::<EarmarkKind>().map_err(|m| errors.add("earmark", m)).ok()
        };
        // Checked as a line even when unearmarked (and then dropped), as the document says.
        let given_ref = crate::domain::optional_text(&mut errors, "earmark_ref", &self.earmark_ref, 64);
        let earmark_ref = match earmark {
            Some(EarmarkKind::Unearmarked) | None => None,
            Some(_) => {
                if given_ref.is_none() {
                    errors.add("earmark_ref", Msg::new("err-required"));
                }
                Some(given_ref.unwrap_or_default())
            }
        };
        let conditions = crate::domain::long_text(&mut errors, "conditions", &self.conditions, 4000);
        let start = date(&mut errors, "period_start", &self.period_start);
        let end = date(&mut errors, "period_end", &self.period_end);
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            errors.add("period_end", Msg::new("err-dates-reversed"));
        }
        match (currency, amount_minor, usd_rate_micros, pledged_on, earmark, start, end) {
            (
                Some(currency),
                Some(amount_minor),
                Some(usd_rate_micros),
                Some(pledged_on),
                Some(earmark),
                Some(s),
                Some(e),
            ) if errors.is_empty() => Ok(NewContribution {
                currency,
                amount_minor,
                usd_rate_micros,
                pledged_on,
                received_on,
                trust_fund,
                earmark,
                earmark_ref,
                conditions,
                period: (s, e),
            }),
            _ => Err(crate::error::Error::Invalid(errors)),
        }
    }
}

impl From<&contribution::Model> for ContributionForm {
    /// The form pre-filled with a recorded contribution, in the notation the parser reads back.
    fn from(c: &contribution::Model) -> Self {
        let exponent = Currency::parse(&c.currency).map(Currency::exponent).unwrap_or(2);
        Self {
            currency: c.currency.clone(),
            amount: format_decimal(c.amount_minor, exponent),
            usd_rate: format_rate(c.usd_rate_micros),
            pledged_on: c.pledged_on.to_string(),
            received_on: c.received_on.map(|d| d.to_string()).unwrap_or_default(),
            trust_fund: c.trust_fund.clone(),
            earmark: c.earmark_kind.as_str().to_owned(),
            earmark_ref: c.earmark_ref.clone().unwrap_or_default(),
            conditions: c.conditions.clone(),
            period_start: c.period_start.to_string(),
            period_end: c.period_end.to_string(),
        }
    }
}

/// Fields of an allocation of a contribution to an event.
#[derive(Debug, Default, Clone, Deserialize, ToSchema)]
#[serde(default)]
pub struct AllocationForm {
    /// The contribution's id.
    pub contribution_id: String,
    /// Amount in the contribution's currency.
    pub amount: String,
}

/// Fields of one budget line of an event.
#[derive(Debug, Default, Clone, Deserialize, ToSchema)]
#[serde(default)]
pub struct BudgetLineForm {
    /// `travel`, `venue`, `interpretation`, `experts`, `materials` or `other`.
    pub category: String,
    /// Planned, in USD.
    pub planned: String,
    /// Spent so far, in USD (empty for nothing yet).
    pub actual: String,
}

/// A parsed budget line.
#[derive(Debug, Clone, Copy)]
pub struct BudgetLine {
    /// Category.
    pub category: BudgetCategory,
    /// Planned, USD minor units.
    pub planned_usd_minor: i64,
    /// Actual, USD minor units.
    pub actual_usd_minor: i64,
}

fn usd_or_zero(errors: &mut FieldErrors, field: &'static str, raw: &str) -> i64 {
    if raw.trim().is_empty() {
        return 0;
    }
    match Currency::USD.parse_amount(raw) {
        Ok(v) => v,
        Err(m) if m.key == "err-amount-positive" => 0,
        Err(m) => {
            errors.add(field, m);
            0
        }
    }
}

impl BudgetLineForm {
    /// Parses the line; amounts are USD, zero or more.
    pub fn parse(&self) -> Result<BudgetLine> {
        let mut errors = FieldErrors::new();
        let category = self.category.parse::<BudgetCategory>().map_err(|m| errors.add("category", m)).ok();
        let planned_usd_minor = usd_or_zero(&mut errors, "planned", &self.planned);
        let actual_usd_minor = usd_or_zero(&mut errors, "actual", &self.actual);
        match category {
            Some(category) if errors.is_empty() => Ok(BudgetLine { category, planned_usd_minor, actual_usd_minor }),
            _ => Err(crate::error::Error::Invalid(errors)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contribution() -> ContributionForm {
        ContributionForm {
            currency: "EUR".into(),
            amount: "100000".into(),
            usd_rate: "1.08".into(),
            pledged_on: "2026-01-10".into(),
            received_on: "2026-02-01".into(),
            trust_fund: "TF-1540".into(),
            earmark: "programme".into(),
            earmark_ref: "1540".into(),
            period_start: "2026-01-01".into(),
            period_end: "2026-12-31".into(),
            ..Default::default()
        }
    }

    fn fields(r: Result<NewContribution>) -> Vec<&'static str> {
        match r {
            Err(crate::error::Error::Invalid(e)) => e.0.iter().map(|f| f.field).collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_good_contribution_parses() {
        let c = contribution().parse().unwrap();
        assert_eq!(c.amount_minor, 10_000_000);
        assert_eq!(c.usd_rate_micros, 1_080_000);
    }

    #[test]
    fn bad_contributions_name_their_fields() {
        let mut f = contribution();
        f.currency = "ZZZ".into();
        assert_eq!(fields(f.parse()), vec!["currency"]);
        let mut f = contribution();
        f.amount = "-5".into();
        assert_eq!(fields(f.parse()), vec!["amount"]);
        let mut f = contribution();
        f.received_on = "2025-12-01".into();
        assert_eq!(fields(f.parse()), vec!["received_on"]);
        let mut f = contribution();
        f.period_end = "2025-12-01".into();
        assert_eq!(fields(f.parse()), vec!["period_end"]);
        let mut f = contribution();
        f.earmark_ref = String::new();
        assert_eq!(fields(f.parse()), vec!["earmark_ref"]);
    }

    #[test]
    fn a_recorded_contribution_fills_a_form_that_parses_back_to_it() {
        let parsed = contribution().parse().unwrap();
        let now = chrono::Utc::now();
        let row = contribution::Model {
            id: 1,
            donor_id: 1,
            amount_minor: 123_456_789,
            currency: "EUR".into(),
            usd_rate_micros: parsed.usd_rate_micros,
            usd_minor: 0,
            allocated_minor: 0,
            pledged_on: parsed.pledged_on,
            received_on: None,
            trust_fund: parsed.trust_fund.clone(),
            earmark_kind: EarmarkKind::Programme,
            earmark_ref: Some("1540".into()),
            conditions: "Report yearly.".into(),
            period_start: parsed.period.0,
            period_end: parsed.period.1,
            created_at: now,
            updated_at: now,
        };
        let again = ContributionForm::from(&row).parse().unwrap();
        assert_eq!((again.amount_minor, again.usd_rate_micros), (123_456_789, 1_080_000));
        assert_eq!(
            (again.received_on, again.earmark, again.earmark_ref),
            (None, EarmarkKind::Programme, row.earmark_ref)
        );
        assert_eq!((again.period, again.conditions), (parsed.period, row.conditions));
    }

    #[test]
    fn donors_and_budget_lines() {
        let f = DonorForm { name: "Norway".into(), kind: "government".into(), country: String::new() };
        assert!(f.parse().is_err());
        let f = DonorForm { name: "European Union".into(), kind: "intergovernmental".into(), country: String::new() };
        assert!(f.parse().is_ok());
        let b = BudgetLineForm { category: "venue".into(), planned: "1000".into(), actual: String::new() };
        assert_eq!(b.parse().unwrap().planned_usd_minor, 100_000);
        let b = BudgetLineForm { category: "catering".into(), planned: "1000".into(), actual: String::new() };
        assert!(b.parse().is_err());
    }
}
