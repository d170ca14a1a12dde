//! WeakRef and FinalizationRegistry need two things from the host: objects
//! a WeakRef kept alive during a turn are released after each microtask
//! checkpoint (`ClearKeptObjects`), and the registry cleanup jobs the GC
//! announces are run later, outside the GC, as tasks.

use std::cell::UnsafeCell;

use mozjs::glue::CallObjectRootTracer;
use mozjs::jsapi::{JSContext, JSFunction, JSObject, JSTracer, JS_CallFunctionValue};
use mozjs::jsval::{ObjectValue, UndefinedValue};
use mozjs::rooted;

/// Cleanup functions the GC asked us to call, traced as roots until run.
#[derive(Default)]
pub(crate) struct PendingCleanups {
    // Only touched on the isolate's thread: pushed by the GC callback,
    // taken by `run_checkpoint`, traced by the GC (never at the same time).
    functions: UnsafeCell<Vec<*mut JSObject>>,
}

// SAFETY: traces each pending function as a root, letting a moving GC
// update the pointers in place.
unsafe impl mozjs::gc::Traceable for PendingCleanups {
    unsafe fn trace(&self, trc: *mut JSTracer) {
        // SAFETY: the GC traces on the isolate's thread while nothing else
        // holds a reference into the vector.
        unsafe {
            for f in (*self.functions.get()).iter_mut() {
                CallObjectRootTracer(trc, f, c"FinalizationRegistry cleanup".as_ptr());
            }
        }
    }
}

/// The engine's hook: a registry has dead targets to report.
pub(crate) unsafe extern "C" fn cleanup_requested(
    do_cleanup: *mut JSFunction,
    _incumbent_global: *mut JSObject,
    _data: *mut std::ffi::c_void,
) {
    crate::isolate::with_pending_cleanups(|pending| {
        // SAFETY: on the isolate's thread; no borrow of the vector is live
        // while the GC runs this callback; a JSFunction is a JSObject.
        unsafe { (*pending.functions.get()).push(do_cleanup as *mut JSObject) };
    });
}

/// The end of a microtask checkpoint: release WeakRef targets, then run
/// the cleanup jobs that are due (each followed by its own microtasks).
/// False with an exception pending when a cleanup callback threw.
///
/// # Safety
/// `cx` must be this thread's live context, inside its realm.
pub(crate) unsafe fn run_checkpoint(cx: *mut JSContext) -> bool {
    // SAFETY: our context; each function is rooted before it is called.
    unsafe {
        mozjs::jsapi::ClearKeptObjects(cx);
        loop {
            let next = crate::isolate::with_pending_cleanups(|pending| {
                let list = &mut *pending.functions.get();
                (!list.is_empty()).then(|| list.remove(0))
            })
            .flatten();
            let Some(function) = next else {
                return true;
            };
            rooted!(in(cx) let fun = ObjectValue(function));
            rooted!(in(cx) let this = std::ptr::null_mut::<JSObject>());
            rooted!(in(cx) let mut rval = UndefinedValue());
            let args = mozjs::jsapi::HandleValueArray::empty();
            if !JS_CallFunctionValue(
                cx,
                this.handle().into(),
                fun.handle().into(),
                &args,
                rval.handle_mut().into(),
            ) {
                return false;
            }
            mozjs::jsapi::RunJobs(cx);
            mozjs::jsapi::ClearKeptObjects(cx);
        }
    }
}
