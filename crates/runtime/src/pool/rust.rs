//! The pool from Rust: build one from a JavaScript file and run tasks on
//! it with serde values in and out, from async code or blocking code.
//! Tasks travel as JSON (parsed and stringified in the worker); the
//! scheduler, errors and timeouts are the ones `spindle:pool` uses.
//!
//! ```no_run
//! use spindle_runtime::{Pool, PoolOptions};
//! let pool = Pool::new(PoolOptions::new("square.js")).unwrap();
//! let nine: u64 = pool.run_blocking(&3).unwrap();
//! assert_eq!(nine, 9);
//! ```

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::sync::oneshot;

use super::{lock, ops, Config, Core, Delivery, Failure, Handler, Owner, Refused, Task, Value};
use crate::worker;

/// How to build a [`Pool`].
#[derive(Clone, Debug)]
pub struct PoolOptions {
    /// The JavaScript file whose export runs each task (CommonJS or ESM).
    pub filename: PathBuf,
    /// The export to call (`"default"`: `module.exports` itself when it is
    /// a function, else its `default`).
    pub name: String,
    /// Workers kept even when idle.
    pub min_threads: usize,
    /// Workers at most.
    pub max_threads: usize,
    /// Tasks one worker runs at once (for async handlers).
    pub concurrent_tasks_per_worker: usize,
    /// Queued tasks beyond which `run` fails with [`PoolError::QueueFull`]
    /// (None: no limit).
    pub max_queue: Option<usize>,
    /// How long a worker above `min_threads` may idle (None: forever).
    pub idle_timeout: Option<Duration>,
    /// The default time limit of a task, counted from when a worker takes
    /// it; a task over it fails with [`PoolError::TimedOut`] and its worker
    /// is stopped and replaced, even in the middle of synchronous code.
    pub task_timeout: Option<Duration>,
    /// Tasks after which a worker is replaced by a fresh one.
    pub max_tasks_per_worker: Option<u64>,
    /// `require('worker_threads').workerData` in every worker.
    pub worker_data: serde_json::Value,
    /// The heap limit of each worker (`resourceLimits.maxOldGenerationSizeMb`).
    pub max_old_generation_size_mb: Option<f64>,
    /// The stack size of each worker (`resourceLimits.stackSizeMb`).
    pub stack_size_mb: Option<f64>,
}

impl PoolOptions {
    /// Defaults for a pool running `filename`: as many workers as CPUs
    /// (at least one kept), one task each at a time, no queue limit.
    pub fn new(filename: impl Into<PathBuf>) -> PoolOptions {
        let cpus = crate::cpus::count();
        PoolOptions {
            filename: filename.into(),
            name: "default".into(),
            min_threads: 1,
            max_threads: cpus,
            concurrent_tasks_per_worker: 1,
            max_queue: None,
            idle_timeout: None,
            task_timeout: None,
            max_tasks_per_worker: None,
            worker_data: serde_json::Value::Null,
            max_old_generation_size_mb: None,
            stack_size_mb: None,
        }
    }
}

/// Per-task options of [`Pool::run_with`].
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Another export of the pool's file to call.
    pub name: Option<String>,
    /// Another file to take the handler from.
    pub filename: Option<PathBuf>,
    /// This task's time limit (instead of the pool's).
    pub timeout: Option<Duration>,
}

/// A JavaScript error thrown by a task's handler.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsError {
    /// Its `name` (`Error`, `TypeError`, …).
    pub name: String,
    /// Its `message`.
    pub message: String,
    /// Its `code`, when it has a string one.
    pub code: Option<String>,
    /// Its `stack`.
    pub stack: String,
}

/// Why a task did not produce a result.
#[derive(Clone, Debug, PartialEq)]
pub enum PoolError {
    /// The handler threw (or its promise rejected).
    Threw(JsError),
    /// The worker exited (`process.exit(code)`) while running the task.
    WorkerExited(i32),
    /// The worker failed: an uncaught error outside the handler, a file
    /// that does not load, or a fault of the runtime.
    WorkerFailed(String),
    /// The worker ran out of memory (its `max_old_generation_size_mb`).
    OutOfMemory,
    /// The task ran longer than its time limit.
    TimedOut(Duration),
    /// The queue is full ([`PoolOptions::max_queue`]).
    QueueFull,
    /// The pool is closed.
    Closed,
    /// The pool was destroyed before the task ended.
    Terminated,
    /// The task or its result could not be turned into / from JSON.
    Json(String),
}

impl std::fmt::Display for PoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PoolError::Threw(e) => write!(f, "{}: {}", e.name, e.message),
            PoolError::WorkerExited(code) => write!(f, "worker exited with code: {code}"),
            PoolError::WorkerFailed(why) => write!(f, "worker failed: {why}"),
            PoolError::OutOfMemory => write!(f, "worker ran out of memory"),
            PoolError::TimedOut(d) => write!(f, "task timed out after {} ms", d.as_millis()),
            PoolError::QueueFull => write!(f, "Task queue is at limit"),
            PoolError::Closed => write!(f, "the pool is closed"),
            PoolError::Terminated => write!(f, "Terminating worker thread"),
            PoolError::Json(why) => write!(f, "JSON: {why}"),
        }
    }
}

