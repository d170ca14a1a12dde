//! Listening sockets and server connections.
//!
//! `listen` binds synchronously (so JavaScript learns the port, or the
//! errno, at once) and starts an accept loop on the thread's network
//! reactor. Each connection runs hyper's HTTP/1 server in its own task; the
//! isolate steers it through a control channel: close if idle
//! (`server.close`, `closeIdleConnections`), close once the responses in
//! flight are written (`socket.end`), close now (`closeAllConnections`,
//! `socket.destroy`). The task counts requests in flight (a guard travels
//! with each response body), which decides when it is idle, and closes an
//! idle keep-alive connection after the server's `keepAliveTimeout`.

use std::future::Future;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::pin::{pin, Pin};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, Version};
use hyper_util::rt::TokioIo;
use spindle_core::Val;
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};
use tokio::sync::oneshot;

use super::body::{pump_incoming, take_ready, Aborted, BodyCtl, OutBody, Pumped};
use super::{headers, id_val, next_id, post, runtime, Attach, EventKind};
use crate::host::InboxSender;

/// What all connections of one server share with it.
struct ServerShared {
    id: u64,
    inbox: InboxSender,
    keep_alive_ms: AtomicU64,
    closing: AtomicBool,
}

/// A listening server, held in its isolate's table; dropping it stops
/// accepting.
pub struct ServerEntry {
    shared: Arc<ServerShared>,
    _stop: oneshot::Sender<()>,
}

impl ServerEntry {
    /// The server's id.
    pub fn id(&self) -> u64 {
        self.shared.id
    }

    /// Stops accepting (the listening socket closes); connections accepted
    /// from now on close once idle.
    pub fn stop(self) {
        self.shared.closing.store(true, Ordering::Release);
    }

    /// Sets how long an idle keep-alive connection stays open.
    pub fn set_keep_alive(&self, ms: u64) {
        self.shared.keep_alive_ms.store(ms, Ordering::Release);
    }
}

/// A message to a connection's task.
enum Ctl {
    /// A response of a closing connection was written and nothing else is
    /// in flight.
    Idle,
    /// Close if idle now, else keep going.
    CloseIfIdle,
    /// Close once every response in flight is written.
    CloseWhenIdle,
    /// Close now.
    Abort,
}

/// A server connection as its isolate sees it.
pub struct ConnShared {
    /// The connection's id.
    pub id: u64,
    /// The id of the server that accepted it.
    pub server: u64,
    inflight: AtomicUsize,
    closing: AtomicBool,
    /// When the last response was written ([`now_ms`]).
    idle_since: AtomicU64,
    ctl: UnboundedSender<Ctl>,
}

/// Milliseconds on a process-wide monotonic clock.
fn now_ms() -> u64 {
    static EPOCH: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    EPOCH
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_millis() as u64
}

impl ConnShared {
    /// Closes the connection if no request is in flight.
    pub fn close_if_idle(&self) {
        let _ = self.ctl.send(Ctl::CloseIfIdle);
    }

    /// Closes the connection once the responses in flight are written
    /// (`socket.end()`).
    pub fn close_when_idle(&self) {
        let _ = self.ctl.send(Ctl::CloseWhenIdle);
    }

    /// Closes the connection now.
    pub fn abort(&self) {
        let _ = self.ctl.send(Ctl::Abort);
    }
}

/// Counts one request in flight on a connection until dropped (with the
/// response body, once hyper has written it).
pub struct InflightGuard(Arc<ConnShared>);

impl InflightGuard {
    fn new(conn: Arc<ConnShared>) -> InflightGuard {
        conn.inflight.fetch_add(1, Ordering::AcqRel);
        InflightGuard(conn)
    }
}

impl Drop for InflightGuard {
    fn drop(&mut self) {
        if self.0.inflight.fetch_sub(1, Ordering::AcqRel) == 1 {
            // The keep-alive timer reads this when it fires; only a closing
            // connection needs to hear at once.
            self.0.idle_since.store(now_ms(), Ordering::Release);
            if self.0.closing.load(Ordering::Acquire) {
                let _ = self.0.ctl.send(Ctl::Idle);
            }
        }
    }
}

/// The OS error number of `e` (EINVAL when it has none).
pub(crate) fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EINVAL)
}

