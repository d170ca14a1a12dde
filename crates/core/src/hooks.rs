//! Engine-level natives that work on raw JS values (compiling, promises,
//! microtasks), script evaluation, and the calls from the engine into the
//! JavaScript hooks object (`onPromiseRejection`, `loadModule`, …).

use std::borrow::Cow;
use std::ffi::CStr;
use std::ptr::NonNull;
use std::sync::OnceLock;

use mozjs::glue::{DeleteCompileOptions, JS_GetPromiseResult, NewCompileOptions};
use mozjs::jsapi::{
    CallArgs, GetPromiseState, HandleObject, IsPromiseObject, JSContext, JSNative,
    JS_CallFunctionValue, JS_ExecuteScript, JS_GetProperty, JS_IsExceptionPending,
    PromiseRejectionHandlingState, PromiseState, SetScriptPrivate, ToStringSlow, Value,
};
use mozjs::jsval::{BooleanValue, Int32Value, JSVal, ObjectValue, StringValue, UndefinedValue};
use mozjs::rooted;
use mozjs::rust::{transform_str_to_source_text, MutableHandleValue};

use crate::value::{new_string, string_to_rust};

/// Natives every isolate's binding object has, beside the runtime's ops.
pub(crate) const ENGINE_NATIVES: &[(&CStr, JSNative)] = &[
    (c"evalScript", Some(eval_script)),
    (c"evalBuiltin", Some(eval_builtin)),
    (c"runMicrotasks", Some(run_microtasks)),
    (c"getPromiseState", Some(get_promise_state)),
    (c"isProxy", Some(is_proxy)),
    (c"getProxyDetails", Some(get_proxy_details)),
    (c"previewEntries", Some(preview_entries)),
    (c"compileModule", Some(crate::modules::compile_module)),
    (c"linkModule", Some(crate::modules::link_module)),
    (c"evaluateModule", Some(crate::modules::evaluate_module)),
    (c"moduleNamespace", Some(crate::modules::module_namespace)),
    (c"structuredClone", Some(structured_clone)),
    (c"newHostObject", Some(new_host_object)),
    (c"collectGarbage", Some(collect_garbage)),
    (c"defineLazy", Some(crate::lazy::define_lazy)),
];

/// `collectGarbage()`: a full, shrinking collection of this isolate now.
unsafe extern "C" fn collect_garbage(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame on the context's thread.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        mozjs::jsapi::JS_GC(cx, mozjs::jsapi::GCReason::API);
        args.rval().set(UndefinedValue());
        true
    }
}

/// The class of host objects (MessagePort): ordinary objects to JavaScript,
/// but not plain objects to structured clone, which hands them to the
/// host's hooks instead of copying their properties.
static HOST_OBJECT_CLASS: mozjs::jsapi::JSClass = mozjs::jsapi::JSClass {
    name: c"HostObject".as_ptr(),
    flags: 0,
    cOps: std::ptr::null(),
    spec: std::ptr::null(),
    ext: std::ptr::null(),
    oOps: std::ptr::null(),
};

/// `newHostObject(proto)`: a new host object with this prototype.
unsafe extern "C" fn new_host_object(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame; the prototype is
    // rooted by the frame, the result by the return slot.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let proto = args.get(0).get();
        rooted!(in(cx) let proto = if proto.is_object() { proto.to_object() } else { std::ptr::null_mut() });
        let obj =
            mozjs::jsapi::JS_NewObjectWithGivenProto(cx, &HOST_OBJECT_CLASS, proto.handle().into());
        if obj.is_null() {
            return false;
        }
        args.rval().set(ObjectValue(obj));
        true
    }
}

/// Reads string argument `i`, or throws a TypeError and returns None.
pub(crate) unsafe fn string_arg(cx: *mut JSContext, args: &CallArgs, i: u32) -> Option<String> {
    let v = args.get(i).get();
    if v.is_string() {
        // SAFETY: the argument is rooted by the call frame.
        Some(unsafe { string_to_rust(cx, NonNull::new_unchecked(v.to_string())) })
    } else {
        // SAFETY: our context.
        unsafe { throw_type_error(cx, &format!("argument {i} must be a string")) };
        None
    }
}

