//! Who wants a CPU: a count of the threads running an isolate and of those
//! waiting for work, so that an idle loop polls for a quick reply (see
//! `event_loop`) only when a CPU is free for it. With every CPU taken by a
//! thread that has work (workers hashing, and the thread that waits for
//! their results), polling would take CPU time from them.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Threads that run an isolate (main, workers, spares).
static THREADS: AtomicUsize = AtomicUsize::new(0);
/// Of those, the ones waiting for work.
static WAITING: AtomicUsize = AtomicUsize::new(0);

/// Held by a thread for as long as it runs isolates.
pub(crate) struct IsolateThread(());

impl IsolateThread {
    /// Counts the calling thread as one that runs isolates.
    pub(crate) fn enter() -> IsolateThread {
        THREADS.fetch_add(1, Ordering::Relaxed);
        IsolateThread(())
    }
}

impl Drop for IsolateThread {
    fn drop(&mut self) {
        THREADS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Held by a thread while it waits for work.
pub(crate) struct Waiting(());

impl Waiting {
    /// Counts the calling thread as waiting until the guard is dropped.
    pub(crate) fn begin() -> Waiting {
        WAITING.fetch_add(1, Ordering::Relaxed);
        Waiting(())
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        WAITING.fetch_sub(1, Ordering::Relaxed);
    }
}

/// How many CPUs this process may use.
pub(crate) fn count() -> usize {
    static COUNT: OnceLock<usize> = OnceLock::new();
    *COUNT.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// True when fewer threads have work than there are CPUs (a thread that
/// is waiting itself, holding [`Waiting`], does not count).
pub(crate) fn one_is_free() -> bool {
    let threads = THREADS.load(Ordering::Relaxed);
    let waiting = WAITING.load(Ordering::Relaxed);
    threads.saturating_sub(waiting) < count()
}