impl std::error::Error for PoolError {}

type Outcome = Result<String, PoolError>;

#[derive(Default)]
struct Waiting {
    senders: HashMap<u64, oneshot::Sender<Outcome>>,
    /// Outcomes that arrived before their sender was registered.
    early: HashMap<u64, Outcome>,
    drained: bool,
    all_exited: bool,
}

/// Where a Rust pool's outcomes go, and what its workers start with.
pub(crate) struct Spawner {
    /// Every worker's payload (JSON of `{ workerData }`).
    pub payload: String,
    waiting: Arc<(Mutex<Waiting>, Condvar)>,
}

impl Spawner {
    /// Hands outcomes to the tasks' callers.
    pub fn deliver(&self, delivery: Delivery) {
        let (m, cv) = &*self.waiting;
        let mut w = lock(m);
        let mut settle = |id: u64, outcome: Outcome| match w.senders.remove(&id) {
            Some(tx) => {
                let _ = tx.send(outcome);
            }
            None => {
                w.early.insert(id, outcome);
            }
        };
        match delivery {
            Delivery::Done(id, value) => settle(id, Ok(json_of(value))),
            Delivery::Failed(ids, failure) => {
                let error = error_of(failure);
                for id in ids {
                    settle(id, Err(error.clone()));
                }
            }
            Delivery::Drained => {
                w.drained = true;
                cv.notify_all();
            }
            Delivery::AllExited => {
                w.all_exited = true;
                cv.notify_all();
            }
            _ => {}
        }
    }
}

fn json_of(value: Value) -> String {
    match value {
        Value::Json(text) => text,
        Value::Plain(_) | Value::Cloned(_) => "null".into(),
    }
}

fn error_of(failure: Failure) -> PoolError {
    match failure {
        Failure::Threw(value) => PoolError::Threw(js_error(&json_of(value))),
        Failure::Exited(code) => PoolError::WorkerExited(code),
        Failure::Uncaught(_) => PoolError::WorkerFailed("uncaught exception".into()),
        Failure::OutOfMemory => PoolError::OutOfMemory,
        Failure::Fault(why) => PoolError::WorkerFailed(why),
        Failure::TimedOut(ms) => PoolError::TimedOut(Duration::from_secs_f64(ms / 1000.0)),
        Failure::Closed => PoolError::Closed,
        Failure::Terminated | Failure::Collateral => PoolError::Terminated,
    }
}

/// A thrown value, as the worker wrote it (`{name, message, code, stack}`
/// for errors, any JSON for other values).
fn js_error(text: &str) -> JsError {
    let value: serde_json::Value = serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
    let field = |key: &str| value.get(key).and_then(|v| v.as_str()).map(str::to_string);
    match field("message") {
        Some(message) => JsError {
            name: field("name").unwrap_or_else(|| "Error".into()),
            message,
            code: field("code"),
            stack: field("stack").unwrap_or_default(),
        },
        None => JsError {
            name: "Error".into(),
            message: format!("Uncaught {text}"),
            code: None,
            stack: String::new(),
        },
    }
}

/// A pool of JavaScript workers driven from Rust. Dropping it destroys it
/// (running and queued tasks fail with [`PoolError::Terminated`]).
pub struct Pool {
    core: Arc<Core>,
    waiting: Arc<(Mutex<Waiting>, Condvar)>,
}

impl Pool {
    /// Starts a pool; its first `min_threads` workers start at once.
    pub fn new(options: PoolOptions) -> Result<Pool, PoolError> {
        worker::ensure_root().map_err(PoolError::WorkerFailed)?;
        let filename = std::path::absolute(&options.filename)
            .map_err(|e| PoolError::WorkerFailed(format!("{}: {e}", options.filename.display())))?;
        let id = ops::next_id();
        let spec = serde_json::json!({
            "kind": "pool",
            "value": "",
            "name": "",
            "argv": [],
            "execArgv": [],
            "env": "share",
            "resourceLimits": {
                "maxOldGenerationSizeMb": options.max_old_generation_size_mb.unwrap_or(-1.0),
                "maxYoungGenerationSizeMb": -1,
                "codeRangeSizeMb": -1,
                "stackSizeMb": options.stack_size_mb.unwrap_or(4.0),
            },
        });
        let max_threads = options.max_threads.max(1);
        let config = Config {
            spec: spec.to_string(),
            default_handler: Arc::new(Handler {
                filename: filename.display().to_string(),
                name: options.name.clone(),
            }),
            min_threads: options.min_threads.min(max_threads),
            max_threads,
            concurrent: options.concurrent_tasks_per_worker.max(1),
            max_queue: options.max_queue.unwrap_or(usize::MAX),
            idle_timeout: options.idle_timeout,
            task_timeout: options.task_timeout,
            max_tasks_per_worker: options.max_tasks_per_worker,
            isolate: worker::limits(
                options.stack_size_mb,
                options.max_old_generation_size_mb,
                None,
            ),
        };
        let waiting = Arc::new((Mutex::new(Waiting::default()), Condvar::new()));
        let payload = serde_json::json!({
            "workerData": options.worker_data,
            "pool": { "id": id, "filename": filename, "name": options.name },
        })
        .to_string();
        let spawner = Spawner {
            payload,
            waiting: waiting.clone(),
        };
        let core = Core::new(id, config, Owner::Rust(spawner));
        ops::register(core.clone());
        core.start().map_err(PoolError::WorkerFailed)?;
        Ok(Pool { core, waiting })
    }

