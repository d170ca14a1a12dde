//! Byte buffers: reading the bytes behind typed arrays and making new ones.

use mozjs::jsapi::glue::NewArrayBufferWithContents;
use mozjs::jsapi::{
    GetArrayBufferLengthAndData, GetArrayBufferViewLengthAndData, IsArrayBufferObject, JSContext,
    JSObject, JS_ClearPendingException, JS_IsArrayBufferViewObject, JS_NewUint8Array,
    JS_NewUint8ArrayWithBuffer, JS_free, JS_malloc,
};
use mozjs::rooted;

/// The bytes behind an ArrayBuffer, SharedArrayBuffer or ArrayBuffer view
/// (typed array or DataView); `None` for any other object.
///
/// # Safety
/// `obj` must be a live object, and the returned slice must not be used
/// after anything that can run JS or GC (which could detach or move it).
pub(crate) unsafe fn view_bytes<'a>(obj: *mut JSObject) -> Option<&'a [u8]> {
    // SAFETY: the engine reports length and data of a live buffer object.
    unsafe { view_bytes_mut(obj).map(|b| &*b) }
}

/// Like [`view_bytes`] but writable.
///
/// # Safety
/// As [`view_bytes`]; the caller must not create two aliasing slices.
pub(crate) unsafe fn view_bytes_mut<'a>(obj: *mut JSObject) -> Option<&'a mut [u8]> {
    let mut len = 0usize;
    let mut shared = false;
    let mut data: *mut u8 = std::ptr::null_mut();
    // SAFETY: `obj` is live (caller's contract); the out-pointers are ours.
    unsafe {
        if JS_IsArrayBufferViewObject(obj) {
            GetArrayBufferViewLengthAndData(obj, &mut len, &mut shared, &mut data);
        } else if IsArrayBufferObject(obj) || mozjs::jsapi::IsSharedArrayBufferObject(obj) {
            if IsArrayBufferObject(obj) {
                GetArrayBufferLengthAndData(obj, &mut len, &mut shared, &mut data);
            } else {
                mozjs::jsapi::GetSharedArrayBufferLengthAndData(
                    obj,
                    &mut len,
                    &mut shared,
                    &mut data,
                );
            }
        } else {
            return None;
        }
        if data.is_null() || len == 0 {
            return Some(&mut []);
        }
        Some(std::slice::from_raw_parts_mut(data, len))
    }
}

/// From this size on, a new byte array's memory is allocated without being
/// zeroed and handed to the engine (which would zero it before the copy
/// otherwise); smaller arrays keep their bytes inline in the object.
pub(crate) const HANDOVER_MIN: usize = 4096;

/// A new `Uint8Array` holding a copy of `bytes`; null on out-of-memory.
///
/// # Safety
/// `cx` must be live and inside a realm.
pub(crate) unsafe fn new_uint8_array(cx: *mut JSContext, bytes: &[u8]) -> *mut JSObject {
    if bytes.len() >= HANDOVER_MIN {
        // SAFETY: as the function's contract.
        let array = unsafe { handed_over_uint8_array(cx, bytes) };
        if !array.is_null() {
            return array;
        }
        // SAFETY: our context; clear the failed attempt before retrying.
        unsafe { JS_ClearPendingException(cx) };
    }
    // SAFETY: the new array is not shared and nothing runs between its
    // creation and the copy, so its data pointer stays valid.
    unsafe {
        let array = JS_NewUint8Array(cx, bytes.len());
        if array.is_null() {
            return array;
        }
        if let Some(target) = view_bytes_mut(array) {
            target.copy_from_slice(bytes);
        }
        array
    }
}

/// A new `Uint8Array` whose memory is `bytes`' own (no copy); null on
/// failure (then `bytes` is freed here).
///
/// # Safety
/// `cx` must be live and inside a realm.
pub(crate) unsafe fn uint8_array_from_vec(cx: *mut JSContext, bytes: Vec<u8>) -> *mut JSObject {
    let mut bytes = std::mem::ManuallyDrop::new(bytes);
    let len = bytes.len();
    // SAFETY: the engine may own the vector's memory: mozjs_sys builds
    // SpiderMonkey with `--disable-jemalloc`, so the engine frees buffer
    // contents with the C library's `free`, and a `Vec<u8>` is allocated by
    // Rust's `System` allocator (spindle installs no global allocator),
    // which is `malloc` for byte-aligned memory. A larger capacity than
    // `len` is harmless to `free`. On success the buffer owns the memory;
    // otherwise the vector is dropped here. The buffer is rooted while the
    // view is made.
    unsafe {
        let buffer = NewArrayBufferWithContents(cx, len, bytes.as_mut_ptr().cast());
        if buffer.is_null() {
            std::mem::ManuallyDrop::drop(&mut bytes);
            return std::ptr::null_mut();
        }
        rooted!(in(cx) let buffer = buffer);
        JS_NewUint8ArrayWithBuffer(cx, buffer.handle().into(), 0, len as i64)
    }
}

/// A `Uint8Array` over a fresh ArrayBuffer that owns an engine allocation
/// filled with `bytes` (no zeroing first); null on failure.
///
/// # Safety
/// `cx` must be live and inside a realm.
unsafe fn handed_over_uint8_array(cx: *mut JSContext, bytes: &[u8]) -> *mut JSObject {
    // SAFETY: `data` comes from the engine's allocator (`JS_malloc`), as
    // `NewArrayBufferWithContents` requires, and is written in full before
    // the engine sees it; on success the buffer owns it, otherwise it is
    // freed here. The buffer is rooted while the view is made.
    unsafe {
        let data = JS_malloc(cx, bytes.len()).cast::<u8>();
        if data.is_null() {
            return std::ptr::null_mut();
        }
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), data, bytes.len());
        let buffer = NewArrayBufferWithContents(cx, bytes.len(), data.cast());
        if buffer.is_null() {
            JS_free(cx, data.cast());
            return std::ptr::null_mut();
        }
        rooted!(in(cx) let buffer = buffer);
        JS_NewUint8ArrayWithBuffer(cx, buffer.handle().into(), 0, bytes.len() as i64)
    }
}
