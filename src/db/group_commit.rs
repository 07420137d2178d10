//! The group-commit engine: units of writes that arrive while a transaction is being written
//! share the next one, on a thread of its own; a failed group is retried unit by unit.

use std::future::Future;
use std::sync::Arc;

use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

use super::Db;

/// A unit of writes that may share its transaction with other units of its kind. It must be
/// safe to run again: when any unit of a shared transaction fails, the transaction is rolled
/// back and each unit runs again in a transaction of its own.
pub trait WriteUnit: Send + Sync + 'static {
    /// What the unit answers once its writes are committed.
    type Output: Send + 'static;
    /// Why it failed; any failure rolls the unit's writes back.
    type Error: From<DbErr> + Send + 'static;

    /// What the first part of the writes leaves for the second.
    type Pending: Send + 'static;

    /// The rows this unit locks, as a sort key: a group runs its units in this order, so two
    /// groups never take the same rows in opposite orders (a deadlock on PostgreSQL).
    fn lock_order(&self) -> (i32, i32);

    /// Writes inside `txn` what other units do not wait for.
    fn write<'t>(
        &'t self,
        txn: &'t DatabaseTransaction,
    ) -> impl Future<Output = Result<Self::Pending, Self::Error>> + Send + 't;

    /// Writes the first part of every unit of a group, in the group's order, and returns
    /// what each leaves for the second. By default one unit after another; a kind of unit
    /// whose rows can go in one statement overrides it.
    fn write_all<'t>(
        units: &'t [&'t Self],
        txn: &'t DatabaseTransaction,
    ) -> impl Future<Output = Result<Vec<Self::Pending>, Self::Error>> + Send + 't
    where
        Self: Sized,
    {
        write_one_by_one(units, txn)
    }

    /// Writes the second part of every unit of a group, in the group's order, once every unit
    /// has written its first. By default one unit after another.
    fn finish_all<'t>(
        units: &'t [&'t Self],
        txn: &'t DatabaseTransaction,
        pendings: Vec<Self::Pending>,
    ) -> impl Future<Output = Result<Vec<Self::Output>, Self::Error>> + Send + 't
    where
        Self: Sized,
    {
        finish_one_by_one(units, txn, pendings)
    }

    /// Writes the rest, on rows other units may wait for (an event's seats). A group runs it
    /// once every unit has written its first part, so on PostgreSQL such a row stays locked
    /// only from the first unit's second part to the commit.
    fn finish<'t>(
        &'t self,
        txn: &'t DatabaseTransaction,
        pending: Self::Pending,
    ) -> impl Future<Output = Result<Self::Output, Self::Error>> + Send + 't;
}

/// How many groups' worth of units may wait for the writers.
const QUEUED_GROUPS: usize = 2;

type Reply<U> = oneshot::Sender<Result<<U as WriteUnit>::Output, <U as WriteUnit>::Error>>;
type Units<U> = mpsc::Receiver<(U, Reply<U>)>;

/// Group commit for one kind of unit: units that arrive while a transaction is being
/// written wait and then share the next one.
///
/// On SQLite one group writer runs on the writer thread: a commit writes each touched page to
/// the WAL once for the whole group, and the writer goes from unit to unit without a BEGIN and
/// COMMIT each. On PostgreSQL a few group writers share the queue: a hot row (the seats of a
/// popular event) is then locked once per group by one of a few transactions, instead of once
/// per unit with dozens of backends queued on it, waking and re-checking at every commit.
pub struct GroupCommit<U: WriteUnit> {
    queue: mpsc::Sender<(U, Reply<U>)>,
}

impl<U: WriteUnit> std::fmt::Debug for GroupCommit<U> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupCommit").finish_non_exhaustive()
    }
}

impl<U: WriteUnit> GroupCommit<U> {
    /// Starts the group writers of `db` (inside the runtime); `max` bounds the units of one
    /// transaction, and on PostgreSQL `postgres_writers` transactions run side by side: enough
    /// to overlap one group's round trips with another's, few enough that a hot row is never
    /// queued on by many backends and the groups stay large.
    pub fn start(db: &Db, max: usize, postgres_writers: usize) -> Self {
        let max = max.max(1);
        // Two groups' worth may wait: a request beyond that waits to queue, so a burst
        // larger than the writers can take holds no more units in memory than this.
        let (queue, units) = mpsc::channel(max * QUEUED_GROUPS);
        let units = Arc::new(tokio::sync::Mutex::new(units));
        match &db.writer {
            Some(writer) => {
                writer.handle.spawn(group_writer::<U>(db.write.clone(), units, max));
            }
            None => {
                for _ in 0..postgres_writers.max(1) {
                    tokio::spawn(group_writer::<U>(db.write.clone(), Arc::clone(&units), max));
                }
            }
        }
        Self { queue }
    }

