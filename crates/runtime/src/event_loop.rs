//! The event loop, in node's phases: timers, poll (messages from other
//! threads and I/O completions), check (`setImmediate`). JavaScript runs the
//! `process.nextTick` queue and promise jobs after every callback (inside
//! the hooks), so this loop only decides what runs next and when to sleep.
//!
//! Whether the loop is alive is decided in one place, [`Host::is_alive`]:
//! a ref'd timer, a ref'd immediate, or any other ref'd handle.

use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use spindle_core::{ClonedValue, Isolate, Val};
use spindle_modules::reactor::{self, Doorbell};
use spindle_modules::{Host, Message};

use crate::call;

/// Runs the isolate's loop until nothing keeps it alive or it is stopped,
/// then emits `exit` (when it ended naturally).
pub fn run_event_loop(isolate: &mut Isolate) {
    let Some((inbox, bell)) =
        isolate.with_host(|h: &mut Host| Some((h.take_inbox_receiver()?, h.doorbell())))
    else {
        return;
    };
    // The loop starts now, before its first timers (as libuv's does): a
    // timer already due when the main script ends sees a started loop in
    // performance.eventLoopUtilization().
    isolate.with_host(|h: &mut Host| {
        if h.loop_start_ms < 0.0 {
            h.loop_start_ms = h.now_ms();
        }
    });
    while !isolate.is_stopped() {
        if !run_timers(isolate) || !poll(isolate, &inbox, &bell) || !run_immediates(isolate) {
            return;
        }
        if !isolate.with_host(|h: &mut Host| h.is_alive()) && !drain_ready(isolate, &inbox) {
            // Nothing left: give `beforeExit` listeners a chance to add work.
            if !call(isolate, c"emitBeforeExit", &[]) {
                return;
            }
            if !isolate.with_host(|h: &mut Host| h.is_alive()) && !drain_ready(isolate, &inbox) {
                break;
            }
        }
    }
    if !isolate.is_stopped() {
        call(isolate, c"emitExit", &[]);
    }
}

fn run_timers(isolate: &mut Isolate) -> bool {
    let (now, due) = isolate.with_host(|h: &mut Host| {
        let now = h.now_ms();
        (now, h.timers.next.is_some_and(|next| next <= now))
    });
    !due || call(isolate, c"processTimers", &[Val::Number(now)])
}

fn run_immediates(isolate: &mut Isolate) -> bool {
    let pending = isolate.with_host(|h: &mut Host| h.immediates_pending);
    !pending || call(isolate, c"processImmediates", &[])
}

/// How long the poll phase may sleep: not at all when immediates wait,
/// until the next timer, forever while only other handles keep us alive.
fn poll_timeout(host: &Host) -> Option<Duration> {
    // Nothing ref'd (an unref'd timer may still be pending): do not wait
    // for it, so the loop can end.
    if host.immediates_pending || !host.is_alive() {
        return Some(Duration::ZERO);
    }
    if let Some(next) = host.timers.next {
        let wait = (next - host.now_ms()).max(0.0);
        return Some(Duration::from_secs_f64(wait / 1000.0));
    }
    if host.refs > 0 {
        None
    } else {
        Some(Duration::ZERO)
    }
}

/// Waits for the first message (bounded by [`poll_timeout`]), then handles
/// every message already queued.
fn poll(isolate: &mut Isolate, inbox: &Receiver<Message>, bell: &Doorbell) -> bool {
    let (timeout, has_ports) =
        isolate.with_host(|h: &mut Host| (poll_timeout(h), !h.ports.is_empty()));
    let waiting = (timeout != Some(Duration::ZERO)).then(crate::cpus::Waiting::begin);
    let spin = SPINNER.with(|s| s.budget(has_ports && crate::cpus::one_is_free()));
    let first = match timeout {
        // Sockets are open: wait in the thread's reactor, which runs them.
        _ if reactor::is_active() => {
            let waited = Instant::now();
            let spin = timeout.map_or(spin, |t| t.min(spin));
            let m = spin_for_message(inbox, spin).or_else(|| {
                let left = timeout.map(|t| t.saturating_sub(waited.elapsed()));
                reactor::wait(inbox, bell, left)
            });
            isolate.with_host(|h: &mut Host| h.idle_ms += waited.elapsed().as_secs_f64() * 1000.0);
            m
        }
        Some(t) if t.is_zero() => inbox.try_recv().ok(),
        Some(t) => {
            let waited = Instant::now();
            let m = spin_for_message(inbox, t.min(spin))
                .or_else(|| inbox.recv_timeout(t.saturating_sub(waited.elapsed())).ok());
            isolate.with_host(|h: &mut Host| h.idle_ms += waited.elapsed().as_secs_f64() * 1000.0);
            m
        }
        None => {
            let waited = Instant::now();
            let m = spin_for_message(inbox, spin).or_else(|| inbox.recv().ok());
            isolate.with_host(|h: &mut Host| h.idle_ms += waited.elapsed().as_secs_f64() * 1000.0);
            m
        }
    };
    drop(waiting);
    if let Some(message) = first {
        if !handle(isolate, message) {
            return false;
        }
    }
    drain_ready(isolate, inbox) || !isolate.is_stopped()
}

