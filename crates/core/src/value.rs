//! Owned values that cross between Rust and JavaScript.
//!
//! Native code never holds a JS value: it receives arguments through
//! [`crate::OpScope`] and answers with a [`Val`], which the engine layer turns
//! into a fresh JS value. That keeps every GC-rooting concern inside this crate.

use std::ptr::NonNull;

use mozjs::conversions::Utf8Chars;
use mozjs::jsapi::{
    JSContext, JSObject, JSString, JS_DefineElement, JS_DefineProperty,
    JS_DeprecatedStringHasLatin1Chars, JS_GetLatin1StringCharsAndLength,
    JS_GetTwoByteStringCharsAndLength, JS_NewPlainObject, JS_NewStringCopyUTF8N, JSPROP_ENUMERATE,
};
use mozjs::jsval::{
    BooleanValue, DoubleValue, Int32Value, JSVal, NullValue, ObjectValue, StringValue,
    UndefinedValue,
};
use mozjs::rooted;

/// A JavaScript value owned by Rust: what native functions return and what
/// the event loop passes to JavaScript.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Val {
    /// `undefined`.
    #[default]
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string (UTF-8 here, UTF-16 in the engine).
    String(String),
    /// Bytes, arriving in JavaScript as a fresh `Uint8Array`.
    Bytes(Vec<u8>),
    /// An array of values.
    Array(Vec<Val>),
    /// A plain object with these own enumerable properties, in order.
    Object(Vec<(String, Val)>),
    /// A structured-clone image, read into a fresh JS value on arrival.
    Cloned(crate::clone::ClonedValue),
}

impl From<&str> for Val {
    fn from(s: &str) -> Val {
        Val::String(s.to_string())
    }
}
impl From<String> for Val {
    fn from(s: String) -> Val {
        Val::String(s)
    }
}
impl From<f64> for Val {
    fn from(n: f64) -> Val {
        Val::Number(n)
    }
}
impl From<bool> for Val {
    fn from(b: bool) -> Val {
        Val::Bool(b)
    }
}
impl From<Vec<u8>> for Val {
    fn from(b: Vec<u8>) -> Val {
        Val::Bytes(b)
    }
}

/// Creates a JS string from UTF-8. Returns null on out-of-memory.
///
/// # Safety
/// `cx` must be the current thread's live context, inside a realm.
pub(crate) unsafe fn new_string(cx: *mut JSContext, s: &str) -> *mut JSString {
    let chars = Utf8Chars::from(s);
    // SAFETY: `chars` borrows `s`, which outlives the call; the engine copies.
    unsafe { JS_NewStringCopyUTF8N(cx, &*chars) }
}

/// Copies a JS string into a Rust `String` (lone surrogates become U+FFFD).
///
/// # Safety
/// `cx` must be live and `s` a valid string that no GC can run during.
pub(crate) unsafe fn string_to_rust(cx: *mut JSContext, s: NonNull<JSString>) -> String {
    // SAFETY: no GC happens between reading the chars and copying them.
    unsafe {
        let nogc = std::ptr::null();
        let mut len = 0usize;
        if JS_DeprecatedStringHasLatin1Chars(s.as_ptr()) {
            let chars = JS_GetLatin1StringCharsAndLength(cx, nogc, s.as_ptr(), &mut len);
            let bytes = std::slice::from_raw_parts(chars, len);
            if bytes.is_ascii() {
                return String::from_utf8_unchecked(bytes.to_vec());
            }
            bytes.iter().map(|&b| b as char).collect()
        } else {
            let chars = JS_GetTwoByteStringCharsAndLength(cx, nogc, s.as_ptr(), &mut len);
            String::from_utf16_lossy(std::slice::from_raw_parts(chars, len))
        }
    }
}

/// Runs `f` on the UTF-8 encoding of `s`: the engine's own characters
/// when the string is ASCII (no copy), else a converted copy.
///
/// # Safety
/// `cx` live, `s` rooted; `f` must not run JavaScript or collect garbage.
pub(crate) unsafe fn with_string_utf8<R>(
    cx: *mut JSContext,
    s: NonNull<JSString>,
    f: impl FnOnce(&[u8]) -> R,
) -> R {
    // SAFETY: the characters stay put while `f` runs (it cannot GC).
    unsafe {
        if JS_DeprecatedStringHasLatin1Chars(s.as_ptr()) {
            let mut len = 0usize;
            let chars =
                JS_GetLatin1StringCharsAndLength(cx, std::ptr::null(), s.as_ptr(), &mut len);
            if !chars.is_null() {
                let bytes = std::slice::from_raw_parts(chars, len);
                if bytes.is_ascii() {
                    return f(bytes);
                }
            }
        }
        f(string_to_rust(cx, s).as_bytes())
    }
}