/// The address to bind for `host` (empty: every interface, IPv6 and IPv4).
pub(crate) fn bind_addresses(host: &str, port: u16) -> Result<Vec<SocketAddr>, i32> {
    if host.is_empty() {
        return Ok(vec![
            SocketAddr::new(IpAddr::from([0u16; 8]), port),
            SocketAddr::new(IpAddr::from([0u8; 4]), port),
        ]);
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let found: Vec<SocketAddr> = (host, port).to_socket_addrs().map_err(|_| -3008)?.collect();
    if found.is_empty() {
        Err(-3008)
    } else {
        Ok(found)
    }
}

/// Binds and listens on one address (with `SO_REUSEPORT` for a cluster
/// worker's shared port); the errno when that fails.
fn bind_one(addr: SocketAddr, backlog: u32, reuse_port: bool) -> Result<TcpListener, i32> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()
    } else {
        TcpSocket::new_v6()
    }
    .map_err(|e| errno_of(&e))?;
    socket.set_reuseaddr(true).map_err(|e| errno_of(&e))?;
    // A cluster worker: every worker listens on the port, the kernel
    // spreads connections over them (see crates/modules/src/cluster.rs).
    if reuse_port {
        socket.set_reuseport(true).map_err(|e| errno_of(&e))?;
    }
    socket.bind(addr).map_err(|e| errno_of(&e))?;
    socket.listen(backlog).map_err(|e| errno_of(&e))
}

/// Binds a listening socket for `host:port` (empty host: every
/// interface): the first address that binds, the IPv6 wildcard falling back
/// to IPv4 where there is no IPv6. The errno when none does (positive; the
/// DNS failure code -3008 negated for unknown hosts). Called with the
/// thread's network reactor entered. Shared by http and net servers.
pub(crate) fn bind_listener(
    host: &str,
    port: u16,
    backlog: u32,
    reuse_port: bool,
) -> Result<(TcpListener, SocketAddr), i32> {
    let addresses = bind_addresses(host, port).map_err(|e| -e)?;
    let mut first_error = None;
    for addr in addresses {
        match bind_one(addr, backlog, reuse_port) {
            Ok(listener) => {
                let local = listener.local_addr().map_err(|e| errno_of(&e))?;
                return Ok((listener, local));
            }
            Err(errno) if host.is_empty() && errno == libc::EAFNOSUPPORT => {}
            Err(errno) => {
                first_error.get_or_insert(errno);
                break;
            }
        }
    }
    Err(first_error.unwrap_or(libc::EADDRNOTAVAIL))
}

/// Binds `host:port` and starts accepting; the errno when binding fails
/// (positive; the DNS failure code -3008 negated for unknown hosts).
/// `reuse_port` sets `SO_REUSEPORT` (cluster workers sharing a port).
pub fn listen(
    host: &str,
    port: u16,
    backlog: u32,
    reuse_port: bool,
    inbox: InboxSender,
) -> Result<(ServerEntry, SocketAddr), i32> {
    let reactor = runtime();
    let _enter = reactor.enter();
    let (listener, local) = bind_listener(host, port, backlog, reuse_port)?;
    let shared = Arc::new(ServerShared {
        id: next_id(),
        inbox,
        keep_alive_ms: AtomicU64::new(5000),
        closing: AtomicBool::new(false),
    });
    let (stop_tx, stop_rx) = oneshot::channel();
    runtime().spawn(accept_loop(listener, shared.clone(), stop_rx));
    Ok((
        ServerEntry {
            shared,
            _stop: stop_tx,
        },
        local,
    ))
}