/// How long an idle loop polls its inbox before it puts its thread to
/// sleep: a reply that comes back within this (a worker answering a
/// message) then costs no sleep and wake-up of the OS thread.
const SPIN: Duration = Duration::from_micros(50);

/// Decides whether an idle loop spins: only an isolate holding message
/// ports (a worker, or a thread talking to workers) can expect a quick
/// reply, only while a CPU is free (spinning on a taken one delays the
/// thread whose reply it waits for), and only while spinning keeps paying
/// off — after misses it spins once in a while, to notice when replies get
/// quick again.
struct Spinner {
    score: std::cell::Cell<u32>,
    idle: std::cell::Cell<u32>,
}

thread_local! {
    static SPINNER: Spinner = const {
        Spinner { score: std::cell::Cell::new(4), idle: std::cell::Cell::new(0) }
    };
}

impl Spinner {
    /// How long to spin now.
    fn budget(&self, has_ports: bool) -> Duration {
        if !has_ports {
            return Duration::ZERO;
        }
        let idle = self.idle.get().wrapping_add(1);
        self.idle.set(idle);
        if self.score.get() > 0 || idle.is_multiple_of(16) {
            SPIN
        } else {
            Duration::ZERO
        }
    }

    /// Records whether the spin found a message.
    fn record(&self, hit: bool) {
        let score = self.score.get();
        self.score.set(if hit {
            (score + 2).min(16)
        } else {
            score.saturating_sub(1)
        });
    }
}

/// Polls the inbox for up to `limit` (at most `SPIN`).
fn spin_for_message(inbox: &Receiver<Message>, limit: Duration) -> Option<Message> {
    if limit.is_zero() {
        return None;
    }
    let until = Instant::now() + limit.min(SPIN);
    loop {
        for _ in 0..64 {
            if let Ok(message) = inbox.try_recv() {
                SPINNER.with(|s| s.record(true));
                return Some(message);
            }
            std::hint::spin_loop();
        }
        if Instant::now() >= until {
            SPINNER.with(|s| s.record(false));
            return None;
        }
    }
}

/// At most this many inbox messages are handled per poll phase. A thread
/// that keeps sending (a worker flooding its parent) refills the inbox as
/// fast as it is drained; without a bound the poll phase would never end
/// and timers and immediates would starve (node bounds its message
/// processing the same way).
const DRAIN_BUDGET: usize = 64;

/// Handles queued messages without waiting (at most [`DRAIN_BUDGET`]); true
/// if any was handled.
fn drain_ready(isolate: &mut Isolate, inbox: &Receiver<Message>) -> bool {
    let mut handled = 0;
    while handled < DRAIN_BUDGET {
        let Ok(message) = inbox.try_recv() else {
            break;
        };
        handled += 1;
        if !handle(isolate, message) {
            return true;
        }
    }
    handled > 0
}

fn handle(isolate: &mut Isolate, message: Message) -> bool {
    match message {
        Message::Wake => true,
        Message::PortReady(id) => call(isolate, c"onPortReady", &[Val::Number(id as f64)]),
        Message::ThreadMessage { from, value } => {
            let args = [
                Val::Number(from as f64),
                Val::Cloned(ClonedValue::new(value)),
            ];
            call(isolate, c"onThreadMessage", &args)
        }
        Message::WorkerOnline(id) => call(isolate, c"onWorkerOnline", &[Val::Number(id as f64)]),
        Message::WorkerExit {
            thread_id,
            code,
            error,
            fault,
        } => {
            let error = error.map_or(Val::Undefined, |e| Val::Cloned(ClonedValue::new(e)));
            let fault = fault.map_or(Val::Undefined, Val::String);
            let args = [
                Val::Number(thread_id as f64),
                Val::Number(code as f64),
                error,
                fault,
            ];
            call(isolate, c"onWorkerExit", &args)
        }
        Message::PoolReady(id) => call(isolate, c"onPoolReady", &[Val::Number(id as f64)]),
        Message::PoolWork(id) => call(isolate, c"onPoolWork", &[Val::Number(id as f64)]),
        Message::Http(event) => call(isolate, c"onHttp", &event.deliver()),
        Message::Child(event) => call(isolate, c"onChild", &event.deliver()),
        Message::Net(event) => call(isolate, c"onNet", &event.deliver()),
        Message::Completion { id, result } => {
            isolate.with_host(|h: &mut Host| h.refs = h.refs.saturating_sub(1));
            let args = match result {
                Ok(value) => [Val::Number(id), Val::Null, value],
                Err(e) => [
                    Val::Number(id),
                    Val::Array(e.to_descriptor()),
                    Val::Undefined,
                ],
            };
            call(isolate, c"onCompletion", &args)
        }
    }
}
