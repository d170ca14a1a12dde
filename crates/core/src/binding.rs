//! The binding object the bootstrap script receives: the engine's natives
//! and the runtime's ops, reached from JavaScript as `binding.name`. Each
//! function is made on the first read of its name (the object's class has
//! a resolve hook), not all of them at every isolate's start: a worker
//! calls a few dozen of the ~160, and making every one cost each start
//! ~55 µs.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CStr;
use std::ptr::{self, NonNull};

use mozjs::jsapi::{
    GetFunctionNativeReserved, HandleId, HandleObject, JSClass, JSClassOps, JSContext, JSNative,
    JSObject, JS_DefineFunction, JS_DefineProperty, JS_GetFunctionObject, JS_NewObject,
    NewFunctionWithReserved, SetFunctionNativeReserved, JSPROP_ENUMERATE,
};
use mozjs::jsval::{ObjectValue, PrivateValue};
use mozjs::rooted;

use crate::ops::{c_name, op_trampoline, Op};

/// What a name of the binding object is.
#[derive(Clone, Copy)]
enum Entry {
    /// One of the engine layer's own natives.
    Native(&'static CStr, JSNative),
    /// A runtime op, called through [`op_trampoline`].
    Op(&'static Op),
}

/// The names a binding object resolves, for the op lists they came from.
struct Names {
    /// Which op lists (start and length of each) the table was made from.
    lists: Vec<(*const Op, usize)>,
    table: HashMap<&'static str, Entry>,
}

thread_local! {
    /// This thread's names: made again only when an isolate is bootstrapped
    /// with other op lists than the last one on the thread.
    static NAMES: RefCell<Option<Names>> = const { RefCell::new(None) };
}

static CLASS_OPS: JSClassOps = JSClassOps {
    addProperty: None,
    delProperty: None,
    enumerate: None,
    newEnumerate: None,
    resolve: Some(resolve),
    mayResolve: None,
    finalize: None,
    call: None,
    construct: None,
    trace: None,
};

static CLASS: JSClass = JSClass {
    name: c"Binding".as_ptr(),
    flags: 0,
    cOps: &CLASS_OPS,
    spec: ptr::null(),
    ext: ptr::null(),
    oOps: ptr::null(),
};

/// A new binding object holding the engine's natives and `ops`.
///
/// # Safety
/// `cx` must be live and inside a realm; the caller roots the result.
pub(crate) unsafe fn new_binding(cx: *mut JSContext, ops: &[&'static [Op]]) -> *mut JSObject {
    let lists: Vec<(*const Op, usize)> = ops.iter().map(|l| (l.as_ptr(), l.len())).collect();
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if names.as_ref().is_none_or(|n| n.lists != lists) {
            let mut table = HashMap::new();
            for (name, native) in crate::hooks::ENGINE_NATIVES {
                if let Ok(text) = name.to_str() {
                    table.insert(text, Entry::Native(name, *native));
                }
            }
            for op in ops.iter().flat_map(|list| list.iter()) {
                table.insert(op.name, Entry::Op(op));
            }
            *names = Some(Names { lists, table });
        }
    });
    // SAFETY: as this function's contract.
    unsafe { JS_NewObject(cx, &CLASS) }
}

/// The class's resolve hook: defines the function for `id` on first read.
unsafe extern "C" fn resolve(
    cx: *mut JSContext,
    obj: HandleObject,
    id: HandleId,
    resolved: *mut bool,
) -> bool {
    // SAFETY: called by the engine with live handles and a valid out
    // pointer; the object stays rooted by its handle while functions are
    // made.
    unsafe {
        *resolved = false;
        let id = *id.ptr;
        let Some(name) = id
            .is_string()
            .then(|| NonNull::new(id.to_string()))
            .flatten()
        else {
            return true;
        };
        let name = crate::value::string_to_rust(cx, name);
        let entry = NAMES.with(|names| {
            let names = names.borrow();
            names
                .as_ref()
                .and_then(|n| n.table.get(name.as_str()).copied())
        });
        let Some(entry) = entry else {
            return true;
        };
        let defined = match entry {
            Entry::Native(cname, native) => {
                !JS_DefineFunction(cx, obj, cname.as_ptr(), native, 0, JSPROP_ENUMERATE as u32)
                    .is_null()
            }
            Entry::Op(op) => define_op(cx, obj.get(), op),
        };
        *resolved = defined;
        defined
    }
}

/// Defines `op` on `obj` as a function calling [`op_trampoline`]; false
/// (with an exception pending) when the engine is out of memory.
///
/// # Safety
/// `cx` must be live; `obj` must be rooted by the caller.
unsafe fn define_op(cx: *mut JSContext, obj: *mut JSObject, op: &'static Op) -> bool {
    let name = c_name(op.name);
    // SAFETY: `obj` is rooted by the caller; the reserved slot holds a
    // pointer to a 'static Op, read back only by `op_trampoline`.
    unsafe {
        rooted!(in(cx) let target = obj);
        let fun = NewFunctionWithReserved(cx, Some(op_trampoline), 0, 0, name.as_ptr());
        if fun.is_null() {
            return false;
        }
        rooted!(in(cx) let fobj = JS_GetFunctionObject(fun));
        SetFunctionNativeReserved(fobj.get(), 0, &PrivateValue(op as *const Op as *const _));
        debug_assert!(!(*GetFunctionNativeReserved(fobj.get(), 0)).is_undefined());
        rooted!(in(cx) let v = ObjectValue(fobj.get()));
        JS_DefineProperty(
            cx,
            target.handle().into(),
            name.as_ptr(),
            v.handle().into(),
            JSPROP_ENUMERATE as u32,
        )
    }
}
