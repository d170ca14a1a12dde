//! The ops of `spindle:pool`: the owner side (create, spawn, submit,
//! results, cancel, close) and the worker side (ready, take, finish).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use spindle_core::{ClonedValue, Op, OpError, OpResult, OpScope, Val};
use spindle_modules::Host;

use super::{Config, Core, Delivery, Failure, Handler, Histogram, Owner, Refused, Task, Value};
use crate::worker;

fn pools() -> MutexGuard<'static, HashMap<u64, Arc<Core>>> {
    static POOLS: OnceLock<Mutex<HashMap<u64, Arc<Core>>>> = OnceLock::new();
    super::lock(POOLS.get_or_init(Default::default))
}

thread_local! {
    /// The pool this thread used last (the per-task ops skip the table).
    static LAST: RefCell<Option<Arc<Core>>> = const { RefCell::new(None) };
}

/// The pool with this id (argument `i`).
fn pool(scope: &OpScope, i: usize) -> Result<Arc<Core>, OpError> {
    let id = scope.number(i)? as u64;
    let cached = LAST.with(|last| last.borrow().as_ref().filter(|c| c.id == id).cloned());
    if let Some(core) = cached {
        return Ok(core);
    }
    let core = pools()
        .get(&id)
        .cloned()
        .ok_or_else(|| OpError::error("this pool has been destroyed"))?;
    LAST.with(|last| *last.borrow_mut() = Some(core.clone()));
    Ok(core)
}

/// A non-negative number option, or None when negative (no limit).
fn limit(scope: &OpScope, i: usize) -> Option<f64> {
    scope.number(i).ok().filter(|n| *n >= 0.0)
}

fn millis(ms: f64) -> Duration {
    Duration::from_secs_f64(ms.min(1e12) / 1000.0)
}

/// `poolCreate(spec, filename, name, minThreads, maxThreads, concurrent,
/// maxQueue, idleTimeoutMs, taskTimeoutMs, maxTasksPerWorker, stackMb,
/// maxOldMb, maxYoungMb)` → id. Negative numbers mean "no limit".
fn pool_create(scope: &mut OpScope) -> OpResult {
    let id = next_id();
    let config = Config {
        spec: scope.string(0)?,
        default_handler: Arc::new(Handler {
            filename: scope.string(1).unwrap_or_default(),
            name: scope.string(2)?,
        }),
        min_threads: scope.number(3)? as usize,
        max_threads: (scope.number(4)? as usize).max(1),
        concurrent: (scope.number(5)? as usize).max(1),
        max_queue: limit(scope, 6).map_or(usize::MAX, |n| n as usize),
        idle_timeout: limit(scope, 7).map(millis),
        task_timeout: limit(scope, 8).map(millis),
        max_tasks_per_worker: limit(scope, 9).map(|n| (n as u64).max(1)),
        isolate: worker::limits(limit(scope, 10), limit(scope, 11), limit(scope, 12)),
    };
    let inbox = scope.host(|h: &mut Host| h.inbox());
    let core = Core::new(id, config, Owner::Js(inbox));
    pools().insert(id, core);
    Ok(Val::Number(id as f64))
}

/// `poolSpawn(poolId, asked, payload)` → `[threadId, portId]`: starts a
/// worker (`asked`: one the scheduler wanted) with `payload` cloned.
fn pool_spawn(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let asked = scope.truthy(1);
    let payload = match scope.serialize(2, 3) {
        Ok(p) => p,
        Err(e) => {
            core.spawn_failed(asked);
            return Err(e);
        }
    };
    let (thread_id, here) = core.spawn_for_owner(payload, asked)?;
    Ok(worker::adopt_parent_port(scope, thread_id, here))
}

/// `poolSubmit(poolId, task, transferArray, filename, name, timeoutMs,
/// plain)` → the task id, or -1 (queue at limit), -2 (no queue and all
/// busy), -3 (closed). `plain`: the task is a primitive JS checked can
/// travel as it is.
fn pool_submit(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let input = if scope.truthy(6) {
        Value::Plain(scope.value(1))
    } else {
        Value::Cloned(scope.serialize(1, 2)?)
    };
    let handler = if scope.is_undefined(3) && scope.is_undefined(4) {
        core.config.default_handler.clone()
    } else {
        let default = &core.config.default_handler;
        let filename = scope.string(3).unwrap_or_else(|_| default.filename.clone());
        let name = scope.string(4).unwrap_or_else(|_| default.name.clone());
        if filename == default.filename && name == default.name {
            default.clone()
        } else {
            Arc::new(Handler { filename, name })
        }
    };
    let timeout = limit(scope, 5).map(millis);
    let id = match core.submit(Task::new(input, handler, timeout)) {
        Ok(id) => id as f64,
        Err(Refused::QueueFull) => -1.0,
        Err(Refused::NoQueue) => -2.0,
        Err(Refused::Closed) => -3.0,
    };
    Ok(Val::Number(id))
}

