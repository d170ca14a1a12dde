//! Workers: each `new Worker` is an OS thread running its own isolate,
//! made as a child of the process's first runtime (they share its compiled
//! self-hosted code), with its own event loop.
//!
//! The parent and the worker talk through an entangled pair of message
//! ports (`worker.postMessage` ↔ `parentPort`); the worker's life is
//! reported on the parent's inbox: [`Message::WorkerOnline`] before the
//! worker runs its script, [`Message::WorkerExit`] after its isolate is gone
//! (so every message it sent is already queued on the parent's port).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use spindle_core::{
    ClonedValue, InterruptHandle, Isolate, IsolateOptions, Op, OpError, OpResult, OpScope,
    ParentHandle, Serialized, Val,
};
use spindle_modules::host::InboxSender;
use spindle_modules::messaging::{self, PortEnd};
use spindle_modules::{Host, Message};

use crate::{exit_code, new_isolate, run_event_loop};

/// The runtime every worker is a child of (the main isolate's).
static ROOT: OnceLock<Mutex<ParentHandle>> = OnceLock::new();

/// Records the main isolate's runtime as the parent of all workers, and
/// its inbox as thread 0's (for `postMessageToThread`).
pub(crate) fn set_root(parent: ParentHandle, inbox: InboxSender) {
    let _ = ROOT.set(Mutex::new(parent));
    workers().entry(0).or_default().inbox = Some(inbox);
}

