//! Each isolate thread's network reactor: a single-threaded tokio runtime,
//! made the first time the thread's isolate opens a socket (`http`, `net`),
//! on which that isolate's servers, connections and client requests run.
//!
//! The runtime has no thread of its own: while it exists, the isolate's
//! event loop waits in it ([`wait`]) instead of on its inbox alone, so
//! sockets make progress exactly when the loop is idle, as in node's libuv
//! loop. A request then reaches JavaScript, and its response the socket,
//! without crossing threads: no wake-up of another thread and no context
//! switch on either way (this is what made a one-thread node faster than
//! spindle at serving `res.end('ok')`). Other threads still reach the loop
//! through its inbox; [`Doorbell`] wakes a loop that waits in the reactor.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use tokio::runtime::{Builder, Handle, Runtime};
use tokio::sync::Notify;

use crate::host::Message;

/// How coarse tokio's timers are.
const TICK: Duration = Duration::from_millis(1);

/// How long the last millisecond of a timed wait sleeps between looks at
/// the sockets and the inbox.
const NAP: Duration = Duration::from_micros(500);

thread_local! {
    static REACTOR: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

/// This thread's reactor, made on first use.
pub(crate) fn handle() -> Handle {
    REACTOR.with(|cell| {
        if let Some(runtime) = cell.borrow().as_ref() {
            return runtime.handle().clone();
        }
        let runtime = Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .unwrap_or_else(|e| panic!("cannot start the network reactor: {e}"));
        let handle = runtime.handle().clone();
        *cell.borrow_mut() = Some(runtime);
        handle
    })
}

/// True when this thread has a reactor (its loop must wait in [`wait`]).
pub fn is_active() -> bool {
    REACTOR.with(|cell| cell.borrow().is_some())
}

/// Rings an isolate's event loop when another thread posts to its inbox
/// while the loop waits in the reactor (a loop waiting on the inbox itself
/// is woken by the channel).
#[derive(Debug, Default)]
pub struct Doorbell {
    /// True while the loop waits in the reactor.
    armed: AtomicBool,
    notify: Notify,
}

impl Doorbell {
    /// Called after a message was queued.
    pub(crate) fn ring(&self) {
        // SeqCst pairs with the store in `wait`: either the sender sees the
        // bell armed, or the loop's `try_recv` after arming sees the message.
        if self.armed.load(Ordering::SeqCst) {
            self.notify.notify_one();
        }
    }
}

/// Runs this thread's reactor until a message is in `inbox` or `timeout`
/// (`None`: no limit) has passed; the first message, if one came. A thread
/// without a reactor ([`is_active`]) only checks the inbox.
pub fn wait(
    inbox: &Receiver<Message>,
    bell: &Doorbell,
    timeout: Option<Duration>,
) -> Option<Message> {
    let message = REACTOR.with(|cell| {
        let reactor = cell.borrow();
        let runtime = reactor.as_ref()?;
        bell.armed.store(true, Ordering::SeqCst);
        let next = async {
            loop {
                if let Ok(message) = inbox.try_recv() {
                    return Some(message);
                }
                // A ring between the check above and here leaves a permit,
                // so this returns at once.
                bell.notify.notified().await;
            }
        };
        let message = runtime.block_on(async {
            let Some(limit) = timeout else {
                return next.await;
            };
            let until = Instant::now() + limit;
            // tokio's timers tick in milliseconds and the wait for sockets
            // rounds up again: sleep in it until a tick before the
            // deadline, then nap out the rest.
            if limit > TICK {
                if let Ok(message) = tokio::time::timeout(limit - TICK, next).await {
                    return message;
                }
            }
            loop {
                // Run what is ready and poll the sockets once, not waiting.
                tokio::task::yield_now().await;
                if let Ok(message) = inbox.try_recv() {
                    return Some(message);
                }
                let left = until.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return None;
                }
                std::thread::sleep(left.min(NAP));
            }
        });
        bell.armed.store(false, Ordering::SeqCst);
        message
    });
    message.or_else(|| inbox.try_recv().ok())
}

/// Lets this thread's reactor run what is ready (writes JavaScript queued
/// just before its loop ended go out), then drops it: its sockets close and
/// its tasks end. For an isolate that is done, and before a thread goes on
/// to another isolate.
pub fn shut_down() {
    let Some(runtime) = REACTOR.with(|cell| cell.borrow_mut().take()) else {
        return;
    };
    runtime.block_on(async {
        for _ in 0..4 {
            tokio::task::yield_now().await;
        }
    });
    drop(runtime);
}
