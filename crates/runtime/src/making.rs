//! How many spare isolates are made or renewed at once: at most one more
//! than there are CPUs. Making a spare (a new realm, the bootstrap, the
//! worker modules) runs no user code and nothing waits on it but the next
//! start, so it can wait its turn; what it must not do is crowd the CPUs.
//!
//! A program that starts a worker per request keeps as many threads busy
//! as it has requests in flight: with sixteen of them on two CPUs, every
//! thread ran in short slices between fifteen others and found its caches
//! cold each time. Letting only a few renew at once (the rest sleep until
//! a permit is free) cut the CPU per request of the worker-per-request
//! `hash-server` by ~10% and its 99th-percentile latency by a third
//! (README, Performance).

use std::sync::{Condvar, Mutex, PoisonError};

/// Permits in use.
static IN_USE: Mutex<usize> = Mutex::new(0);
/// Signalled when a permit is given back.
static FREED: Condvar = Condvar::new();

/// A permit to make or renew a spare, given back when dropped.
pub(crate) struct Permit(());

/// Waits until fewer than the limit are making spares, then takes a permit.
pub(crate) fn permit() -> Permit {
    let limit = crate::cpus::count() + 1;
    let mut in_use = IN_USE.lock().unwrap_or_else(PoisonError::into_inner);
    while *in_use >= limit {
        in_use = FREED.wait(in_use).unwrap_or_else(PoisonError::into_inner);
    }
    *in_use += 1;
    Permit(())
}

impl Drop for Permit {
    fn drop(&mut self) {
        *IN_USE.lock().unwrap_or_else(PoisonError::into_inner) -= 1;
        FREED.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[test]
    fn no_more_than_the_limit_hold_permits_at_once() {
        let limit = crate::cpus::count() + 1;
        let holding = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..limit * 3)
            .map(|_| {
                let (holding, most) = (holding.clone(), most.clone());
                std::thread::spawn(move || {
                    for _ in 0..20 {
                        let _permit = permit();
                        let now = holding.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::yield_now();
                        holding.fetch_sub(1, Ordering::SeqCst);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let most = most.load(Ordering::SeqCst);
        assert!(most <= limit, "{most} held permits at once, limit {limit}");
        assert!(most >= 1);
        assert_eq!(*IN_USE.lock().unwrap(), 0, "every permit was given back");
    }
}
