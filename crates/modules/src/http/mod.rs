//! Ops under `http`: servers and client requests on hyper, run by the
//! network reactor of the isolate's thread (see [`crate::reactor`]: a
//! single-threaded tokio runtime made on first use and driven by the
//! isolate's event loop while it waits).
//!
//! Every listening socket, connection and client request belongs to the
//! isolate that made it. What happens on the network reactor reaches that
//! isolate as a [`Message::Http`] event in its inbox; the event loop hands it
//! to the `onHttp` hook ([`HttpEvent::deliver`] runs on the isolate's thread
//! first and files any channel the event carries in that thread's tables).
//! JavaScript answers through the ops below, which push into tokio channels.
//!
//! Ids (servers, connections, messages) come from one process-wide counter.
//! Events are `[kind, id, …]` arrays (see [`EventKind`]):
//! - `ConnOpen, serverId, connId, remoteAddress, remotePort, remoteFamily,
//!   localAddress, localPort`
//! - `ConnClose, connId, errorMessage|undefined`
//! - `Request, connId, reqId, method, url, flags, rawHeaders, bodyState,
//!   bytes`; flags: 1 HTTP/1.1 (else 1.0), 2 keep-alive wanted, 4 has Host
//! - `Body, id, bytes` / `BodyEnd, id` / `BodyError, id, message`
//! - `Drain, id`: a streamed body's queue fell below the high-water mark
//! - `Response, reqId, status, reason, versionMinor, rawHeaders,
//!   bodyState (+4 when the connection was reused), localPort, bytes`
//!
//! `rawHeaders` is the text `name\nvalue\n…` (see [`headers::raw_headers`]).
//! A head carries the body bytes that had already arrived with it; its
//! `bodyState` says what follows: 0 no body, 1 body events follow, 2 the
//! bytes are the whole body, 3 the bytes and then body events.
//! - `ClientError, reqId, errno, syscall, address, port, message`
//!
//! Ops (`headers` is a `name\nvalue\n…` string, see [`headers`]):
//! - `httpListen(host, port, backlog, reusePort)` → `[serverId, address,
//!   family, port]`, or the (negative) errno when binding fails; `reusePort`
//!   (cluster workers) sets `SO_REUSEPORT`
//! - `httpServerClose(serverId)`: stop accepting; idle connections close
//! - `httpServerCloseConns(serverId, all)`: close idle (or all) connections
//! - `httpServerSet(serverId, keepAliveTimeoutMs)`
//! - `httpConnDestroy(connId)`
//! - `httpConnEnd(connId)`: close once the responses in flight are written
//! - `httpRespond(reqId, status, reason, headers, body, end)` → below
//!   the high-water mark
//! - `httpWrite(id, chunk)` / `httpEnd(id, chunk)` → below the mark
//! - `httpBodyControl(id, what)`: 0 pause, 1 resume, 2 discard
//! - `httpRequest(agentKey, keepAlive, host, port, method, path, headers,
//!   body, end)` → request id
//! - `httpRequestAbort(id)`

pub mod body;
mod client;
pub mod headers;
pub(crate) mod server;

pub(crate) use server::bind_addresses;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use hyper::Response;
use spindle_core::{Op, OpError, OpResult, OpScope, Val};
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::oneshot;

use crate::host::{Host, InboxSender, Message};
use body::{BodyCtl, Chunk, Flow, OutBody};

/// This thread's network reactor (see [`crate::reactor`]); `net` uses it
/// too.
pub(crate) fn runtime() -> tokio::runtime::Handle {
    crate::reactor::handle()
}

/// A fresh process-wide id (for http's and net's servers, connections
/// and requests alike).
pub(crate) fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// An id as JavaScript sees it.
pub(crate) fn id_val(id: u64) -> Val {
    Val::Number(id as f64)
}

/// What an HTTP event is about: the first element of its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A server accepted a connection.
    ConnOpen = 1,
    /// A server-side connection ended.
    ConnClose = 2,
    /// A request head arrived.
    Request = 3,
    /// A chunk of an incoming body.
    Body = 4,
    /// An incoming body is complete.
    BodyEnd = 5,
    /// An incoming body was cut short.
    BodyError = 6,
    /// A streamed outgoing body can take more.
    Drain = 7,
    /// A client request got its response head.
    Response = 8,
    /// A client request failed.
    ClientError = 9,
}

impl EventKind {
    fn val(self) -> Val {
        Val::Number(self as u8 as f64)
    }
}

