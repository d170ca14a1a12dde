//! One isolate: a SpiderMonkey context, its global, and the hooks into the
//! JavaScript side of the runtime. An isolate belongs to the thread that made
//! it, for its whole life; a thread has at most one.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::ffi::CStr;
use std::ptr::{self, NonNull};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use mozjs::gc::RootedTraceableBox;
use mozjs::jsapi::JS::{CompartmentSpecifier, Zone};
use mozjs::jsapi::{
    EnterRealm, Heap, JSContext, JSGCParamKey, JSObject, JSRuntime, JS_AddExtraGCRootsTracer,
    JS_AddInterruptCallback, JS_CallFunctionValue, JS_ClearPendingException, JS_DestroyContext,
    JS_GetPendingException, JS_GetRuntime, JS_IsExceptionPending, JS_NewContext,
    JS_NewGlobalObject, JS_ReportErrorUTF8, JS_RequestInterruptCallback, JS_SetFutexCanWait,
    JS_SetGCParameter, JS_SetNativeStackQuota, JS_SetPendingException, LeaveRealm,
    OnNewGlobalHookOption, Realm, UseInternalJobQueues,
};
use mozjs::jsval::{JSVal, ObjectValue, UndefinedValue};
use mozjs::rooted;
use mozjs::rust::{RealmOptions, SIMPLE_GLOBAL_CLASS};

use crate::ops::{c_name, Op, OpError};
use crate::value::{from_js, to_js, Val};

/// Options for a new isolate.
#[derive(Debug, Clone, PartialEq)]
pub struct IsolateOptions {
    /// Native stack the engine may use, in bytes (default 1 MiB less a
    /// safety margin; the thread's stack must be larger).
    pub stack_quota: usize,
    /// Upper bound of the GC heap in bytes (`None`: unbounded).
    pub max_heap_bytes: Option<u32>,
    /// Cap on the young generation, in bytes (`None`: the engine default).
    pub max_nursery_bytes: Option<u32>,
    /// Use the runtime's own JavaScript as compiled for isolates made many
    /// times, such as workers: every function any of them compiles is kept
    /// and comes compiled to every later one (see stencils.rs), rather than
    /// the single main isolate's copy.
    pub worker_code: bool,
    /// Record where each promise was made, so stack traces show `at async`
    /// frames (costly: off unless asked for).
    pub async_stack_traces: bool,
}

impl Default for IsolateOptions {
    fn default() -> Self {
        IsolateOptions {
            stack_quota: 1024 * 1024,
            max_heap_bytes: None,
            max_nursery_bytes: None,
            worker_code: false,
            async_stack_traces: false,
        }
    }
}

/// Why JavaScript stopped running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// `process.exit()`, a fatal error, or a terminate request: the isolate
    /// must not run more JavaScript. [`Isolate::exit_code`] says with what code.
    Exit,
}

/// Lets another thread stop an isolate's JavaScript, even a busy loop.
#[derive(Clone)]
pub struct InterruptHandle {
    shared: Arc<InterruptShared>,
}

struct InterruptShared {
    terminate: AtomicBool,
    cx: Mutex<Option<SendCx>>,
}

struct SendCx(*mut JSContext);
// SAFETY: the pointer is only used for JS_RequestInterruptCallback, which the
// engine documents as callable from any thread, and only while the isolate
// is alive (the isolate clears it under the same mutex before destruction).
unsafe impl Send for SendCx {}

impl InterruptHandle {
    /// Asks the isolate to stop: its running script unwinds at the next
    /// interrupt check and no further JavaScript runs. Returns immediately.
    pub fn terminate(&self) {
        self.shared.terminate.store(true, Ordering::SeqCst);
        if let Some(cx) = self
            .shared
            .cx
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
        {
            // SAFETY: see `SendCx`: the context is alive while it is stored.
            unsafe { JS_RequestInterruptCallback(cx.0) };
        }
    }

    /// True once [`InterruptHandle::terminate`] was called.
    pub fn is_terminating(&self) -> bool {
        self.shared.terminate.load(Ordering::SeqCst)
    }
}