/// For an embedder with no main isolate: makes a root runtime (once), on
/// a thread of its own that keeps it, so that workers are its children as
/// they are the main isolate's in the CLI (they share its self-hosted code,
/// and the engine's process-wide settings are made by one runtime first).
pub(crate) fn ensure_root() -> Result<(), String> {
    static MADE: OnceLock<Result<(), String>> = OnceLock::new();
    MADE.get_or_init(|| {
        if ROOT.get().is_some() {
            return Ok(());
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("spindle-root".into())
            .spawn(move || {
                let options = IsolateOptions::default();
                match new_isolate(Host::new(Vec::new(), true), None, &options) {
                    Ok(isolate) => {
                        let inbox = isolate.with_host(|h: &mut Host| h.inbox());
                        set_root(isolate.parent_handle(), inbox);
                        let _ = tx.send(Ok(()));
                        // The runtime must outlive every worker: this
                        // thread keeps it for the life of the process.
                        loop {
                            std::thread::park();
                        }
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        spawned.map_err(|e| e.to_string())?;
        rx.recv().map_err(|e| e.to_string())?
    })
    .clone()
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);

/// Whether workers record async stack traces (as the main isolate does).
static ASYNC_STACK_TRACES: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Sets whether workers record async stack traces (`--async-stack-traces`).
pub(crate) fn set_async_stack_traces(on: bool) {
    ASYNC_STACK_TRACES.store(on, Ordering::Relaxed);
}

/// How another thread reaches a running worker to stop it.
#[derive(Default)]
struct Control {
    interrupt: Option<InterruptHandle>,
    inbox: Option<InboxSender>,
    terminate: bool,
}

fn workers() -> MutexGuard<'static, HashMap<u64, Control>> {
    static TABLE: OnceLock<Mutex<HashMap<u64, Control>>> = OnceLock::new();
    lock(TABLE.get_or_init(Default::default))
}

/// Who hears about a worker's life: the isolate that made it with
/// `new Worker` (messages on its inbox), or the pool that owns it.
#[derive(Clone)]
pub(crate) enum Parent {
    /// A `new Worker` in an isolate.
    Isolate(InboxSender),
    /// A worker of a pool (see [`crate::pool`]).
    Pool(Arc<crate::pool::Core>),
}

impl Parent {
    fn online(&self, thread_id: u64) {
        if let Parent::Isolate(inbox) = self {
            inbox.post(Message::WorkerOnline(thread_id));
        }
    }

    fn exited(&self, exit: WorkerEnd) {
        match self {
            Parent::Isolate(inbox) => {
                inbox.post(Message::WorkerExit {
                    thread_id: exit.thread_id,
                    code: exit.code,
                    error: exit.error,
                    fault: exit.fault,
                });
            }
            Parent::Pool(pool) => pool.worker_exited(exit),
        }
    }
}

/// How a worker ended.
pub(crate) struct WorkerEnd {
    /// Its thread id.
    pub thread_id: u64,
    /// Its exit code.
    pub code: i32,
    /// The uncaught error that ended it, serialized by the worker.
    pub error: Option<Serialized>,
    /// Why the runtime ended it (`out-of-memory`, `panic: …`, `init: …`).
    pub fault: Option<String>,
}

/// What a worker's `runWorker` receives besides its spec: a structured
/// clone made by the parent isolate, or JSON (from Rust, with no isolate).
pub(crate) enum Payload {
    Cloned(Serialized),
    Json(String),
}

/// What a worker thread needs to start.
pub(crate) struct Start {
    thread_id: u64,
    spec: String,
    payload: Payload,
    port: Arc<PortEnd>,
    parent: Parent,
    options: IsolateOptions,
    /// The process environment when the worker was spawned, for a worker
    /// whose `process.env` is the default copy of it (see `workerEnv`).
    env: Option<spindle_modules::process::Environment>,
}

const MIB: f64 = 1024.0 * 1024.0;

/// `workerSpawn(specJson, payload, transferArray, stackSizeMb, maxOldMb,
/// maxYoungMb, copyEnv)` → `[threadId, portId]`: starts a worker thread.
/// `payload` is structured-cloned (with the transfer list) for the worker's
/// `runWorker`. With `copyEnv`, the process environment is copied now, for
/// the worker's `process.env` (see `workerEnv`): cheaper than a copy made
/// in JavaScript and sent in the spec, and made only if the worker reads it.
fn worker_spawn(scope: &mut OpScope) -> OpResult {
    let spec = scope.string(0)?;
    let payload = scope.serialize(1, 2)?;
    let options = limits(
        scope.number(3).ok(),
        scope.number(4).ok(),
        scope.number(5).ok(),
    );
    let env = scope.truthy(6).then(spindle_modules::process::environment);
    let inbox = scope.host(|h: &mut Host| h.inbox());
    let (thread_id, here) = spawn(
        spec,
        Payload::Cloned(payload),
        options,
        Parent::Isolate(inbox),
        env,
    )?;
    Ok(adopt_parent_port(scope, thread_id, here))
}

/// Keeps the parent's end of a new worker's port in this isolate; returns
/// `[threadId, portId]` for JavaScript.
pub(crate) fn adopt_parent_port(scope: &mut OpScope, thread_id: u64, here: Arc<PortEnd>) -> Val {
    let port_id = here.id();
    scope.host(|h: &mut Host| {
        let inbox = h.inbox();
        h.ports.adopt(here, inbox);
    });
    Val::Array(vec![
        Val::Number(thread_id as f64),
        Val::Number(port_id as f64),
    ])
}

/// The isolate options for `resourceLimits` (in MiB; absent or not
/// positive means the default).
pub(crate) fn limits(
    stack_mb: Option<f64>,
    max_old_mb: Option<f64>,
    max_young_mb: Option<f64>,
) -> IsolateOptions {
    let stack_mb = stack_mb.unwrap_or(4.0).clamp(0.25, 1024.0);
    let max_old_mb = max_old_mb.filter(|n| *n > 0.0);
    let max_young_mb = max_young_mb.filter(|n| *n > 0.0);
    IsolateOptions {
        stack_quota: (stack_mb * MIB) as usize,
        max_heap_bytes: max_old_mb.map(|mb| (mb * MIB).min(u32::MAX as f64) as u32),
        max_nursery_bytes: Some(
            max_young_mb.map_or(1024.0 * 1024.0, |mb| (mb * MIB).min(u32::MAX as f64)) as u32,
        ),
        worker_code: true,
        async_stack_traces: ASYNC_STACK_TRACES.load(Ordering::Relaxed),
    }
}

/// Starts a worker running `spec` (see `runWorker`); returns its thread id
/// and the parent's end of its port (for the caller to adopt or drop).
pub(crate) fn spawn(
    spec: String,
    payload: Payload,
    options: IsolateOptions,
    parent: Parent,
    env: Option<spindle_modules::process::Environment>,
) -> Result<(u64, Arc<PortEnd>), OpError> {
    let thread_id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
    let (here, there) = messaging::channel();
    workers().insert(thread_id, Control::default());
    let start = Start {
        thread_id,
        spec,
        payload,
        port: there,
        parent,
        options,
        env,
    };
    // A worker with the default limits takes the warm spare if one is
    // ready (its isolate already made and bootstrapped) or being made.
    let start = if start.options == default_options() {
        // A taken spare makes its replacement once its script has run, so
        // the two do not compete for the CPU while the worker starts (and
        // only while a CPU is spare, see `spare::replace_taken`). With
        // no spare ready or being made, spares are started and the worker
        // waits for the first one finished, rather than a third isolate
        // being made at the same time on a thread of its own.
        spare::take(start).and_then(|start| {
            spare::replenish();
            spare::take(start)
        })
    } else {
        Some(start)
    };
    let spawned = match start {
        None => Ok(()),
        Some(start) => spawn_thread(start),
    };
    if let Err(e) = spawned {
        workers().remove(&thread_id);
        return Err(
            OpError::error(format!("could not start a worker thread: {e}"))
                .with_code("ERR_WORKER_INIT_FAILED"),
        );
    }
    Ok((thread_id, here))
}

/// Starts a worker on a thread of its own.
fn spawn_thread(start: Start) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(format!("spindle-worker-{}", start.thread_id))
        .stack_size(start.options.stack_quota + 512 * 1024)
        .spawn(move || run_worker(start))
        .map(|_| ())
}

/// Like [`spawn_thread`], reporting a failure to the parent as an exit.
fn run_worker_on_new_thread(start: Start) {
    let (thread_id, parent) = (start.thread_id, start.parent.clone());
    if spawn_thread(start).is_err() {
        workers().remove(&thread_id);
        parent.exited(WorkerEnd {
            thread_id,
            code: 1,
            error: None,
            fault: Some("init: could not start a thread".into()),
        });
    }
}

/// The limits of a worker started without `resourceLimits`.
fn default_options() -> IsolateOptions {
    IsolateOptions {
        stack_quota: (4.0 * MIB) as usize,
        max_heap_bytes: None,
        max_nursery_bytes: Some(1024 * 1024),
        worker_code: true,
        async_stack_traces: ASYNC_STACK_TRACES.load(Ordering::Relaxed),
    }
}

/// Makes a worker isolate on the current thread (not yet started).
fn make_isolate(options: &IsolateOptions) -> Result<Isolate, String> {
    let parent = ROOT.get().map(|root| lock(root).clone());
    new_isolate(Host::new(Vec::new(), false), parent, options)
}

/// The body of a worker thread.
fn run_worker(start: Start) {
    let _counted = crate::cpus::IsolateThread::enter();
    match make_isolate(&start.options) {
        Ok(isolate) => {
            if let Some(next) = run_started(isolate, start, false).and_then(spare::renew) {
                spare::serve_from_now_on(next);
            }
        }
        Err(e) => {
            eprintln!("spindle: worker {} failed to start: {e}", start.thread_id);
            workers().remove(&start.thread_id);
            start.parent.exited(WorkerEnd {
                thread_id: start.thread_id,
                code: 1,
                error: None,
                fault: Some(format!("init: {e}")),
            });
        }
    }
}

/// Runs a worker in an isolate made for it on this thread. Returns the
/// isolate when the worker ended by itself and the isolate can be renewed
/// for another worker (see `spare::renew`).
fn run_started(isolate: Isolate, start: Start, from_spare: bool) -> Option<Isolate> {
    let (thread_id, parent) = (start.thread_id, start.parent.clone());
    // A panic must not take the process down: it ends this worker with an
    // 'error' event on its Worker.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_isolate(isolate, start, from_spare)
    }));
    let mut reusable = None;
    let (code, error, fault) = match outcome {
        Ok((ended, isolate)) => {
            reusable = isolate;
            ended
        }
        Err(panic) => {
            workers().remove(&thread_id);
            let text = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            (1, None, Some(format!("panic: {text}")))
        }
    };
    parent.exited(WorkerEnd {
        thread_id,
        code,
        error,
        fault,
    });
    reusable
}

