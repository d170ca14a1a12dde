//! Ops under `net`: TCP and Unix stream sockets, servers and clients, on
//! the network reactor of the isolate's thread (see [`crate::reactor`]),
//! which `http` uses too.
//!
//! Every server and socket belongs to the isolate that made it. What
//! happens on the network reactor reaches that isolate as a
//! [`Message::Net`] event in its inbox, handed to the `onNet` hook
//! ([`NetEvent::deliver`] runs on the isolate's thread first: it files a
//! new socket in that thread's table). Events are `[kind, id, …]`
//! arrays (see [`EventKind`]):
//! - `Connection, serverId, connId, remoteAddress, remotePort,
//!   remoteFamily, localAddress, localPort` (addresses `undefined` for a
//!   Unix socket)
//! - `Connected, connId, remoteAddress, remotePort, remoteFamily,
//!   localAddress, localPort`
//! - `ConnectError, connId, errno, syscall, address, port` (syscall
//!   `connect`, `bind` for the local address, or `getaddrinfo`)
//! - `Data, connId`: chunks wait (take them with `netRead` until it
//!   answers `undefined`; the next chunk after that brings a new event)
//! - `End, connId` / `ReadError, connId, errno`: after the last chunk
//! - `WriteDone, connId` / `WriteError, connId, errno`: the bytes a write
//!   left queued are all sent (or sending failed)
//! - `ShutdownDone, connId, errno`: posted by the isolate to itself, so
//!   the shutdown is made and reported when the loop polls next, as
//!   libuv does it
//!
//! Ops (errnos are positive numbers from the OS, negated where an op
//! returns one in place of a result):
//! - `netListen(host, port, backlog, reusePort)` → `[serverId, address, family,
//!   port]` or `-errno`; `netListenPath(path)` → `serverId` or `-errno`
//! - `netServerClose(serverId)`: the socket closes now
//! - `netConnect(host, port, localAddress, localPort)` /
//!   `netConnectPath(path)` → `connId`
//! - `netRead(connId)` → the next chunk read (bytes) or `undefined`
//! - `netWrite(connId, data)` (a string, sent as UTF-8, or bytes) → `0`
//!   all sent, `1` part queued (`WriteDone` follows), or `-errno`
//! - `netShutdown(connId)`: `ShutdownDone` follows
//! - `netClose(connId, reset)`: the socket closes (with a reset when
//!   asked) as soon as the network reactor lets go of it
//! - `netReading(connId, on)`, `netNoDelay(connId, on)`,
//!   `netKeepAlive(connId, on, delaySeconds)`

mod conn;
mod listen;

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use spindle_core::{Op, OpError, OpResult, OpScope, Val};
use tokio::task::AbortHandle;

use crate::host::{Host, InboxSender, Message};
use crate::http::{id_val, next_id, runtime};
use conn::{Conn, Written};
use listen::ServerEntry;

/// `[address, port, family]` of a TCP address (`undefined`s for none).
fn address_vals(addr: Option<SocketAddr>) -> [Val; 3] {
    match addr {
        Some(a) => [
            a.ip().to_string().into(),
            Val::Number(a.port() as f64),
            crate::http::headers::family_name(&a).into(),
        ],
        None => [Val::Undefined, Val::Undefined, Val::Undefined],
    }
}

/// What a net event is about: the first element of its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A server accepted a connection.
    Connection = 1,
    /// A client socket connected.
    Connected = 2,
    /// A client socket could not connect.
    ConnectError = 3,
    /// Chunks wait to be taken.
    Data = 4,
    /// The peer ended its side.
    End = 5,
    /// Reading failed.
    ReadError = 6,
    /// Queued bytes are all written.
    WriteDone = 7,
    /// Writing queued bytes failed.
    WriteError = 8,
    /// The sending side was shut down (or could not be).
    ShutdownDone = 9,
}

impl EventKind {
    fn val(self) -> Val {
        Val::Number(self as u8 as f64)
    }
}

