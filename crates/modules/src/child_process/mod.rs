//! Ops under `child_process`: starting programs, their pipes, their exit,
//! and the IPC channel of `fork()`.
//!
//! Processes are started with `std::process::Command` (descriptors above 2,
//! such as the IPC channel at 3, are placed by a `pre_exec` step). Nothing
//! here blocks the JavaScript thread except `spawnSync`: a small thread per
//! child waits for it to end, a thread per readable pipe reads it, and
//! writes that do not fit at once finish on a writer thread (see
//! [`streams`]). What those threads see reaches the owning isolate as a
//! [`Message::Child`] in its inbox, which the event loop hands to the
//! `onChild` hook as `[kind, id, …]`:
//! - `1 Data, streamId, bytes`
//! - `2 End, streamId, errno` (0 at end-of-file, else the read error)
//! - `3 WriteDone, streamId, requestId, errno`
//! - `4 Exit, processId, exitCode|null, signalNumber` (0: no signal)
//!
//! Ops (lists are strings joined by `"\0"`, which no argument may hold):
//! - `cpSpawn(file, args, env|undefined, extraEnv, cwd|undefined, slots,
//!   detached, uid|undefined, gid|undefined)` → `[processId, pid,
//!   streamId…]` (one per slot, 0 for none), or the negative errno when it
//!   cannot start. `slots` is a comma list: -1 pipe, -2 ignore, -3 ipc, or
//!   a descriptor of ours (`inherit` is the slot's own number).
//! - `cpSpawnSync(same nine…, input|undefined, timeoutMs, killSignal,
//!   maxBuffer)` → `{pid, output, status, signal, error}`
//! - `cpKill(processId, signal)` → 0 or the negative errno
//! - `cpKillPid(pid, signal)` → 0 or the negative errno (`process.kill`)
//! - `cpFlow(streamId, flowing)`: pause or resume reading
//! - `cpWrite(streamId, stringOrBytes)` → 0 written, `n > 0` queued as
//!   request `n`, or the negative errno
//! - `cpQueued(streamId)` → bytes waiting to be written
//! - `cpClose(streamId)`: stop reading, close once writes are done
//! - `cpIpcOpen(fd)` → the stream of an inherited IPC descriptor, or the
//!   negative errno
//! - `cpSerialize(value)` / `cpDeserialize(bytes)`: the `'advanced'`
//!   serialization (see [`spindle_core::Serialized::from_portable`])
//! - `cpSignals()` → `[name, number]` pairs of this system's signals

mod fds;
mod signals;
mod spawn;
mod streams;
mod sync;

use std::cell::RefCell;
use std::collections::HashMap;
use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use spindle_core::{ClonedValue, Op, OpError, OpResult, OpScope, Serialized, Val};

use crate::host::{Host, InboxSender, Message};
use spawn::{ProcState, Slot, SpawnRequest};
use streams::{Latch, ReadControl, WriteOutcome, Writer};

/// Something a helper thread saw, for the isolate that owns the child.
#[derive(Debug)]
pub enum Event {
    /// Bytes read from a stream.
    Data {
        /// The stream.
        id: u64,
        /// What was read.
        bytes: Vec<u8>,
    },
    /// A stream's reading side ended.
    End {
        /// The stream.
        id: u64,
        /// 0 at end-of-file, else the negative errno of the failed read.
        errno: f64,
    },
    /// A queued write finished.
    WriteDone {
        /// The stream.
        id: u64,
        /// The request number `cpWrite` returned.
        req: u64,
        /// 0, or the negative errno of the failed write.
        errno: f64,
    },
    /// A child process ended.
    Exit {
        /// The process (as `cpSpawn` numbered it).
        id: u64,
        /// Its exit code, when it exited.
        code: Option<i32>,
        /// The signal that ended it (0: none).
        signal: i32,
    },
}

impl Event {
    /// The arguments of the `onChild` hook. Call it on the owning isolate's
    /// thread: an ended process leaves this thread's table here.
    pub fn deliver(self) -> Vec<Val> {
        let n = |x: u64| Val::Number(x as f64);
        match self {
            Event::Data { id, bytes } => vec![Val::Number(1.0), n(id), Val::Bytes(bytes)],
            Event::End { id, errno } => vec![Val::Number(2.0), n(id), Val::Number(errno)],
            Event::WriteDone { id, req, errno } => {
                vec![Val::Number(3.0), n(id), n(req), Val::Number(errno)]
            }
            Event::Exit { id, code, signal } => {
                with_local(|l| l.processes.remove(&id));
                let code = code.map_or(Val::Null, |c| Val::Number(c as f64));
                vec![Val::Number(4.0), n(id), code, Val::Number(signal as f64)]
            }
        }
    }
}

/// Posts an event; false when the isolate is gone.
fn post(inbox: &InboxSender, event: Event) -> bool {
    inbox.post(Message::Child(event))
}