/// What a finished worker leaves: its exit code, its uncaught error, and a
/// fault (`out-of-memory`) when the engine stopped it.
type Ended = (i32, Option<Serialized>, Option<String>);

/// Runs the worker's script and loop. Returns how it ended, and its
/// isolate when that can serve another worker: one with the default limits
/// whose program ended by itself (not stopped, thrown out or terminated).
fn run_isolate(mut isolate: Isolate, start: Start, from_spare: bool) -> (Ended, Option<Isolate>) {
    let Start {
        thread_id,
        spec,
        payload,
        port,
        parent,
        options,
        env,
    } = start;
    let inbox = isolate.with_host(|h: &mut Host| {
        h.thread_id = thread_id;
        h.spawn_env = env;
        h.inbox()
    });
    let port_id = port.id();
    isolate.with_host(|h: &mut Host| h.ports.adopt(port, inbox.clone()));
    let terminated_early = {
        let mut table = workers();
        let control = table.entry(thread_id).or_default();
        control.interrupt = Some(isolate.interrupt_handle());
        control.inbox = Some(inbox);
        control.terminate
    };
    if terminated_early {
        isolate.interrupt_handle().terminate();
    } else {
        parent.online(thread_id);
        let payload = match payload {
            Payload::Cloned(image) => Val::Cloned(ClonedValue::new(image)),
            Payload::Json(text) => Val::String(text),
        };
        let args = [
            Val::from(spec),
            payload,
            Val::Number(port_id as f64),
            Val::Number(thread_id as f64),
        ];
        let started = isolate.call_hook(c"runWorker", &args).is_ok();
        if from_spare {
            spare::replace_taken();
        }
        if started {
            run_event_loop(&mut isolate);
        }
    }
    // The worker's sockets close with it.
    spindle_modules::reactor::shut_down();
    let terminated = workers().remove(&thread_id).is_some_and(|c| c.terminate);
    let out_of_memory = isolate.out_of_memory();
    let requested = isolate.with_host(|h: &mut Host| h.exit_code);
    let code = match requested {
        _ if out_of_memory => 1,
        Some(code) => code,
        None if terminated => 1,
        None => exit_code(&isolate),
    };
    let (error, text) =
        isolate.with_host(|h: &mut Host| (h.worker_error.take(), h.worker_error_text.take()));
    let (ended_cleanly, off_thread_pending) =
        isolate.with_host(|h: &mut Host| (h.ended_cleanly, h.off_thread_pending));
    // A worker stopped by `terminate()` leaves nothing that can still run
    // (no 'exit' listener is called; `Isolate::renew` refuses an isolate
    // with promise jobs queued, as one stopped midway may have) unless
    // another thread is to settle one of its waits.
    let stopped_cleanly = terminated && !off_thread_pending;
    // A WebAssembly compile may still be running on another thread, which
    // would settle its promise in the next worker's realm: a program that
    // touched WebAssembly at all does not leave its isolate to another.
    let reusable = (ended_cleanly || stopped_cleanly)
        && !isolate.global_has_own(c"WebAssembly")
        && !out_of_memory
        && error.is_none()
        && text.is_none()
        && options == default_options();
    let fault = if out_of_memory {
        Some("out-of-memory".to_string())
    } else {
        text.map(|t| format!("uncaught {t}"))
    };
    let ended = (code, if out_of_memory { None } else { error }, fault);
    (ended, reusable.then_some(isolate))
}

