//! Ops through which the JavaScript timer and immediate queues tell the
//! event loop when to wake and whether they keep it alive.

use spindle_core::{Op, OpResult, OpScope, Val};

use crate::host::Host;

/// `timerState(nextMs | -1, refed)`: the earliest timer (ms since start).
fn timer_state(scope: &mut OpScope) -> OpResult {
    let next = scope.number(0)?;
    let refed = scope.truthy(1);
    scope.host(|h: &mut Host| {
        h.timers.next = (next >= 0.0).then_some(next);
        h.timers.refed = refed;
    });
    Ok(Val::Undefined)
}

/// `immediateState(pending, refed)`.
fn immediate_state(scope: &mut OpScope) -> OpResult {
    let pending = scope.truthy(0);
    let refed = scope.truthy(1);
    scope.host(|h: &mut Host| {
        h.immediates_pending = pending;
        h.immediates_refed = refed;
    });
    Ok(Val::Undefined)
}

/// `now()`: milliseconds since the isolate started (monotonic).
fn now(scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(scope.host(|h: &mut Host| h.now_ms())))
}

/// `refLoop(delta)`: adds to the count of handles keeping the loop alive.
fn ref_loop(scope: &mut OpScope) -> OpResult {
    let delta = scope.number(0)? as i64;
    scope.host(|h: &mut Host| h.refs = (h.refs as i64 + delta).max(0) as u32);
    Ok(Val::Undefined)
}

/// `loopIdleTime()`: ms the event loop has spent waiting for events.
fn loop_idle_time(scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(scope.host(|h: &mut Host| h.idle_ms)))
}

/// `loopStartTime()`: when the loop first ran (ms, as `now()`), or -1.
fn loop_start_time(scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(scope.host(|h: &mut Host| h.loop_start_ms)))
}

/// The timer ops.
pub const OPS: &[Op] = &[
    Op::new("timerState", timer_state),
    Op::new("immediateState", immediate_state),
    Op::new("now", now),
    Op::new("refLoop", ref_loop),
    Op::new("loopIdleTime", loop_idle_time),
    Op::new("loopStartTime", loop_start_time),
];