/// A fresh process-wide id for processes and streams.
fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The parent's end of one pipe or channel.
struct Stream {
    reader: Option<Arc<ReadControl>>,
    writer: Option<Arc<Writer>>,
}

/// This isolate's children and streams (ops and the loop of an isolate run
/// on its thread).
#[derive(Default)]
pub(crate) struct Local {
    processes: HashMap<u64, Arc<ProcState>>,
    streams: HashMap<u64, Stream>,
}

thread_local! {
    pub(crate) static LOCAL: RefCell<Local> = RefCell::new(Local::default());
}

fn with_local<R>(f: impl FnOnce(&mut Local) -> R) -> R {
    LOCAL.with(|local| f(&mut local.borrow_mut()))
}

fn inbox(scope: &mut OpScope) -> InboxSender {
    scope.host(|h: &mut Host| h.inbox())
}

fn list(text: &str) -> Vec<String> {
    text.split('\0')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn optional_string(scope: &OpScope, i: usize) -> Result<Option<String>, OpError> {
    if matches!(scope.value(i), Val::Undefined | Val::Null) {
        Ok(None)
    } else {
        scope.string(i).map(Some)
    }
}

fn optional_id(scope: &OpScope, i: usize) -> Option<u32> {
    scope.number(i).ok().map(|n| n as i64 as u32)
}

/// Reads the nine spawn arguments shared by `cpSpawn` and `cpSpawnSync`.
fn spawn_request(scope: &OpScope) -> Result<SpawnRequest, OpError> {
    let slots = scope
        .string(5)?
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| Slot::from_code(s.parse().unwrap_or(-2)))
        .collect();
    Ok(SpawnRequest {
        file: scope.string(0)?,
        args: scope.string(1)?.split('\0').map(String::from).collect(),
        env: optional_string(scope, 2)?.map(|e| list(&e)),
        extra_env: list(&scope.string(3).unwrap_or_default()),
        cwd: optional_string(scope, 4)?,
        slots,
        detached: scope.truthy(6),
        uid: optional_id(scope, 7),
        gid: optional_id(scope, 8),
    })
}

fn id_arg(scope: &OpScope, i: usize) -> Result<u64, OpError> {
    Ok(scope.number(i)? as u64)
}

/// Files a stream for `fd`: read it (unless it is our write-only end of
/// the child's stdin), write it when it can be written.
fn open_stream(
    fd: OwnedFd,
    read: bool,
    write: bool,
    inbox: &InboxSender,
    latch: Option<Arc<Latch>>,
) -> u64 {
    let id = next_id();
    let fd = Arc::new(fd);
    let writer = write.then(|| Writer::new(id, fd.clone(), inbox.clone()));
    let reader = read.then(|| streams::start_reader(id, fd, inbox.clone(), latch));
    with_local(|l| l.streams.insert(id, Stream { reader, writer }));
    id
}

fn spawn_op(scope: &mut OpScope) -> OpResult {
    let req = spawn_request(scope)?;
    let inbox = inbox(scope);
    let spawned = match spawn::spawn(&req) {
        Ok(s) => s,
        Err(e) => return Ok(Val::Number(fds::neg_errno(&e))),
    };
    let id = next_id();
    let reading = (1..spawned.ends.len())
        .filter(|&i| spawned.ends[i].is_some())
        .count();
    let latch = Latch::new(reading);
    let mut out = vec![Val::Number(id as f64), Val::Number(spawned.pid as f64)];
    for (index, end) in spawned.ends.into_iter().enumerate() {
        let stream = end.map_or(0, |fd| {
            let ipc = req.slots[index] == Slot::Ipc;
            // Slot 0 is the child's stdin: we only write it. Other pipes
            // are read; sockets (the channel, slots above 2) both ways.
            let write = index == 0 || ipc || index > 2;
            open_stream(fd, index != 0, write, &inbox, Some(latch.clone()))
        });
        out.push(Val::Number(stream as f64));
    }
    let state = spawn::watch_exit(id, spawned.pid, inbox, latch);
    with_local(|l| l.processes.insert(id, state));
    Ok(Val::Array(out))
}

fn spawn_sync_op(scope: &mut OpScope) -> OpResult {
    let req = spawn_request(scope)?;
    let input = match scope.value(9) {
        Val::Bytes(b) => b,
        Val::String(s) => s.into_bytes(),
        _ => Vec::new(),
    };
    let timeout = scope.number(10).unwrap_or(0.0);
    let options = sync::SyncOptions {
        input,
        timeout: (timeout > 0.0).then(|| Duration::from_secs_f64(timeout / 1000.0)),
        kill_signal: scope.number(11).unwrap_or(libc::SIGTERM as f64) as i32,
        max_buffer: scope.number(12).unwrap_or(f64::INFINITY),
    };
    let result = sync::run(&req, &options);
    let output = result.output.map_or(Val::Null, |slots| {
        Val::Array(
            slots
                .into_iter()
                .map(|o| o.map_or(Val::Null, Val::Bytes))
                .collect(),
        )
    });
    Ok(Val::Object(vec![
        ("pid".into(), Val::Number(result.pid as f64)),
        ("output".into(), output),
        (
            "status".into(),
            result.status.map_or(Val::Null, |s| Val::Number(s as f64)),
        ),
        ("signal".into(), Val::Number(result.signal as f64)),
        ("error".into(), Val::Number(-(result.error as f64))),
    ]))
}