/// Like [`to_js`] for a value that is ours to consume: large bytes become
/// the memory of the new array instead of being copied (when they do not
/// hold on to much more memory than they use).
///
/// # Safety
/// As [`to_js`].
pub(crate) unsafe fn to_js_owned(cx: *mut JSContext, val: Val) -> JSVal {
    match val {
        Val::Bytes(bytes)
            if bytes.len() >= crate::buffers::HANDOVER_MIN
                && bytes.capacity() - bytes.len() <= bytes.len() / 4 =>
        {
            // SAFETY: as the function's contract.
            let obj = unsafe { crate::buffers::uint8_array_from_vec(cx, bytes) };
            if obj.is_null() {
                UndefinedValue()
            } else {
                ObjectValue(obj)
            }
        }
        // SAFETY: as the function's contract.
        other => unsafe { to_js(cx, &other) },
    }
}

/// Turns a [`Val`] into a JS value. On out-of-memory returns `undefined`
/// with an exception pending.
///
/// # Safety
/// `cx` must be the current thread's live context, inside a realm. The result
/// is unrooted: the caller roots it before anything can GC.
pub(crate) unsafe fn to_js(cx: *mut JSContext, val: &Val) -> JSVal {
    // SAFETY: every intermediate object is rooted before the next allocation.
    unsafe {
        match val {
            Val::Undefined => UndefinedValue(),
            Val::Null => NullValue(),
            Val::Bool(b) => BooleanValue(*b),
            Val::Number(n) => number_value(*n),
            Val::String(s) => {
                let js = new_string(cx, s);
                if js.is_null() {
                    return UndefinedValue();
                }
                StringValue(&*js)
            }
            Val::Bytes(bytes) => {
                let obj = crate::buffers::new_uint8_array(cx, bytes);
                if obj.is_null() {
                    UndefinedValue()
                } else {
                    ObjectValue(obj)
                }
            }
            Val::Array(items) => {
                rooted!(in(cx) let array = crate::isolate::new_array(cx, items.len()));
                for (i, item) in items.iter().enumerate() {
                    rooted!(in(cx) let v = to_js(cx, item));
                    JS_DefineElement(
                        cx,
                        array.handle().into(),
                        i as u32,
                        v.handle().into(),
                        JSPROP_ENUMERATE as u32,
                    );
                }
                ObjectValue(array.get())
            }
            Val::Object(props) => {
                rooted!(in(cx) let obj = JS_NewPlainObject(cx));
                define_props(cx, obj.get(), props);
                ObjectValue(obj.get())
            }
            Val::Cloned(cloned) => crate::clone::read_cloned(cx, cloned),
        }
    }
}

unsafe fn define_props(cx: *mut JSContext, obj: *mut JSObject, props: &[(String, Val)]) {
    // SAFETY: `obj` is rooted by the caller; names are NUL-free property keys.
    unsafe {
        rooted!(in(cx) let target = obj);
        for (name, value) in props {
            rooted!(in(cx) let v = to_js(cx, value));
            let cname = std::ffi::CString::new(name.as_str()).unwrap_or_default();
            JS_DefineProperty(
                cx,
                target.handle().into(),
                cname.as_ptr(),
                v.handle().into(),
                JSPROP_ENUMERATE as u32,
            );
        }
    }
}

/// A number value, stored as int32 when it is one (as the engine prefers).
pub(crate) fn number_value(n: f64) -> JSVal {
    if n.fract() == 0.0
        && n >= i32::MIN as f64
        && n <= i32::MAX as f64
        && !(n == 0.0 && n.is_sign_negative())
    {
        Int32Value(n as i32)
    } else {
        DoubleValue(n)
    }
}

/// Reads a JS value into a [`Val`]: primitives, strings, and typed-array
/// bytes; any other object becomes [`Val::Undefined`].
///
/// # Safety
/// `cx` must be live; `v` must be rooted by the caller.
pub(crate) unsafe fn from_js(cx: *mut JSContext, v: JSVal) -> Val {
    // SAFETY: reads only; strings are copied before any GC can happen.
    unsafe {
        if v.is_undefined() {
            Val::Undefined
        } else if v.is_null() {
            Val::Null
        } else if v.is_boolean() {
            Val::Bool(v.to_boolean())
        } else if v.is_int32() {
            Val::Number(v.to_int32() as f64)
        } else if v.is_double() {
            Val::Number(v.to_double())
        } else if v.is_string() {
            Val::String(string_to_rust(cx, NonNull::new_unchecked(v.to_string())))
        } else if v.is_object() {
            match crate::buffers::view_bytes(v.to_object()) {
                Some(bytes) => Val::Bytes(bytes.to_vec()),
                None => Val::Undefined,
            }
        } else {
            Val::Undefined
        }
    }
}
