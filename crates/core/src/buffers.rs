//! Byte buffers: reading the bytes behind typed arrays and making new ones.

use mozjs::jsapi::{
    GetArrayBufferLengthAndData, GetArrayBufferViewLengthAndData, IsArrayBufferObject, JSContext,
    JSObject, JS_IsArrayBufferViewObject, JS_NewUint8Array,
};

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

/// A new `Uint8Array` holding a copy of `bytes`; null on out-of-memory.
///
/// # Safety
/// `cx` must be live and inside a realm.
pub(crate) unsafe fn new_uint8_array(cx: *mut JSContext, bytes: &[u8]) -> *mut JSObject {
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