fn kill_op(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let signal = scope.number(1)? as i32;
    let state = with_local(|l| l.processes.get(&id).cloned());
    Ok(Val::Number(match state {
        Some(state) => state.kill(signal),
        None => -(libc::ESRCH as f64),
    }))
}

/// `cpKillPid(pid, signal)`: `process.kill` → 0 or the negative errno.
fn kill_pid_op(scope: &mut OpScope) -> OpResult {
    let pid = scope.number(0)? as i32;
    let signal = scope.number(1)? as i32;
    // SAFETY: kill with plain integers; a bad pid or signal is an errno.
    if unsafe { libc::kill(pid, signal) } < 0 {
        return Ok(Val::Number(
            fds::neg_errno(&std::io::Error::last_os_error()),
        ));
    }
    Ok(Val::Number(0.0))
}

fn flow_op(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let flowing = scope.truthy(1);
    with_local(|l| {
        if let Some(reader) = l.streams.get(&id).and_then(|s| s.reader.as_ref()) {
            reader.set_flowing(flowing);
        }
    });
    Ok(Val::Undefined)
}

fn write_op(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let bytes = match scope.value(1) {
        Val::String(s) => s.into_bytes(),
        Val::Bytes(b) => b,
        _ => Vec::new(),
    };
    let writer = with_local(|l| l.streams.get(&id).and_then(|s| s.writer.clone()));
    let Some(writer) = writer else {
        return Ok(Val::Number(-(libc::EBADF as f64)));
    };
    Ok(Val::Number(match writer.write(bytes) {
        WriteOutcome::Done => 0.0,
        WriteOutcome::Queued(req) => req as f64,
        WriteOutcome::Failed(errno) => errno,
    }))
}

fn queued_op(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let queued = with_local(|l| {
        l.streams
            .get(&id)
            .and_then(|s| s.writer.as_ref())
            .map_or(0, |w| w.queued_bytes())
    });
    Ok(Val::Number(queued as f64))
}

fn close_op(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    if let Some(stream) = with_local(|l| l.streams.remove(&id)) {
        if let Some(reader) = stream.reader {
            reader.cancel();
        }
        if let Some(writer) = stream.writer {
            writer.close();
        }
    }
    Ok(Val::Undefined)
}

fn ipc_open_op(scope: &mut OpScope) -> OpResult {
    let fd = scope.number(0)? as i32;
    let inbox = inbox(scope);
    match spawn::adopt_fd(fd) {
        Ok(fd) => Ok(Val::Number(open_stream(fd, true, true, &inbox, None) as f64)),
        Err(e) => Ok(Val::Number(fds::neg_errno(&e))),
    }
}

/// `cpSerialize(value)` → the message as it travels: a 4-byte big-endian
/// length, then the image.
fn serialize_op(scope: &mut OpScope) -> OpResult {
    let image = scope.serialize_portable(0)?;
    let mut framed = Vec::with_capacity(image.len() + 4);
    framed.extend_from_slice(&(image.len() as u32).to_be_bytes());
    framed.extend_from_slice(&image);
    Ok(Val::Bytes(framed))
}

fn deserialize_op(scope: &mut OpScope) -> OpResult {
    let bytes = scope.with_bytes(0, |b| b.to_vec())?;
    Ok(Val::Cloned(ClonedValue::new(Serialized::from_portable(
        bytes,
    ))))
}

fn signals_op(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Array(
        signals::SIGNALS
            .iter()
            .map(|&(name, n)| Val::Array(vec![Val::from(name), Val::Number(n as f64)]))
            .collect(),
    ))
}

/// The `child_process` ops.
pub const OPS: &[Op] = &[
    Op::new("cpSpawn", spawn_op),
    Op::new("cpSpawnSync", spawn_sync_op),
    Op::new("cpKill", kill_op),
    Op::new("cpKillPid", kill_pid_op),
    Op::new("cpFlow", flow_op),
    Op::new("cpWrite", write_op),
    Op::new("cpQueued", queued_op),
    Op::new("cpClose", close_op),
    Op::new("cpIpcOpen", ipc_open_op),
    Op::new("cpSerialize", serialize_op),
    Op::new("cpDeserialize", deserialize_op),
    Op::new("cpSignals", signals_op),
];
