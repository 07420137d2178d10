use bytes::Bytes;
use futures_util::{StreamExt, stream};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait};

use super::*;
use crate::config::DocumentSettings;
use crate::entities::stored_file_chunk;

async fn database() -> DatabaseConnection {
    let mut options = ConnectOptions::new("sqlite::memory:");
    options.max_connections(1).sqlx_logging(false);
    let db = Database::connect(options).await.unwrap();
    Migrator::up(&db, None).await.unwrap();
    db
}

/// A PDF-looking body of `len` bytes.
fn body(len: usize) -> Vec<u8> {
    let mut body = b"%PDF-1.7\n".to_vec();
    body.extend((0..len.saturating_sub(body.len())).map(|i| (i % 251) as u8));
    body
}

/// A PDF-looking body of `len` bytes, sent in pieces of `piece` bytes.
fn pieces(len: usize, piece: usize) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Unpin {
    let body = body(len);
    let parts: Vec<_> = body.chunks(piece).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
    stream::iter(parts)
}

async fn read_back(opened: Opened) -> Vec<u8> {
    let mut out = Vec::new();
    let mut bytes = opened.bytes;
    while let Some(chunk) = bytes.next().await {
        let chunk = chunk.unwrap();
        assert!(chunk.len() <= CHUNK_BYTES);
        out.extend_from_slice(&chunk);
    }
    out
}

#[tokio::test]
async fn a_pdf_is_kept_in_chunks_and_read_back_whole() {
    let db = database().await;
    let settings = DocumentSettings::default();
    let len = CHUNK_BYTES * 2 + 1000;
    let received = receive(pieces(len, 7000), "BWC MSP 2026 (3).pdf", FileKind::Pdf, 10 << 20, None).await.unwrap();
    assert_eq!(received.size, len as u64);
    assert_eq!(received.filename, "BWC_MSP_2026__3_.pdf");
    let row = keep(&db, &settings, received, chrono::Utc::now()).await.unwrap();
    assert_eq!(stored_file_chunk::Entity::find().count(&db).await.unwrap(), 3);
    let back = read_back(open(&db, &settings, row.id).await.unwrap()).await;
    assert_eq!(back, body(len));
    remove(&db, &settings, row.id).await.unwrap().after_commit().await;
    assert_eq!(stored_file_chunk::Entity::find().count(&db).await.unwrap(), 0);
    assert!(matches!(open(&db, &settings, row.id).await, Err(Error::NotFound)));
}

#[tokio::test]
async fn a_file_kept_in_the_folder_is_read_back_and_removed() {
    let db = database().await;
    let dir = tempfile::tempdir().unwrap();
    let settings = DocumentSettings { dir: dir.path().to_owned(), ..DocumentSettings::default() };
    let received = receive(pieces(5000, 512), "note.PDF", FileKind::Pdf, 10 << 20, settings.folder()).await.unwrap();
    let row = keep(&db, &settings, received, chrono::Utc::now()).await.unwrap();
    assert_eq!(row.location, "folder");
    assert_eq!(stored_file_chunk::Entity::find().count(&db).await.unwrap(), 0);
    let back = read_back(open(&db, &settings, row.id).await.unwrap()).await;
    assert_eq!(back.len(), 5000);
    assert!(back.starts_with(b"%PDF-"));
    // Only the kept file is left in the folder: the temporary file became it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    // A removal rolled back leaves the file for the row that comes back.
    let txn = db.begin().await.unwrap();
    let removed = remove(&txn, &settings, row.id).await.unwrap();
    txn.rollback().await.unwrap();
    drop(removed);
    assert_eq!(read_back(open(&db, &settings, row.id).await.unwrap()).await.len(), 5000);
    // Committed, the file goes once the caller says so.
    let txn = db.begin().await.unwrap();
    let removed = remove(&txn, &settings, row.id).await.unwrap();
    txn.commit().await.unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "not before the commit");
    removed.after_commit().await;
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn uploads_over_the_limit_not_pdf_empty_or_broken_are_refused() {
    let too_large = receive(pieces(3000, 1000), "a.pdf", FileKind::Pdf, 2500, None).await.unwrap_err();
    assert!(matches!(too_large, UploadError::Refused(Refusal::TooLarge { limit: 2500 })));
    let png = stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from_static(b"\x89PNG\r\n\x1a\nrest"))]);
    let not_pdf = receive(png, "a.pdf", FileKind::Pdf, 1000, None).await.unwrap_err();
    assert!(matches!(not_pdf, UploadError::Refused(Refusal::WrongKind(FileKind::Pdf))));
    // The signature split over two pieces is still recognised; a short non-PDF is still refused.
    let split =
        stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from_static(b"%P")), Ok(Bytes::from_static(b"DF-1.4"))]);
    assert!(receive(split, "a.pdf", FileKind::Pdf, 1000, None).await.is_ok());
    let short = stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from_static(b"%P"))]);
    assert!(matches!(
        receive(short, "a", FileKind::Pdf, 1000, None).await,
        Err(UploadError::Refused(Refusal::WrongKind(_)))
    ));
    let empty = stream::iter(Vec::<Result<Bytes, std::io::Error>>::new());
    assert!(matches!(
        receive(empty, "a.pdf", FileKind::Pdf, 1000, None).await,
        Err(UploadError::Refused(Refusal::Empty))
    ));
    let broken = stream::iter(vec![Ok(Bytes::from_static(b"%PDF-1.4")), Err(std::io::Error::other("reset"))]);
    assert!(matches!(
        receive(broken, "a.pdf", FileKind::Pdf, 1000, None).await,
        Err(UploadError::Refused(Refusal::Interrupted))
    ));
}

#[test]
fn file_names_are_made_safe_and_limits_read_in_megabytes() {
    assert_eq!(safe_filename("../../etc/passwd", FileKind::Pdf), "passwd.pdf");
    assert_eq!(safe_filename("C:\\docs\\Déclaration.pdf", FileKind::Pdf), "D_claration.pdf");
    assert_eq!(safe_filename("...", FileKind::Pdf), "document.pdf");
    assert_eq!(megabytes(5 * 1024 * 1024), "5");
    assert_eq!(megabytes(512 * 1024), "0.5");
}