    /// Writes one unit and answers once it is committed (or has failed).
    pub async fn write(&self, unit: U) -> Result<U::Output, U::Error> {
        let (reply, answer) = oneshot::channel();
        self.queue.send((unit, reply)).await.map_err(|_| DbErr::Custom("the group writer has stopped".to_owned()))?;
        answer.await.map_err(|_| DbErr::Custom("the group writer dropped a unit".to_owned()))?
    }
}

/// The first part of each unit in turn: what [`WriteUnit::write_all`] does by default.
pub async fn write_one_by_one<U: WriteUnit>(
    units: &[&U],
    txn: &DatabaseTransaction,
) -> Result<Vec<U::Pending>, U::Error> {
    let mut pendings = Vec::with_capacity(units.len());
    for unit in units {
        pendings.push(unit.write(txn).await?);
    }
    Ok(pendings)
}

/// The second part of each unit in turn: what [`WriteUnit::finish_all`] does by default.
pub async fn finish_one_by_one<U: WriteUnit>(
    units: &[&U],
    txn: &DatabaseTransaction,
    pendings: Vec<U::Pending>,
) -> Result<Vec<U::Output>, U::Error> {
    let mut outputs = Vec::with_capacity(units.len());
    for (unit, pending) in units.iter().zip(pendings) {
        outputs.push(unit.finish(txn, pending).await?);
    }
    Ok(outputs)
}

/// One unit in one transaction.
async fn alone<U: WriteUnit>(write: &DatabaseConnection, unit: &U) -> Result<U::Output, U::Error> {
    let txn = write.begin().await?;
    let written = match unit.write(&txn).await {
        Ok(pending) => unit.finish(&txn, pending).await,
        Err(e) => Err(e),
    };
    match written {
        Ok(output) => {
            txn.commit().await?;
            Ok(output)
        }
        Err(e) => {
            txn.rollback().await?;
            Err(e)
        }
    }
}

/// Takes what is waiting (up to `max`), writes it in one transaction, answers, and repeats.
async fn group_writer<U: WriteUnit>(write: DatabaseConnection, units: Arc<tokio::sync::Mutex<Units<U>>>, max: usize) {
    loop {
        let mut group = Vec::with_capacity(max);
        // The queue is locked only while taking a group, not while writing it.
        if units.lock().await.recv_many(&mut group, max).await == 0 {
            return;
        }
        // Each group is a task of its own: were one to panic, its callers would get an error
        // and the writer would go on with the next group.
        let _ = tokio::spawn(write_group(write.clone(), group)).await;
    }
}

/// Writes a group in one transaction and answers each unit; when any unit fails, every unit
/// runs again alone.
async fn write_group<U: WriteUnit>(write: DatabaseConnection, mut group: Vec<(U, Reply<U>)>) {
    group.sort_by_key(|(unit, _)| unit.lock_order());
    match together(&write, &group).await {
        Ok(outputs) => {
            for ((_, reply), output) in group.into_iter().zip(outputs) {
                let _ = reply.send(Ok(output));
            }
        }
        Err(()) => {
            for (unit, reply) in group {
                let _ = reply.send(alone(&write, &unit).await);
            }
        }
    }
}

/// All units in one transaction; any failure rolls back all of them.
async fn together<U: WriteUnit>(write: &DatabaseConnection, group: &[(U, Reply<U>)]) -> Result<Vec<U::Output>, ()> {
    let txn = write.begin().await.map_err(|_| ())?;
    let units: Vec<&U> = group.iter().map(|(unit, _)| unit).collect();
    let pendings = match U::write_all(&units, &txn).await {
        Ok(pendings) if pendings.len() == units.len() => pendings,
        _ => {
            let _ = txn.rollback().await;
            return Err(());
        }
    };
    let outputs = match U::finish_all(&units, &txn, pendings).await {
        Ok(outputs) if outputs.len() == units.len() => outputs,
        _ => {
            let _ = txn.rollback().await;
            return Err(());
        }
    };
    txn.commit().await.map_err(|_| ())?;
    Ok(outputs)
}