/// `workerTerminate(threadId)`: stops the worker whatever it is doing.
fn worker_terminate(scope: &mut OpScope) -> OpResult {
    terminate(scope.number(0)? as u64);
    Ok(Val::Undefined)
}

/// Stops a worker whatever it is doing (no-op when it has gone).
pub(crate) fn terminate(thread_id: u64) {
    if request_stop(thread_id) {
        retry::ask_again(thread_id);
    }
}

/// An interrupt requested just before a worker blocks in `Atomics.wait`
/// can be missed by the engine: a terminated worker is asked again, a
/// little less often each time, until it has gone. One thread does that
/// for every worker being terminated (made on first use).
mod retry {
    use std::sync::{Condvar, Mutex};
    use std::time::{Duration, Instant};

    /// The first pause, doubled after each try up to [`LONGEST`].
    const FIRST: Duration = Duration::from_micros(500);
    const LONGEST: Duration = Duration::from_millis(50);
    /// How many times a worker is asked again before giving up.
    const TRIES: u32 = 40;

    struct Pending {
        thread_id: u64,
        due: Instant,
        pause: Duration,
        tries: u32,
    }

    static PENDING: Mutex<Vec<Pending>> = Mutex::new(Vec::new());
    static ADDED: Condvar = Condvar::new();
    static STARTED: std::sync::Once = std::sync::Once::new();