pub(crate) unsafe fn throw_type_error(cx: *mut JSContext, message: &str) {
    let e = crate::ops::OpError::type_error(message).with_code("ERR_INVALID_ARG_TYPE");
    // SAFETY: our context.
    unsafe { crate::isolate::throw_op_error(cx, &e) };
}

/// Compiles and runs a classic script; its private value is the filename
/// (so `import()` inside it resolves relative to that file).
///
/// # Safety
/// `cx` must be live and inside a realm.
pub(crate) unsafe fn evaluate(
    cx: *mut JSContext,
    source: &str,
    filename: &str,
    first_line: u32,
    rval: MutableHandleValue,
) -> bool {
    let borrowed = || Cow::Borrowed(source);
    // SAFETY: as this function's contract.
    unsafe { evaluate_from(cx, &borrowed, filename, first_line, rval) }
}

/// [`evaluate`], with the source made only when it must be compiled (a
/// built-in's stencil is usually cached: its text is then never built).
///
/// # Safety
/// As [`evaluate`].
unsafe fn evaluate_from<'s>(
    cx: *mut JSContext,
    source: &dyn Fn() -> Cow<'s, str>,
    filename: &str,
    first_line: u32,
    rval: MutableHandleValue,
) -> bool {
    let fname = crate::ops::c_name(filename);
    // SAFETY: options and source outlive the compile; the script is rooted.
    unsafe {
        // Compiled once per process (see stencils.rs), unless the cache of
        // user scripts is full.
        let for_workers = crate::isolate::uses_worker_code();
        let compiled =
            match crate::stencils::instantiate(cx, source, filename, first_line, for_workers) {
                Some(script) => script,
                None => {
                    let options = NewCompileOptions(cx, fname.as_ptr(), first_line);
                    let source = source();
                    let mut text = transform_str_to_source_text(&source);
                    let script = mozjs::jsapi::Compile1(cx, options, &mut text);
                    DeleteCompileOptions(options);
                    script
                }
            };
        rooted!(in(cx) let script = compiled);
        if script.get().is_null() {
            return false;
        }
        let name = new_string(cx, filename);
        if name.is_null() {
            return false;
        }
        rooted!(in(cx) let private = StringValue(&*name));
        SetScriptPrivate(script.get(), &private.get());
        JS_ExecuteScript(cx, script.handle().into(), rval.into())
    }
}

unsafe extern "C" fn eval_script(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let (Some(source), Some(filename)) = (string_arg(cx, &args, 0), string_arg(cx, &args, 1))
        else {
            return false;
        };
        // Optional first line number: 0 lets a one-line wrapper header sit
        // on "line 0", so the wrapped code keeps its own lines and columns.
        let line = args.get(2).get();
        let first_line = if line.is_int32() {
            line.to_int32().max(0) as u32
        } else {
            1
        };
        rooted!(in(cx) let mut rval = UndefinedValue());
        if !evaluate(cx, &source, &filename, first_line, rval.handle_mut()) {
            return false;
        }
        args.rval().set(rval.get());
        true
    }
}

/// What a built-in's source is wrapped in to compile it (the on-disk code
/// cache's name covers it too, see `code_cache`).
pub(crate) const BUILTIN_WRAPPER: (&str, &str) = (
    "(function (exports, require, module, internalBinding) {",
    "\n})",
);

/// Where the runtime's built-in modules come from: their source by id.
static BUILTIN_SOURCES: OnceLock<fn(&str) -> Option<&'static str>> = OnceLock::new();

/// Tells the engine layer where built-in sources are (for `evalBuiltin`).
pub fn set_builtin_sources(sources: fn(&str) -> Option<&'static str>) {
    let _ = BUILTIN_SOURCES.set(sources);
}

/// `evalBuiltin(id)`: runs built-in `id` wrapped as
/// `(function (exports, require, module, internalBinding) { … })` and
/// returns that function, or `undefined` when there is no such built-in.
/// Its compiled form is cached per process (and on disk), so the wrapped
/// text is only built the first time: a new isolate loads its modules
/// without copying their sources at all.
unsafe extern "C" fn eval_builtin(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let Some(id) = string_arg(cx, &args, 0) else {
            return false;
        };
        let Some(body) = BUILTIN_SOURCES.get().and_then(|sources| sources(&id)) else {
            args.rval().set(UndefinedValue());
            return true;
        };
        let wrapped = || {
            let (head, tail) = BUILTIN_WRAPPER;
            Cow::Owned(format!("{head}{body}{tail}"))
        };
        rooted!(in(cx) let mut rval = UndefinedValue());
        if !evaluate_from(cx, &wrapped, &format!("node:{id}"), 1, rval.handle_mut()) {
            return false;
        }
        args.rval().set(rval.get());
        true
    }
}