/// What a thread's isolate keeps where engine callbacks can find it.
struct ThreadState {
    hooks: RootedTraceableBox<Heap<JSVal>>,
    cleanups: RootedTraceableBox<crate::weakrefs::PendingCleanups>,
    host: RefCell<Option<Box<dyn Any>>>,
    stopping: Cell<bool>,
    exit_code: Cell<Option<i32>>,
    interrupt: Arc<InterruptShared>,
    worker_code: bool,
    heap_limit: Option<u32>,
    out_of_memory: Cell<bool>,
}

thread_local! {
    static STATE: RefCell<Option<Rc<ThreadStateCell>>> = const { RefCell::new(None) };
}

/// `ThreadState` behind an `Rc` so callbacks can hold it without keeping
/// the thread-local borrowed while they run JavaScript.
struct ThreadStateCell(ThreadState);

fn state() -> Rc<ThreadStateCell> {
    STATE
        .with(|s| s.borrow().clone())
        .expect("no isolate on this thread")
}

/// Runs `f` with the host state of this thread's isolate.
pub(crate) fn with_host<T: Any, R>(f: impl FnOnce(&mut T) -> R) -> R {
    let st = state();
    let mut host = st.0.host.borrow_mut();
    let host = host
        .as_mut()
        .and_then(|h| h.downcast_mut::<T>())
        .expect("isolate host state of another type");
    f(host)
}

/// True when this thread's isolate must not run more JavaScript.
pub(crate) fn is_stopping() -> bool {
    STATE.with(|s| match s.borrow().as_ref() {
        Some(st) => st.0.stopping.get() || st.0.interrupt.terminate.load(Ordering::SeqCst),
        None => false,
    })
}

/// Runs `f` with this thread's pending FinalizationRegistry cleanups
/// (`None` when the thread has no isolate).
pub(crate) fn with_pending_cleanups<R>(
    f: impl FnOnce(&crate::weakrefs::PendingCleanups) -> R,
) -> Option<R> {
    let st = STATE.with(|s| s.borrow().clone())?;
    Some(f(&st.0.cleanups))
}

/// True when this thread's isolate uses the runtime code compiled for workers.
pub(crate) fn uses_worker_code() -> bool {
    STATE.with(|s| s.borrow().as_ref().is_some_and(|st| st.0.worker_code))
}

/// Marks this thread's isolate as stopping (op asked for it).
pub(crate) fn request_stop() {
    state().0.stopping.set(true);
}

/// A handle to a runtime that child isolates on other threads are made
/// from: children share the parent's compiled self-hosted code.
pub struct ParentHandle {
    rt: *mut JSRuntime,
    _alive: Arc<()>,
}

impl Clone for ParentHandle {
    fn clone(&self) -> Self {
        ParentHandle {
            rt: self.rt,
            _alive: self._alive.clone(),
        }
    }
}

// SAFETY: the engine allows a runtime pointer to be passed to JS_NewContext
// on another thread; the parent outlives the child because the parent isolate
// refuses to drop while any `Arc<()>` clone (one per child) is alive.
unsafe impl Send for ParentHandle {}

/// One engine context with its global object, entered for its whole life.
pub struct Isolate {
    cx: *mut JSContext,
    global: RootedTraceableBox<Heap<*mut JSObject>>,
    old_realm: *mut Realm,
    children: Arc<()>,
    _parent: Option<Arc<()>>,
    state: Rc<ThreadStateCell>,
    /// Realms left by [`Isolate::renew`] and not collected yet (0 or 1).
    uncollected_realms: u32,
}