    /// Asks the worker to stop again later, until it has gone.
    pub(super) fn ask_again(thread_id: u64) {
        super::lock(&PENDING).push(Pending {
            thread_id,
            due: Instant::now() + FIRST,
            pause: FIRST,
            tries: 0,
        });
        ADDED.notify_one();
        STARTED.call_once(|| {
            let _ = std::thread::Builder::new()
                .name("spindle-terminate".into())
                .spawn(run);
        });
    }

    fn run() {
        let mut pending = super::lock(&PENDING);
        loop {
            let now = Instant::now();
            let (due, waiting): (Vec<Pending>, Vec<Pending>) =
                pending.drain(..).partition(|p| p.due <= now);
            *pending = waiting;
            if !due.is_empty() {
                // Not holding the list while reaching into the workers' table.
                drop(pending);
                let again: Vec<Pending> = due
                    .into_iter()
                    .filter(|p| super::request_stop(p.thread_id) && p.tries + 1 < TRIES)
                    .map(|p| {
                        let pause = (p.pause * 2).min(LONGEST);
                        Pending {
                            due: Instant::now() + pause,
                            pause,
                            tries: p.tries + 1,
                            ..p
                        }
                    })
                    .collect();
                pending = super::lock(&PENDING);
                pending.extend(again);
                continue;
            }
            let next = pending.iter().map(|p| p.due).min();
            pending = match next {
                Some(at) => {
                    let wait = at.saturating_duration_since(Instant::now());
                    ADDED
                        .wait_timeout(pending, wait)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
                None => ADDED.wait(pending).unwrap_or_else(|e| e.into_inner()),
            };
        }
    }
}

/// Asks a running worker to stop (interrupt + wake-up); false when it is
/// no longer running.
fn request_stop(thread_id: u64) -> bool {
    let mut table = workers();
    let Some(control) = table.get_mut(&thread_id) else {
        return false;
    };
    control.terminate = true;
    if let Some(interrupt) = &control.interrupt {
        interrupt.terminate();
    }
    if let Some(inbox) = &control.inbox {
        inbox.post(Message::Wake);
    }
    true
}

/// `workerSetError(value)`: in a worker, the uncaught error (already in a
/// cloneable form) that the parent's `error` event will carry.
fn worker_set_error(scope: &mut OpScope) -> OpResult {
    let image = scope.serialize(0, 1)?;
    scope.host(|h: &mut Host| h.worker_error = Some(image));
    Ok(Val::Undefined)
}

/// `workerSetErrorText(text)`: in a worker of a Rust pool, the uncaught
/// error as text (its parent cannot read a structured clone).
fn worker_set_error_text(scope: &mut OpScope) -> OpResult {
    let text = scope.string(0)?;
    scope.host(|h: &mut Host| h.worker_error_text = Some(text));
    Ok(Val::Undefined)
}

/// `threadPost(threadId, value, transferArray)`: sends a clone of `value`
/// to the thread's `workerMessage` listeners; false when no such thread runs.
fn thread_post(scope: &mut OpScope) -> OpResult {
    let target = scope.number(0)? as u64;
    let value = scope.serialize(1, 2)?;
    let from = scope.host(|h: &mut Host| h.thread_id);
    let inbox = workers().get(&target).and_then(|c| c.inbox.clone());
    Ok(Val::Bool(inbox.is_some_and(|inbox| {
        inbox.post(Message::ThreadMessage { from, value })
    })))
}

/// `threadInfo()` → `[isMainThread, threadId]`.
fn thread_info(scope: &mut OpScope) -> OpResult {
    let (main, id) = scope.host(|h: &mut Host| (h.is_main_thread, h.thread_id));
    Ok(Val::Array(vec![Val::Bool(main), Val::Number(id as f64)]))
}

/// Warm spares: threads whose isolate is made, bootstrapped and has the
/// worker modules loaded, waiting for the next `new Worker` with default
/// limits. Taking one leaves only the worker's own script to run; another
/// is then made in the background. Each costs one idle isolate.
mod spare {
    use std::collections::VecDeque;
    use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
    use std::sync::Mutex;
    use std::time::Duration;

