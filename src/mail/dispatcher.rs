//! The dispatcher: claims due outbox rows, sends them, and records the outcome. It runs in
//! every `serve` instance; claims keep instances from sending the same row twice.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use tokio::task::JoinSet;

use super::outbox;
use super::transport::Transport;
use crate::AppState;

/// Delivered messages recorded per statement.
const MARK_GROUP: usize = 16;

/// The delay before attempt `n + 1`: base × 2ⁿ⁻¹, at most six hours.
pub fn backoff(base_seconds: u64, attempts: i32) -> chrono::Duration {
    let exp = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    let secs = base_seconds.saturating_mul(2u64.saturating_pow(exp)).min(6 * 3600);
    chrono::Duration::seconds(i64::try_from(secs).unwrap_or(6 * 3600))
}

/// Sends everything due now, round after round until nothing is left; returns how many rows
/// it handled. Used by the background loop and by tests and the CLI.
pub async fn drain(state: &AppState, transport: &Transport, from: &Mailbox) -> crate::error::Result<usize> {
    let mail = &state.settings.mail;
    let mut handled = 0;
    loop {
        let now = state.clock.now();
        let batch = outbox::claim(
            &state.db,
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
            sends.spawn(async move {
                let _permit = slots.acquire_owned().await;
                let outcome = transport.send(&from, &row).await;
                (row, outcome)
            });
        }
        let mut sent = Vec::new();
        while let Some(joined) = sends.join_next().await {
            let Ok((row, outcome)) = joined else { continue };
            let now = state.clock.now();
            match outcome {
                Ok(()) => {
                    sent.push(row);
                    // Recorded in small groups: fewer writes, and few repeats if the process dies.
                    if sent.len() >= MARK_GROUP {
                        outbox::mark_sent(&state.db, &std::mem::take(&mut sent), now).await?;
                    }
                }
                Err(e) if e.permanent || row.attempts >= mail.max_attempts as i32 => {
                    tracing::warn!(outbox.id = row.id, attempts = row.attempts, "message failed for good");
                    outbox::mark_failed(&state.db, &row, &e.reason, now).await?;
                }
                Err(e) => {
                    let at = now + backoff(mail.retry_base_seconds, row.attempts);
                    tracing::info!(outbox.id = row.id, attempts = row.attempts, "message will be retried");
                    outbox::mark_retry(&state.db, row.id, &e.reason, at).await?;
                }
            }
        }
        outbox::mark_sent(&state.db, &sent, state.clock.now()).await?;
    }
}

/// Starts the background loop: drain, then sleep until woken or the interval passes.
pub fn spawn(state: AppState) -> Result<tokio::task::JoinHandle<()>, String> {
    let transport = Transport::from_settings(&state.settings.mail)?;
    let from: Mailbox = state.settings.mail.from.parse().map_err(|e| format!("mail.from: {e}"))?;
    let interval = Duration::from_secs(state.settings.mail.dispatch_interval_seconds.max(1));
    Ok(tokio::spawn(async move {
        loop {
            if let Err(e) = drain(&state, &transport, &from).await {
                tracing::error!(error = %e, "outbox dispatch failed; will try again");
            }
            tokio::select! {
                () = state.mailer.woken() => {},
                () = tokio::time::sleep(interval) => {},
            }
        }
    }))
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