impl Isolate {
    /// Creates an isolate on the current thread: a top-level one, or a child
    /// of `parent` (much cheaper; see ENGINE notes in docs/architecture.md).
    pub fn new(options: &IsolateOptions, parent: Option<ParentHandle>) -> Result<Isolate, String> {
        if !crate::engine::init() {
            return Err("SpiderMonkey failed to initialise".into());
        }
        if STATE.with(|s| s.borrow().is_some()) {
            return Err("this thread already has an isolate".into());
        }
        let parent_rt = parent.as_ref().map_or(ptr::null_mut(), |p| p.rt);
        // SAFETY: engine initialised; the parent runtime (if any) is alive.
        let cx = unsafe { JS_NewContext(32 * 1024 * 1024 + (1 << 20), parent_rt) };
        let Some(cx) = NonNull::new(cx) else {
            return Err("out of memory creating a JavaScript context".into());
        };
        let cx = cx.as_ptr();
        // SAFETY: a fresh context on this thread; the calls follow the order
        // the engine requires (job queue before self-hosted code).
        unsafe {
            JS_SetGCParameter(
                cx,
                JSGCParamKey::JSGC_MAX_BYTES,
                options.max_heap_bytes.unwrap_or(u32::MAX),
            );
            if let Some(n) = options.max_nursery_bytes {
                JS_SetGCParameter(cx, JSGCParamKey::JSGC_MAX_NURSERY_BYTES, n);
                JS_SetGCParameter(cx, JSGCParamKey::JSGC_MIN_NURSERY_BYTES, n.min(256 * 1024));
            }
            JS_AddExtraGCRootsTracer(cx, Some(mozjs::gc::trace_traceables), ptr::null_mut());
            let quota = options.stack_quota;
            JS_SetNativeStackQuota(cx, quota, quota - 10 * 1024, quota - 10 * 1024 - 100 * 1024);
            // Before the self-hosted code, which makes the runtime's JIT
            // code (trampolines, the baseline interpreter): written with the
            // settings that hold for every later runtime.
            if parent.is_none() {
                set_process_jit_options(cx);
            }
            if !UseInternalJobQueues(cx) || !crate::engine::init_self_hosted(cx, parent.is_some()) {
                JS_DestroyContext(cx);
                return Err("failed to initialise the engine's self-hosted code".into());
            }
            JS_SetFutexCanWait(cx);
            // Capturing an async stack for every promise is costly (a saved
            // frame chain per `new Promise` halves promise-heavy throughput):
            // only on request.
            (*mozjs::jsapi::ContextOptionsRef(cx)).set_asyncStack_(options.async_stack_traces);
            mozjs::jsapi::JS_SetGCCallback(cx, Some(gc_callback), ptr::null_mut());
            mozjs::jsapi::SetHostCleanupFinalizationRegistryCallback(
                cx,
                Some(crate::weakrefs::cleanup_requested),
                ptr::null_mut(),
            );
            JS_AddInterruptCallback(cx, Some(interrupt_callback));
            mozjs::jsapi::SetPromiseRejectionTrackerCallback(
                cx,
                Some(crate::hooks::rejection_tracker),
                ptr::null_mut(),
            );
            crate::modules::install_module_hooks(JS_GetRuntime(cx));
        }
        let state = new_thread_state(cx, options.worker_code, options.max_heap_bytes);
        let global = RootedTraceableBox::new(Heap::default());
        // SAFETY: the context is live and on this thread.
        let old_realm = unsafe { enter_new_global(cx, &global, None) }?;
        Ok(Isolate {
            cx,
            global,
            old_realm,
            children: Arc::new(()),
            _parent: parent.map(|p| p._alive),
            state,
            uncollected_realms: 0,
        })
    }

    /// Makes this isolate new again for another program: a fresh global
    /// (a new realm) with fresh per-isolate state, in the same engine
    /// context. The old global and everything reachable only from it is
    /// garbage, collected at every second renewal or by
    /// [`Isolate::collect_if_owed`]. Much cheaper than destroying the
    /// context and creating another (the engine's runtime, its GC heap and
    /// JIT stay warm).
    ///
    /// Only for an isolate whose program ended by itself (its loop ran out
    /// of work, with no promise job left): jobs left behind by a program
    /// stopped midway would run in the new realm (an isolate with jobs
    /// queued is refused, and is left as it was). Call
    /// [`crate::Isolate::bootstrap`] next, as after `new`.
    pub fn renew(&mut self) -> Result<(), String> {
        let cx = self.cx;
        // SAFETY: a query of our live context's job queue.
        if unsafe { mozjs::jsapi::JS::HasAnyMicroTasks(cx) } {
            return Err("promise jobs of the old program are still queued".into());
        }
        self.release_state();
        let (worker_code, heap_limit) = (self.state.0.worker_code, self.state.0.heap_limit);
        // SAFETY: the old global is alive (rooted) here; then we leave the
        // realm we entered and drop its only root. The context is live
        // and on this thread.
        let zone = unsafe {
            let zone = mozjs::jsapi::JS::GetObjectZone(self.global.get());
            JS_ClearPendingException(cx);
            self.global.set(ptr::null_mut());
            LeaveRealm(cx, self.old_realm);
            zone
        };
        self.state = new_thread_state(cx, worker_code, heap_limit);
        // The new global goes into the old one's zone, made before any
        // collection so that the zone lives on: what the engine keeps per
        // zone (the compiled code of its inline-cache stubs, shape tables)
        // then serves the next program instead of being rebuilt. The old
        // realm is unreachable and collected all the same: at every second
        // renewal (a collection has a fixed cost beside the garbage it
        // sweeps: the atoms and shape tables, its helper tasks; two realms
        // at once cost ~7% less CPU per short worker than one each time),
        // or by `collect_if_owed` when the isolate waits idle.
        // SAFETY: no realm is entered; the context is ours; `zone` is
        // alive (the old global, unreachable but not yet collected, is in
        // it).
        unsafe {
            mozjs::jsapi::ClearKeptObjects(cx);
            self.old_realm = enter_new_global(cx, &self.global, Some(zone))?;
        }
        self.uncollected_realms += 1;
        if self.uncollected_realms > 1 {
            self.collect_if_owed();
        }
        Ok(())
    }

