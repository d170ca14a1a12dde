//! Tunes the C allocator (glibc's malloc) for a process of many isolate
//! threads.
//!
//! The engine keeps a large string's characters, and large buffers, in
//! memory from `malloc`. glibc starts by serving a block of 128 KiB or more
//! with a mapping of its own and by giving free memory above 128 KiB at the
//! top of a thread's heap back to the system at once; it raises both limits
//! only as it sees big blocks freed, and each worker thread's heap learns
//! on its own. Until then a worker that makes and drops such a block per
//! task (a 130 KB string hashed per message, a 16 MiB message copied) pays
//! every time for fresh zeroed pages on first touch and for a TLB
//! shoot-down on every other CPU when they are returned. Starting at the
//! limits glibc would reach anyway (32 MiB and 64 MiB) made `hash.cjs`
//! ~20% faster, the 16 MiB copy round trip ~20% faster and eight parallel
//! spawns ~25% faster, with the same memory per idle worker and for
//! `hello.js`. The price is the one glibc's own tuning would charge: free
//! memory at the top of a heap, up to 64 MiB, stays with the process.

/// Blocks this big or bigger get a mapping of their own.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: i32 = 32 << 20;
/// Free memory at the top of a heap beyond this goes back to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_THRESHOLD: i32 = 64 << 20;

/// Applies the settings above, unless the environment already tunes malloc
/// (`GLIBC_TUNABLES` with a malloc setting, or the `MALLOC_*_` variables):
/// then the user's choice stands. Call once, early, in a process spindle
/// owns (the command line does; an embedding program decides for itself).
pub(crate) fn tune() {
    let user_tuned = std::env::var_os("GLIBC_TUNABLES")
        .is_some_and(|t| t.to_string_lossy().contains("malloc"))
        || std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_some()
        || std::env::var_os("MALLOC_TRIM_THRESHOLD_").is_some();
    if user_tuned {
        return;
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes glibc's allocation thresholds; any value
    // is valid for these two parameters.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD);
    }
}