    use spindle_core::Isolate;
    use spindle_modules::Host;

    use super::{default_options, lock, make_isolate, run_started, Start, MIB};

    /// How many spares to keep: two, so back-to-back spawns find one ready
    /// while the next is being made.
    const SPARES: usize = 2;

    #[derive(Default)]
    struct State {
        /// Made spares, waiting.
        ready: VecDeque<(u64, Sender<Start>)>,
        /// Names the next spare in `ready`.
        next_id: u64,
        /// Spares being made.
        making: usize,
        /// Starts that arrived while spares were being made: each goes to
        /// the next one finished (further along than a new thread would be).
        queued: VecDeque<Start>,
    }

    static STATE: Mutex<Option<State>> = Mutex::new(None);

    fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
        f(lock(&STATE).get_or_insert_with(State::default))
    }

    /// Hands `start` to a spare (ready, or being made), or gives it back
    /// when there is none.
    pub(super) fn take(start: Start) -> Option<Start> {
        with_state(|st| {
            if let Some((_, tx)) = st.ready.pop_front() {
                return tx.send(start).err().map(|e| e.0);
            }
            if st.making > st.queued.len() {
                st.queued.push_back(start);
                return None;
            }
            Some(start)
        })
    }

    /// Starts making spares until enough are ready or being made.
    pub(super) fn replenish() {
        loop {
            let go = with_state(|st| {
                let go = st.ready.len() + st.making < SPARES;
                if go {
                    st.making += 1;
                }
                go
            });
            if !go {
                return;
            }
            let made = std::thread::Builder::new()
                .name("spindle-worker".into())
                .stack_size((4.0 * MIB) as usize + 512 * 1024)
                .spawn(make_spare);
            if made.is_err() {
                give_up();
                return;
            }
        }
    }

    /// A spare could not be made: starts queued beyond the spares still
    /// being made get threads of their own.
    fn give_up() {
        let orphans = with_state(|st| {
            st.making -= 1;
            let keep = st.making.min(st.queued.len());
            st.queued.split_off(keep)
        });
        for start in orphans {
            super::run_worker_on_new_thread(start);
        }
    }

    /// A new spare thread's start: makes and prepares an isolate (when a
    /// permit to do so is free, see `making`), then serves workers.
    fn make_spare() {
        let _counted = crate::cpus::IsolateThread::enter();
        let permit = crate::making::permit();
        let made = make_isolate(&default_options())
            .and_then(|isolate| prepare(isolate, worth_warming_up()));
        drop(permit);
        match made {
            Ok(isolate) => serve_from_now_on(isolate),
            Err(_) => give_up(),
        }
    }

