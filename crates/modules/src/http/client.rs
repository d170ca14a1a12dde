//! Client requests: connect (or take an idle keep-alive connection from the
//! isolate's pool), send, post the response head and stream its body, then
//! give the connection back to the pool when the agent keeps connections
//! alive and the server agreed.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};

use hyper::client::conn::http1::{self, SendRequest};
use hyper::{Method, Request, Version};
use hyper_util::rt::TokioIo;
use spindle_core::Val;
use tokio::net::TcpStream;

use super::body::{pump_incoming_then, take_ready, BodyCtl, OutBody};
use super::{headers, id_val, post, Attach, EventKind};
use crate::host::InboxSender;

/// An open connection ready for another request.
struct Idle {
    sender: SendRequest<OutBody>,
    local_port: u16,
}

/// Idle keep-alive connections of one isolate, by agent and `host:port`.
#[derive(Default)]
pub struct Pool {
    idle: Mutex<HashMap<String, Vec<Idle>>>,
}

impl Pool {
    fn take(&self, key: &str) -> Option<Idle> {
        let mut idle = self.idle.lock().ok()?;
        let list = idle.get_mut(key)?;
        // Most recently used first (node's `lifo` scheduling).
        while let Some(conn) = list.pop() {
            if !conn.sender.is_closed() {
                return Some(conn);
            }
        }
        None
    }

    fn put(&self, key: String, conn: Idle) {
        if let Ok(mut idle) = self.idle.lock() {
            let list = idle.entry(key).or_default();
            list.retain(|c| !c.sender.is_closed());
            list.push(conn);
        }
    }
}

/// One client request, as the op hands it to the network reactor.
pub struct Job {
    /// The request's id.
    pub id: u64,
    /// The pool key: agent and destination.
    pub key: String,
    /// Whether the connection may be kept for later requests.
    pub keep_alive: bool,
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Method.
    pub method: Method,
    /// Request target (path and query).
    pub path: String,
    /// Headers, in order.
    pub headers: hyper::HeaderMap,
    /// The body.
    pub body: OutBody,
    /// The owning isolate.
    pub inbox: InboxSender,
    /// The isolate's connection pool.
    pub pool: Arc<Pool>,
}

fn error_args(
    id: u64,
    errno: i32,
    syscall: &str,
    address: Val,
    port: u16,
    message: &str,
) -> Vec<Val> {
    vec![
        EventKind::ClientError.val(),
        id_val(id),
        Val::Number(-(errno as f64)),
        syscall.into(),
        address,
        Val::Number(port as f64),
        message.into(),
    ]
}

/// Connects to `host:port`, trying each address in turn; on failure the
/// errno, the syscall and the address that failed.
async fn connect(host: &str, port: u16) -> Result<Idle, (i32, &'static str, Val)> {
    let addresses: Vec<SocketAddr> = match host.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => match tokio::net::lookup_host((host, port)).await {
            Ok(found) => found.collect(),
            Err(_) => Vec::new(),
        },
    };
    if addresses.is_empty() {
        // libuv's EAI_NONAME, which node reports as ENOTFOUND.
        return Err((3008, "getaddrinfo", host.into()));
    }
    let mut first_error = None;
    for addr in addresses {
        match TcpStream::connect(addr).await {
            Ok(stream) => {
                let _ = stream.set_nodelay(true);
                let local_port = stream.local_addr().map_or(0, |a| a.port());
                let (sender, connection) = http1::Builder::new()
                    .title_case_headers(true)
                    .handshake(TokioIo::new(stream))
                    .await
                    .map_err(|_| {
                        (
                            libc::ECONNRESET,
                            "connect",
                            Val::from(addr.ip().to_string()),
                        )
                    })?;
                tokio::spawn(async move {
                    let _ = connection.await;
                });
                return Ok(Idle { sender, local_port });
            }
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(libc::ECONNREFUSED);
                first_error.get_or_insert((errno, "connect", Val::from(addr.ip().to_string())));
            }
        }
    }
    Err(first_error.unwrap_or((libc::ECONNREFUSED, "connect", host.into())))
}

/// Runs one request to its end (the task is aborted if JavaScript aborts).
pub async fn run(job: Job) {
    let Job {
        id,
        key,
        keep_alive,
        host,
        port,
        method,
        path,
        headers,
        body,
        inbox,
        pool,
    } = job;
    let reused_conn = if keep_alive { pool.take(&key) } else { None };
    let reused = reused_conn.is_some();
    let mut conn = match reused_conn {
        Some(conn) => conn,
        None => match connect(&host, port).await {
            Ok(conn) => conn,
            Err((errno, syscall, address)) => {
                let args = error_args(id, errno, syscall, address, port, "");
                post(&inbox, args, Attach::ClientGone(id));
                return;
            }
        },
    };
    let hang_up = |inbox: &InboxSender| {
        let args = error_args(
            id,
            libc::ECONNRESET,
            "",
            Val::Undefined,
            port,
            "socket hang up",
        );
        post(inbox, args, Attach::ClientGone(id));
    };
    if std::future::poll_fn(|cx| conn.sender.poll_ready(cx))
        .await
        .is_err()
    {
        hang_up(&inbox);
        return;
    }
    let mut request = Request::new(body);
    *request.method_mut() = method;
    *request.uri_mut() = match path.parse() {
        Ok(uri) => uri,
        Err(_) => {
            let args = error_args(id, libc::EINVAL, "", Val::Undefined, port, "invalid path");
            post(&inbox, args, Attach::ClientGone(id));
            return;
        }
    };
    *request.headers_mut() = headers;
    let response = match conn.sender.send_request(request).await {
        Ok(response) => response,
        Err(_) => {
            hang_up(&inbox);
            return;
        }
    };
    let (parts, body) = response.into_parts();
    let reason = match parts.extensions.get::<hyper::ext::ReasonPhrase>() {
        Some(phrase) => headers::latin1_string(phrase.as_bytes()),
        None => parts.status.canonical_reason().unwrap_or("").to_string(),
    };
    let server_keeps = parts.version == Version::HTTP_11
        && !parts
            .headers
            .get_all(hyper::header::CONNECTION)
            .iter()
            .any(|v| v.as_bytes().eq_ignore_ascii_case(b"close"));
    let reusable = keep_alive && server_keeps;
    let mut body = body;
    let mut ready = take_ready(&mut body);
    let mut state = if ready.ended && ready.data.is_empty() {
        0
    } else {
        ready.state()
    };
    let more = matches!(state, 1 | 3);
    if reused {
        state |= 4;
    }
    let raw = headers::raw_headers(&parts.headers);
    let args = vec![
        EventKind::Response.val(),
        id_val(id),
        Val::Number(parts.status.as_u16() as f64),
        reason.into(),
        Val::Number(if parts.version == Version::HTTP_10 {
            0.0
        } else {
            1.0
        }),
        Val::String(raw),
        Val::Number(state as f64),
        Val::Number(conn.local_port as f64),
        ready.data_val(),
    ];
    if !more {
        if reusable && ready.error.is_none() {
            pool.put(key, conn);
        }
        post(&inbox, args, Attach::ClientResponse { id, body: None });
        return;
    }
    let ctl = Arc::new(BodyCtl::default());
    let attach = Attach::ClientResponse {
        id,
        body: Some(ctl.clone()),
    };
    if !post(&inbox, args, attach) {
        return;
    }
    // The connection goes back to the pool before the body's end is
    // posted, so a request made on `end` can take it.
    let _ = pump_incoming_then(id, body, ctl, inbox, move || {
        if reusable {
            pool.put(key, conn);
        }
    })
    .await;
}