/// Where a server's response goes once JavaScript has made it.
type Responder = oneshot::Sender<Response<OutBody>>;

/// Something an event carries for the isolate's own tables.
enum Attach {
    None,
    Conn(Arc<server::ConnShared>),
    ConnGone(u64),
    Request {
        id: u64,
        conn: u64,
        responder: Responder,
        body: Option<Arc<BodyCtl>>,
    },
    ClientResponse {
        id: u64,
        body: Option<Arc<BodyCtl>>,
    },
    BodyGone(u64),
    ClientGone(u64),
}

/// An HTTP event for one isolate (see the module documentation).
pub struct HttpEvent {
    args: Vec<Val>,
    attach: Attach,
}

impl std::fmt::Debug for HttpEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpEvent")
            .field("args", &self.args)
            .finish()
    }
}

impl HttpEvent {
    /// Files what the event carries in this thread's tables and returns the
    /// arguments for the `onHttp` hook. Call it on the owning isolate's
    /// thread.
    pub fn deliver(self) -> Vec<Val> {
        if !matches!(self.attach, Attach::None) {
            LOCAL.with(|local| local.borrow_mut().file(self.attach));
        }
        self.args
    }
}

/// Posts an event; false when the isolate is gone.
fn post(inbox: &InboxSender, args: Vec<Val>, attach: Attach) -> bool {
    inbox.post(Message::Http(HttpEvent { args, attach }))
}

/// What an isolate hands to the network reactor. It all goes through one
/// channel per isolate, drained by [`dispatch`] when the reactor runs next:
/// a batch of responses made in one turn of the isolate's loop wakes one
/// task, not one each.
enum Outbound {
    Respond(Responder, Response<OutBody>),
    Chunk(UnboundedSender<Chunk>, Chunk),
}

async fn dispatch(mut rx: tokio::sync::mpsc::UnboundedReceiver<Outbound>) {
    while let Some(item) = rx.recv().await {
        match item {
            // The connection may be gone already: then nobody is waiting.
            Outbound::Respond(responder, response) => {
                let _ = responder.send(response);
            }
            Outbound::Chunk(tx, chunk) => {
                let _ = tx.send(chunk);
            }
        }
    }
}

/// The sending end of a streamed outgoing body.
struct Outgoing {
    tx: UnboundedSender<Chunk>,
    flow: Arc<Flow>,
    /// The server connection it goes out on (0 for a client request).
    conn: u64,
}

/// This isolate's HTTP state (one per thread: ops and the event loop of an
/// isolate run on its thread).
#[derive(Default)]
pub(crate) struct Local {
    servers: HashMap<u64, server::ServerEntry>,
    conns: HashMap<u64, Arc<server::ConnShared>>,
    /// Requests not answered yet: their connection and where the answer goes.
    responders: HashMap<u64, (u64, Responder)>,
    outgoing: HashMap<u64, Outgoing>,
    incoming: HashMap<u64, Arc<BodyCtl>>,
    clients: HashMap<u64, tokio::task::AbortHandle>,
    pool: Option<Arc<client::Pool>>,
    outbox: Option<UnboundedSender<Outbound>>,
}

impl Local {
    fn send(&mut self, item: Outbound) {
        let outbox = self.outbox.get_or_insert_with(|| {
            let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
            runtime().spawn(dispatch(rx));
            tx
        });
        let _ = outbox.send(item);
    }