    /// Collects the garbage of realms [`Isolate::renew`] left, if any: call
    /// when the isolate is idle, so that what it holds is let go.
    pub fn collect_if_owed(&mut self) {
        if self.uncollected_realms > 0 {
            // SAFETY: our live context, on this thread.
            unsafe { mozjs::jsapi::JS_GC(self.cx, mozjs::jsapi::GCReason::API) };
            self.uncollected_realms = 0;
        }
    }

    /// Lets go of what the program's state holds: interrupt handles held
    /// elsewhere can no longer reach the context, and the hooks and host
    /// state are dropped.
    fn release_state(&self) {
        *self
            .state
            .0
            .interrupt
            .cx
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = None;
        self.state.0.hooks.set(UndefinedValue());
        *self.state.0.host.borrow_mut() = None;
    }

    /// Writes the on-disk cache of compiled built-ins if this process
    /// compiled any it lacked (see `code_cache`), the workers' copies too
    /// `with_workers` (call so once workers have run: the copies then hold
    /// the functions workers called). Any isolate may call it, on its own
    /// thread.
    pub fn save_code_cache(&self, with_workers: bool) {
        // SAFETY: the context is live and on this thread.
        unsafe { crate::stencils::save_code_cache(self.cx, with_workers) };
    }

    /// A handle from which child isolates can be created on other threads.
    pub fn parent_handle(&self) -> ParentHandle {
        // SAFETY: the context is live.
        ParentHandle {
            rt: unsafe { JS_GetRuntime(self.cx) },
            _alive: self.children.clone(),
        }
    }

    /// True while child isolates made from [`Isolate::parent_handle`] live.
    pub fn has_children(&self) -> bool {
        Arc::strong_count(&self.children) > 1
    }