    /// The rest of a spare thread's life, as a loop (a thread may serve
    /// thousands of workers, so not by recursion, which would eat the
    /// stack the engine's own stack limit counts on): wait for a worker,
    /// run it, renew the isolate, wait again — until the spare is not
    /// wanted or not renewable.
    pub(super) fn serve_from_now_on(mut isolate: Isolate) {
        loop {
            let Some((made, start)) = serve(isolate) else {
                return;
            };
            let Some(next) = run_started(made, start, true).and_then(renew) else {
                return;
            };
            isolate = next;
        }
    }

    /// Loads the worker modules into a bootstrapped isolate; with
    /// `warm_up`, also runs a worker's start without its effects, which
    /// takes that work off the next worker's start (see `prepareWorker`).
    fn prepare(mut isolate: Isolate, warm_up: bool) -> Result<Isolate, String> {
        isolate
            .call_hook(c"prepareWorker", &[super::Val::Bool(warm_up)])
            .map(|_| isolate)
            .map_err(|_| "worker preparation failed".to_string())
    }

    /// Most spares kept at once, counting those renewed from finished
    /// workers: a program that starts workers as fast as they finish (a
    /// worker per request) finds one renewed for nearly every start.
    const RENEWED_SPARES: usize = 64;

    /// After a worker that ended by itself: when fewer spares are ready or
    /// being made than a program starting workers steadily could use, its
    /// isolate is made new (fresh realm and state, same warm engine
    /// runtime) for this thread to serve as a spare, which is much cheaper
    /// than a new thread with a new runtime (made when a permit is free,
    /// see `making`). Otherwise (`None`) the isolate is dropped.
    pub(super) fn renew(mut isolate: Isolate) -> Option<Isolate> {
        let wanted = with_state(|st| {
            let wanted = st.ready.len() + st.making < RENEWED_SPARES;
            if wanted {
                st.making += 1;
            }
            wanted
        });
        if !wanted {
            return None;
        }
        save_code_cache_once(&isolate);
        let permit = crate::making::permit();
        let renewed = crate::renew_isolate(&mut isolate, Host::new(Vec::new(), false))
            .and_then(|()| prepare(isolate, worth_warming_up()));
        drop(permit);
        match renewed {
            Ok(isolate) => Some(isolate),
            Err(_) => {
                give_up();
                None
            }
        }
    }

    /// How many workers end before their built-ins go to the on-disk code
    /// cache, with the functions they called (see `save_code_cache_once`).
    const SAVE_CODE_AFTER: usize = 64;

    /// Writes the workers' built-ins to the on-disk code cache once
    /// [`SAVE_CODE_AFTER`] workers have ended by themselves, instead of
    /// only at exit: a server stopped by a signal never gets there, and
    /// every start would then compile the functions its workers call again.
    fn save_code_cache_once(isolate: &Isolate) {
        static ENDED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        if ENDED.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1 == SAVE_CODE_AFTER {
            isolate.save_code_cache(true);
        }
    }

    /// Whether a spare being made should run the warm-up (see `prepare`):
    /// not when a worker is already waiting for it, nor when no CPU is
    /// spare (the CPUs then limit how fast workers start, and the warm-up
    /// would only move work from the next start to here, at the same cost).
    fn worth_warming_up() -> bool {
        with_state(|st| st.queued.is_empty()) && a_cpu_is_spare()
    }

    /// Whether fewer threads run JavaScript (the main thread and the
    /// workers) than there are CPUs.
    fn a_cpu_is_spare() -> bool {
        super::workers().len() < crate::cpus::count()
    }

    /// After a spare was taken: makes its replacement, unless the program
    /// already runs as many threads as there are CPUs. A program that has
    /// just started its workers (a pool of one per CPU) is about to use
    /// every CPU, and a replacement made now would take ~1.5 ms of CPU from
    /// their first tasks for a spare they may never use (`hash.cjs`: 18.6 →
    /// 17.2 ms, medians of 20 interleaved runs). A later `new Worker` that
    /// finds no spare makes one then, and workers that end keep renewing
    /// theirs.
    pub(super) fn replace_taken() {
        if a_cpu_is_spare() {
            replenish();
        }
    }