unsafe extern "C" fn run_microtasks(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        mozjs::jsapi::RunJobs(cx);
        let ok = crate::weakrefs::run_checkpoint(cx);
        args.rval().set(UndefinedValue());
        ok && !JS_IsExceptionPending(cx) && !crate::isolate::is_stopping()
    }
}

unsafe extern "C" fn get_promise_state(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame; values are rooted.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let v = args.get(0).get();
        rooted!(in(cx) let obj = if v.is_object() { v.to_object() } else { std::ptr::null_mut() });
        if obj.get().is_null() || !IsPromiseObject(obj.handle().into()) {
            throw_type_error(cx, "argument must be a Promise");
            return false;
        }
        let state = match GetPromiseState(obj.handle().into()) {
            PromiseState::Pending => 0,
            PromiseState::Fulfilled => 1,
            PromiseState::Rejected => 2,
        };
        rooted!(in(cx) let mut result = UndefinedValue());
        if state != 0 {
            JS_GetPromiseResult(obj.handle().into(), result.handle_mut().into());
        }
        rooted!(in(cx) let array = crate::isolate::new_array(cx, 2));
        rooted!(in(cx) let s = Int32Value(state));
        mozjs::jsapi::JS_SetElement(cx, array.handle().into(), 0, s.handle().into());
        mozjs::jsapi::JS_SetElement(cx, array.handle().into(), 1, result.handle().into());
        args.rval().set(ObjectValue(array.get()));
        true
    }
}

/// True for a proxy object (scripted `new Proxy`, or the runtime's own).
///
/// # Safety
/// `v` must be a live value.
unsafe fn proxy_object(v: Value) -> Option<*mut mozjs::jsapi::JSObject> {
    if !v.is_object() {
        return None;
    }
    let obj = v.to_object();
    // SAFETY: a live object's class, read as the engine's inline IsProxy
    // does.
    let class = unsafe { mozjs::rust::get_object_class(obj) };
    // SAFETY: a class pointer of a live object is a live static class.
    (!class.is_null() && unsafe { (*class).flags } & mozjs::jsapi::JSCLASS_IS_PROXY != 0)
        .then_some(obj)
}

/// `isProxy(value)` → whether `value` is a proxy.
unsafe extern "C" fn is_proxy(_cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let proxy = proxy_object(args.get(0).get()).is_some();
        args.rval().set(BooleanValue(proxy));
        true
    }
}

/// `getProxyDetails(proxy)` → `[target, handler]` (both null once revoked),
/// or undefined for a value that is not a proxy. Runs no trap.
unsafe extern "C" fn get_proxy_details(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame; the values read from
    // the proxy's slots are rooted before anything can collect.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let Some(obj) = proxy_object(args.get(0).get()) else {
            args.rval().set(UndefinedValue());
            return true;
        };
        let (mut target, mut handler) = (UndefinedValue(), UndefinedValue());
        mozjs::glue::GetProxyPrivate(obj, &mut target);
        // A scripted proxy keeps its handler in reserved slot 0.
        mozjs::glue::GetProxyReservedSlot(obj, 0, &mut handler);
        let object_or_null = |v: Value| {
            if v.is_object() {
                v
            } else {
                mozjs::jsval::NullValue()
            }
        };
        rooted!(in(cx) let t = object_or_null(target));
        rooted!(in(cx) let h = object_or_null(handler));
        rooted!(in(cx) let array = crate::isolate::new_array(cx, 2));
        mozjs::jsapi::JS_SetElement(cx, array.handle().into(), 0, t.handle().into());
        mozjs::jsapi::JS_SetElement(cx, array.handle().into(), 1, h.handle().into());
        args.rval().set(ObjectValue(array.get()));
        true
    }
}

