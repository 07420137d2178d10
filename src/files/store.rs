//! Keeping received files and reading them back, in the database or in `documents.dir`.

use std::path::{Path, PathBuf};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures_util::Stream;
use futures_util::stream::{self, BoxStream, StreamExt};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};
use tokio::io::AsyncReadExt;

use super::{CHUNK_BYTES, Received};
use crate::config::DocumentSettings;
use crate::entities::{stored_file, stored_file_chunk};
use crate::error::{Error, Result};

const IN_DATABASE: &str = "database";
const IN_FOLDER: &str = "folder";

/// Where a file kept in the folder lives.
fn path_in(dir: &Path, id: i32) -> PathBuf {
    dir.join(format!("{id}.bin"))
}

/// Keeps a received file, in `txn`: its row, then its bytes in chunks or in the folder. When the
/// transaction is rolled back after a file went to the folder, the next file of the same number
/// replaces it.
pub async fn keep(
    txn: &impl ConnectionTrait,
    settings: &DocumentSettings,
    received: Received,
    now: DateTime<Utc>,
) -> Result<stored_file::Model> {
    let location = if settings.folder().is_some() { IN_FOLDER } else { IN_DATABASE };
    let row = stored_file::ActiveModel {
        filename: Set(received.filename.clone()),
        content_type: Set(received.kind.content_type().to_owned()),
        size: Set(i64::try_from(received.size).unwrap_or(i64::MAX)),
        sha256: Set(received.sha256.clone()),
        location: Set(location.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    match settings.folder() {
        Some(dir) => {
            received
                .temp
                .persist(path_in(dir, row.id))
                .map_err(|e| Error::Internal(format!("keeping an upload in documents.dir: {}", e.error)))?;
        }
        None => copy_into_chunks(txn, row.id, received).await?,
    }
    Ok(row)
}

async fn copy_into_chunks(txn: &impl ConnectionTrait, id: i32, received: Received) -> Result<()> {
    let mut file = tokio::fs::File::open(received.temp.path())
        .await
        .map_err(|e| Error::Internal(format!("reading an upload: {e}")))?;
    let mut seq = 0;
    loop {
        let chunk = read_chunk(&mut file).await.map_err(|e| Error::Internal(format!("reading an upload: {e}")))?;
        if chunk.is_empty() {
            return Ok(());
        }
        stored_file_chunk::ActiveModel { stored_file_id: Set(id), seq: Set(seq), bytes: Set(chunk) }
            .insert(txn)
            .await?;
        seq += 1;
    }
}

/// Reads up to [`CHUNK_BYTES`] (fewer only at the end of the file).
async fn read_chunk(file: &mut tokio::fs::File) -> std::io::Result<Vec<u8>> {
    let mut chunk = vec![0; CHUNK_BYTES];
    let mut filled = 0;
    while filled < CHUNK_BYTES {
        let n = file.read(&mut chunk[filled..]).await?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    chunk.truncate(filled);
    Ok(chunk)
}

/// A kept file opened for reading: what it is, and its bytes as a stream of chunks.
pub struct Opened {
    /// The file's row.
    pub file: stored_file::Model,
    /// Its bytes, chunk by chunk.
    pub bytes: BoxStream<'static, std::io::Result<Bytes>>,
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened").field("file", &self.file).finish_non_exhaustive()
    }
}

/// Opens kept file `id` for reading, or `NotFound`.
pub async fn open(db: &DatabaseConnection, settings: &DocumentSettings, id: i32) -> Result<Opened> {
    let file = stored_file::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound)?;
    let bytes = if file.location == IN_FOLDER {
        let dir =
            settings.folder().ok_or_else(|| Error::Internal("a file is in documents.dir, but none is set".into()))?;
        let handle = tokio::fs::File::open(path_in(dir, id))
            .await
            .map_err(|e| Error::Internal(format!("opening file {id} in documents.dir: {e}")))?;
        folder_stream(handle).boxed()
    } else {
        database_stream(db.clone(), id).boxed()
    };
    Ok(Opened { file, bytes })
}

fn folder_stream(handle: tokio::fs::File) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    stream::try_unfold(handle, |mut handle| async move {
        let chunk = read_chunk(&mut handle).await?;
        Ok((!chunk.is_empty()).then(|| (Bytes::from(chunk), handle)))
    })
}

/// One query per chunk, so only one chunk is in memory at a time.
fn database_stream(db: DatabaseConnection, id: i32) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    stream::try_unfold((db, 0), move |(db, seq)| async move {
        let chunk = stored_file_chunk::Entity::find()
            .filter(stored_file_chunk::Column::StoredFileId.eq(id))
            .filter(stored_file_chunk::Column::Seq.eq(seq))
            .one(&db)
            .await
            .map_err(std::io::Error::other)?;
        Ok(chunk.map(|c| (Bytes::from(c.bytes), (db, seq + 1))))
    })
}

/// Removes kept file `id` (its chunks go with its row). A file in the folder stays there until
/// the caller's transaction has committed and [`Removed::after_commit`] deletes it: were the
/// transaction rolled back, its row would come back and must still find its bytes.
pub async fn remove(txn: &impl ConnectionTrait, settings: &DocumentSettings, id: i32) -> Result<Removed> {
    let Some(file) = stored_file::Entity::find_by_id(id).one(txn).await? else { return Ok(Removed::default()) };
    stored_file_chunk::Entity::delete_many().filter(stored_file_chunk::Column::StoredFileId.eq(id)).exec(txn).await?;
    stored_file::Entity::delete_by_id(id).exec(txn).await?;
    let in_folder = (file.location == IN_FOLDER).then(|| settings.folder()).flatten();
    Ok(Removed(in_folder.map(|dir| (id, path_in(dir, id))).into_iter().collect()))
}

/// Files whose rows a transaction removed, to delete from the folder once it has committed.
/// Dropped without [`Removed::after_commit`] (the transaction failed), the files stay.
#[must_use = "delete the files once the transaction has committed"]
#[derive(Debug, Default)]
pub struct Removed(Vec<(i32, PathBuf)>);

impl Removed {
    /// These files and `more`.
    pub fn and(mut self, more: Removed) -> Removed {
        self.0.extend(more.0);
        self
    }

    /// Deletes the files from the folder; a failure is only logged (the rows are gone already).
    pub async fn after_commit(self) {
        for (id, path) in self.0 {
            if let Err(e) = tokio::fs::remove_file(&path).await
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(file.id = id, error = %e, "could not delete a file from documents.dir");
            }
        }
    }
}
