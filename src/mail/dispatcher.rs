//! The dispatcher: claims due outbox rows, sends them, and records the outcome. It runs in
//! every `serve` instance; claims keep instances from sending the same row twice.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use tokio::task::JoinSet;

use super::outbox;
use super::transport::Transport;
use crate::Office;
use crate::thread_runtime::ThreadRuntime;

/// Delivered messages recorded per statement.
const MARK_GROUP: usize = 16;

/// How long a claim waits at most for the server to be answering without a queue. During a
/// burst that keeps every core busy, the claims and outcomes (database work at full priority)
/// would take their share from the requests; waiting, the dispatcher still sends a batch at
/// least this often and catches up once the burst is over.
const BUSY_DEFERRAL: Duration = Duration::from_secs(2);

/// The delay before attempt `n + 1`: base × 2ⁿ⁻¹, at most six hours.
pub fn backoff(base_seconds: u64, attempts: i32) -> chrono::Duration {
    let exp = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    let secs = base_seconds.saturating_mul(2u64.saturating_pow(exp)).min(6 * 3600);
    chrono::Duration::seconds(i64::try_from(secs).unwrap_or(6 * 3600))
}

/// Sends everything due now, round after round until nothing is left; returns how many rows
/// it handled. The sends run on `senders` (the dispatcher's own thread, or the caller's
/// runtime). Used by the background loop and by the scheduled safety tick.
pub async fn drain(
    office: &Office,
    transport: &Transport,
    from: &Mailbox,
    senders: &tokio::runtime::Handle,
) -> crate::error::Result<usize> {
    let mail = &office.settings.mail;
    let mut handled = 0;
    loop {
        office.load.until_quiet(BUSY_DEFERRAL).await;
        let now = office.clock.now();
        let batch = outbox::claim(
            &office.db,
            now,
            chrono::Duration::seconds(i64::from(mail.claim_lease_seconds.max(1))),
            mail.batch_size,
        )
        .await?;
        if batch.is_empty() {
            return Ok(handled);
        }
        handled += batch.len();
        let mut sends = JoinSet::new();
        let slots = Arc::new(tokio::sync::Semaphore::new(mail.smtp_pool_size as usize));
        for row in batch {
            let transport = transport.clone();
            let from = from.clone();
            let slots = slots.clone();
            sends.spawn_on(
                async move {
                    let _permit = slots.acquire_owned().await;
                    let outcome = transport.send(&from, &row).await;
                    (row, outcome)
                },
                senders,
            );
        }
        let mut sent = Vec::new();
        while let Some(joined) = sends.join_next().await {
            let Ok((row, outcome)) = joined else { continue };
            let now = office.clock.now();
            match outcome {
                Ok(()) => {
                    sent.push(row);
                    // Recorded in small groups: fewer writes, and few repeats if the process dies.
                    if sent.len() >= MARK_GROUP {
                        outbox::mark_sent(&office.db, &std::mem::take(&mut sent), now).await?;
                    }
                }
                Err(e) if e.permanent || row.attempts >= mail.max_attempts as i32 => {
                    tracing::warn!(outbox.id = row.id, attempts = row.attempts, "message failed for good");
                    outbox::mark_failed(&office.db, &row, &e.reason, now).await?;
                }
                Err(e) => {
                    let at = now + backoff(mail.retry_base_seconds, row.attempts);
                    tracing::info!(outbox.id = row.id, attempts = row.attempts, "message will be retried");
                    outbox::mark_retry(&office.db, row.id, &e.reason, at).await?;
                }
            }
        }
        outbox::mark_sent(&office.db, &sent, office.clock.now()).await?;
    }
}

/// The running dispatcher; dropping it stops the loop and its sending thread.
pub struct Dispatcher {
    task: tokio::task::JoinHandle<()>,
    _senders: ThreadRuntime,
}

impl Drop for Dispatcher {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// How much lower than the request workers the sending thread is scheduled (Linux nice
/// value). Delivery can wait a few seconds; a registration's answer should not. During a
/// burst of registrations on a busy machine the sends get what the workers leave (about a
/// tenth of a core at full load, a few hundred messages per second) and catch up after.
const NICENESS: i32 = 10;

/// The dispatcher's sends (building messages, talking to the mail server) run on a
/// [`ThreadRuntime`] at a lower priority. Only they go there: the claims and outcomes stay on
/// the request runtime (and SQLite's writer thread), so no database connection is ever opened
/// from it (an SQLite connection's thread, or a PostgreSQL socket's wake-ups, would inherit
/// its priority).
fn sending_thread() -> Result<ThreadRuntime, String> {
    ThreadRuntime::start("convene-sender", || lower_priority(NICENESS))
        .map_err(|e| format!("cannot start the dispatcher's thread: {e}"))
}

/// Starts the background loop (drain, then sleep until woken or the interval passes), its
/// sends on a thread scheduled below the request workers.
pub fn spawn(office: Office) -> Result<Dispatcher, String> {
    let transport = Transport::from_settings(&office.settings.mail)?;
    let from: Mailbox = office.settings.mail.from.parse().map_err(|e| format!("mail.from: {e}"))?;
    let interval = Duration::from_secs(office.settings.mail.dispatch_interval_seconds.max(1));
    let senders = sending_thread()?;
    let on = senders.handle.clone();
    let task = tokio::spawn(async move {
        loop {
            if let Err(e) = drain(&office, &transport, &from, &on).await {
                tracing::error!(error = %e, "outbox dispatch failed; will try again");
            }
            tokio::select! {
                () = office.mailer.woken() => {},
                () = tokio::time::sleep(interval) => {},
            }
        }
    });
    Ok(Dispatcher { task, _senders: senders })
}

/// Lowers the calling thread's scheduling priority (on Linux the nice value is per thread, and
/// threads it starts inherit it); elsewhere it would renice the whole process, so it does
/// nothing.
#[allow(unsafe_code)]
fn lower_priority(niceness: i32) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `gettid` and `setpriority` only read their integer arguments.
        let failed = unsafe { libc::setpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t, niceness) } != 0;
        if failed {
            tracing::warn!(error = %std::io::Error::last_os_error(), "cannot lower the dispatcher's priority");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = niceness;
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(30, 1).num_seconds(), 30);
        assert_eq!(backoff(30, 2).num_seconds(), 60);
        assert_eq!(backoff(30, 5).num_seconds(), 480);
        assert_eq!(backoff(30, 40).num_seconds(), 6 * 3600);
    }
}
