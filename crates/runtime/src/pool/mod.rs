//! The worker pool behind `spindle:pool` and [`crate::Pool`]. The scheduler
//! lives here, in Rust: the queue, which worker runs what, completions,
//! timeouts, and every worker's life and death.
//!
//! A task goes from `submit` into the queue; an idle worker is woken (one
//! [`Message::PoolWork`] per idle worker, not per task) and pulls tasks
//! with `take`. When it finishes one, `finish` hands it the next queued task
//! in the same call, so a busy pool dispatches without any trip through
//! the owner's thread. Outcomes go to the owner: queued for the JS pool
//! (one [`Message::PoolReady`] wakes it for a whole batch), or straight to
//! the waiting caller for a Rust pool.
//!
//! Every task ends exactly once: its result, its error, or a failure the
//! scheduler decides (its worker died, it timed out, the pool was
//! destroyed). A task a worker took is never run again.

mod histogram;
pub(crate) mod ops;
pub(crate) mod rust;
mod types;
mod watchdog;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use spindle_core::Serialized;
use spindle_modules::host::InboxSender;
use spindle_modules::Message;

use crate::worker::{self, Parent, Payload, WorkerEnd};
pub(crate) use histogram::Histogram;
pub(crate) use types::{Config, Delivery, Failure, Handler, Owner, Refused, Stats, Task, Value};

/// A worker as the scheduler sees it.
struct Slot {
    thread_id: u64,
    /// Set when the worker has loaded its handler and asks for work.
    inbox: Option<InboxSender>,
    running: Vec<Running>,
    /// A wake-up is on its way (do not send another).
    notified: bool,
    /// Takes no more tasks: it is being retired or stopped.
    leaving: bool,
    /// Tasks it has finished.
    finished: u64,
    /// Since when it has had nothing to do.
    idle_since: Instant,
}

struct Running {
    id: u64,
    started: Instant,
    deadline: Option<Instant>,
}

#[derive(Default)]
struct State {
    next_id: u64,
    /// Queued tasks by id (cancelling is a removal from here).
    tasks: HashMap<u64, Task>,
    /// Queue order; ids no longer in `tasks` are skipped.
    order: VecDeque<u64>,
    workers: Vec<Slot>,
    /// Workers asked of the owner but not yet spawned.
    wanted: usize,
    closing: bool,
    destroyed: bool,
    /// A worker died before it was ready and none is: do not respawn
    /// until the next submit.
    failing: bool,
    deliveries: Vec<Delivery>,
    completed: u64,
    run_time: Histogram,
    wait_time: Histogram,
}

