//! ES modules: compiling, linking and evaluating module records, and the
//! engine's module hooks, which ask the JavaScript loader (`loadModule`,
//! `initImportMeta` hooks) to resolve and compile what is imported.

use mozjs::glue::{
    DeleteCompileOptions, JS_GetModulePrivate, JS_GetScriptPrivate, NewCompileOptions,
};
use mozjs::jsapi::{
    CallArgs, ColumnNumberOneOrigin, FinishLoadingImportedModule,
    FinishLoadingImportedModuleFailedWithPendingException, GetModuleNamespace,
    GetModuleRequestSpecifier, Handle, IsPromiseObject, JSContext, JSObject, JSRuntime, JSScript,
    LoadRequestedModules, ModuleEvaluate, ModuleLink, SetModuleLoadHook, SetModuleMetadataHook,
    SetModulePrivate, Value,
};
use mozjs::jsval::{BooleanValue, JSVal, ObjectValue, StringValue, UndefinedValue};
use mozjs::rooted;
use mozjs::rust::transform_str_to_source_text;

use crate::hooks::{call_hook_raw, string_arg, throw_type_error};
use crate::value::new_string;

/// Installs the load and import.meta hooks on a runtime.
pub(crate) unsafe fn install_module_hooks(rt: *mut JSRuntime) {
    // SAFETY: plain function pointers, set once per runtime.
    unsafe {
        SetModuleLoadHook(rt, Some(load_hook));
        SetModuleMetadataHook(rt, Some(import_meta_hook));
    }
}

unsafe fn module_arg(cx: *mut JSContext, args: &CallArgs) -> Option<*mut JSObject> {
    let v = args.get(0).get();
    if v.is_object() {
        Some(v.to_object())
    } else {
        // SAFETY: our context.
        unsafe { throw_type_error(cx, "argument must be a module record") };
        None
    }
}

/// `compileModule(source, filename)` → a module record whose private value
/// is the filename.
pub(crate) unsafe extern "C" fn compile_module(
    cx: *mut JSContext,
    argc: u32,
    vp: *mut Value,
) -> bool {
    // SAFETY: engine frame; options and source outlive the compile.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let (Some(source), Some(filename)) = (string_arg(cx, &args, 0), string_arg(cx, &args, 1))
        else {
            return false;
        };
        let fname = crate::ops::c_name(&filename);
        let options = NewCompileOptions(cx, fname.as_ptr(), 1);
        let mut text = transform_str_to_source_text(&source);
        rooted!(in(cx) let module = mozjs::jsapi::CompileModule1(cx, options, &mut text));
        DeleteCompileOptions(options);
        if module.get().is_null() {
            return false;
        }
        let name = new_string(cx, &filename);
        if name.is_null() {
            return false;
        }
        rooted!(in(cx) let private = StringValue(&*name));
        SetModulePrivate(module.get(), &private.get());
        args.rval().set(ObjectValue(module.get()));
        true
    }
}

unsafe extern "C" fn ignore_resolved(_cx: *mut JSContext, _v: Handle<Value>) -> bool {
    true
}

/// Loading failed: make the error the pending exception, so `link` reports it.
unsafe extern "C" fn report_rejected(
    cx: *mut JSContext,
    _h: Handle<Value>,
    error: Handle<Value>,
) -> bool {
    // SAFETY: the engine passes a rooted error value.
    unsafe {
        mozjs::jsapi::JS_SetPendingException(
            cx,
            error,
            mozjs::jsapi::ExceptionStackBehavior::DoNotCapture,
        );
    }
    true
}

/// `linkModule(record)`: loads every import (synchronously, through the
/// load hook) and links. Throws the first resolution or link error.
pub(crate) unsafe extern "C" fn link_module(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: engine frame; the record is rooted.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let Some(m) = module_arg(cx, &args) else {
            return false;
        };
        rooted!(in(cx) let module = m);
        if !link(cx, module.get()) {
            return false;
        }
        args.rval().set(BooleanValue(true));
        true
    }
}

unsafe fn link(cx: *mut JSContext, module: *mut JSObject) -> bool {
    // SAFETY: `module` is a live module record, rooted here.
    unsafe {
        rooted!(in(cx) let m = module);
        rooted!(in(cx) let host = UndefinedValue());
        if !LoadRequestedModules(
            cx,
            m.handle().into(),
            host.handle().into(),
            Some(ignore_resolved),
            Some(report_rejected),
        ) {
            return false;
        }
        if mozjs::jsapi::JS_IsExceptionPending(cx) {
            return false;
        }
        ModuleLink(cx, m.handle().into())
    }
}