    /// A handle other threads use to stop this isolate.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            shared: self.state.0.interrupt.clone(),
        }
    }

    /// Stores the runtime's per-isolate state; ops reach it with
    /// [`crate::OpScope::host`].
    pub fn set_host<T: Any>(&mut self, host: T) {
        *self.state.0.host.borrow_mut() = Some(Box::new(host));
    }

    /// Borrows the host state from outside JavaScript (the event loop).
    pub fn with_host<T: Any, R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        with_host(f)
    }

    /// The exit code requested by `process.exit`, a fatal error (1) or a
    /// terminate request (1), once JavaScript has stopped.
    pub fn exit_code(&self) -> Option<i32> {
        self.state.0.exit_code.get()
    }

    /// Records the exit code (first one wins).
    pub fn set_exit_code(&self, code: i32) {
        if self.state.0.exit_code.get().is_none() {
            self.state.0.exit_code.set(Some(code));
        }
    }

    /// True when the global has its own property `name` already, without
    /// making it: the engine makes a standard class (`WebAssembly`,
    /// `Intl`, ...) only when a program first looks it up, so false means
    /// the program never touched it.
    pub fn global_has_own(&self, name: &CStr) -> bool {
        let cx = self.cx;
        let mut found = false;
        // SAFETY: inside our realm; the global is rooted; the engine does
        // not run resolve hooks for this query.
        unsafe {
            rooted!(in(cx) let global = self.global.get());
            if !mozjs::jsapi::JS_AlreadyHasOwnProperty(
                cx,
                global.handle().into(),
                name.as_ptr(),
                &mut found,
            ) {
                JS_ClearPendingException(cx);
                return true;
            }
        }
        found
    }

    /// True when the isolate was stopped for reaching its heap limit.
    pub fn out_of_memory(&self) -> bool {
        self.state.0.out_of_memory.get()
    }

    /// True when JavaScript must not run any more.
    pub fn is_stopped(&self) -> bool {
        self.state.0.stopping.get() || self.state.0.interrupt.terminate.load(Ordering::SeqCst)
    }

    /// Evaluates the bootstrap script: its completion value must be a
    /// function, which is called with a binding object holding the engine
    /// ops and `ops`; the object it returns is kept as the isolate's hooks.
    pub fn bootstrap(
        &mut self,
        source: &str,
        filename: &str,
        ops: &[&'static [Op]],
    ) -> Result<(), String> {
        let cx = self.cx;
        // SAFETY: inside the isolate's realm; every object is rooted.
        unsafe {
            rooted!(in(cx) let binding = crate::binding::new_binding(cx, ops));
            if binding.get().is_null() {
                return Err(self.take_exception_text());
            }
            rooted!(in(cx) let mut init = UndefinedValue());
            if !crate::hooks::evaluate(cx, source, filename, 1, init.handle_mut()) {
                return Err(self.take_exception_text());
            }
            rooted!(in(cx) let global = self.global.get());
            rooted!(in(cx) let arg = ObjectValue(binding.get()));
            rooted!(in(cx) let argv = vec![arg.get()]);
            rooted!(in(cx) let mut hooks = UndefinedValue());
            let argv = mozjs::jsapi::HandleValueArray::from(&argv);
            if !JS_CallFunctionValue(
                cx,
                global.handle().into(),
                init.handle().into(),
                &argv,
                hooks.handle_mut().into(),
            ) {
                return Err(self.take_exception_text());
            }
            self.state.0.hooks.set(hooks.get());
        }
        Ok(())
    }

    fn take_exception_text(&mut self) -> String {
        let cx = self.cx;
        // SAFETY: reads and clears the pending exception of our context.
        unsafe {
            if !JS_IsExceptionPending(cx) {
                return "uncatchable error (out of memory or stopped)".into();
            }
            rooted!(in(cx) let mut exc = UndefinedValue());
            JS_GetPendingException(cx, exc.handle_mut().into());
            JS_ClearPendingException(cx);
            crate::hooks::describe_value(cx, exc.get())
        }
    }

    /// Calls `hooks[name](...args)`. A JavaScript exception is handed to the
    /// `onUncaughtException` hook; when that does not handle it, or the
    /// isolate is told to stop, the result is `Err(Stopped::Exit)`.
    pub fn call_hook(&mut self, name: &CStr, args: &[Val]) -> Result<Val, Stopped> {
        if self.is_stopped() {
            return Err(Stopped::Exit);
        }
        let cx = self.cx;
        // SAFETY: inside our realm; arguments are rooted in a rooted vector.
        let ok = unsafe {
            rooted!(in(cx) let mut argv = Vec::<JSVal>::with_capacity(args.len()));
            for a in args {
                let v = to_js(cx, a);
                argv.push(v);
            }
            rooted!(in(cx) let mut rval = UndefinedValue());
            if crate::hooks::call_hook_raw(cx, name, &argv, rval.handle_mut()) {
                Some(from_js(cx, rval.get()))
            } else {
                None
            }
        };
        match ok {
            Some(v) => Ok(v),
            None => self.handle_exception().map(|_| Val::Undefined),
        }
    }

    /// After a failed call: reports a pending exception to the
    /// `onUncaughtException` hook, or concludes the isolate is stopping.
    fn handle_exception(&mut self) -> Result<(), Stopped> {
        let cx = self.cx;
        // SAFETY: our context, inside its realm.
        unsafe {
            if self.is_stopped() || !JS_IsExceptionPending(cx) {
                JS_ClearPendingException(cx);
                self.stop_now();
                return Err(Stopped::Exit);
            }
            rooted!(in(cx) let mut exc = UndefinedValue());
            JS_GetPendingException(cx, exc.handle_mut().into());
            // A thrown primitive (or plain object) carries no stack of its
            // own: where it was thrown comes from the engine's exception
            // stack, for the report.
            let location = throw_location(cx);
            JS_ClearPendingException(cx);
            if self.state.0.heap_limit.is_some() && is_out_of_memory_report(cx, exc.get()) {
                // The engine's own out-of-memory (uncatchable): stop.
                self.state.0.out_of_memory.set(true);
                self.stop_now();
                return Err(Stopped::Exit);
            }
            rooted!(in(cx) let mut file = UndefinedValue());
            let (mut line, mut column) = (0, 0);
            if let Some((name, l, c)) = location {
                let js = mozjs::jsapi::JS_NewStringCopyN(cx, name.as_ptr() as *const _, name.len());
                if !js.is_null() {
                    file.set(mozjs::jsval::StringValue(&*js));
                    (line, column) = (l, c);
                }
            }
            rooted!(in(cx) let argv = vec![
                exc.get(),
                file.get(),
                mozjs::jsval::UInt32Value(line),
                mozjs::jsval::UInt32Value(column),
            ]);
            rooted!(in(cx) let mut rval = UndefinedValue());
            if crate::hooks::call_hook_raw(cx, c"onUncaughtException", &argv, rval.handle_mut())
                && !self.is_stopped()
            {
                return Ok(());
            }
            if JS_IsExceptionPending(cx) {
                // The handler itself threw: print what we can and stop.
                rooted!(in(cx) let mut second = UndefinedValue());
                JS_GetPendingException(cx, second.handle_mut().into());
                JS_ClearPendingException(cx);
                eprintln!("{}", crate::hooks::describe_value(cx, second.get()));
            }
        }
        self.stop_now();
        Err(Stopped::Exit)
    }

    fn stop_now(&self) {
        self.state.0.stopping.set(true);
        self.set_exit_code(1);
    }

    /// Runs queued promise jobs until none are left.
    pub fn run_microtasks(&mut self) -> Result<(), Stopped> {
        if self.is_stopped() {
            return Err(Stopped::Exit);
        }
        // SAFETY: our context, inside its realm.
        let ok = unsafe {
            mozjs::jsapi::RunJobs(self.cx);
            crate::weakrefs::run_checkpoint(self.cx)
        };
        if self.is_stopped() {
            return Err(Stopped::Exit);
        }
        if !ok {
            return self.handle_exception();
        }
        Ok(())
    }
}