    fn file(&mut self, attach: Attach) {
        match attach {
            Attach::None => {}
            Attach::Conn(shared) => {
                self.conns.insert(shared.id, shared);
            }
            Attach::ConnGone(id) => {
                self.conns.remove(&id);
                // What JavaScript had not finished on it goes with it.
                self.responders.retain(|_, (conn, _)| *conn != id);
                self.outgoing.retain(|_, out| out.conn != id);
            }
            Attach::Request {
                id,
                conn,
                responder,
                body,
            } => {
                self.responders.insert(id, (conn, responder));
                if let Some(ctl) = body {
                    self.incoming.insert(id, ctl);
                }
            }
            Attach::ClientResponse { id, body } => match body {
                Some(ctl) => {
                    self.incoming.insert(id, ctl);
                }
                None => {
                    self.clients.remove(&id);
                }
            },
            Attach::BodyGone(id) => {
                self.incoming.remove(&id);
                self.clients.remove(&id);
            }
            Attach::ClientGone(id) => {
                self.incoming.remove(&id);
                self.clients.remove(&id);
                self.outgoing.remove(&id);
            }
        }
    }
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

fn id_arg(scope: &OpScope, i: usize) -> Result<u64, OpError> {
    Ok(scope.number(i)? as u64)
}

/// Argument `i` as body bytes: a string (UTF-8), bytes, or nothing.
fn chunk_arg(scope: &OpScope, i: usize) -> Vec<u8> {
    match scope.value(i) {
        Val::String(s) => s.into_bytes(),
        Val::Bytes(b) => b,
        _ => Vec::new(),
    }
}

fn header_arg(scope: &OpScope, i: usize) -> Result<hyper::HeaderMap, OpError> {
    let list = scope.string(i)?;
    headers::parse_header_list(&list).map_err(|name| {
        OpError::type_error(format!(
            "Header name must be a valid HTTP token [\"{name}\"]"
        ))
        .with_code("ERR_INVALID_HTTP_TOKEN")
    })
}

fn listen(scope: &mut OpScope) -> OpResult {
    let host = scope.string(0)?;
    let port = scope.number(1)? as u16;
    let backlog = scope.number(2).unwrap_or(511.0) as u32;
    let reuse_port = scope.truthy(3);
    let inbox = inbox(scope);
    match server::listen(&host, port, backlog, reuse_port, inbox) {
        Ok((entry, addr)) => {
            let id = entry.id();
            with_local(|l| l.servers.insert(id, entry));
            Ok(Val::Array(vec![
                id_val(id),
                addr.ip().to_string().into(),
                headers::family_name(&addr).into(),
                Val::Number(addr.port() as f64),
            ]))
        }
        Err(errno) => Ok(Val::Number(-(errno as f64))),
    }
}

fn server_close(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    with_local(|l| {
        if let Some(entry) = l.servers.remove(&id) {
            entry.stop();
        }
        // As node 20: the connections idle now close; busy ones finish
        // and stay until their keep-alive timeout or the client closes.
        for conn in l.conns.values().filter(|c| c.server == id) {
            conn.close_if_idle();
        }
    });
    Ok(Val::Undefined)
}

fn server_close_conns(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let all = scope.truthy(1);
    with_local(|l| {
        for conn in l.conns.values().filter(|c| c.server == id) {
            if all {
                conn.abort();
            } else {
                conn.close_if_idle();
            }
        }
    });
    Ok(Val::Undefined)
}

fn server_set(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let keep_alive = scope.number(1).unwrap_or(5000.0).max(0.0) as u64;
    with_local(|l| {
        if let Some(entry) = l.servers.get(&id) {
            entry.set_keep_alive(keep_alive);
        }
    });
    Ok(Val::Undefined)
}

/// Runs `f` on the server connection named by argument 0, if it is open.
fn on_conn(scope: &OpScope, f: impl FnOnce(&server::ConnShared)) -> OpResult {
    let id = id_arg(scope, 0)?;
    with_local(|l| l.conns.get(&id).map(|conn| f(conn)));
    Ok(Val::Undefined)
}

fn conn_destroy(scope: &mut OpScope) -> OpResult {
    on_conn(scope, server::ConnShared::abort)
}

fn conn_end(scope: &mut OpScope) -> OpResult {
    on_conn(scope, server::ConnShared::close_when_idle)
}

fn respond(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let status = scope.number(1)? as u16;
    let reason = scope.string(2)?;
    let headers = header_arg(scope, 3)?;
    let body = chunk_arg(scope, 4);
    let end = scope.truthy(5);
    let Some((conn, responder)) = with_local(|l| l.responders.remove(&id)) else {
        return Ok(Val::Bool(true));
    };
    let (out, below) = if end {
        (OutBody::full(body), true)
    } else {
        let inbox = inbox(scope);
        open_stream(id, conn, body, inbox)
    };
    let mut response = Response::new(out);
    *response.status_mut() = hyper::StatusCode::from_u16(status).map_err(|_| {
        OpError::range_error(format!("Invalid status code: {status}"))
            .with_code("ERR_HTTP_INVALID_STATUS_CODE")
    })?;
    *response.headers_mut() = headers;
    if headers::needs_custom_reason(status, &reason) {
        if let Ok(phrase) = hyper::ext::ReasonPhrase::try_from(headers::latin1_bytes(&reason)) {
            response.extensions_mut().insert(phrase);
        }
    }
    with_local(|l| l.send(Outbound::Respond(responder, response)));
    Ok(Val::Bool(below))
}

/// Makes a streamed body for message `id` (going out on server connection
/// `conn`, or 0) starting with `first`; files its sender. Returns the body
/// and whether the queue is below the mark.
fn open_stream(id: u64, conn: u64, first: Vec<u8>, inbox: InboxSender) -> (OutBody, bool) {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let flow = Arc::new(Flow::new(id, inbox));
    let mut below = true;
    if !first.is_empty() {
        below = flow.add(first.len());
        let _ = tx.send(Chunk::Data(Bytes::from(first)));
    }
    let body = OutBody::stream(rx, flow.clone());
    with_local(|l| l.outgoing.insert(id, Outgoing { tx, flow, conn }));
    (body, below)
}

fn write_chunk(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let chunk = chunk_arg(scope, 1);
    Ok(Val::Bool(with_local(|l| match l.outgoing.get(&id) {
        Some(out) if !chunk.is_empty() => {
            let below = out.flow.add(chunk.len());
            let item = Outbound::Chunk(out.tx.clone(), Chunk::Data(Bytes::from(chunk)));
            l.send(item);
            below
        }
        _ => true,
    })))
}

fn end_stream(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let chunk = chunk_arg(scope, 1);
    Ok(Val::Bool(with_local(|l| match l.outgoing.remove(&id) {
        Some(out) => {
            let mut below = true;
            if !chunk.is_empty() {
                below = out.flow.add(chunk.len());
                let item = Outbound::Chunk(out.tx.clone(), Chunk::Data(Bytes::from(chunk)));
                l.send(item);
            }
            l.send(Outbound::Chunk(out.tx, Chunk::End));
            below
        }
        None => true,
    })))
}

fn body_control(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    let what = scope.number(1)? as u8;
    with_local(|l| {
        if let Some(ctl) = l.incoming.get(&id) {
            match what {
                0 => ctl.set_paused(true),
                1 => ctl.set_paused(false),
                _ => {
                    ctl.cancel();
                    l.incoming.remove(&id);
                }
            }
        }
    });
    Ok(Val::Undefined)
}

fn request(scope: &mut OpScope) -> OpResult {
    let agent = scope.string(0)?;
    let keep_alive = scope.truthy(1);
    let host = scope.string(2)?;
    let port = scope.number(3)? as u16;
    let method = scope.string(4)?;
    let path = scope.string(5)?;
    let headers = header_arg(scope, 6)?;
    let body = chunk_arg(scope, 7);
    let end = scope.truthy(8);
    let method = hyper::Method::from_bytes(method.as_bytes())
        .map_err(|_| OpError::type_error("Method must be a valid HTTP token"))?;
    let id = next_id();
    let inbox = inbox(scope);
    let (out, below) = if end {
        (OutBody::full(body), true)
    } else {
        open_stream(id, 0, body, inbox.clone())
    };
    let pool = with_local(|l| l.pool.get_or_insert_with(Default::default).clone());
    let job = client::Job {
        id,
        key: format!("{agent}|{host}:{port}"),
        keep_alive,
        host,
        port,
        method,
        path,
        headers,
        body: out,
        inbox,
        pool,
    };
    let handle = runtime().spawn(client::run(job));
    with_local(|l| l.clients.insert(id, handle.abort_handle()));
    Ok(Val::Array(vec![id_val(id), Val::Bool(below)]))
}

fn request_abort(scope: &mut OpScope) -> OpResult {
    let id = id_arg(scope, 0)?;
    with_local(|l| {
        if let Some(handle) = l.clients.remove(&id) {
            handle.abort();
        }
        if let Some(ctl) = l.incoming.remove(&id) {
            ctl.cancel();
        }
        l.outgoing.remove(&id);
    });
    Ok(Val::Undefined)
}

/// The `http` ops.
pub const OPS: &[Op] = &[
    Op::new("httpListen", listen),
    Op::new("httpServerClose", server_close),
    Op::new("httpServerCloseConns", server_close_conns),
    Op::new("httpServerSet", server_set),
    Op::new("httpConnDestroy", conn_destroy),
    Op::new("httpConnEnd", conn_end),
    Op::new("httpRespond", respond),
    Op::new("httpWrite", write_chunk),
    Op::new("httpEnd", end_stream),
    Op::new("httpBodyControl", body_control),
    Op::new("httpRequest", request),
    Op::new("httpRequestAbort", request_abort),
];
