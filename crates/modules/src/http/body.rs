//! Message bodies between JavaScript and hyper.
//!
//! Outgoing bodies (a server's responses, a client's requests) are
//! [`OutBody`]: either complete when the head is sent, or a stream fed by
//! JavaScript writes through an unbounded channel whose queued bytes are
//! counted ([`Flow`]), so `write` can answer `false` past the high-water mark
//! and a `drain` event is posted once hyper has taken enough of it.
//!
//! Incoming bodies are read by [`pump_incoming`], which posts each chunk to
//! the owning isolate and waits while JavaScript has paused the stream.

use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use hyper::body::Incoming;
use spindle_core::Val;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::sync::Notify;

use super::{post, Attach, EventKind};
use crate::host::InboxSender;

/// Bytes queued past which a write answers `false` (node's socket default).
pub const HIGH_WATER_MARK: usize = 16 * 1024;

/// One item of a streamed outgoing body.
#[derive(Debug)]
pub enum Chunk {
    /// Body bytes.
    Data(Bytes),
    /// The body is complete.
    End,
}

/// The shared count of a streamed body's queued bytes.
#[derive(Debug)]
pub struct Flow {
    queued: AtomicUsize,
    want_drain: AtomicBool,
    id: u64,
    inbox: InboxSender,
}

impl Flow {
    /// A new count for the body of message `id`, owned by `inbox`'s isolate.
    pub fn new(id: u64, inbox: InboxSender) -> Flow {
        Flow {
            queued: AtomicUsize::new(0),
            want_drain: AtomicBool::new(false),
            id,
            inbox,
        }
    }

    /// Counts `len` more queued bytes; false when the queue is now at or past
    /// the high-water mark (a `drain` event will follow).
    pub fn add(&self, len: usize) -> bool {
        let now = self.queued.fetch_add(len, Ordering::AcqRel) + len;
        if now < HIGH_WATER_MARK {
            return true;
        }
        self.want_drain.store(true, Ordering::Release);
        // hyper may have taken the bytes meanwhile: then no drain is owed
        // (a spurious one may still arrive; JavaScript ignores it).
        self.queued.load(Ordering::Acquire) < HIGH_WATER_MARK
    }

    fn taken(&self, len: usize) {
        let left = self.queued.fetch_sub(len, Ordering::AcqRel) - len;
        if left < HIGH_WATER_MARK && self.want_drain.swap(false, Ordering::AcqRel) {
            post(
                &self.inbox,
                vec![EventKind::Drain.val(), super::id_val(self.id)],
                Attach::None,
            );
        }
    }
}

enum Kind {
    Full(Option<Bytes>),
    Stream {
        rx: UnboundedReceiver<Chunk>,
        flow: Arc<Flow>,
        done: bool,
    },
}

/// An outgoing message body, as hyper polls it.
pub struct OutBody {
    kind: Kind,
    /// Dropped with the body: lets a server connection know its response
    /// has been written.
    guard: Option<super::server::InflightGuard>,
}

impl std::fmt::Debug for OutBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OutBody")
    }
}

impl OutBody {
    /// A body known in full (possibly empty).
    pub fn full(bytes: Vec<u8>) -> OutBody {
        OutBody {
            kind: Kind::Full((!bytes.is_empty()).then(|| Bytes::from(bytes))),
            guard: None,
        }
    }

    /// A body JavaScript goes on writing through the channel `rx`.
    pub fn stream(rx: UnboundedReceiver<Chunk>, flow: Arc<Flow>) -> OutBody {
        OutBody {
            kind: Kind::Stream {
                rx,
                flow,
                done: false,
            },
            guard: None,
        }
    }

    /// Ties a server connection's in-flight count to this body.
    pub(crate) fn set_guard(&mut self, guard: super::server::InflightGuard) {
        self.guard = Some(guard);
    }
}

/// Why a streamed body stopped early.
#[derive(Debug)]
pub struct Aborted;

impl std::fmt::Display for Aborted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("body aborted")
    }
}

impl std::error::Error for Aborted {}