fn value_val(value: Value) -> Val {
    match value {
        Value::Plain(v) => v,
        Value::Cloned(image) => Val::Cloned(ClonedValue::new(image)),
        Value::Json(text) => Val::String(text),
    }
}

/// A failure as `[kind, detail]` for the JS side to turn into an error.
fn failure_val(failure: Failure) -> Val {
    let (kind, detail) = match failure {
        Failure::Threw(value) => ("threw", value_val(value)),
        Failure::Exited(code) => ("exited", Val::Number(code as f64)),
        Failure::Uncaught(image) => ("uncaught", Val::Cloned(ClonedValue::new(image))),
        Failure::OutOfMemory => ("oom", Val::Undefined),
        Failure::Fault(text) => ("fault", Val::String(text)),
        Failure::TimedOut(ms) => ("timeout", Val::Number(ms)),
        Failure::Closed => ("closed", Val::Undefined),
        Failure::Terminated => ("terminated", Val::Undefined),
        Failure::Collateral => ("collateral", Val::Undefined),
    };
    Val::Array(vec![Val::from(kind), detail])
}

/// `poolResults(poolId)` → a flat array of `[kind, a, b]` triples: 0 done
/// (id, value), 1 failed (ids, failure), 2 worker created (threadId), 3
/// worker destroyed (threadId), 4 spawn wanted, 5 error (failure), 6
/// drained, 7 all exited.
fn pool_results(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let deliveries = core.take_deliveries();
    let mut out = Vec::with_capacity(deliveries.len() * 3);
    for delivery in deliveries {
        let (kind, a, b) = match delivery {
            Delivery::Done(id, value) => (0, Val::Number(id as f64), value_val(value)),
            Delivery::Failed(ids, failure) => {
                let ids = ids.into_iter().map(|id| Val::Number(id as f64)).collect();
                (1, Val::Array(ids), failure_val(failure))
            }
            Delivery::WorkerCreated(t) => (2, Val::Number(t as f64), Val::Undefined),
            Delivery::WorkerDestroyed(t) => (3, Val::Number(t as f64), Val::Undefined),
            Delivery::SpawnWanted => (4, Val::Undefined, Val::Undefined),
            Delivery::Error(failure) => (5, Val::Undefined, failure_val(failure)),
            Delivery::Drained => (6, Val::Undefined, Val::Undefined),
            Delivery::AllExited => (7, Val::Undefined, Val::Undefined),
        };
        out.extend([Val::Number(kind as f64), a, b]);
    }
    Ok(Val::Array(out))
}

/// `poolCancel(poolId, taskId)` → 1 (was queued), 2 (was running: its
/// worker is stopped), 0 (had ended).
fn pool_cancel(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let id = scope.number(1)? as u64;
    Ok(Val::Number(core.cancel(id) as f64))
}

/// `poolClose(poolId, force)`.
fn pool_close(scope: &mut OpScope) -> OpResult {
    pool(scope, 0)?.close(scope.truthy(1));
    Ok(Val::Undefined)
}

/// `poolDestroy(poolId)`.
fn pool_destroy(scope: &mut OpScope) -> OpResult {
    pool(scope, 0)?.destroy();
    Ok(Val::Undefined)
}

/// `poolRelease(poolId)`: the owner is done with the pool.
fn pool_release(scope: &mut OpScope) -> OpResult {
    let id = scope.number(0)? as u64;
    pools().remove(&id);
    LAST.with(|last| *last.borrow_mut() = None);
    Ok(Val::Undefined)
}

/// `poolStats(poolId)` → `[queued, running, threads, idle, completed,
/// startingCapacity, threadIds]`.
fn pool_stats(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let s = core.stats();
    let ids = core
        .thread_ids()
        .into_iter()
        .map(|t| Val::Number(t as f64))
        .collect();
    Ok(Val::Array(vec![
        Val::Number(s.queued as f64),
        Val::Number(s.running as f64),
        Val::Number(s.threads as f64),
        Val::Number(s.idle as f64),
        Val::Number(s.completed as f64),
        Val::Number(s.starting_capacity as f64),
        Val::Array(ids),
    ]))
}

