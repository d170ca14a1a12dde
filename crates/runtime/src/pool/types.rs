//! What the scheduler works with: a pool's configuration, tasks and their
//! values, the failures a task can end with, and what the owner is told.

use std::sync::Arc;
use std::time::{Duration, Instant};

use spindle_core::{IsolateOptions, Serialized};
use spindle_modules::host::InboxSender;

use super::rust;

/// How a pool behaves (piscina's options, plus spindle's own).
#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub min_threads: usize,
    pub max_threads: usize,
    pub concurrent: usize,
    /// Queued tasks beyond which `submit` refuses (`usize::MAX`: no limit).
    pub max_queue: usize,
    /// How long a worker above `min_threads` may idle (None: forever).
    pub idle_timeout: Option<Duration>,
    /// The default per-task time limit, counted from dispatch.
    pub task_timeout: Option<Duration>,
    /// Tasks after which a worker is replaced (None: never).
    pub max_tasks_per_worker: Option<u64>,
    /// The isolate limits of every worker.
    pub isolate: IsolateOptions,
    /// The worker spec (`runWorker`'s first argument).
    pub spec: String,
    /// The handler of tasks that name none.
    pub default_handler: Arc<Handler>,
}

/// A task's input or output as it crosses threads.
pub(crate) enum Value {
    /// A primitive (number, boolean, null, undefined, well-formed string):
    /// carried as it is, without the structured-clone machinery.
    Plain(spindle_core::Val),
    /// A structured clone (JS pools).
    Cloned(Serialized),
    /// JSON text (Rust pools: serde on the Rust side, JSON.parse in JS).
    Json(String),
}

/// Which export of which file runs a task.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Handler {
    pub filename: String,
    pub name: String,
}

/// A task waiting in the queue.
pub(crate) struct Task {
    pub input: Value,
    pub handler: Arc<Handler>,
    pub timeout: Option<Duration>,
    pub(super) queued_at: Instant,
}

impl Task {
    /// A task to submit.
    pub fn new(input: Value, handler: Arc<Handler>, timeout: Option<Duration>) -> Task {
        Task {
            input,
            handler,
            timeout,
            queued_at: Instant::now(),
        }
    }
}

/// Why a task (or a worker, with no task to blame) failed.
pub(crate) enum Failure {
    /// The handler threw or rejected with this value.
    Threw(Value),
    /// The worker called `process.exit(code)` or ended on its own.
    Exited(i32),
    /// An uncaught error ended the worker (its serialized form).
    Uncaught(Serialized),
    /// The worker ran out of memory.
    OutOfMemory,
    /// The runtime stopped the worker (`panic: …`, `init: …`).
    Fault(String),
    /// The task ran longer than its timeout (ms).
    TimedOut(f64),
    /// The pool was closed with `force` before the task started.
    Closed,
    /// The pool was destroyed.
    Terminated,
    /// Another task on the same worker timed out or was aborted, so the
    /// worker was stopped.
    Collateral,
}

/// What the scheduler tells a JS pool's owner thread.
pub(crate) enum Delivery {
    /// A task finished with this result.
    Done(u64, Value),
    /// These tasks failed.
    Failed(Vec<u64>, Failure),
    /// A worker has loaded its handler and takes tasks.
    WorkerCreated(u64),
    /// A worker has gone.
    WorkerDestroyed(u64),
    /// The pool wants one more worker (the owner spawns it: it holds
    /// `workerData`).
    SpawnWanted,
    /// A worker failed with no task to blame (piscina's `error` event).
    Error(Failure),
    /// Closing, and nothing is queued or running any more.
    Drained,
    /// Destroyed, and every worker has exited.
    AllExited,
}

/// Who receives a pool's outcomes.
pub(crate) enum Owner {
    /// An isolate running `spindle:pool`.
    Js(InboxSender),
    /// Rust code ([`crate::Pool`]): the pool spawns its own workers.
    Rust(rust::Spawner),
}

/// Counts for the pool's properties.
pub(crate) struct Stats {
    pub queued: usize,
    pub running: usize,
    pub threads: usize,
    pub idle: usize,
    pub completed: u64,
    pub starting_capacity: usize,
}

/// Why `submit` refused a task.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refused {
    /// The queue holds `max_queue` tasks.
    QueueFull,
    /// `max_queue` is 0 and every worker is busy.
    NoQueue,
    /// The pool is closing or destroyed.
    Closed,
}
