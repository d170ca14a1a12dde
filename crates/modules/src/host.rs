//! The per-isolate host state the event loop and the ops share.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

use spindle_core::{OpError, Serialized, Val};

use crate::messaging::PortTable;
use crate::reactor::Doorbell;

/// Something another thread posts to an isolate's event loop.
#[derive(Debug)]
pub enum Message {
    /// An async op finished: call the JS completion for `id`.
    Completion {
        /// The id JavaScript gave the op.
        id: f64,
        /// Its result.
        result: Result<Val, OpError>,
    },
    /// Wake the loop to re-check its state (no work of its own).
    Wake,
    /// Messages (or a close) wait on this port of the isolate.
    PortReady(u64),
    /// A value sent to this thread with `postMessageToThread`.
    ThreadMessage {
        /// The sender's thread id.
        from: u64,
        /// The value.
        value: Serialized,
    },
    /// A worker this isolate started is running its script.
    WorkerOnline(u64),
    /// A worker this isolate started has ended: every message it sent is
    /// already queued on its port.
    WorkerExit {
        /// The worker's thread id.
        thread_id: u64,
        /// Its exit code.
        code: i32,
        /// The uncaught error that ended it, serialized by the worker.
        error: Option<Serialized>,
        /// Why the runtime (not JavaScript) ended it: `out-of-memory`,
        /// `panic: …` or `init: …`.
        fault: Option<String>,
    },
    /// Outcomes (or events) of a pool this isolate owns are waiting.
    PoolReady(u64),
    /// In a pool's worker: tasks wait for it to take them.
    PoolWork(u64),
    /// Something happened to one of this isolate's HTTP servers,
    /// connections or client requests (see [`crate::http`]).
    Http(crate::http::HttpEvent),
    /// Something happened to one of this isolate's child processes or
    /// their pipes (see [`crate::child_process`]).
    Child(crate::child_process::Event),
    /// Something happened to one of this isolate's `net` servers or
    /// sockets (see [`crate::net`]).
    Net(crate::net::NetEvent),
}

/// Sends messages into one isolate's event loop; cheap to clone, `Send`.
#[derive(Clone, Debug)]
pub struct InboxSender {
    tx: Sender<Message>,
    bell: Arc<Doorbell>,
}

impl InboxSender {
    /// Posts a message; false when the isolate has already gone.
    pub fn post(&self, message: Message) -> bool {
        let sent = self.tx.send(message).is_ok();
        if sent {
            self.bell.ring();
        }
        sent
    }
}

/// What the isolate's JavaScript told the loop about timers.
#[derive(Debug, Default, Clone, Copy)]
pub struct TimerState {
    /// Milliseconds (since [`Host::start`]) of the earliest timer, if any.
    pub next: Option<f64>,
    /// True while at least one timer is ref'd.
    pub refed: bool,
}

/// Per-isolate state owned by the runtime and reachable from every op.
pub struct Host {
    /// When the isolate started (timers and `performance.now` count from it).
    pub start: Instant,
    /// `process.argv`.
    pub argv: Vec<String>,
    /// `process.execArgv`.
    pub exec_argv: Vec<String>,
    /// True in the main isolate, false in workers.
    pub is_main_thread: bool,
    /// The worker's thread id (0 on the main thread).
    pub thread_id: u64,
    /// Timers, as last reported by JavaScript.
    pub timers: TimerState,
    /// Immediates queued (and whether any keeps the loop alive).
    pub immediates_pending: bool,
    /// True when a queued immediate is ref'd.
    pub immediates_refed: bool,
    /// Count of other things that keep the loop alive (pending async ops,
    /// servers, worker handles).
    pub refs: u32,
    /// The exit code `process.exit` asked for.
    pub exit_code: Option<i32>,
    /// The program ended by itself (its loop ran out of work) and no `exit`
    /// listener ran, so nothing of it can still be queued: its isolate may
    /// be renewed for another program.
    pub ended_cleanly: bool,
    /// JavaScript waits on something another thread settles (a pending
    /// `Atomics.waitAsync`), which would land in whatever program the
    /// isolate runs next: such an isolate is not renewed.
    pub off_thread_pending: bool,
    /// Milliseconds the event loop has spent waiting for events.
    pub idle_ms: f64,
    /// When the event loop first ran (ms since start), or -1 before.
    pub loop_start_ms: f64,
    /// The message ports this isolate holds.
    pub ports: PortTable,
    /// In a worker: the uncaught error that ends it, for the parent.
    pub worker_error: Option<Serialized>,
    /// In a worker whose parent reads no structured clones (a Rust pool's):
    /// the uncaught error as text, reported as the worker's fault.
    pub worker_error_text: Option<String>,
    /// In a worker started with the default `env`: the process environment
    /// as it was when the worker was spawned, its `process.env` once read.
    pub spawn_env: Option<crate::process::Environment>,
    inbox_tx: Sender<Message>,
    inbox_rx: Option<Receiver<Message>>,
    bell: Arc<Doorbell>,
}

impl Host {
    /// New host state for an isolate with this `process.argv`.
    pub fn new(argv: Vec<String>, is_main_thread: bool) -> Host {
        let (tx, rx) = channel();
        Host {
            start: Instant::now(),
            argv,
            exec_argv: Vec::new(),
            is_main_thread,
            thread_id: 0,
            timers: TimerState::default(),
            immediates_pending: false,
            immediates_refed: false,
            refs: 0,
            exit_code: None,
            ended_cleanly: false,
            off_thread_pending: false,
            idle_ms: 0.0,
            loop_start_ms: -1.0,
            ports: PortTable::default(),
            worker_error: None,
            worker_error_text: None,
            spawn_env: None,
            inbox_tx: tx,
            inbox_rx: Some(rx),
            bell: Arc::default(),
        }
    }

    /// A sender other threads use to post into this isolate's loop.
    pub fn inbox(&self) -> InboxSender {
        InboxSender {
            tx: self.inbox_tx.clone(),
            bell: self.bell.clone(),
        }
    }

    /// What wakes this isolate's loop while it waits in its thread's
    /// network reactor (see [`crate::reactor::wait`]).
    pub fn doorbell(&self) -> Arc<Doorbell> {
        self.bell.clone()
    }

    /// The loop takes the receiving end once, when it starts.
    pub fn take_inbox_receiver(&mut self) -> Option<Receiver<Message>> {
        self.inbox_rx.take()
    }

    /// Milliseconds since the isolate started.
    pub fn now_ms(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }

    /// True while something ref'd keeps the event loop running.
    pub fn is_alive(&self) -> bool {
        self.refs > 0
            || (self.timers.next.is_some() && self.timers.refed)
            || (self.immediates_pending && self.immediates_refed)
    }
}

/// Runs blocking work (file I/O) on the process-wide I/O pool.
pub fn run_blocking(job: impl FnOnce() + Send + 'static) {
    use std::sync::{Mutex, OnceLock};
    type Job = Box<dyn FnOnce() + Send>;
    static POOL: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    let pool = POOL.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        let rx = std::sync::Arc::new(Mutex::new(rx));
        for i in 0..4 {
            let rx = rx.clone();
            let _ = std::thread::Builder::new()
                .name(format!("spindle-io-{i}"))
                .spawn(move || loop {
                    let job = match rx.lock() {
                        Ok(guard) => guard.recv(),
                        Err(_) => return,
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                });
        }
        Mutex::new(tx)
    });
    let _ = pool.lock().map(|tx| tx.send(Box::new(job)));
}
