//! Ops under `cluster`: the primary's hold on each port its workers share.
//!
//! Every cluster worker binds its own listening socket with `SO_REUSEPORT`
//! (`httpListen`'s `reusePort`), and the kernel spreads incoming
//! connections over the workers' sockets by a hash of each connection's
//! addresses. Before a worker binds, it asks the primary (an internal IPC
//! message, as node's `queryServer`); the primary answers with the port to
//! use after binding a *reservation* for it here:
//! - a socket bound to the address with `SO_REUSEADDR` and never listening,
//!   so it takes no connections. Binding it is the check node's primary
//!   makes when it binds the shared socket itself: a port that something
//!   else listens on (including another cluster's workers, whose sockets
//!   this one, lacking `SO_REUSEPORT`, cannot join) gives `EADDRINUSE`.
//! - for port 0 the kernel picks the port once, here, and every worker is
//!   told the same number;
//! - while it is held, that number stays this cluster's even when no
//!   worker listens for a moment (a worker restarting).
//!
//! Workers can bind next to it: both sockets have `SO_REUSEADDR` and the
//! reservation is not listening, and the workers' sockets all have
//! `SO_REUSEPORT` under one user.
//!
//! Ops:
//! - `clusterReserve(host, port)` → `[id, port]`, or the negative errno
//!   (`-3008` for a host that does not resolve)
//! - `clusterRelease(id)`: closes the reservation

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use spindle_core::{Op, OpResult, OpScope, Val};
use tokio::net::TcpSocket;

use crate::http::bind_addresses;

/// The reservations of this process, by id.
static RESERVED: Mutex<Option<HashMap<u64, TcpSocket>>> = Mutex::new(None);
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EINVAL)
}

/// A socket bound to `addr` (not listening), and the port it got.
fn bind_reservation(addr: SocketAddr) -> Result<(TcpSocket, u16), i32> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()
    } else {
        TcpSocket::new_v6()
    }
    .map_err(|e| errno_of(&e))?;
    socket.set_reuseaddr(true).map_err(|e| errno_of(&e))?;
    socket.bind(addr).map_err(|e| errno_of(&e))?;
    let port = socket.local_addr().map_err(|e| errno_of(&e))?.port();
    Ok((socket, port))
}

/// Binds the reservation for `host:port` as `httpListen` would bind the
/// listener (the IPv6 wildcard first, IPv4's when there is no IPv6); the
/// negative errno on failure.
fn reserve(host: &str, port: u16) -> Result<(TcpSocket, u16), i32> {
    let mut first_error = None;
    for addr in bind_addresses(host, port)? {
        match bind_reservation(addr) {
            Ok(found) => return Ok(found),
            Err(errno) if host.is_empty() && errno == libc::EAFNOSUPPORT => {}
            Err(errno) => {
                first_error = Some(errno);
                break;
            }
        }
    }
    Err(-first_error.unwrap_or(libc::EADDRNOTAVAIL))
}

fn reserve_op(scope: &mut OpScope) -> OpResult {
    let host = scope.string(0)?;
    let port = scope.number(1)? as u16;
    match reserve(&host, port) {
        Ok((socket, port)) => {
            let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
            let mut table = RESERVED.lock().unwrap_or_else(|e| e.into_inner());
            table.get_or_insert_with(HashMap::new).insert(id, socket);
            Ok(Val::Array(vec![
                Val::Number(id as f64),
                Val::Number(port as f64),
            ]))
        }
        Err(errno) => Ok(Val::Number(errno as f64)),
    }
}

fn release_op(scope: &mut OpScope) -> OpResult {
    let id = scope.number(0)? as u64;
    let mut table = RESERVED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(map) = table.as_mut() {
        map.remove(&id);
    }
    Ok(Val::Undefined)
}

/// The `cluster` ops.
pub const OPS: &[Op] = &[
    Op::new("clusterReserve", reserve_op),
    Op::new("clusterRelease", release_op),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{IpAddr, Ipv4Addr};

    fn loopback(port: u16) -> SocketAddr {
        SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port)
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .expect("runtime")
    }

    /// A listening socket as a cluster worker binds it.
    fn worker_listener(
        rt: &tokio::runtime::Runtime,
        port: u16,
    ) -> std::io::Result<tokio::net::TcpListener> {
        let _enter = rt.enter();
        let socket = TcpSocket::new_v4()?;
        socket.set_reuseaddr(true)?;
        socket.set_reuseport(true)?;
        socket.bind(loopback(port))?;
        socket.listen(16)
    }

    #[test]
    fn workers_share_a_reserved_port() {
        let rt = runtime();
        let (_held, port) = reserve("127.0.0.1", 0).expect("reserve");
        assert_ne!(port, 0);
        let first = worker_listener(&rt, port).expect("first worker");
        let second = worker_listener(&rt, port).expect("second worker");
        drop((first, second));
    }

    #[test]
    fn a_port_someone_listens_on_is_in_use() {
        let taken = std::net::TcpListener::bind(loopback(0)).expect("bind");
        let port = taken.local_addr().expect("addr").port();
        assert_eq!(reserve("127.0.0.1", port).err(), Some(-libc::EADDRINUSE));
    }

    #[test]
    fn another_clusters_workers_are_detected() {
        let rt = runtime();
        let (held, port) = reserve("127.0.0.1", 0).expect("reserve");
        let worker = worker_listener(&rt, port).expect("worker");
        drop(held);
        assert_eq!(reserve("127.0.0.1", port).err(), Some(-libc::EADDRINUSE));
        drop(worker);
    }
}
