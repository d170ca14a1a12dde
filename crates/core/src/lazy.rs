//! `defineLazy(target, name, compute, enumerable)`: a property whose value
//! is made on first read. Until then it is an accessor pair of native
//! functions; the first read calls `compute(name)` and replaces the pair
//! with a plain (writable, configurable) data property holding the result,
//! and a write before any read replaces it with the written value.
//!
//! Node's lazy globals (`console`, `Buffer`, `URL`, ...) and the lazy
//! parts of `process` are made this way: an isolate defines some thirty of
//! them at every start, and the same in JavaScript (a descriptor object,
//! two closures and `Object.defineProperty` each) was a measurable part of
//! starting a worker.

use std::ffi::CStr;

use mozjs::jsapi::{
    CallArgs, GetFunctionNativeReserved, JSContext, JSNative, JS_DefinePropertyById4,
    JS_GetFunctionObject, JS_StringToId, NewFunctionWithReserved, SetFunctionNativeReserved, Value,
    JSPROP_ENUMERATE,
};
use mozjs::jsval::UndefinedValue;
use mozjs::rooted;

use crate::hooks::throw_type_error;

/// Reserved slots of the accessor functions.
const SLOT_COMPUTE: usize = 0;
const SLOT_NAME: usize = 1;

/// The native: `defineLazy(target, name, compute, enumerable)`.
pub(crate) unsafe extern "C" fn define_lazy(cx: *mut JSContext, argc: u32, vp: *mut Value) -> bool {
    // SAFETY: called by the engine with a valid frame; every object made
    // here is rooted before the next allocation.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        // Rooted copies: the allocations below may move what they point to.
        rooted!(in(cx) let target = args.get(0).get());
        rooted!(in(cx) let name = args.get(1).get());
        rooted!(in(cx) let compute = args.get(2).get());
        if !target.get().is_object() || !name.get().is_string() || !compute.get().is_object() {
            throw_type_error(cx, "defineLazy(target, name, compute, enumerable)");
            return false;
        }
        let enumerable = args.get(3).get().is_boolean() && args.get(3).get().to_boolean();
        rooted!(in(cx) let target = target.get().to_object());
        rooted!(in(cx) let name_string = name.get().to_string());
        rooted!(in(cx) let mut id = mozjs::jsid::VoidId());
        if !JS_StringToId(cx, name_string.handle().into(), id.handle_mut().into()) {
            return false;
        }
        let (get, set): (JSNative, JSNative) = if enumerable {
            (Some(lazy_get::<true>), Some(lazy_set::<true>))
        } else {
            (Some(lazy_get::<false>), Some(lazy_set::<false>))
        };
        rooted!(in(cx) let getter = accessor(cx, get, 0, c"get", compute.handle(), name.handle()));
        if getter.get().is_null() {
            return false;
        }
        rooted!(in(cx) let setter = accessor(cx, set, 1, c"set", compute.handle(), name.handle()));
        if setter.get().is_null() {
            return false;
        }
        let attrs = if enumerable { JSPROP_ENUMERATE } else { 0 };
        if !JS_DefinePropertyById4(
            cx,
            target.handle().into(),
            id.handle().into(),
            getter.handle().into(),
            setter.handle().into(),
            attrs as u32,
        ) {
            return false;
        }
        args.rval().set(UndefinedValue());
        true
    }
}

/// A native accessor function carrying `compute` and `name`; null with an
/// exception pending when it cannot be made.
///
/// # Safety
/// `cx` must be live, in a realm. The values are read through their
/// handles after the allocation, which may move them.
unsafe fn accessor(
    cx: *mut JSContext,
    native: JSNative,
    nargs: u32,
    fn_name: &CStr,
    compute: mozjs::rust::HandleValue,
    name: mozjs::rust::HandleValue,
) -> *mut mozjs::jsapi::JSObject {
    // SAFETY: as this function's contract; nothing allocates between
    // making the function and filling its slots.
    unsafe {
        let fun = NewFunctionWithReserved(cx, native, nargs, 0, fn_name.as_ptr());
        if fun.is_null() {
            return std::ptr::null_mut();
        }
        let object = JS_GetFunctionObject(fun);
        SetFunctionNativeReserved(object, SLOT_COMPUTE, &compute.get());
        SetFunctionNativeReserved(object, SLOT_NAME, &name.get());
        object
    }
}

/// Replaces the accessor pair on `this` with a data property holding
/// `value`.
///
/// # Safety
/// A native's frame: `args` is the live call's.
unsafe fn settle<const ENUMERABLE: bool>(
    cx: *mut JSContext,
    args: &CallArgs,
    value: mozjs::jsapi::HandleValue,
) -> bool {
    // SAFETY: as this function's contract; slots hold what `accessor` put.
    unsafe {
        let this = args.thisv().get();
        if !this.is_object() {
            throw_type_error(
                cx,
                "a lazy property was used on a value that is not an object",
            );
            return false;
        }
        rooted!(in(cx) let this = this.to_object());
        rooted!(in(cx) let name = (*GetFunctionNativeReserved(args.callee(), SLOT_NAME)).to_string());
        rooted!(in(cx) let mut id = mozjs::jsid::VoidId());
        if !JS_StringToId(cx, name.handle().into(), id.handle_mut().into()) {
            return false;
        }
        let attrs = if ENUMERABLE { JSPROP_ENUMERATE } else { 0 };
        mozjs::jsapi::JS_DefinePropertyById2(
            cx,
            this.handle().into(),
            id.handle().into(),
            value,
            attrs as u32,
        )
    }
}

/// The getter: computes the value, keeps it as a data property, returns it.
unsafe extern "C" fn lazy_get<const ENUMERABLE: bool>(
    cx: *mut JSContext,
    argc: u32,
    vp: *mut Value,
) -> bool {
    // SAFETY: called by the engine with a valid frame; the callee is an
    // accessor made by `define_lazy`.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        rooted!(in(cx) let compute = *GetFunctionNativeReserved(args.callee(), SLOT_COMPUTE));
        rooted!(in(cx) let name = *GetFunctionNativeReserved(args.callee(), SLOT_NAME));
        rooted!(in(cx) let argv = vec![name.get()]);
        let argv = mozjs::jsapi::HandleValueArray::from(&argv);
        rooted!(in(cx) let mut value = UndefinedValue());
        if !mozjs::jsapi::JS_CallFunctionValue(
            cx,
            mozjs::jsapi::HandleObject::null(),
            compute.handle().into(),
            &argv,
            value.handle_mut().into(),
        ) {
            return false;
        }
        if !settle::<ENUMERABLE>(cx, &args, value.handle().into()) {
            return false;
        }
        args.rval().set(value.get());
        true
    }
}

/// The setter: the written value becomes the property's.
unsafe extern "C" fn lazy_set<const ENUMERABLE: bool>(
    cx: *mut JSContext,
    argc: u32,
    vp: *mut Value,
) -> bool {
    // SAFETY: called by the engine with a valid frame; the callee is an
    // accessor made by `define_lazy`.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        rooted!(in(cx) let value = args.get(0).get());
        if !settle::<ENUMERABLE>(cx, &args, value.handle().into()) {
            return false;
        }
        args.rval().set(UndefinedValue());
        true
    }
}