unsafe extern "C" fn preview_entries(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // The engine offers no way to peek into an iterator: report none.
    // SAFETY: called by the engine with a valid frame.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        rooted!(in(cx) let array = crate::isolate::new_array(cx, 0));
        args.rval().set(ObjectValue(array.get()));
        true
    }
}

/// `structuredClone(value, transferArray)`: a serialize/deserialize round
/// trip in this isolate (what the global `structuredClone` does).
unsafe extern "C" fn structured_clone(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame; the image is read
    // back into the same realm.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let Some(image) = crate::clone::serialize(cx, args.get(0), args.get(1)) else {
            return false;
        };
        rooted!(in(cx) let mut out = UndefinedValue());
        if !crate::clone::deserialize(cx, image, out.handle_mut().into()) {
            return false;
        }
        args.rval().set(out.get());
        true
    }
}

/// Calls `hooks[name](...argv)` with raw values. False on exception or
/// when the hook is missing (then without an exception).
///
/// # Safety
/// `cx` must be live, inside a realm; `argv` rooted.
pub(crate) unsafe fn call_hook_raw(
    cx: *mut JSContext,
    name: &CStr,
    argv: &mozjs::gc::RootedGuard<'_, Vec<JSVal>>,
    rval: MutableHandleValue,
) -> bool {
    // SAFETY: hooks object and function are rooted while called.
    unsafe {
        let hooks = crate::isolate::hooks_value();
        if !hooks.is_object() {
            return false;
        }
        rooted!(in(cx) let hooks_obj = hooks.to_object());
        rooted!(in(cx) let mut fun = UndefinedValue());
        if !JS_GetProperty(
            cx,
            hooks_obj.handle().into(),
            name.as_ptr(),
            fun.handle_mut().into(),
        ) || !fun.get().is_object()
        {
            return false;
        }
        let args = mozjs::jsapi::HandleValueArray::from(argv);
        JS_CallFunctionValue(
            cx,
            hooks_obj.handle().into(),
            fun.handle().into(),
            &args,
            rval.into(),
        )
    }
}

/// The engine reports promises rejected without a handler, and handlers
/// added later; the JS side batches them after each microtask checkpoint.
pub(crate) unsafe extern "C" fn rejection_tracker(
    cx: *mut JSContext,
    _muted: bool,
    promise: HandleObject,
    state: PromiseRejectionHandlingState,
    _data: *mut std::os::raw::c_void,
) {
    if crate::isolate::is_stopping() {
        return;
    }
    let handled = matches!(state, PromiseRejectionHandlingState::Handled);
    // SAFETY: the engine passes a rooted promise; our hooks record it only.
    unsafe {
        rooted!(in(cx) let argv = vec![ObjectValue(promise.get()), BooleanValue(handled)]);
        rooted!(in(cx) let mut rval = UndefinedValue());
        if !call_hook_raw(cx, c"onPromiseRejection", &argv, rval.handle_mut()) {
            mozjs::jsapi::JS_ClearPendingException(cx);
        }
    }
}

/// A printable description of any value (its `stack` for errors), used
/// only when JavaScript's own error printing failed.
pub(crate) unsafe fn describe_value(cx: *mut JSContext, v: JSVal) -> String {
    // SAFETY: `v` is rooted here before anything can GC.
    unsafe {
        rooted!(in(cx) let value = v);
        if v.is_object() {
            rooted!(in(cx) let obj = v.to_object());
            rooted!(in(cx) let mut stack = UndefinedValue());
            if JS_GetProperty(
                cx,
                obj.handle().into(),
                c"stack".as_ptr(),
                stack.handle_mut().into(),
            ) && stack.get().is_string()
            {
                let s = ToStringSlow(cx, value.handle().into());
                let head = if s.is_null() {
                    String::new()
                } else {
                    string_to_rust(cx, NonNull::new_unchecked(s))
                };
                return format!(
                    "{head}\n{}",
                    string_to_rust(cx, NonNull::new_unchecked(stack.get().to_string()))
                );
            }
        }
        let s = ToStringSlow(cx, value.handle().into());
        if s.is_null() {
            mozjs::jsapi::JS_ClearPendingException(cx);
            return "<unprintable value>".into();
        }
        string_to_rust(cx, NonNull::new_unchecked(s))
    }
}