    /// Offers a made spare (counted in `making`) to the first queued start,
    /// else waits as a ready spare for the next one; `None` when it left
    /// unused.
    fn serve(isolate: Isolate) -> Option<(Isolate, Start)> {
        let (tx, rx) = channel();
        let (queued, id) = with_state(|st| {
            st.making -= 1;
            st.next_id += 1;
            match st.queued.pop_front() {
                Some(start) => (Some(start), st.next_id),
                None => {
                    st.ready.push_back((st.next_id, tx));
                    (None, st.next_id)
                }
            }
        });
        let mut isolate = isolate;
        let start = match queued {
            Some(start) => {
                replace_taken();
                start
            }
            None => wait_for_start(&rx, id, &mut isolate)?,
        };
        Some((isolate, start))
    }

    /// How long a spare beyond the [`SPARES`] kept for good waits for a
    /// worker before it ends (its thread and isolate let go).
    const IDLE_SPARE: Duration = Duration::from_secs(1);

    /// How long a spare waits before collecting the garbage its renewal
    /// left (see `Isolate::collect_if_owed`).
    const COLLECT_WHEN_IDLE: Duration = Duration::from_millis(20);

    /// Waits for a start as ready spare `id`; `None` when this spare ended
    /// instead: while more than `SPARES` are ready, one idle for
    /// `IDLE_SPARE` leaves. A spare idle for `COLLECT_WHEN_IDLE` first
    /// collects what its last renewal left.
    fn wait_for_start(rx: &Receiver<Start>, id: u64, isolate: &mut Isolate) -> Option<Start> {
        let _waiting = crate::cpus::Waiting::begin();
        match rx.recv_timeout(COLLECT_WHEN_IDLE) {
            Ok(start) => return Some(start),
            Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) => isolate.collect_if_owed(),
        }
        loop {
            match rx.recv_timeout(IDLE_SPARE) {
                Ok(start) => return Some(start),
                Err(RecvTimeoutError::Disconnected) => return None,
                Err(RecvTimeoutError::Timeout) => {
                    let left = with_state(|st| {
                        let surplus = st.ready.len() > SPARES;
                        let at = st.ready.iter().position(|(spare, _)| *spare == id);
                        match at {
                            Some(at) if surplus => st.ready.remove(at).is_some(),
                            _ => false,
                        }
                    });
                    if left {
                        return None;
                    }
                }
            }
        }
    }
}

/// `workerWarmUp()`: on the main thread, starts making the warm spares now
/// (in the background), so that a program that loads `worker_threads` or
/// `spindle:pool` finds them ready, or nearly, at its first `new Worker`.
fn worker_warm_up(scope: &mut OpScope) -> OpResult {
    if scope.host(|h: &mut Host| h.is_main_thread) && ROOT.get().is_some() {
        spare::replenish();
    }
    Ok(Val::Undefined)
}

/// `workerEnv()`: in a worker spawned with `copyEnv`, the environment as it
/// was then (an object of strings), once; `undefined` otherwise.
fn worker_env(scope: &mut OpScope) -> OpResult {
    let env = scope.host(|h: &mut Host| h.spawn_env.take());
    Ok(env.map_or(Val::Undefined, |env| {
        spindle_modules::process::env_object(&env)
    }))
}

/// The worker ops.
pub(crate) const OPS: &[Op] = &[
    Op::new("workerEnv", worker_env),
    Op::new("workerWarmUp", worker_warm_up),
    Op::new("workerSpawn", worker_spawn),
    Op::new("workerTerminate", worker_terminate),
    Op::new("workerSetError", worker_set_error),
    Op::new("workerSetErrorText", worker_set_error_text),
    Op::new("threadInfo", thread_info),
    Op::new("threadPost", thread_post),
];