impl Body for OutBody {
    type Data = Bytes;
    type Error = Aborted;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Aborted>>> {
        let this = self.get_mut();
        match &mut this.kind {
            Kind::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Kind::Stream { rx, flow, done } => {
                if *done {
                    return Poll::Ready(None);
                }
                match rx.poll_recv(cx) {
                    Poll::Ready(Some(Chunk::Data(bytes))) => {
                        flow.taken(bytes.len());
                        Poll::Ready(Some(Ok(Frame::data(bytes))))
                    }
                    Poll::Ready(Some(Chunk::End)) => {
                        *done = true;
                        Poll::Ready(None)
                    }
                    Poll::Ready(None) => {
                        *done = true;
                        Poll::Ready(Some(Err(Aborted)))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.kind {
            Kind::Full(bytes) => bytes.is_none(),
            Kind::Stream { done, .. } => *done,
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.kind {
            Kind::Full(bytes) => SizeHint::with_exact(bytes.as_ref().map_or(0, |b| b.len()) as u64),
            Kind::Stream { .. } => SizeHint::default(),
        }
    }
}

/// JavaScript's hold on an incoming body: pause, resume, discard.
#[derive(Debug, Default)]
pub struct BodyCtl {
    paused: AtomicBool,
    cancelled: AtomicBool,
    notify: Notify,
}

impl BodyCtl {
    /// Stops (true) or restarts (false) reading.
    pub fn set_paused(&self, paused: bool) {
        self.paused.store(paused, Ordering::Release);
        if !paused {
            self.notify.notify_one();
        }
    }

    /// Stops reading for good; the rest of the body is dropped.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Release);
        self.notify.notify_one();
    }
}

/// What [`take_ready`] found in a body without waiting.
#[derive(Debug, Default)]
pub struct Ready {
    /// The bytes already there (empty when none).
    pub data: Vec<u8>,
    /// The body is complete.
    pub ended: bool,
    /// Reading failed with this message.
    pub error: Option<String>,
}

impl Ready {
    /// The body state sent with a head (see the module docs of `http`):
    /// 1 more follows, 2 complete with these bytes, 3 these bytes and more
    /// follows.
    pub fn state(&self) -> u8 {
        match (self.data.is_empty(), self.ended || self.error.is_some()) {
            (_, true) => 2,
            (true, false) => 1,
            (false, false) => 3,
        }
    }

    /// The bytes as an event argument (`undefined` when none).
    pub fn data_val(&mut self) -> Val {
        if self.data.is_empty() {
            Val::Undefined
        } else {
            Val::Bytes(std::mem::take(&mut self.data))
        }
    }
}

/// How much of a body is taken along with its head at most.
const READY_LIMIT: usize = 64 * 1024;

/// Takes what `body` already holds (up to 64 KiB) without waiting, so
/// that a small message reaches JavaScript as one event.
pub fn take_ready(body: &mut Incoming) -> Ready {
    if http_body::Body::is_end_stream(body) {
        return Ready {
            ended: true,
            ..Ready::default()
        };
    }
    let mut cx = Context::from_waker(std::task::Waker::noop());
    let mut ready = Ready::default();
    while ready.data.len() < READY_LIMIT {
        match Pin::new(&mut *body).poll_frame(&mut cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    ready.data.extend_from_slice(&data);
                }
            }
            Poll::Ready(Some(Err(e))) => {
                ready.error = Some(e.to_string());
                break;
            }
            Poll::Ready(None) => {
                ready.ended = true;
                break;
            }
            Poll::Pending => break,
        }
    }
    ready
}

/// How reading an incoming body ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pumped {
    /// All of it was read.
    Complete,
    /// Reading failed (the peer went away, or sent a bad body).
    Failed,
    /// JavaScript discarded it, or its isolate is gone.
    Dropped,
}

/// Reads `body` of message `id`, posting `Body` events for each chunk and
/// then `BodyEnd` (or `BodyError`), honouring pauses.
pub async fn pump_incoming(
    id: u64,
    body: Incoming,
    ctl: Arc<BodyCtl>,
    inbox: InboxSender,
) -> Pumped {
    pump_incoming_then(id, body, ctl, inbox, || {}).await
}

/// Like [`pump_incoming`], calling `complete` (on the network reactor) once
/// the whole body has been read, just before `BodyEnd` is posted.
pub async fn pump_incoming_then(
    id: u64,
    mut body: Incoming,
    ctl: Arc<BodyCtl>,
    inbox: InboxSender,
    complete: impl FnOnce(),
) -> Pumped {
    loop {
        while ctl.paused.load(Ordering::Acquire) && !ctl.cancelled.load(Ordering::Acquire) {
            ctl.notify.notified().await;
        }
        if ctl.cancelled.load(Ordering::Acquire) {
            return Pumped::Dropped;
        }
        let frame = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await;
        match frame {
            Some(Ok(frame)) => {
                let Ok(data) = frame.into_data() else {
                    continue;
                };
                if data.is_empty() {
                    continue;
                }
                let args = vec![
                    EventKind::Body.val(),
                    super::id_val(id),
                    Val::Bytes(Vec::from(data)),
                ];
                if !post(&inbox, args, Attach::None) {
                    return Pumped::Dropped;
                }
            }
            Some(Err(e)) => {
                let args = vec![
                    EventKind::BodyError.val(),
                    super::id_val(id),
                    e.to_string().into(),
                ];
                post(&inbox, args, Attach::BodyGone(id));
                return Pumped::Failed;
            }
            None => {
                complete();
                let args = vec![EventKind::BodyEnd.val(), super::id_val(id)];
                post(&inbox, args, Attach::BodyGone(id));
                return Pumped::Complete;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::Host;

    fn poll(body: &mut OutBody) -> Poll<Option<Result<Frame<Bytes>, Aborted>>> {
        let mut cx = Context::from_waker(std::task::Waker::noop());
        Pin::new(body).poll_frame(&mut cx)
    }

    #[test]
    fn full_bodies_give_one_frame() {
        let mut body = OutBody::full(b"ok".to_vec());
        assert_eq!(body.size_hint().exact(), Some(2));
        assert!(!body.is_end_stream());
        match poll(&mut body) {
            Poll::Ready(Some(Ok(frame))) => assert_eq!(frame.into_data().unwrap(), "ok"),
            other => panic!("unexpected {other:?}"),
        }
        assert!(body.is_end_stream());
        assert!(matches!(poll(&mut body), Poll::Ready(None)));
        assert!(OutBody::full(Vec::new()).is_end_stream());
    }

    #[test]
    fn streamed_bodies_count_queued_bytes() {
        let host = Host::new(vec![], true);
        let flow = Arc::new(Flow::new(7, host.inbox()));
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let mut body = OutBody::stream(rx, flow.clone());
        assert!(flow.add(HIGH_WATER_MARK - 1));
        tx.send(Chunk::Data(Bytes::from(vec![0; HIGH_WATER_MARK - 1])))
            .unwrap();
        assert!(!flow.add(10), "past the mark");
        tx.send(Chunk::Data(Bytes::from(vec![1; 10]))).unwrap();
        assert!(matches!(poll(&mut body), Poll::Ready(Some(Ok(_)))));
        assert!(matches!(poll(&mut body), Poll::Ready(Some(Ok(_)))));
        assert!(flow.add(1), "drained below the mark");
        assert!(matches!(poll(&mut body), Poll::Pending));
        tx.send(Chunk::End).unwrap();
        assert!(matches!(poll(&mut body), Poll::Ready(None)));
        assert!(body.is_end_stream());
    }

    #[test]
    fn a_dropped_stream_is_an_error() {
        let host = Host::new(vec![], true);
        let flow = Arc::new(Flow::new(1, host.inbox()));
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let mut body = OutBody::stream(rx, flow);
        drop(tx);
        assert!(matches!(poll(&mut body), Poll::Ready(Some(Err(Aborted)))));
    }

    #[test]
    fn ready_states() {
        let mut ready = Ready::default();
        assert_eq!(ready.state(), 1);
        ready.data = b"x".to_vec();
        assert_eq!(ready.state(), 3);
        ready.ended = true;
        assert_eq!(ready.state(), 2);
        assert_eq!(ready.data_val(), Val::Bytes(b"x".to_vec()));
        assert_eq!(ready.data_val(), Val::Undefined);
    }
}
