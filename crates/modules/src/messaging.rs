//! Message ports: the two entangled ends of a `MessageChannel`, and
//! `BroadcastChannel` subscriptions, shared by every thread of the process.
//!
//! Each end has a queue of [`Serialized`] messages sent to it and, while it
//! lives in an isolate, that isolate's inbox as its owner. Sending pushes
//! onto the peer's queue and posts one [`Message::PortReady`] to the peer's
//! owner (not one per message: the flag `notified` is cleared when the owner
//! takes stock with [`queued`]). An end moving to another thread (in a
//! transfer list) waits in a process-wide table between its sender and its
//! receiver; messages sent to it meanwhile wait in its queue.
//!
//! JavaScript sees ports by numeric id (`portPost`, `portQueued`,
//! `portReceive`, …), from `internal/worker/ports`.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, Weak};

use spindle_core::{ClonedValue, Op, OpError, OpResult, OpScope, Serialized, Val};

use crate::host::{Host, InboxSender, Message};

/// A port's id, unique in the process.
pub type PortId = u64;

/// One end of a channel (or a broadcast subscription).
pub struct PortEnd {
    id: PortId,
    state: Mutex<EndState>,
}

#[derive(Default)]
struct EndState {
    queue: VecDeque<Serialized>,
    peer: Option<Weak<PortEnd>>,
    owner: Option<InboxSender>,
    notified: bool,
    closed: bool,
    broadcast: Option<String>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn new_end() -> Arc<PortEnd> {
    Arc::new(PortEnd {
        id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        state: Mutex::new(EndState::default()),
    })
}

impl PortEnd {
    /// The port's id.
    pub fn id(&self) -> PortId {
        self.id
    }

    /// Claims the right to post `PortReady` to the owner (unless one is
    /// already on its way); the caller posts it once the lock is released,
    /// so the woken owner does not find the port still locked.
    fn claim_notify(&self, st: &mut EndState) -> Option<Notice> {
        if st.notified {
            return None;
        }
        let owner = st.owner.clone()?;
        st.notified = true;
        Some(Notice(owner, self.id))
    }

    /// Claims and posts a notification (for callers without other work
    /// under the lock).
    fn notify(&self) {
        let notice = self.claim_notify(&mut lock(&self.state));
        if let Some(notice) = notice {
            notice.post();
        }
    }

    /// Queues a message for this end; gives it back when the end is closed.
    fn deliver(&self, message: Serialized) -> Option<Serialized> {
        let notice = {
            let mut st = lock(&self.state);
            if st.closed {
                return Some(message);
            }
            st.queue.push_back(message);
            self.claim_notify(&mut st)
        };
        if let Some(notice) = notice {
            notice.post();
        }
        None
    }

    /// Sends to the peer end; a closed or unentangled port drops the message.
    pub fn send(&self, message: Serialized) {
        let peer = lock(&self.state).peer.as_ref().and_then(Weak::upgrade);
        let dropped = match peer {
            Some(peer) => peer.deliver(message),
            None => Some(message),
        };
        // Released outside every lock: dropping may close transferred ports.
        drop(dropped);
    }

    /// Closes this end and its peer; both owners hear of it. Messages
    /// already queued at either end are still delivered (as node does).
    pub fn close(&self) {
        let peer = {
            let mut st = lock(&self.state);
            st.closed = true;
            st.peer.take().and_then(|p| p.upgrade())
        };
        self.notify();
        if let Some(peer) = peer {
            {
                let mut st = lock(&peer.state);
                st.closed = true;
                st.peer = None;
            }
            peer.notify();
        }
        if let Some(name) = lock(&self.state).broadcast.take() {
            unsubscribe(&name, self.id);
        }
    }

    /// Binds the end to the isolate whose inbox hears about it (or none).
    fn set_owner(&self, owner: Option<InboxSender>) {
        let notice = {
            let mut st = lock(&self.state);
            st.owner = owner;
            st.notified = false;
            if st.queue.is_empty() && !st.closed {
                return;
            }
            self.claim_notify(&mut st)
        };
        if let Some(notice) = notice {
            notice.post();
        }
    }
}

/// A `PortReady` to post once no port lock is held.
struct Notice(InboxSender, PortId);

impl Notice {
    fn post(self) {
        self.0.post(Message::PortReady(self.1));
    }
}

/// Makes an entangled pair of ends.
pub fn channel() -> (Arc<PortEnd>, Arc<PortEnd>) {
    let (a, b) = (new_end(), new_end());
    lock(&a.state).peer = Some(Arc::downgrade(&b));
    lock(&b.state).peer = Some(Arc::downgrade(&a));
    (a, b)
}

/// The ports an isolate holds; closing them all when the isolate goes.
#[derive(Default)]
pub struct PortTable {
    ports: HashMap<PortId, Arc<PortEnd>>,
}

impl PortTable {
    /// True when the isolate holds no port (so no message can come from
    /// another thread's JavaScript).
    pub fn is_empty(&self) -> bool {
        self.ports.is_empty()
    }