    fn submit<T: Serialize + ?Sized>(
        &self,
        task: &T,
        options: RunOptions,
    ) -> Result<oneshot::Receiver<Outcome>, PoolError> {
        let input = serde_json::to_string(task).map_err(|e| PoolError::Json(e.to_string()))?;
        let default = &self.core.config.default_handler;
        let handler = if options.name.is_none() && options.filename.is_none() {
            default.clone()
        } else {
            Arc::new(Handler {
                filename: options
                    .filename
                    .map_or_else(|| default.filename.clone(), |f| f.display().to_string()),
                name: options.name.unwrap_or_else(|| default.name.clone()),
            })
        };
        let id = self
            .core
            .submit(Task::new(Value::Json(input), handler, options.timeout))
            .map_err(|refused| match refused {
                Refused::QueueFull | Refused::NoQueue => PoolError::QueueFull,
                Refused::Closed => PoolError::Closed,
            })?;
        let (tx, rx) = oneshot::channel();
        let mut w = lock(&self.waiting.0);
        match w.early.remove(&id) {
            Some(outcome) => {
                let _ = tx.send(outcome);
            }
            None => {
                w.senders.insert(id, tx);
            }
        }
        Ok(rx)
    }

    fn parse<R: DeserializeOwned>(
        outcome: Result<Outcome, oneshot::error::RecvError>,
    ) -> Result<R, PoolError> {
        let text = outcome.map_err(|_| PoolError::Terminated)??;
        serde_json::from_str(&text).map_err(|e| PoolError::Json(e.to_string()))
    }

    /// Runs one task with the pool's handler; the future resolves with its
    /// result. The task is queued at once (before the future is polled),
    /// and the future borrows nothing.
    pub fn run<T: Serialize + ?Sized, R: DeserializeOwned>(
        &self,
        task: &T,
    ) -> impl std::future::Future<Output = Result<R, PoolError>> + Send + 'static {
        self.run_with(task, RunOptions::default())
    }

    /// [`Pool::run`] with per-task options.
    pub fn run_with<T: Serialize + ?Sized, R: DeserializeOwned>(
        &self,
        task: &T,
        options: RunOptions,
    ) -> impl std::future::Future<Output = Result<R, PoolError>> + Send + 'static {
        let rx = self.submit(task, options);
        async move { Self::parse(rx?.await) }
    }

    /// Runs one task, blocking this thread until it ends. Not for use
    /// inside an async runtime's worker thread (use [`Pool::run`] there).
    pub fn run_blocking<T: Serialize + ?Sized, R: DeserializeOwned>(
        &self,
        task: &T,
    ) -> Result<R, PoolError> {
        self.run_blocking_with(task, RunOptions::default())
    }

    /// [`Pool::run_blocking`] with per-task options.
    pub fn run_blocking_with<T: Serialize + ?Sized, R: DeserializeOwned>(
        &self,
        task: &T,
        options: RunOptions,
    ) -> Result<R, PoolError> {
        let rx = self.submit(task, options)?;
        Self::parse(rx.blocking_recv())
    }

    /// Tasks waiting for a worker.
    pub fn queue_size(&self) -> usize {
        self.core.stats().queued
    }

    /// Workers alive (starting, busy or idle).
    pub fn threads(&self) -> usize {
        self.core.stats().threads
    }

    /// Tasks finished (with a result or an error from their handler).
    pub fn completed(&self) -> u64 {
        self.core.stats().completed
    }

    /// Stops taking tasks, waits up to `timeout` for queued and running
    /// ones to finish, then destroys the pool. False if time ran out (the
    /// tasks still running then fail with [`PoolError::Terminated`]).
    pub fn close(&self, timeout: Duration) -> bool {
        self.core.close(false);
        let until = Instant::now() + timeout;
        let (m, cv) = &*self.waiting;
        let mut w = lock(m);
        while !w.drained {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            w = cv
                .wait_timeout(w, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        let drained = w.drained;
        drop(w);
        self.destroy();
        drained
    }

    /// Fails every queued and running task with [`PoolError::Terminated`]
    /// and stops every worker; returns once they have exited (or after 5 s).
    pub fn destroy(&self) {
        self.core.destroy();
        let until = Instant::now() + Duration::from_secs(5);
        let (m, cv) = &*self.waiting;
        let mut w = lock(m);
        while !w.all_exited && Instant::now() < until {
            w = cv
                .wait_timeout(w, Duration::from_millis(20))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}

impl Drop for Pool {
    /// Destroys the pool and waits (up to 5 s) for its workers to exit, so
    /// none is left running JavaScript while the process ends.
    fn drop(&mut self) {
        self.destroy();
        ops::unregister(self.core.id);
    }
}
