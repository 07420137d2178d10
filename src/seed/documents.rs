//! The demo meetings' official documents (`[[meeting.document]]` in `seeds/demo-meetings.toml`):
//! each with a small generated PDF per language version, kept in the database.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::bad_seed;
use crate::domain::{Distribution, Language};
use crate::entities::{
    agenda_item, event, official_document, official_document_version, stored_file, stored_file_chunk,
};
use crate::error::Result;
use crate::pdf::Canvas;

/// An official document of a demo meeting.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentSpec {
    symbol: String,
    title: String,
    /// The agenda item's number, if any.
    item: Option<String>,
    date: NaiveDate,
    distribution: String,
    languages: Vec<String>,
}

/// A one-page PDF: the symbol, the title and the language version.
fn pdf(spec: &DocumentSpec, language: Language) -> Result<Vec<u8>> {
    let mut l = Canvas::new()?;
    l.centred(10.0, &spec.symbol);
    l.gap(24.0);
    l.centred(14.0, &spec.title);
    l.gap(12.0);
    l.centred(9.0, &format!("{} ({})", spec.date, language.as_str()));
    l.finish(&spec.symbol, |_, _, _| {})
}

/// Keeps `bytes` as one stored file in the database (the demo's PDFs are one chunk each).
async fn keep<C: ConnectionTrait>(db: &C, name: &str, bytes: Vec<u8>, now: DateTime<Utc>) -> Result<i32> {
    let sha256 = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>();
    let file = stored_file::ActiveModel {
        filename: Set(crate::files::safe_filename(name, crate::files::FileKind::Pdf)),
        content_type: Set("application/pdf".to_owned()),
        size: Set(i64::try_from(bytes.len()).unwrap_or(i64::MAX)),
        sha256: Set(sha256),
        location: Set("database".to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (seq, chunk) in bytes.chunks(crate::files::CHUNK_BYTES).enumerate() {
        stored_file_chunk::ActiveModel {
            stored_file_id: Set(file.id),
            seq: Set(i32::try_from(seq).unwrap_or(i32::MAX)),
            bytes: Set(chunk.to_vec()),
        }
        .insert(db)
        .await?;
    }
    Ok(file.id)
}

/// Writes the documents of meeting `e`, whose agenda is `items`.
pub(super) async fn seed<C: ConnectionTrait>(
    db: &C,
    e: &event::Model,
    items: &[agenda_item::Model],
    specs: &[DocumentSpec],
    now: DateTime<Utc>,
) -> Result<()> {
    for spec in specs {
        let distribution: Distribution =
            spec.distribution.parse().map_err(|_| bad_seed(&spec.distribution, "distribution"))?;
        let item = match &spec.item {
            Some(n) => Some(items.iter().find(|i| &i.number == n).ok_or_else(|| bad_seed(n, "agenda item"))?.id),
            None => None,
        };
        let doc = official_document::ActiveModel {
            event_id: Set(e.id),
            symbol: Set(spec.symbol.clone()),
            title: Set(spec.title.clone()),
            agenda_item_id: Set(item),
            issued_on: Set(spec.date),
            distribution: Set(distribution),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for code in &spec.languages {
            let language: Language = code.parse().map_err(|_| bad_seed(code, "language"))?;
            let name = format!("{}-{code}", spec.symbol.replace('/', "_"));
            let file = keep(db, &name, pdf(spec, language)?, now).await?;
            official_document_version::ActiveModel {
                official_document_id: Set(doc.id),
                language: Set(language.as_str().to_owned()),
                stored_file_id: Set(file),
                uploaded_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}