    /// Adds an end owned by the isolate with this inbox.
    pub fn adopt(&mut self, end: Arc<PortEnd>, inbox: InboxSender) {
        end.set_owner(Some(inbox));
        self.ports.insert(end.id, end);
    }

    fn get(&self, id: PortId) -> Result<&Arc<PortEnd>, OpError> {
        self.ports
            .get(&id)
            .ok_or_else(|| OpError::error(format!("no port {id} in this thread")))
    }
}

impl Drop for PortTable {
    fn drop(&mut self) {
        for (_, end) in self.ports.drain() {
            end.set_owner(None);
            end.close();
        }
    }
}

/// Ends on their way between threads, by id.
fn in_transit() -> MutexGuard<'static, HashMap<PortId, Arc<PortEnd>>> {
    static TABLE: OnceLock<Mutex<HashMap<PortId, Arc<PortEnd>>>> = OnceLock::new();
    lock(TABLE.get_or_init(Default::default))
}

/// Releases a port carried by a message that was dropped unread: it closes.
pub fn release_transferred(id: PortId) {
    let end = in_transit().remove(&id);
    if let Some(end) = end {
        end.close();
    }
}

/// BroadcastChannel subscribers by name.
fn broadcasts() -> MutexGuard<'static, HashMap<String, Vec<Weak<PortEnd>>>> {
    static TABLE: OnceLock<Mutex<HashMap<String, Vec<Weak<PortEnd>>>>> = OnceLock::new();
    lock(TABLE.get_or_init(Default::default))
}

fn unsubscribe(name: &str, id: PortId) {
    let mut table = broadcasts();
    if let Some(list) = table.get_mut(name) {
        list.retain(|w| w.upgrade().is_some_and(|e| e.id != id));
        if list.is_empty() {
            table.remove(name);
        }
    }
}

fn port_id(scope: &OpScope, i: usize) -> Result<PortId, OpError> {
    Ok(scope.number(i)? as PortId)
}

fn with_ports<R>(scope: &mut OpScope, f: impl FnOnce(&mut PortTable, InboxSender) -> R) -> R {
    scope.host(|h: &mut Host| {
        let inbox = h.inbox();
        f(&mut h.ports, inbox)
    })
}

/// `portChannel()` → `[id1, id2]`: a new entangled pair owned here.
fn port_channel(scope: &mut OpScope) -> OpResult {
    let (a, b) = channel();
    let ids = [a.id, b.id];
    with_ports(scope, |t, inbox| {
        t.adopt(a, inbox.clone());
        t.adopt(b, inbox);
    });
    Ok(Val::Array(
        ids.iter().map(|&i| Val::Number(i as f64)).collect(),
    ))
}

/// `portPost(id, value, transferArray)`: clones and sends to the peer.
fn port_post(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    let message = scope.serialize(1, 2)?;
    let end = with_ports(scope, |t, _| t.get(id).cloned())?;
    end.send(message);
    Ok(Val::Undefined)
}

/// `portQueued(id)`: how many messages wait, `n`, or `-1 - n` once the
/// port is closed. The owner takes stock, so the next arrival notifies again.
fn port_queued(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    let end = with_ports(scope, |t, _| t.get(id).cloned())?;
    let mut st = lock(&end.state);
    st.notified = false;
    let n = st.queue.len() as f64;
    Ok(Val::Number(if st.closed { -1.0 - n } else { n }))
}

/// `portNotify(id)`: asks for a "ready" now if messages wait or the port
/// closed (after `start()`, or after reading one message by hand).
fn port_notify(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    if let Ok(end) = with_ports(scope, |t, _| t.get(id).cloned()) {
        let notice = {
            let mut st = lock(&end.state);
            if st.queue.is_empty() && !st.closed {
                return Ok(Val::Undefined);
            }
            st.notified = false;
            end.claim_notify(&mut st)
        };
        if let Some(notice) = notice {
            notice.post();
        }
    }
    Ok(Val::Undefined)
}