impl Drop for Isolate {
    fn drop(&mut self) {
        self.release_state();
        // Children must be gone first (the engine asserts otherwise); the
        // runtime joins worker threads before dropping its isolate.
        debug_assert!(
            !self.has_children(),
            "isolate dropped while child isolates live"
        );
        // SAFETY: we leave the realm we entered, drop our roots, and destroy
        // the context on the thread that created it.
        unsafe {
            self.global.set(ptr::null_mut());
            LeaveRealm(self.cx, self.old_realm);
            JS_DestroyContext(self.cx);
        }
        STATE.with(|s| *s.borrow_mut() = None);
    }
}

/// Fresh per-isolate state for context `cx`, installed as this thread's.
fn new_thread_state(
    cx: *mut JSContext,
    worker_code: bool,
    heap_limit: Option<u32>,
) -> Rc<ThreadStateCell> {
    let interrupt = Arc::new(InterruptShared {
        terminate: AtomicBool::new(false),
        cx: Mutex::new(Some(SendCx(cx))),
    });
    let state = Rc::new(ThreadStateCell(ThreadState {
        hooks: RootedTraceableBox::new(Heap::default()),
        cleanups: RootedTraceableBox::new(Default::default()),
        host: RefCell::new(None),
        stopping: Cell::new(false),
        exit_code: Cell::new(None),
        interrupt,
        worker_code,
        heap_limit,
        out_of_memory: Cell::new(false),
    }));
    STATE.with(|s| *s.borrow_mut() = Some(state.clone()));
    state
}

