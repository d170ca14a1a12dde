//! Listening sockets (TCP and Unix) and their accept loops.
//!
//! Binding happens at once on the isolate's thread, so JavaScript learns
//! the port (or the errno) synchronously. The listener is shared with its
//! accept loop through a slot the isolate empties on `close`: the socket
//! closes right there (a new server can bind the port at once) and the
//! loop, woken by the dropped stop signal, ends.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::Duration;

use spindle_core::Val;
use tokio::net::{TcpListener, UnixListener};
use tokio::sync::oneshot;

use super::conn::{errno, Conn, Io};
use super::{address_vals, id_val, next_id, post, EventKind, Extra};
use crate::host::InboxSender;
use crate::http::server::bind_listener;

/// A listening socket of either kind.
enum Listener {
    Tcp(TcpListener),
    Unix(UnixListener),
}

type Slot = Arc<Mutex<Option<Listener>>>;

/// A listening server in its isolate's table; dropping it closes the
/// socket (and removes a Unix socket's file).
pub struct ServerEntry {
    slot: Slot,
    path: Option<PathBuf>,
    _stop: oneshot::Sender<()>,
}

impl Drop for ServerEntry {
    fn drop(&mut self) {
        let listener = self.slot.lock().unwrap_or_else(|e| e.into_inner()).take();
        drop(listener);
        if let Some(path) = &self.path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Where a TCP server listens.
pub struct Bound {
    /// Its table entry.
    pub entry: ServerEntry,
    /// The address it is bound to.
    pub local: SocketAddr,
}

/// Binds `host:port` (empty host: every interface; `reuse_port` for a
/// cluster worker's shared port) and starts accepting; the errno when
/// binding fails (the DNS failure code -3008 for an unknown host).
pub fn listen_tcp(
    id: u64,
    host: &str,
    port: u16,
    backlog: u32,
    reuse_port: bool,
    inbox: InboxSender,
) -> Result<Bound, i32> {
    let reactor = super::runtime();
    let _enter = reactor.enter();
    let (listener, local) = bind_listener(host, port, backlog, reuse_port)?;
    let entry = start(id, Listener::Tcp(listener), None, inbox);
    Ok(Bound { entry, local })
}

/// Binds a Unix socket at `path` and starts accepting; the errno when
/// binding fails.
pub fn listen_unix(id: u64, path: &str, inbox: InboxSender) -> Result<ServerEntry, i32> {
    let reactor = super::runtime();
    let _enter = reactor.enter();
    let listener = UnixListener::bind(path).map_err(|e| errno(&e))?;
    Ok(start(
        id,
        Listener::Unix(listener),
        Some(PathBuf::from(path)),
        inbox,
    ))
}

fn start(id: u64, listener: Listener, path: Option<PathBuf>, inbox: InboxSender) -> ServerEntry {
    let slot: Slot = Arc::new(Mutex::new(Some(listener)));
    let (stop_tx, stop_rx) = oneshot::channel();
    super::runtime().spawn(accept_loop(id, slot.clone(), stop_rx, inbox));
    ServerEntry {
        slot,
        path,
        _stop: stop_tx,
    }
}

fn poll_accept(
    listener: &Listener,
    cx: &mut std::task::Context<'_>,
) -> Poll<std::io::Result<(Io, Option<SocketAddr>)>> {
    match listener {
        Listener::Tcp(l) => l
            .poll_accept(cx)
            .map_ok(|(s, remote)| (Io::Tcp(s), Some(remote))),
        Listener::Unix(l) => l.poll_accept(cx).map_ok(|(s, _)| (Io::Unix(s), None)),
    }
}

async fn accept_loop(server: u64, slot: Slot, mut stop: oneshot::Receiver<()>, inbox: InboxSender) {
    loop {
        let accepted = std::future::poll_fn(|cx| {
            if Pin::new(&mut stop).poll(cx).is_ready() {
                return Poll::Ready(None);
            }
            let guard = slot.lock().unwrap_or_else(|e| e.into_inner());
            match guard.as_ref() {
                Some(listener) => poll_accept(listener, cx).map(Some),
                None => Poll::Ready(None),
            }
        })
        .await;
        match accepted {
            None => return,
            Some(Ok((io, remote))) => {
                let local = match &io {
                    Io::Tcp(s) => s.local_addr().ok(),
                    Io::Unix(_) => None,
                };
                let conn = Conn::new(next_id(), io, inbox.clone());
                // The tasks run once this one yields: the event is queued
                // before anything they post.
                let tasks = conn.start();
                let [remote_ip, remote_port, family] = address_vals(remote);
                let [local_ip, local_port, _] = address_vals(local);
                let args = vec![
                    EventKind::Connection.val(),
                    id_val(server),
                    id_val(conn.id),
                    remote_ip,
                    remote_port,
                    family,
                    local_ip,
                    local_port,
                ];
                if !post(&inbox, args, Extra::Opened(conn, tasks.clone())) {
                    tasks.iter().for_each(|t| t.abort());
                    return;
                }
            }
            // Out of descriptors and the like: wait a little, go on.
            Some(Err(_)) => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

/// Where a client socket connects from: a local address and port to bind
/// first (either may be left out).
#[derive(Debug, Clone, Default)]
pub struct LocalEnd {
    /// The local address (empty: any).
    pub address: String,
    /// The local port (0: any).
    pub port: u16,
}

impl LocalEnd {
    fn wanted(&self) -> bool {
        !self.address.is_empty() || self.port != 0
    }

    /// The address to bind for a connection to `to`.
    fn for_target(&self, to: &SocketAddr) -> Result<SocketAddr, i32> {
        let ip = if self.address.is_empty() {
            if to.is_ipv4() {
                std::net::IpAddr::from([0u8; 4])
            } else {
                std::net::IpAddr::from([0u16; 8])
            }
        } else {
            self.address.parse().map_err(|_| libc::EINVAL)?
        };
        Ok(SocketAddr::new(ip, self.port))
    }
}

/// Connects `to` from `local` (when one is wanted): the stream, or the
/// errno with the syscall that failed.
async fn connect_from(
    to: SocketAddr,
    local: &LocalEnd,
) -> Result<tokio::net::TcpStream, (i32, &'static str)> {
    if !local.wanted() {
        return tokio::net::TcpStream::connect(to)
            .await
            .map_err(|e| (errno(&e), "connect"));
    }
    let bind_error = |e: i32| (e, "bind");
    let socket = if to.is_ipv4() {
        tokio::net::TcpSocket::new_v4()
    } else {
        tokio::net::TcpSocket::new_v6()
    }
    .map_err(|e| bind_error(errno(&e)))?;
    let from = local.for_target(&to).map_err(bind_error)?;
    socket.bind(from).map_err(|e| bind_error(errno(&e)))?;
    socket.connect(to).await.map_err(|e| (errno(&e), "connect"))
}

/// Connects to `host:port` (resolving a name first) and posts `Connected`
/// or `ConnectError`.
pub async fn connect_tcp(id: u64, host: String, port: u16, local: LocalEnd, inbox: InboxSender) {
    let addresses: Vec<SocketAddr> = match host.parse::<std::net::IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => match tokio::net::lookup_host((host.as_str(), port)).await {
            Ok(found) => found.collect(),
            Err(_) => Vec::new(),
        },
    };
    let mut failure = (-3008, "getaddrinfo", Val::from(host), Val::Undefined);
    for addr in addresses {
        match connect_from(addr, &local).await {
            Ok(stream) => {
                let local = stream.local_addr().ok();
                return connected(id, Io::Tcp(stream), Some(addr), local, inbox);
            }
            Err((errno, "bind")) => {
                let shown = local.for_target(&addr).ok();
                let [ip, _, _] = address_vals(shown);
                let ip = match ip {
                    Val::Undefined => local.address.clone().into(),
                    ip => ip,
                };
                failure = (errno, "bind", ip, Val::Number(local.port as f64));
                break;
            }
            Err((errno, syscall)) => {
                let [ip, port, _] = address_vals(Some(addr));
                failure = (errno, syscall, ip, port);
            }
        }
    }
    let (errno, syscall, address, port) = failure;
    let args = vec![
        EventKind::ConnectError.val(),
        id_val(id),
        Val::Number(errno as f64),
        syscall.into(),
        address,
        port,
    ];
    post(&inbox, args, Extra::None);
}

/// Connects to the Unix socket at `path` and posts `Connected` or
/// `ConnectError`.
pub async fn connect_unix(id: u64, path: String, inbox: InboxSender) {
    match tokio::net::UnixStream::connect(&path).await {
        Ok(stream) => connected(id, Io::Unix(stream), None, None, inbox),
        Err(e) => {
            let args = vec![
                EventKind::ConnectError.val(),
                id_val(id),
                Val::Number(errno(&e) as f64),
                "connect".into(),
                path.into(),
                Val::Undefined,
            ];
            post(&inbox, args, Extra::None);
        }
    }
}

fn connected(
    id: u64,
    io: Io,
    remote: Option<SocketAddr>,
    local: Option<SocketAddr>,
    inbox: InboxSender,
) {
    let conn = Conn::new(id, io, inbox.clone());
    let tasks = conn.start();
    let [remote_ip, remote_port, family] = address_vals(remote);
    let [local_ip, local_port, _] = address_vals(local);
    let args = vec![
        EventKind::Connected.val(),
        id_val(id),
        remote_ip,
        remote_port,
        family,
        local_ip,
        local_port,
    ];
    if !post(&inbox, args, Extra::Connected(conn, tasks.clone())) {
        tasks.iter().for_each(|t| t.abort());
    }
}