/// One pool.
pub(crate) struct Core {
    pub id: u64,
    pub config: Config,
    state: Mutex<State>,
    owner: Owner,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Core {
    /// A new pool (no workers yet: see [`Core::start`]).
    pub fn new(id: u64, config: Config, owner: Owner) -> Arc<Core> {
        let core = Arc::new(Core {
            id,
            config,
            state: Mutex::new(State {
                next_id: 1,
                ..State::default()
            }),
            owner,
        });
        watchdog::watch(&core);
        core
    }

    /// For a Rust pool: starts `min_threads` workers.
    pub fn start(self: &Arc<Core>) -> Result<(), String> {
        let mut st = lock(&self.state);
        for _ in 0..self.config.min_threads {
            self.spawn_locked(&mut st)?;
        }
        Ok(())
    }

    /// Queues a task; returns its id.
    pub fn submit(self: &Arc<Core>, task: Task) -> Result<u64, Refused> {
        let mut st = lock(&self.state);
        if st.closing || st.destroyed {
            return Err(Refused::Closed);
        }
        let queued = st.tasks.len();
        let free = free_capacity(&st, self.config.concurrent);
        if queued >= free.saturating_add(self.config.max_queue) {
            return Err(if self.config.max_queue == 0 {
                Refused::NoQueue
            } else {
                Refused::QueueFull
            });
        }
        let id = st.next_id;
        st.next_id += 1;
        st.tasks.insert(id, task);
        st.order.push_back(id);
        st.failing = false;
        self.wake_one(&mut st);
        self.grow(&mut st);
        Ok(id)
    }

    /// A worker is ready for tasks (its handler loaded).
    pub fn ready(self: &Arc<Core>, thread_id: u64, inbox: InboxSender) {
        let mut st = lock(&self.state);
        let Some(slot) = st.workers.iter_mut().find(|s| s.thread_id == thread_id) else {
            return;
        };
        slot.inbox = Some(inbox);
        slot.idle_since = Instant::now();
        self.deliver(&mut st, Delivery::WorkerCreated(thread_id));
        if self.config.idle_timeout.is_some() {
            watchdog::poke();
        }
    }

    /// The next task for a worker, if it may take one.
    pub fn take(self: &Arc<Core>, thread_id: u64) -> Option<(u64, Task)> {
        let mut st = lock(&self.state);
        let next = self.next_for(&mut st, thread_id);
        if next.is_none() {
            if let Some(slot) = st.workers.iter_mut().find(|s| s.thread_id == thread_id) {
                slot.notified = false;
            }
        } else if !st.tasks.is_empty() {
            self.wake_one(&mut st);
        }
        next
    }

    /// A worker finished task `id`; returns its next task, if any.
    pub fn finish(
        self: &Arc<Core>,
        thread_id: u64,
        id: u64,
        outcome: Result<Value, Value>,
    ) -> Option<(u64, Task)> {
        let mut st = lock(&self.state);
        let now = Instant::now();
        let index = st.workers.iter().position(|s| s.thread_id == thread_id)?;
        let slot = &mut st.workers[index];
        let Some(at) = slot.running.iter().position(|r| r.id == id) else {
            // Already settled (timed out or aborted): the result is dropped.
            return None;
        };
        let run = slot.running.swap_remove(at);
        slot.finished += 1;
        if slot.running.is_empty() {
            slot.idle_since = now;
        }
        if self
            .config
            .max_tasks_per_worker
            .is_some_and(|max| slot.finished >= max)
        {
            slot.leaving = true;
        }
        let (leaving, idle) = (slot.leaving, slot.running.is_empty());
        st.completed += 1;
        st.run_time.record(now - run.started);
        let delivery = match outcome {
            Ok(value) => Delivery::Done(id, value),
            Err(value) => Delivery::Failed(vec![id], Failure::Threw(value)),
        };
        self.deliver(&mut st, delivery);
        if leaving {
            if idle {
                worker::terminate(thread_id);
                self.grow(&mut st);
            }
            return None;
        }
        let next = self.next_for(&mut st, thread_id);
        if next.is_none() {
            st.workers[index].notified = false;
            self.check_drained(&mut st);
            if idle
                && self.config.idle_timeout.is_some()
                && st.workers.len() > self.config.min_threads
            {
                watchdog::poke();
            }
        }
        next
    }

    /// Cancels a task (its `signal` aborted): 1 when it was still queued,
    /// 2 when it was running (its worker is stopped), 0 when it had ended.
    pub fn cancel(self: &Arc<Core>, id: u64) -> u8 {
        let mut st = lock(&self.state);
        if st.tasks.remove(&id).is_some() {
            self.check_drained(&mut st);
            return 1;
        }
        let found = st
            .workers
            .iter()
            .position(|s| s.running.iter().any(|r| r.id == id));
        let Some(index) = found else {
            return 0;
        };
        st.workers[index].running.retain(|r| r.id != id);
        self.stop_worker(&mut st, index);
        2
    }

    /// Stops taking tasks; with `force`, queued tasks fail at once.
    pub fn close(self: &Arc<Core>, force: bool) {
        let mut st = lock(&self.state);
        st.closing = true;
        if force {
            let ids = queued_ids(&mut st);
            if !ids.is_empty() {
                self.deliver(&mut st, Delivery::Failed(ids, Failure::Closed));
            }
        }
        self.check_drained(&mut st);
    }

    /// Fails every queued and running task and stops every worker.
    pub fn destroy(self: &Arc<Core>) {
        let mut st = lock(&self.state);
        st.closing = true;
        st.destroyed = true;
        st.wanted = 0;
        let mut ids = queued_ids(&mut st);
        for slot in &mut st.workers {
            ids.extend(slot.running.drain(..).map(|r| r.id));
            slot.leaving = true;
            worker::terminate(slot.thread_id);
        }
        if !ids.is_empty() {
            self.deliver(&mut st, Delivery::Failed(ids, Failure::Terminated));
        }
        if st.workers.is_empty() {
            self.deliver(&mut st, Delivery::AllExited);
        }
        drop(st);
        watchdog::forget(self.id);
    }

    /// A worker's thread has ended.
    pub fn worker_exited(self: &Arc<Core>, end: WorkerEnd) {
        let mut st = lock(&self.state);
        let Some(index) = st.workers.iter().position(|s| s.thread_id == end.thread_id) else {
            return;
        };
        let slot = st.workers.swap_remove(index);
        let expected = slot.leaving && slot.running.is_empty();
        let never_ready = slot.inbox.is_none();
        let failure = if let (Some(image), None) = (end.error, &end.fault) {
            Failure::Uncaught(image)
        } else {
            match end.fault {
                Some(f) if f == "out-of-memory" => Failure::OutOfMemory,
                Some(f) => Failure::Fault(f),
                None => Failure::Exited(end.code),
            }
        };
        self.deliver(&mut st, Delivery::WorkerDestroyed(end.thread_id));
        let mut ids: Vec<u64> = slot.running.iter().map(|r| r.id).collect();
        // A worker that could not even load its handler, with no other
        // worker ready: the queued tasks would wait for ever; they fail
        // with its error instead (the next submit tries again).
        let stranded = never_ready
            && !st.destroyed
            && !st.workers.iter().any(|s| s.inbox.is_some() && !s.leaving);
        if stranded {
            st.failing = true;
            ids.extend(queued_ids(&mut st));
        }
        if !ids.is_empty() {
            self.deliver(&mut st, Delivery::Failed(ids, failure));
        } else if !expected && !st.destroyed {
            self.deliver(&mut st, Delivery::Error(failure));
        }
        if st.destroyed {
            if st.workers.is_empty() {
                self.deliver(&mut st, Delivery::AllExited);
            }
            return;
        }
        self.grow(&mut st);
        self.check_drained(&mut st);
    }

    /// Counts for the pool's properties.
    pub fn stats(&self) -> Stats {
        let st = lock(&self.state);
        let concurrent = self.config.concurrent;
        Stats {
            queued: st.tasks.len(),
            running: st.workers.iter().map(|s| s.running.len()).sum(),
            threads: st.workers.len(),
            idle: st
                .workers
                .iter()
                .filter(|s| s.inbox.is_some() && s.running.is_empty())
                .count(),
            completed: st.completed,
            starting_capacity: (st.wanted
                + st.workers.iter().filter(|s| s.inbox.is_none()).count())
            .saturating_mul(concurrent),
        }
    }

    /// The run-time and wait-time histograms (copies).
    pub fn histograms(&self) -> (Histogram, Histogram) {
        let st = lock(&self.state);
        (st.run_time.clone(), st.wait_time.clone())
    }

    /// Clears the run-time (`true`) or wait-time histogram.
    pub fn reset_histogram(&self, run_time: bool) {
        let mut st = lock(&self.state);
        if run_time {
            st.run_time = Histogram::default();
        } else {
            st.wait_time = Histogram::default();
        }
    }

    /// The thread ids of the pool's workers.
    pub fn thread_ids(&self) -> Vec<u64> {
        lock(&self.state)
            .workers
            .iter()
            .map(|s| s.thread_id)
            .collect()
    }

    /// Takes what waits for a JS owner.
    pub fn take_deliveries(&self) -> Vec<Delivery> {
        std::mem::take(&mut lock(&self.state).deliveries)
    }

    /// For a JS owner: starts a worker (`asked`: one the scheduler wanted,
    /// else one of the first `min_threads`) with the payload the owner
    /// cloned. The slot is recorded before the worker can ask for work.
    pub fn spawn_for_owner(
        self: &Arc<Core>,
        payload: Serialized,
        asked: bool,
    ) -> Result<(u64, Arc<spindle_modules::messaging::PortEnd>), spindle_core::OpError> {
        let mut st = lock(&self.state);
        if asked {
            st.wanted = st.wanted.saturating_sub(1);
        }
        let spawned = worker::spawn(
            self.config.spec.clone(),
            Payload::Cloned(payload),
            self.config.isolate.clone(),
            Parent::Pool(self.clone()),
            None,
        );
        match spawned {
            Ok((thread_id, port)) => {
                st.workers.push(new_slot(thread_id));
                Ok((thread_id, port))
            }
            Err(e) => {
                drop(st);
                self.spawn_failed(false);
                Err(e)
            }
        }
    }

    /// A JS owner could not spawn a worker it was asked for.
    pub fn spawn_failed(self: &Arc<Core>, asked: bool) {
        let mut st = lock(&self.state);
        if asked {
            st.wanted = st.wanted.saturating_sub(1);
        }
        if st.workers.is_empty() {
            st.failing = true;
            let ids = queued_ids(&mut st);
            if !ids.is_empty() {
                let failure = Failure::Fault("init: could not start a worker thread".into());
                self.deliver(&mut st, Delivery::Failed(ids, failure));
            }
        }
    }

    /// Times out running tasks and retires idle workers due by `now`;
    /// returns when to look again.
    fn expire(self: &Arc<Core>, now: Instant) -> Option<Instant> {
        let mut st = lock(&self.state);
        let mut next: Option<Instant> = None;
        let mut earliest = |t: Instant| next = Some(next.map_or(t, |n| n.min(t)));
        let mut index = 0;
        while index < st.workers.len() {
            let slot = &mut st.workers[index];
            let late: Vec<(u64, f64)> = slot
                .running
                .iter()
                .filter_map(|r| {
                    let limit = r.deadline.filter(|d| *d <= now)? - r.started;
                    Some((r.id, limit.as_secs_f64() * 1000.0))
                })
                .collect();
            if !late.is_empty() {
                slot.running
                    .retain(|r| !late.iter().any(|(id, _)| *id == r.id));
                for (id, ms) in late {
                    self.deliver(&mut st, Delivery::Failed(vec![id], Failure::TimedOut(ms)));
                }
                self.stop_worker(&mut st, index);
                index += 1;
                continue;
            }
            for d in slot.running.iter().filter_map(|r| r.deadline) {
                earliest(d);
            }
            index += 1;
        }
        if let Some(idle) = self.config.idle_timeout {
            let live = st.workers.iter().filter(|s| !s.leaving).count();
            let mut spare = live.saturating_sub(self.config.min_threads);
            for slot in &mut st.workers {
                if spare == 0 {
                    break;
                }
                if slot.leaving || slot.inbox.is_none() || !slot.running.is_empty() {
                    continue;
                }
                let due = slot.idle_since + idle;
                if due <= now {
                    slot.leaving = true;
                    worker::terminate(slot.thread_id);
                    spare -= 1;
                } else {
                    earliest(due);
                }
            }
        }
        next
    }

    /// Stops a worker at once (a task on it timed out or was aborted): the
    /// other tasks it was running fail, and a replacement is started.
    fn stop_worker(self: &Arc<Core>, st: &mut State, index: usize) {
        let slot = &mut st.workers[index];
        slot.leaving = true;
        let others: Vec<u64> = slot.running.drain(..).map(|r| r.id).collect();
        worker::terminate(slot.thread_id);
        if !others.is_empty() {
            self.deliver(st, Delivery::Failed(others, Failure::Collateral));
        }
        self.grow(st);
    }

    /// Pops the next queued task for a worker with room for it.
    fn next_for(&self, st: &mut State, thread_id: u64) -> Option<(u64, Task)> {
        let concurrent = self.config.concurrent;
        let index = st.workers.iter().position(|s| s.thread_id == thread_id)?;
        {
            let slot = &st.workers[index];
            if slot.leaving || slot.inbox.is_none() || slot.running.len() >= concurrent {
                return None;
            }
        }
        let (id, task) = pop_queued(st)?;
        let now = Instant::now();
        st.wait_time.record(now - task.queued_at);
        let deadline = task.timeout.or(self.config.task_timeout).map(|t| now + t);
        st.workers[index].running.push(Running {
            id,
            started: now,
            deadline,
        });
        if let Some(deadline) = deadline {
            watchdog::poke_at(deadline);
        }
        Some((id, task))
    }

    /// Wakes one idle worker (not already woken) when tasks wait.
    fn wake_one(&self, st: &mut State) {
        if st.tasks.is_empty() {
            return;
        }
        let concurrent = self.config.concurrent;
        let idle = st.workers.iter_mut().find(|s| {
            !s.notified && !s.leaving && s.inbox.is_some() && s.running.len() < concurrent
        });
        if let Some(slot) = idle {
            slot.notified = true;
            if let Some(inbox) = &slot.inbox {
                inbox.post(Message::PoolWork(self.id));
            }
        }
    }

    /// Starts workers while fewer than `min_threads` live, or while tasks
    /// wait beyond the room the live and starting workers have.
    fn grow(self: &Arc<Core>, st: &mut State) {
        if st.closing || st.destroyed || st.failing {
            return;
        }
        loop {
            let live = st.workers.iter().filter(|s| !s.leaving).count() + st.wanted;
            if live >= self.config.max_threads {
                return;
            }
            let short = live < self.config.min_threads;
            if !short && st.tasks.len() <= free_capacity(st, self.config.concurrent) {
                return;
            }
            if self.spawn_locked(st).is_err() {
                return;
            }
        }
    }

    /// Starts one worker: a Rust pool spawns it here; a JS pool's owner is
    /// asked to (it holds `workerData`).
    fn spawn_locked(self: &Arc<Core>, st: &mut State) -> Result<(), String> {
        match &self.owner {
            Owner::Js(_) => {
                st.wanted += 1;
                self.deliver(st, Delivery::SpawnWanted);
                Ok(())
            }
            Owner::Rust(spawner) => {
                let payload = Payload::Json(spawner.payload.clone());
                let parent = Parent::Pool(self.clone());
                let spawned = worker::spawn(
                    self.config.spec.clone(),
                    payload,
                    self.config.isolate.clone(),
                    parent,
                    None,
                );
                match spawned {
                    Ok((thread_id, _port)) => {
                        st.workers.push(new_slot(thread_id));
                        Ok(())
                    }
                    Err(e) => Err(e.message),
                }
            }
        }
    }

    /// When closing and nothing is left, says so.
    fn check_drained(&self, st: &mut State) {
        if st.closing
            && !st.destroyed
            && st.tasks.is_empty()
            && st.workers.iter().all(|s| s.running.is_empty())
        {
            self.deliver(st, Delivery::Drained);
        }
    }

    /// Hands a delivery to the owner.
    fn deliver(&self, st: &mut State, delivery: Delivery) {
        match &self.owner {
            Owner::Js(inbox) => {
                if st.deliveries.is_empty() {
                    inbox.post(Message::PoolReady(self.id));
                }
                st.deliveries.push(delivery);
            }
            Owner::Rust(spawner) => spawner.deliver(delivery),
        }
    }
}

fn new_slot(thread_id: u64) -> Slot {
    Slot {
        thread_id,
        inbox: None,
        running: Vec::new(),
        notified: false,
        leaving: false,
        finished: 0,
        idle_since: Instant::now(),
    }
}

/// Room for more tasks on live workers (ready or starting).
fn free_capacity(st: &State, concurrent: usize) -> usize {
    // Saturating: `concurrentTasksPerWorker` may be Infinity.
    let on_workers = st
        .workers
        .iter()
        .filter(|s| !s.leaving)
        .map(|s| concurrent.saturating_sub(s.running.len()))
        .fold(0usize, usize::saturating_add);
    on_workers.saturating_add(st.wanted.saturating_mul(concurrent))
}

fn pop_queued(st: &mut State) -> Option<(u64, Task)> {
    while let Some(id) = st.order.pop_front() {
        if let Some(task) = st.tasks.remove(&id) {
            return Some((id, task));
        }
    }
    None
}

/// Empties the queue; returns the ids it held, in order.
fn queued_ids(st: &mut State) -> Vec<u64> {
    let mut ids = Vec::with_capacity(st.tasks.len());
    while let Some((id, _)) = pop_queued(st) {
        ids.push(id);
    }
    st.order.clear();
    ids
}