/// `portReceive(id)`: the next message, read into a value (`undefined`
/// when none waits: callers ask `portQueued` first).
fn port_receive(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    let end = with_ports(scope, |t, _| t.get(id).cloned())?;
    let next = lock(&end.state).queue.pop_front();
    Ok(next.map_or(Val::Undefined, |m| Val::Cloned(ClonedValue::new(m))))
}

/// `portClose(id)`: closes both ends; the port stays in the table until
/// JavaScript has seen the close (`portForget`).
fn port_close(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    if let Ok(end) = with_ports(scope, |t, _| t.get(id).cloned()) {
        end.close();
    }
    Ok(Val::Undefined)
}

/// `portForget(id)`: drops a closed port from this isolate's table.
fn port_forget(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    let end = with_ports(scope, |t, _| t.ports.remove(&id));
    if let Some(end) = end {
        end.set_owner(None);
    }
    Ok(Val::Undefined)
}

/// `portDetach(id)`: the port leaves this isolate (it is in a transfer
/// list); it waits in the in-transit table until adopted or released.
fn port_detach(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    let end = with_ports(scope, |t, _| t.ports.remove(&id));
    if let Some(end) = end {
        end.set_owner(None);
        in_transit().insert(id, end);
    }
    Ok(Val::Undefined)
}

/// `portAdopt(id)`: a transferred port arrives in this isolate. False when
/// it is unknown (already released).
fn port_adopt(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    let end = in_transit().remove(&id);
    Ok(Val::Bool(match end {
        Some(end) => {
            with_ports(scope, |t, inbox| t.adopt(end, inbox));
            true
        }
        None => false,
    }))
}

/// `broadcastJoin(name)` → id: subscribes to a BroadcastChannel name.
fn broadcast_join(scope: &mut OpScope) -> OpResult {
    let name = scope.string(0)?;
    let end = new_end();
    lock(&end.state).broadcast = Some(name.clone());
    broadcasts()
        .entry(name)
        .or_default()
        .push(Arc::downgrade(&end));
    let id = end.id;
    with_ports(scope, |t, inbox| t.adopt(end, inbox));
    Ok(Val::Number(id as f64))
}

/// `broadcastPost(id, value)`: a copy to every other subscriber of the name.
fn broadcast_post(scope: &mut OpScope) -> OpResult {
    let id = port_id(scope, 0)?;
    let end = with_ports(scope, |t, _| t.get(id).cloned())?;
    let Some(name) = lock(&end.state).broadcast.clone() else {
        return Ok(Val::Undefined);
    };
    let others: Vec<Arc<PortEnd>> = broadcasts()
        .get(&name)
        .map(|list| {
            list.iter()
                .filter_map(Weak::upgrade)
                .filter(|e| e.id != id)
                .collect()
        })
        .unwrap_or_default();
    // The value is cloned once up front even with no one listening, so a
    // value that cannot be cloned always throws (as in node).
    let mut first = Some(scope.serialize(1, 2)?);
    for other in others {
        let message = match first.take() {
            Some(message) => message,
            None => scope.serialize(1, 2)?,
        };
        drop(other.deliver(message));
    }
    Ok(Val::Undefined)
}

/// The messaging ops.
pub const OPS: &[Op] = &[
    Op::new("portChannel", port_channel),
    Op::new("portPost", port_post),
    Op::new("portQueued", port_queued),
    Op::new("portReceive", port_receive),
    Op::new("portNotify", port_notify),
    Op::new("portClose", port_close),
    Op::new("portForget", port_forget),
    Op::new("portDetach", port_detach),
    Op::new("portAdopt", port_adopt),
    Op::new("broadcastJoin", broadcast_join),
    Op::new("broadcastPost", broadcast_post),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_reaches_both_ends_and_unentangles() {
        let (a, b) = channel();
        a.close();
        assert!(lock(&a.state).closed);
        assert!(lock(&b.state).closed);
        assert!(lock(&b.state).peer.is_none());
    }

    #[test]
    fn ids_are_unique() {
        let (a, b) = channel();
        let (c, d) = channel();
        let mut ids = vec![a.id, b.id, c.id, d.id];
        ids.dedup();
        assert_eq!(ids.len(), 4);
    }
}
