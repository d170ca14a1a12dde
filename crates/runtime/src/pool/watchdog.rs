//! One thread for every pool's deadlines: task timeouts and idle workers.
//! It sleeps until the earliest deadline any pool reported; a deadline
//! earlier than that wakes it.

use std::sync::{Arc, Condvar, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

use super::{lock, Core};

struct Watch {
    pools: Vec<(u64, Weak<Core>)>,
    /// When the thread will look next (None: when poked).
    next: Option<Instant>,
    /// A look is wanted now.
    poked: bool,
    started: bool,
}

fn watch_state() -> &'static (Mutex<Watch>, Condvar) {
    static STATE: OnceLock<(Mutex<Watch>, Condvar)> = OnceLock::new();
    STATE.get_or_init(|| {
        let watch = Watch {
            pools: Vec::new(),
            next: None,
            poked: false,
            started: false,
        };
        (Mutex::new(watch), Condvar::new())
    })
}

/// Starts watching a pool.
pub(super) fn watch(core: &Arc<Core>) {
    let (m, _) = watch_state();
    let mut w = lock(m);
    w.pools.push((core.id, Arc::downgrade(core)));
    if !w.started {
        w.started = true;
        let _ = std::thread::Builder::new()
            .name("spindle-pool-watchdog".into())
            .spawn(run);
    }
}

/// Stops watching a pool.
pub(super) fn forget(id: u64) {
    lock(&watch_state().0).pools.retain(|(p, _)| *p != id);
}

/// A deadline at `at` exists: wake the thread if it would look later.
pub(super) fn poke_at(at: Instant) {
    let (m, cv) = watch_state();
    let mut w = lock(m);
    if w.next.is_none_or(|n| at < n) {
        w.next = Some(at);
        w.poked = true;
        cv.notify_one();
    }
}

/// Something changed (a worker became idle): look again soon.
pub(super) fn poke() {
    let (m, cv) = watch_state();
    let mut w = lock(m);
    w.poked = true;
    cv.notify_one();
}

fn run() {
    let (m, cv) = watch_state();
    loop {
        let pools: Vec<Arc<Core>> = {
            let mut w = lock(m);
            w.poked = false;
            w.pools.retain(|(_, p)| p.strong_count() > 0);
            w.pools.iter().filter_map(|(_, p)| p.upgrade()).collect()
        };
        let now = Instant::now();
        let next = pools.iter().filter_map(|p| p.expire(now)).min();
        drop(pools);
        let mut w = lock(m);
        // An idle worker's deadline is only known after this look; with
        // nothing planned, look again after a while anyway.
        w.next = next;
        while !w.poked {
            let wait = match w.next {
                Some(at) => at.saturating_duration_since(Instant::now()),
                None => Duration::from_secs(1),
            };
            if wait.is_zero() {
                break;
            }
            let (guard, timeout) = cv.wait_timeout(w, wait).unwrap_or_else(|e| e.into_inner());
            w = guard;
            if timeout.timed_out() {
                break;
            }
        }
    }
}