async fn accept_loop(
    listener: TcpListener,
    server: Arc<ServerShared>,
    mut stop: oneshot::Receiver<()>,
) {
    loop {
        let accepted = std::future::poll_fn(|cx| {
            if Pin::new(&mut stop).poll(cx).is_ready() {
                return Poll::Ready(None);
            }
            listener.poll_accept(cx).map(Some)
        })
        .await;
        match accepted {
            None => return,
            Some(Ok((stream, remote))) => {
                tokio::spawn(serve(stream, remote, server.clone()));
            }
            // Out of descriptors and the like: wait a little, go on.
            Some(Err(_)) => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

fn address_vals(addr: Option<SocketAddr>) -> [Val; 3] {
    match addr {
        Some(a) => [
            a.ip().to_string().into(),
            Val::Number(a.port() as f64),
            headers::family_name(&a).into(),
        ],
        None => [Val::Undefined, Val::Undefined, Val::Undefined],
    }
}

async fn serve(stream: TcpStream, remote: SocketAddr, server: Arc<ServerShared>) {
    let _ = stream.set_nodelay(true);
    let local = stream.local_addr().ok();
    let (ctl_tx, mut ctl_rx) = unbounded_channel();
    let conn = Arc::new(ConnShared {
        id: next_id(),
        server: server.id,
        inflight: AtomicUsize::new(0),
        closing: AtomicBool::new(server.closing.load(Ordering::Acquire)),
        idle_since: AtomicU64::new(now_ms()),
        ctl: ctl_tx,
    });
    let [remote_ip, remote_port, family] = address_vals(Some(remote));
    let [local_ip, local_port, _] = address_vals(local);
    let args = vec![
        EventKind::ConnOpen.val(),
        id_val(server.id),
        id_val(conn.id),
        remote_ip,
        remote_port,
        family,
        local_ip,
        local_port,
    ];
    if !post(&server.inbox, args, Attach::Conn(conn.clone())) {
        return;
    }
    let service = {
        let conn = conn.clone();
        let inbox = server.inbox.clone();
        service_fn(move |req| handle(req, conn.clone(), inbox.clone()))
    };
    let connection = http1::Builder::new()
        .title_case_headers(true)
        .auto_date_header(false)
        .max_header_size(16 * 1024)
        .serve_connection(TokioIo::new(stream), service);
    let mut connection = pin!(connection);
    // One timer per connection, checked lazily: when it fires, the
    // connection closes if it has been idle for the server's
    // keepAliveTimeout, else the timer is set again for when it could be.
    let keep_alive_ms = || server.keep_alive_ms.load(Ordering::Acquire);
    let first = Duration::from_millis(keep_alive_ms().max(1000));
    let mut keep_alive = Box::pin(tokio::time::sleep(first));
    let mut shut = false;
    let idle = |conn: &ConnShared| conn.inflight.load(Ordering::Acquire) == 0;
    let result = std::future::poll_fn(|cx| {
        while let Poll::Ready(message) = ctl_rx.poll_recv(cx) {
            match message {
                Some(Ctl::Idle) | Some(Ctl::CloseIfIdle) if idle(&conn) => {
                    shut = true;
                    connection.as_mut().graceful_shutdown();
                }
                Some(Ctl::Idle) | Some(Ctl::CloseIfIdle) => {}
                Some(Ctl::CloseWhenIdle) => {
                    // The last in-flight guard sends `Idle` when it drops.
                    conn.closing.store(true, Ordering::Release);
                    if idle(&conn) {
                        shut = true;
                        connection.as_mut().graceful_shutdown();
                    }
                }
                Some(Ctl::Abort) | None => return Poll::Ready(Err(None)),
            }
        }
        while !shut && keep_alive.as_mut().poll(cx).is_ready() {
            let limit = keep_alive_ms();
            let now = now_ms();
            let wait = if limit == 0 {
                3_600_000
            } else if idle(&conn) {
                let since = now.saturating_sub(conn.idle_since.load(Ordering::Acquire));
                if since >= limit {
                    shut = true;
                    connection.as_mut().graceful_shutdown();
                    break;
                }
                limit - since
            } else {
                limit
            };
            let at = tokio::time::Instant::now() + Duration::from_millis(wait);
            keep_alive.as_mut().reset(at);
        }
        connection.as_mut().poll(cx).map(|r| r.map_err(Some))
    })
    .await;
    let error = match result {
        Err(Some(e)) if !e.is_incomplete_message() && !e.is_canceled() => Val::from(e.to_string()),
        _ => Val::Undefined,
    };
    post(
        &server.inbox,
        vec![EventKind::ConnClose.val(), id_val(conn.id), error],
        Attach::ConnGone(conn.id),
    );
}

async fn handle(
    req: Request<Incoming>,
    conn: Arc<ConnShared>,
    inbox: InboxSender,
) -> Result<Response<OutBody>, Aborted> {
    let guard = InflightGuard::new(conn.clone());
    let id = next_id();
    let (parts, mut body) = req.into_parts();
    let mut ready = take_ready(&mut body);
    let state = if ready.ended && ready.data.is_empty() {
        0
    } else {
        ready.state()
    };
    let ctl = matches!(state, 1 | 3).then(|| Arc::new(BodyCtl::default()));
    let (tx, rx) = oneshot::channel();
    let raw = headers::raw_headers(&parts.headers);
    let mut flags = if parts.version == Version::HTTP_10 {
        0
    } else {
        1
    };
    if headers::wants_keep_alive(parts.version, &parts.headers) {
        flags |= 2;
    }
    if parts.headers.contains_key(hyper::header::HOST) {
        flags |= 4;
    }
    let args = vec![
        EventKind::Request.val(),
        id_val(conn.id),
        id_val(id),
        parts.method.as_str().into(),
        parts.uri.to_string().into(),
        Val::Number(flags as f64),
        Val::String(raw),
        Val::Number(state as f64),
        ready.data_val(),
    ];
    let attach = Attach::Request {
        id,
        conn: conn.id,
        responder: tx,
        body: ctl.clone(),
    };
    if !post(&inbox, args, attach) {
        return Err(Aborted);
    }
    if let Some(ctl) = ctl {
        let conn = conn.clone();
        tokio::spawn(async move {
            // The client went away mid-body: hyper would wait for the
            // response; node drops the connection at once.
            if pump_incoming(id, body, ctl, inbox).await == Pumped::Failed {
                conn.abort();
            }
        });
    }
    match rx.await {
        Ok(mut response) => {
            response.body_mut().set_guard(guard);
            Ok(response)
        }
        Err(_) => Err(Aborted),
    }
}