/// What an event carries besides its arguments.
enum Extra {
    None,
    /// A socket a server accepted, with its tasks.
    Opened(Arc<Conn>, [AbortHandle; 2]),
    /// A client socket that connected, with its tasks.
    Connected(Arc<Conn>, [AbortHandle; 2]),
    /// A shutdown to make when the event is handled.
    Shutdown(Option<Arc<Conn>>),
}

/// A net event for one isolate (see the module documentation).
pub struct NetEvent {
    args: Vec<Val>,
    extra: Extra,
}

impl std::fmt::Debug for NetEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NetEvent")
            .field("args", &self.args)
            .finish()
    }
}

impl NetEvent {
    /// Files what the event carries in this thread's table and returns the
    /// arguments for the `onNet` hook. Call it on the owning isolate's
    /// thread.
    pub fn deliver(mut self) -> Vec<Val> {
        match self.extra {
            Extra::None => {}
            Extra::Shutdown(conn) => {
                let errno = match conn {
                    Some(conn) => conn.shutdown_write().err().unwrap_or(0),
                    None => libc::ENOTCONN,
                };
                self.args.push(Val::Number(errno as f64));
            }
            Extra::Opened(conn, tasks) => {
                with_local(|l| l.conns.insert(conn.id, ConnEntry { conn, tasks }));
            }
            Extra::Connected(conn, tasks) => with_local(|l| {
                // Closed while connecting: the entry drops (and closes) here.
                let entry = ConnEntry { conn, tasks };
                if l.connecting.remove(&entry.conn.id).is_some() {
                    l.conns.insert(entry.conn.id, entry);
                }
            }),
        }
        if self.args.first() == Some(&EventKind::ConnectError.val()) {
            if let Some(Val::Number(id)) = self.args.get(1) {
                with_local(|l| l.connecting.remove(&(*id as u64)));
            }
        }
        self.args
    }
}

/// Posts an event; false when the isolate is gone.
fn post(inbox: &InboxSender, args: Vec<Val>, extra: Extra) -> bool {
    inbox.post(Message::Net(NetEvent { args, extra }))
}

/// A socket in its isolate's table; dropping it stops its tasks, which
/// closes the socket once they let go of it.
struct ConnEntry {
    conn: Arc<Conn>,
    tasks: [AbortHandle; 2],
}

impl Drop for ConnEntry {
    fn drop(&mut self) {
        self.tasks.iter().for_each(AbortHandle::abort);
    }
}

/// This isolate's servers and sockets (ops and the event loop of an
/// isolate run on its thread).
#[derive(Default)]
pub(crate) struct Local {
    servers: HashMap<u64, ServerEntry>,
    conns: HashMap<u64, ConnEntry>,
    connecting: HashMap<u64, AbortHandle>,
}

thread_local! {
    pub(crate) static LOCAL: RefCell<Local> = RefCell::new(Local::default());
}

fn with_local<R>(f: impl FnOnce(&mut Local) -> R) -> R {
    LOCAL.with(|local| f(&mut local.borrow_mut()))
}

fn conn(id: u64) -> Option<Arc<Conn>> {
    with_local(|l| l.conns.get(&id).map(|e| e.conn.clone()))
}

fn inbox(scope: &mut OpScope) -> InboxSender {
    scope.host(|h: &mut Host| h.inbox())
}

fn id_arg(scope: &OpScope, i: usize) -> Result<u64, OpError> {
    Ok(scope.number(i)? as u64)
}

fn listen(scope: &mut OpScope) -> OpResult {
    let host = scope.string(0)?;
    let port = scope.number(1)? as u16;
    let backlog = scope.number(2).unwrap_or(511.0) as u32;
    let reuse_port = scope.truthy(3);
    let inbox = inbox(scope);
    let id = next_id();
    match listen::listen_tcp(id, &host, port, backlog, reuse_port, inbox) {
        Ok(bound) => {
            with_local(|l| l.servers.insert(id, bound.entry));
            let [address, port, family] = address_vals(Some(bound.local));
            Ok(Val::Array(vec![id_val(id), address, family, port]))
        }
        Err(errno) => Ok(Val::Number(-(errno as f64))),
    }
}