/// Creates a global object (a new realm, with shared memory and Atomics)
/// rooted in `global`, in a new zone or in `zone`, and enters its realm;
/// returns the realm left.
///
/// # Safety
/// `cx` must be live and on this thread.
unsafe fn enter_new_global(
    cx: *mut JSContext,
    global: &RootedTraceableBox<Heap<*mut JSObject>>,
    zone: Option<*mut Zone>,
) -> Result<*mut Realm, String> {
    let mut realm_options = RealmOptions::default();
    realm_options.creationOptions_.sharedMemoryAndAtomics_ = true;
    if let Some(zone) = zone {
        realm_options.creationOptions_.compSpec_ =
            CompartmentSpecifier::NewCompartmentInExistingZone;
        realm_options.creationOptions_.__bindgen_anon_1.zone_ = zone;
    }
    // SAFETY: as the function's contract; the global is rooted (traced
    // box) before anything else can allocate.
    unsafe {
        let g = JS_NewGlobalObject(
            cx,
            &SIMPLE_GLOBAL_CLASS,
            ptr::null_mut(),
            OnNewGlobalHookOption::FireOnNewGlobalHook,
            &*realm_options,
        );
        global.set(g);
        if g.is_null() {
            return Err("out of memory creating the global object".into());
        }
        Ok(EnterRealm(cx, g))
    }
}

/// Process-wide JIT settings, made by the first runtime before any code
/// runs. spindle runs trusted code, as node does, so it turns off what
/// browsers need against hostile pages and pays for in every isolate:
/// W^X code pages (an `mprotect`, with a TLB shoot-down across cores, each
/// time JIT code is written; with many isolates starting at once the
/// mm lock serialises them) and the Spectre masking of loads and calls.
unsafe fn set_process_jit_options(cx: *mut JSContext) {
    use mozjs::jsapi::JSJitCompilerOption::*;
    for option in [
        JSJITCOMPILER_WRITE_PROTECT_CODE,
        JSJITCOMPILER_SPECTRE_INDEX_MASKING,
        JSJITCOMPILER_SPECTRE_OBJECT_MITIGATIONS,
        JSJITCOMPILER_SPECTRE_STRING_MITIGATIONS,
        JSJITCOMPILER_SPECTRE_VALUE_MASKING,
        JSJITCOMPILER_SPECTRE_JIT_TO_CXX_CALLS,
    ] {
        // SAFETY: our live context; global options, set before any JIT use.
        unsafe { mozjs::jsapi::JS_SetGlobalJitCompilerOption(cx, option, 0) };
    }
    // SPINDLE_JIT=off runs JavaScript in the interpreter only: for memory
    // checkers (valgrind) that cannot follow code the JIT writes.
    if std::env::var_os("SPINDLE_JIT").is_some_and(|v| v == "off") {
        for option in [
            JSJITCOMPILER_BASELINE_INTERPRETER_ENABLE,
            JSJITCOMPILER_BASELINE_ENABLE,
            JSJITCOMPILER_ION_ENABLE,
            JSJITCOMPILER_NATIVE_REGEXP_ENABLE,
        ] {
            // SAFETY: as above.
            unsafe { mozjs::jsapi::JS_SetGlobalJitCompilerOption(cx, option, 0) };
        }
    }
}

/// After each GC: an isolate with a heap limit that is within 10% of it is
/// stopped as out of memory now, rather than after the engine's own slow
/// thrashing towards the hard limit.
unsafe extern "C" fn gc_callback(
    cx: *mut JSContext,
    status: mozjs::jsapi::JSGCStatus,
    _reason: mozjs::jsapi::GCReason,
    _data: *mut std::ffi::c_void,
) {
    if status != mozjs::jsapi::JSGCStatus::JSGC_END {
        return;
    }
    STATE.with(|s| {
        let state = s.borrow();
        let Some(st) = state.as_ref() else {
            return;
        };
        let Some(limit) = st.0.heap_limit else {
            return;
        };
        // The GC heap plus the malloc'ed memory its things own (the
        // elements of big arrays, typed array contents): both count
        // against the limit, as node's heap limit counts them.
        // SAFETY: our context, on its thread; reading GC statistics.
        let used = unsafe { mozjs::jsapi::js::GetGCHeapUsage(cx) };
        if used * 10 >= u64::from(limit) * 9 {
            st.0.out_of_memory.set(true);
            st.0.interrupt.terminate.store(true, Ordering::SeqCst);
            // SAFETY: only sets a flag the engine checks at its next
            // interrupt check.
            unsafe { JS_RequestInterruptCallback(cx) };
        }
    });
}

