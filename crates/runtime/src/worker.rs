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
    ClonedValue, InterruptHandle, IsolateOptions, Op, OpError, OpResult, OpScope, ParentHandle,
    Serialized, Val,
};
use spindle_modules::host::InboxSender;
use spindle_modules::messaging::{self, PortEnd};
use spindle_modules::{Host, Message};

use crate::{exit_code, new_isolate, run_event_loop};

/// The runtime every worker is a child of (the main isolate's).
static ROOT: OnceLock<Mutex<ParentHandle>> = OnceLock::new();

/// Records the main isolate's runtime as the parent of all workers.
pub(crate) fn set_root(parent: ParentHandle) {
    let _ = ROOT.set(Mutex::new(parent));
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);

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

/// What a worker thread needs to start.
struct Start {
    thread_id: u64,
    spec: String,
    payload: Serialized,
    port: Arc<PortEnd>,
    parent_inbox: InboxSender,
    options: IsolateOptions,
}

const MIB: f64 = 1024.0 * 1024.0;

/// `workerSpawn(specJson, payload, transferArray, stackSizeMb, maxOldMb,
/// maxYoungMb)` → `[threadId, portId]`: starts a worker thread. `payload` is
/// structured-cloned (with the transfer list) for the worker's `runWorker`.
fn worker_spawn(scope: &mut OpScope) -> OpResult {
    let spec = scope.string(0)?;
    let payload = scope.serialize(1, 2)?;
    let stack_mb = scope.number(3).unwrap_or(4.0).clamp(0.25, 1024.0);
    let max_old_mb = scope.number(4).ok().filter(|n| *n > 0.0);
    let max_young_mb = scope.number(5).ok().filter(|n| *n > 0.0);
    let thread_id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
    let (here, there) = messaging::channel();
    let port_id = here.id();
    let parent_inbox = scope.host(|h: &mut Host| {
        let inbox = h.inbox();
        h.ports.adopt(here, inbox.clone());
        inbox
    });
    let stack_quota = (stack_mb * MIB) as usize;
    let options = IsolateOptions {
        stack_quota,
        max_heap_bytes: max_old_mb.map(|mb| (mb * MIB).min(u32::MAX as f64) as u32),
        max_nursery_bytes: Some(
            max_young_mb.map_or(1024.0 * 1024.0, |mb| (mb * MIB).min(u32::MAX as f64)) as u32,
        ),
    };
    workers().insert(thread_id, Control::default());
    let start = Start {
        thread_id,
        spec,
        payload,
        port: there,
        parent_inbox,
        options,
    };
    let spawned = std::thread::Builder::new()
        .name(format!("spindle-worker-{thread_id}"))
        .stack_size(stack_quota + 512 * 1024)
        .spawn(move || run_worker(start));
    if let Err(e) = spawned {
        workers().remove(&thread_id);
        return Err(
            OpError::error(format!("could not start a worker thread: {e}"))
                .with_code("ERR_WORKER_INIT_FAILED"),
        );
    }
    Ok(Val::Array(vec![
        Val::Number(thread_id as f64),
        Val::Number(port_id as f64),
    ]))
}

/// The body of a worker thread.
fn run_worker(start: Start) {
    let Start {
        thread_id,
        spec,
        payload,
        port,
        parent_inbox,
        options,
    } = start;
    let parent = ROOT.get().map(|root| lock(root).clone());
    let mut host = Host::new(Vec::new(), false);
    host.thread_id = thread_id;
    let inbox = host.inbox();
    let mut isolate = match new_isolate(host, parent, &options) {
        Ok(isolate) => isolate,
        Err(e) => {
            eprintln!("spindle: worker {thread_id} failed to start: {e}");
            workers().remove(&thread_id);
            parent_inbox.post(Message::WorkerExit {
                thread_id,
                code: 1,
                error: None,
            });
            return;
        }
    };
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
        parent_inbox.post(Message::WorkerOnline(thread_id));
        let args = [
            Val::from(spec),
            Val::Cloned(ClonedValue::new(payload)),
            Val::Number(port_id as f64),
            Val::Number(thread_id as f64),
        ];
        if isolate.call_hook(c"runWorker", &args).is_ok() {
            run_event_loop(&mut isolate);
        }
    }
    let terminated = workers().remove(&thread_id).is_some_and(|c| c.terminate);
    let requested = isolate.with_host(|h: &mut Host| h.exit_code);
    let code = match requested {
        Some(code) => code,
        None if terminated => 1,
        None => exit_code(&isolate),
    };
    let error = isolate.with_host(|h: &mut Host| h.worker_error.take());
    drop(isolate);
    parent_inbox.post(Message::WorkerExit {
        thread_id,
        code,
        error,
    });
}

/// `workerTerminate(threadId)`: stops the worker whatever it is doing.
fn worker_terminate(scope: &mut OpScope) -> OpResult {
    let thread_id = scope.number(0)? as u64;
    let mut table = workers();
    if let Some(control) = table.get_mut(&thread_id) {
        control.terminate = true;
        if let Some(interrupt) = &control.interrupt {
            interrupt.terminate();
        }
        if let Some(inbox) = &control.inbox {
            inbox.post(Message::Wake);
        }
    }
    Ok(Val::Undefined)
}

/// `workerSetError(value)`: in a worker, the uncaught error (already in a
/// cloneable form) that the parent's `error` event will carry.
fn worker_set_error(scope: &mut OpScope) -> OpResult {
    let image = scope.serialize(0, 1)?;
    scope.host(|h: &mut Host| h.worker_error = Some(image));
    Ok(Val::Undefined)
}

/// `threadInfo()` → `[isMainThread, threadId]`.
fn thread_info(scope: &mut OpScope) -> OpResult {
    let (main, id) = scope.host(|h: &mut Host| (h.is_main_thread, h.thread_id));
    Ok(Val::Array(vec![Val::Bool(main), Val::Number(id as f64)]))
}

/// The worker ops.
pub(crate) const OPS: &[Op] = &[
    Op::new("workerSpawn", worker_spawn),
    Op::new("workerTerminate", worker_terminate),
    Op::new("workerSetError", worker_set_error),
    Op::new("threadInfo", thread_info),
];