/// `evaluateModule(record)` → the promise of its evaluation.
pub(crate) unsafe extern "C" fn evaluate_module(
    cx: *mut JSContext,
    argc: u32,
    vp: *mut Value,
) -> bool {
    // SAFETY: engine frame; values rooted.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let Some(m) = module_arg(cx, &args) else {
            return false;
        };
        rooted!(in(cx) let module = m);
        rooted!(in(cx) let mut rval = UndefinedValue());
        if !ModuleEvaluate(cx, module.handle().into(), rval.handle_mut().into()) {
            return false;
        }
        args.rval().set(rval.get());
        true
    }
}

/// `moduleNamespace(record)` → its namespace object.
pub(crate) unsafe extern "C" fn module_namespace(
    cx: *mut JSContext,
    argc: u32,
    vp: *mut Value,
) -> bool {
    // SAFETY: engine frame; values rooted.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let Some(m) = module_arg(cx, &args) else {
            return false;
        };
        rooted!(in(cx) let module = m);
        let ns = GetModuleNamespace(cx, module.handle().into());
        if ns.is_null() {
            return false;
        }
        args.rval().set(ObjectValue(ns));
        true
    }
}

/// The filename stored with the importing script or module ("" if none).
unsafe fn referrer_name(cx: *mut JSContext, referrer: Handle<*mut JSScript>) -> JSVal {
    // SAFETY: the engine passes a rooted (possibly null) script.
    unsafe {
        rooted!(in(cx) let mut private = UndefinedValue());
        if !referrer.get().is_null() {
            JS_GetScriptPrivate(referrer.get(), private.handle_mut().into());
        }
        if private.get().is_string() {
            private.get()
        } else {
            let empty = new_string(cx, "");
            if empty.is_null() {
                UndefinedValue()
            } else {
                StringValue(&*empty)
            }
        }
    }
}

unsafe extern "C" fn load_hook(
    cx: *mut JSContext,
    referrer: Handle<*mut JSScript>,
    request: Handle<*mut JSObject>,
    _host: Handle<Value>,
    payload: Handle<Value>,
    _line: u32,
    _column: ColumnNumberOneOrigin,
) -> bool {
    // SAFETY: the engine's hook contract; all values rooted while used.
    unsafe {
        let is_dynamic = payload.get().is_object()
            && IsPromiseObject(Handle::from_marked_location(&payload.get().to_object()));
        let spec = GetModuleRequestSpecifier(cx, request);
        if spec.is_null() {
            return false;
        }
        // The `with { type }` import attribute: JSON modules must ask for it.
        let is_json = mozjs::jsapi::JS::GetModuleRequestType(cx, request)
            == mozjs::jsapi::JS::ModuleType::JSON;
        rooted!(in(cx) let argv = vec![
            StringValue(&*spec),
            referrer_name(cx, referrer),
            BooleanValue(is_dynamic),
            BooleanValue(is_json),
        ]);
        rooted!(in(cx) let mut result = UndefinedValue());
        let mut ok = call_hook_raw(cx, c"loadModule", &argv, result.handle_mut())
            && result.get().is_object();
        rooted!(in(cx) let module = if ok { result.get().to_object() } else { std::ptr::null_mut() });
        if ok && is_dynamic {
            // A dynamic import must be loaded and linked before it finishes.
            ok = link(cx, module.get());
        }
        if !ok {
            if !mozjs::jsapi::JS_IsExceptionPending(cx) {
                throw_type_error(cx, "module loader returned no module");
            }
            if is_dynamic {
                return FinishLoadingImportedModuleFailedWithPendingException(cx, payload);
            }
            return false;
        }
        FinishLoadingImportedModule(
            cx,
            referrer,
            request,
            payload,
            module.handle().into(),
            false,
        )
    }
}

unsafe extern "C" fn import_meta_hook(
    cx: *mut JSContext,
    module: Handle<*mut JSObject>,
    meta: Handle<*mut JSObject>,
) -> bool {
    // SAFETY: the engine's hook contract; values rooted while used.
    unsafe {
        rooted!(in(cx) let mut name = UndefinedValue());
        JS_GetModulePrivate(module.get(), name.handle_mut().into());
        rooted!(in(cx) let argv = vec![ObjectValue(meta.get()), name.get()]);
        rooted!(in(cx) let mut rval = UndefinedValue());
        call_hook_raw(cx, c"initImportMeta", &argv, rval.handle_mut())
            || !mozjs::jsapi::JS_IsExceptionPending(cx)
    }
}
