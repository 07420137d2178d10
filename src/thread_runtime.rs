//! A tokio runtime on a thread of its own, for work that should not share the request
//! workers' threads: SQLite's single writer, and the dispatcher's low-priority sends.

/// A single-threaded runtime on a named thread; the thread ends when this is dropped.
pub struct ThreadRuntime {
    /// Where to spawn the thread's work.
    pub handle: tokio::runtime::Handle,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl ThreadRuntime {
    /// Starts the thread `name`: it runs `setup`, then whatever is spawned on
    /// [`Self::handle`], until this is dropped.
    pub fn start(name: &str, setup: impl FnOnce() + Send + 'static) -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::Builder::new().name(name.to_owned()).spawn(move || {
            setup();
            let _ = runtime.block_on(stopped);
        })?;
        Ok(Self { handle, _stop: stop })
    }
}