fn listen_path(scope: &mut OpScope) -> OpResult {
    let path = scope.string(0)?;
    let inbox = inbox(scope);
    let id = next_id();
    match listen::listen_unix(id, &path, inbox) {
        Ok(entry) => {
            with_local(|l| l.servers.insert(id, entry));
            Ok(id_val(id))
        }
        Err(errno) => Ok(Val::Number(-(errno as f64))),
    }
}

fn server_close(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let entry = with_local(|l| l.servers.remove(&id));
    drop(entry);
    Ok(Val::Undefined)
}

fn connect(scope: &mut OpScope) -> OpResult {
    let host = scope.string(0)?;
    let port = scope.number(1)? as u16;
    let local = listen::LocalEnd {
        address: scope.string(2).unwrap_or_default(),
        port: scope.number(3).unwrap_or(0.0) as u16,
    };
    let inbox = inbox(scope);
    let id = next_id();
    let task = runtime().spawn(listen::connect_tcp(id, host, port, local, inbox));
    with_local(|l| l.connecting.insert(id, task.abort_handle()));
    Ok(id_val(id))
}

fn connect_path(scope: &mut OpScope) -> OpResult {
    let path = scope.string(0)?;
    let inbox = inbox(scope);
    let id = next_id();
    let task = runtime().spawn(listen::connect_unix(id, path, inbox));
    with_local(|l| l.connecting.insert(id, task.abort_handle()));
    Ok(id_val(id))
}

fn write(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let Some(conn) = conn(id) else {
        return Ok(Val::Number(-(libc::EBADF as f64)));
    };
    let written = match scope.with_bytes(1, |bytes| conn.write_now(bytes)) {
        Ok(written) => written,
        Err(_) => conn.write_now(scope.string(1)?.as_bytes()),
    };
    Ok(Val::Number(match written {
        Written::Done => 0.0,
        Written::Queued => 1.0,
        Written::Failed(errno) => -(errno as f64),
    }))
}

fn read(scope: &mut OpScope) -> OpResult {
    let chunk = conn(id_arg(scope, 0)?).and_then(|conn| conn.take_chunk());
    Ok(chunk.map_or(Val::Undefined, Val::Bytes))
}

fn reading(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    if let Some(conn) = conn(id) {
        conn.set_reading(scope.truthy(1));
    }
    Ok(Val::Undefined)
}

fn shutdown(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let args = vec![EventKind::ShutdownDone.val(), id_val(id)];
    post(&inbox(scope), args, Extra::Shutdown(conn(id)));
    Ok(Val::Undefined)
}

fn close(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let reset = scope.truthy(1);
    let entry = with_local(|l| {
        if let Some(task) = l.connecting.remove(&id) {
            task.abort();
        }
        l.conns.remove(&id)
    });
    if let Some(entry) = entry {
        if reset {
            entry.conn.set_reset_on_close();
        }
    }
    Ok(Val::Undefined)
}

fn no_delay(scope: &mut OpScope) -> OpResult {
    if let Some(conn) = conn(id_arg(scope, 0)?) {
        conn.set_no_delay(scope.truthy(1));
    }
    Ok(Val::Undefined)
}

fn keep_alive(scope: &mut OpScope) -> OpResult {
    if let Some(conn) = conn(id_arg(scope, 0)?) {
        let delay = scope.number(2).unwrap_or(0.0) as i32;
        conn.set_keep_alive(scope.truthy(1), delay);
    }
    Ok(Val::Undefined)
}

/// The `net` ops.
pub const OPS: &[Op] = &[
    Op::new("netListen", listen),
    Op::new("netListenPath", listen_path),
    Op::new("netServerClose", server_close),
    Op::new("netConnect", connect),
    Op::new("netConnectPath", connect_path),
    Op::new("netRead", read),
    Op::new("netWrite", write),
    Op::new("netReading", reading),
    Op::new("netShutdown", shutdown),
    Op::new("netClose", close),
    Op::new("netNoDelay", no_delay),
    Op::new("netKeepAlive", keep_alive),
];