/// The percentiles a summary reports (piscina's).
const PERCENTILES: [f64; 15] = [
    0.001, 0.01, 0.1, 1.0, 2.5, 10.0, 25.0, 50.0, 75.0, 90.0, 97.5, 99.0, 99.9, 99.99, 99.999,
];

fn summary(h: &Histogram) -> Val {
    let [mean, stddev, min, max] = h.moments();
    let mut out = vec![h.count() as f64, mean, stddev, min, max];
    out.extend(PERCENTILES.iter().map(|p| h.percentile(*p)));
    Val::Array(out.into_iter().map(|us| Val::Number(us / 1000.0)).collect())
}

/// `poolHistogram(poolId, runTime)` → `[count/1000, mean, stddev, min,
/// max, ...percentiles]` in ms (count too is divided; the caller fixes it).
fn pool_histogram(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let (run, wait) = core.histograms();
    Ok(summary(if scope.truthy(1) { &run } else { &wait }))
}

/// `poolResetHistogram(poolId, runTime)`.
fn pool_reset_histogram(scope: &mut OpScope) -> OpResult {
    pool(scope, 0)?.reset_histogram(scope.truthy(1));
    Ok(Val::Undefined)
}

/// `poolReady(poolId)`: in a worker, its handler is loaded.
fn pool_ready(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let (thread_id, inbox) = scope.host(|h: &mut Host| (h.thread_id, h.inbox()));
    core.ready(thread_id, inbox);
    Ok(Val::Undefined)
}

/// A task as `[id, input, filename, name, isJson]` for the worker.
fn task_val(next: Option<(u64, Task)>) -> Val {
    let Some((id, task)) = next else {
        return Val::Undefined;
    };
    let is_json = matches!(task.input, Value::Json(_));
    Val::Array(vec![
        Val::Number(id as f64),
        value_val(task.input),
        Val::String(task.handler.filename.clone()),
        Val::String(task.handler.name.clone()),
        Val::Bool(is_json),
    ])
}

/// `poolTake(poolId)` → the worker's next task, or undefined.
fn pool_take(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let thread_id = scope.host(|h: &mut Host| h.thread_id);
    Ok(task_val(core.take(thread_id)))
}

/// `poolFinish(poolId, taskId, ok, value, transferArray, mode)` → the
/// worker's next task, or undefined. `mode`: 0 `value` is cloned, 1 it is
/// JSON text already (a Rust caller's task), 2 it is a plain primitive.
fn pool_finish(scope: &mut OpScope) -> OpResult {
    let core = pool(scope, 0)?;
    let id = scope.number(1)? as u64;
    let ok = scope.truthy(2);
    let value = match scope.number(5).unwrap_or(0.0) as u8 {
        1 => Value::Json(scope.string(3)?),
        2 => Value::Plain(scope.value(3)),
        _ => Value::Cloned(scope.serialize(3, 4)?),
    };
    let thread_id = scope.host(|h: &mut Host| h.thread_id);
    let outcome = if ok { Ok(value) } else { Err(value) };
    Ok(task_val(core.finish(thread_id, id, outcome)))
}

/// The pool ops.
pub(crate) const OPS: &[Op] = &[
    Op::new("poolCreate", pool_create),
    Op::new("poolSpawn", pool_spawn),
    Op::new("poolSubmit", pool_submit),
    Op::new("poolResults", pool_results),
    Op::new("poolCancel", pool_cancel),
    Op::new("poolClose", pool_close),
    Op::new("poolDestroy", pool_destroy),
    Op::new("poolRelease", pool_release),
    Op::new("poolStats", pool_stats),
    Op::new("poolHistogram", pool_histogram),
    Op::new("poolResetHistogram", pool_reset_histogram),
    Op::new("poolReady", pool_ready),
    Op::new("poolTake", pool_take),
    Op::new("poolFinish", pool_finish),
];

/// Makes a pool's core known to the worker-side ops (Rust pools).
pub(crate) fn register(core: Arc<Core>) {
    pools().insert(core.id, core);
}

/// Forgets a pool (Rust pools, when dropped).
pub(crate) fn unregister(id: u64) {
    pools().remove(&id);
}

/// A fresh pool id (shared by JS and Rust pools).
pub(crate) fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