unsafe extern "C" fn interrupt_callback(_cx: *mut JSContext) -> bool {
    // Returning false stops the running script without a catchable exception.
    !is_stopping()
}

/// Appends `len` bytes at `ptr` (UTF-8 from the engine) to the `String`
/// at `target`.
unsafe extern "C" fn append_utf8(
    ptr: *const std::ffi::c_char,
    len: usize,
    target: *mut std::ffi::c_void,
) {
    if ptr.is_null() || target.is_null() {
        return;
    }
    // SAFETY: the engine passes `len` readable bytes; `target` is the
    // `String` our caller lent for this call only.
    unsafe {
        let bytes = std::slice::from_raw_parts(ptr as *const u8, len);
        (*(target as *mut String)).push_str(&String::from_utf8_lossy(bytes));
    }
}

/// Where the pending exception was thrown (file, line, column), taken
/// from the engine's exception stack; clears the pending exception.
///
/// # Safety
/// `cx` must be our live context, inside its realm, with an exception
/// pending (the caller keeps its own rooted copy of the value).
unsafe fn throw_location(cx: *mut JSContext) -> Option<(String, u32, u32)> {
    let mut message = String::new();
    let mut file = String::new();
    let (mut line, mut column) = (0u32, 0u32);
    // SAFETY: our context; the targets are live Strings for this call.
    let ok = unsafe {
        rooted!(in(cx) let mut thrown = UndefinedValue());
        mozjs::glue::PendingExceptionStackInfo(
            cx,
            Some(append_utf8),
            &mut message as *mut String as *mut std::ffi::c_void,
            &mut file as *mut String as *mut std::ffi::c_void,
            &mut line,
            &mut column,
            thrown.handle_mut().into(),
        )
    };
    (ok && !file.is_empty() && line > 0).then_some((file, line, column))
}

/// True for the engine's out-of-memory report (the string "out of memory").
unsafe fn is_out_of_memory_report(cx: *mut JSContext, v: JSVal) -> bool {
    // SAFETY: a string value rooted by the caller, copied before any GC.
    v.is_string()
        && unsafe { crate::value::string_to_rust(cx, NonNull::new_unchecked(v.to_string())) }
            == "out of memory"
}

/// A new array of `len` holes.
///
/// # Safety
/// `cx` must be live, inside a realm.
pub(crate) unsafe fn new_array(cx: *mut JSContext, len: usize) -> *mut JSObject {
    // SAFETY: plain allocation in the current realm.
    unsafe { mozjs::jsapi::NewArrayObject1(cx, len) }
}

/// Sets an op's error as the pending exception: built by the `makeError`
/// hook (node-style errors with `code`) when the hooks exist.
pub(crate) unsafe fn throw_op_error(cx: *mut JSContext, e: &OpError) {
    let args = e.to_descriptor();
    // SAFETY: our context; the hook result is rooted before use.
    unsafe {
        rooted!(in(cx) let mut argv = Vec::<JSVal>::with_capacity(args.len()));
        for a in &args {
            let v = to_js(cx, a);
            argv.push(v);
        }
        rooted!(in(cx) let mut err = UndefinedValue());
        if crate::hooks::call_hook_raw(cx, c"makeError", &argv, err.handle_mut()) {
            JS_SetPendingException(
                cx,
                err.handle().into(),
                mozjs::jsapi::ExceptionStackBehavior::Capture,
            );
        } else if !JS_IsExceptionPending(cx) {
            let msg = c_name(&e.message.replace('%', "%%"));
            JS_ReportErrorUTF8(cx, msg.as_ptr());
        }
    }
}

/// The hooks object of this thread's isolate (undefined before bootstrap).
pub(crate) fn hooks_value() -> JSVal {
    STATE.with(|s| {
        s.borrow()
            .as_ref()
            .map_or(UndefinedValue(), |st| st.0.hooks.get())
    })
}
