//! Test tools shared by the modules: factories for the common setups, a JSON API client, a
//! headless browser driver and independent readers of what the service writes (iCalendar
//! files, PDFs).

pub mod api;
pub mod chromium;
pub mod factories;
pub mod ics;
pub mod pdf;

/// Runs `tasks` at once, each on a task of its own, and returns their outputs in order.
pub async fn at_once<T, F>(tasks: impl IntoIterator<Item = F>) -> Vec<T>
where
    T: Send + 'static,
    F: Future<Output = T> + Send + 'static,
{
    let handles: Vec<_> = tasks.into_iter().map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for handle in handles {
        out.push(handle.await.expect("a task panicked"));
    }
    out
}
