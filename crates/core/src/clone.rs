//! Structured clone: turning a JS value into a [`Serialized`] image that can
//! cross to another thread and be read there by another isolate.
//!
//! Built on the engine's own structured clone in its same-process scope:
//! ArrayBuffers in the transfer list move without copying, and
//! SharedArrayBuffers are shared (refcounted by the engine). The host
//! (JavaScript) decides three things through hooks:
//! - `transferId(obj)`: a number for an object of its own that can be
//!   transferred (a `MessagePort`), or `undefined`;
//! - `receiveTransfer(id)`: the object that stands for `id` on the reading side;
//! - `cloneError(kind, value, message)`: the error to throw when a value cannot
//!   be cloned (node's `DataCloneError` texts).
//!
//! A message dropped unread releases what it carried: the engine frees moved
//! buffers, and host objects go to the function set with
//! [`set_host_transfer_release`].

use std::cell::Cell;
use std::ptr::{self, NonNull};
use std::sync::{Arc, Mutex, OnceLock};

use mozjs::glue::{DeleteJSAutoStructuredCloneBuffer, NewJSAutoStructuredCloneBuffer};
use mozjs::jsapi::{
    CloneDataPolicy, HandleObject, HandleValue, JSAutoStructuredCloneBuffer, JSContext, JSObject,
    JSStructuredCloneCallbacks, JSStructuredCloneData, JSStructuredCloneReader,
    JSStructuredCloneWriter, JS_IsExceptionPending, JS_ReadStructuredClone, JS_SetPendingException,
    JS_WriteStructuredClone, MutableHandleObject, MutableHandleValue, StructuredCloneScope,
    TransferableOwnership, JS_STRUCTURED_CLONE_VERSION,
};
use mozjs::jsval::{JSVal, ObjectValue, StringValue, UndefinedValue};
use mozjs::rooted;

/// The transfer tag of host objects (above the engine's own tags).
const HOST_TRANSFER_TAG: u32 = 0xFFFF_8001;
/// The clone tag of a detached ArrayBuffer listed for transfer (node lets it
/// through as an empty one; the engine refuses it).
const DETACHED_BUFFER_TAG: u32 = 0xFFFF_8002;

/// Images up to this size are kept as their exact bytes (see [`Image`]).
const COMPACT_MAX: usize = 64 * 1024;

/// A structured-clone image of one JS value, with everything it transferred.
/// `Send`: it may be read by an isolate on any thread, once.
pub struct Serialized {
    image: Image,
}

/// The engine's clone buffer grows in 4 KiB segments: a message that holds
/// no references (no transfers, shared buffers or shared strings) is kept
/// as its exact bytes instead, so queued messages cost their size.
enum Image {
    Engine(NonNull<JSAutoStructuredCloneBuffer>),
    Bytes(Box<[u8]>),
    /// Written in the engine's different-process scope (see
    /// [`serialize_portable`]), possibly by another process.
    Portable(Box<[u8]>),
}

// SAFETY: a same-process clone buffer is plain memory plus owned references
// (moved ArrayBuffer contents, SharedArrayBuffer refcounts, host transfer
// ids), all of which the engine allows to be released on any thread; it is
// read by exactly one isolate because `deserialize` consumes it.
unsafe impl Send for Serialized {}

impl Serialized {
    /// The size of the image in bytes (excluding moved buffers).
    pub fn byte_len(&self) -> usize {
        match &self.image {
            // SAFETY: the buffer is alive and owned by us.
            Image::Engine(buf) => unsafe {
                mozjs::glue::GetLengthOfJSStructuredCloneData(&mut (*buf.as_ptr()).data_)
            },
            Image::Bytes(bytes) | Image::Portable(bytes) => bytes.len(),
        }
    }

    /// An image [`serialize_portable`] wrote, maybe in another process
    /// (spindle's `child_process` `'advanced'` serialization). Reading it
    /// checks it: corrupt bytes give an error, never undefined behaviour.
    pub fn from_portable(bytes: Vec<u8>) -> Serialized {
        Serialized {
            image: Image::Portable(bytes.into_boxed_slice()),
        }
    }

    /// Keeps a freshly written buffer, as plain bytes when it holds no
    /// references.
    ///
    /// # Safety
    /// `buf` must be a live buffer just written by `JS_WriteStructuredClone`;
    /// ownership passes to the result.
    unsafe fn from_written(
        buf: NonNull<JSAutoStructuredCloneBuffer>,
        transferred: bool,
        saw_shared: bool,
    ) -> Serialized {
        // SAFETY: the buffer is ours and fully written.
        unsafe {
            let data = &mut (*buf.as_ptr()).data_;
            // (JS_StructuredCloneHasTransferables cannot tell: it looks for
            // the transfer map before the scope header that precedes it.)
            let len = mozjs::glue::GetLengthOfJSStructuredCloneData(data);
            // Large images are kept as they are: copying them out and back
            // in would cost more than the segments' slack.
            let plain =
                len <= COMPACT_MAX && !transferred && !saw_shared && holds_no_string_buffers(data);
            if !plain {
                return Serialized {
                    image: Image::Engine(buf),
                };
            }
            let mut bytes = vec![0u8; len].into_boxed_slice();
            mozjs::glue::CopyJSStructuredCloneData(data, bytes.as_mut_ptr());
            DeleteJSAutoStructuredCloneBuffer(buf.as_ptr());
            Serialized {
                image: Image::Bytes(bytes),
            }
        }
    }
}

/// True when the engine's image shares no string buffers by reference.
///
/// # Safety
/// `data` must be a live clone buffer's data.
unsafe fn holds_no_string_buffers(data: &JSStructuredCloneData) -> bool {
    // `stringBufferRefsHeld_` is a mozilla::Vector with 4 inline elements,
    // laid out as [begin, length, capacity, inline x4] (opaque to bindgen;
    // the size is checked below). Anything unexpected counts as "holds".
    const _: () =
        assert!(std::mem::size_of::<mozjs::jsapi::JSStructuredCloneData_StringBuffers>() == 56);
    // SAFETY: reading plain words of a live, initialised field.
    let words: &[u64; 7] =
        unsafe { &*(&data.stringBufferRefsHeld_ as *const _ as *const [u64; 7]) };
    let (length, capacity) = (words[1], words[2]);
    length == 0 && (4..(1 << 40)).contains(&capacity)
}

impl Drop for Serialized {
    fn drop(&mut self) {
        if let Image::Engine(buf) = self.image {
            // SAFETY: we own the buffer; deleting it releases unread
            // transfers through `free_transfer`, which is thread-safe.
            unsafe { DeleteJSAutoStructuredCloneBuffer(buf.as_ptr()) }
        }
    }
}

impl std::fmt::Debug for Serialized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Serialized({} bytes)", self.byte_len())
    }
}

/// A [`Serialized`] value inside a [`crate::Val`]: turned into a JS value
/// (read) when the `Val` reaches JavaScript. Clones share the one image,
/// which can be read only once; later reads give `undefined`.
#[derive(Clone)]
pub struct ClonedValue(Arc<Mutex<Option<Serialized>>>);

impl ClonedValue {
    /// Wraps an image.
    pub fn new(s: Serialized) -> ClonedValue {
        ClonedValue(Arc::new(Mutex::new(Some(s))))
    }

    fn take(&self) -> Option<Serialized> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

impl PartialEq for ClonedValue {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for ClonedValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClonedValue")
    }
}

static HOST_RELEASE: OnceLock<fn(u64)> = OnceLock::new();

/// Sets the function that releases a host object (by the id its
/// `transferId` hook gave) carried by a message that is dropped unread.
/// Called on whatever thread drops the message. The first call wins.
pub fn set_host_transfer_release(release: fn(u64)) {
    let _ = HOST_RELEASE.set(release);
}

thread_local! {
    /// The value being written on this thread (for error messages), and
    /// whether a write is in progress (a write that fails gives its host
    /// transfers back to the sender instead of releasing them).
    static WRITING: Cell<Option<JSVal>> = const { Cell::new(None) };
    /// Set when the write in progress met a SharedArrayBuffer.
    static SAW_SHARED: Cell<bool> = const { Cell::new(false) };
}

fn policy() -> CloneDataPolicy {
    CloneDataPolicy {
        allowIntraClusterClonableSharedObjects_: true,
        allowSharedMemoryObjects_: true,
    }
}

/// Another process cannot share memory with us: the engine requires both
/// flags off in the different-process scope.
fn portable_policy() -> CloneDataPolicy {
    CloneDataPolicy {
        allowIntraClusterClonableSharedObjects_: false,
        allowSharedMemoryObjects_: false,
    }
}

static CALLBACKS: JSStructuredCloneCallbacks = JSStructuredCloneCallbacks {
    read: Some(read_host_object),
    write: Some(write_host_object),
    reportError: Some(report_error),
    readTransfer: Some(read_transfer),
    writeTransfer: Some(write_transfer),
    freeTransfer: Some(free_transfer),
    canTransfer: Some(can_transfer),
    sabCloned: Some(shared_buffer_cloned),
};

unsafe extern "C" fn shared_buffer_cloned(
    _cx: *mut JSContext,
    _receiving: bool,
    _closure: *mut std::ffi::c_void,
) -> bool {
    SAW_SHARED.set(true);
    true
}

/// Serializes `value`, moving what `transfer` (an array or `undefined`)
/// lists. On failure an exception is pending and `None` is returned.
///
/// # Safety
/// `cx` must be the live context of this thread, inside a realm; the
/// handles must be rooted.
pub(crate) unsafe fn serialize(
    cx: *mut JSContext,
    value: HandleValue,
    transfer: HandleValue,
) -> Option<Serialized> {
    // SAFETY: the buffer is fresh and ours; the write runs on this thread
    // with rooted inputs; on failure we delete the buffer we made.
    unsafe {
        let buf = NewJSAutoStructuredCloneBuffer(StructuredCloneScope::SameProcess, &CALLBACKS);
        let buf = NonNull::new(buf)?;
        let previous = WRITING.replace(Some(value.get()));
        SAW_SHARED.set(false);
        let ok = JS_WriteStructuredClone(
            cx,
            value,
            &mut (*buf.as_ptr()).data_,
            StructuredCloneScope::SameProcess,
            &policy(),
            &CALLBACKS,
            ptr::null_mut(),
            transfer,
        );
        if !ok {
            // Discarding the partial image must not release host objects:
            // they stay with the sender.
            DeleteJSAutoStructuredCloneBuffer(buf.as_ptr());
            WRITING.set(previous);
            if !JS_IsExceptionPending(cx) {
                throw_clone_error(cx, "engine", UndefinedValue(), "could not be cloned");
            }
            return None;
        }
        WRITING.set(previous);
        let transferred = !transfer.get().is_undefined();
        Some(Serialized::from_written(buf, transferred, SAW_SHARED.get()))
    }
}

/// Serializes `value` in the engine's different-process scope: plain bytes
/// holding no pointers (no transfers, shared memory or shared strings),
/// readable by any process running the same engine. On failure an
/// exception is pending and `None` is returned.
///
/// # Safety
/// As [`serialize`].
pub(crate) unsafe fn serialize_portable(cx: *mut JSContext, value: HandleValue) -> Option<Vec<u8>> {
    // SAFETY: as `serialize`; the buffer is deleted on every path.
    unsafe {
        let scope = StructuredCloneScope::DifferentProcess;
        let buf = NonNull::new(NewJSAutoStructuredCloneBuffer(scope, &CALLBACKS))?;
        let previous = WRITING.replace(Some(value.get()));
        rooted!(in(cx) let no_transfer = UndefinedValue());
        let ok = JS_WriteStructuredClone(
            cx,
            value,
            &mut (*buf.as_ptr()).data_,
            scope,
            &portable_policy(),
            &CALLBACKS,
            ptr::null_mut(),
            no_transfer.handle().into(),
        );
        WRITING.set(previous);
        let bytes = ok.then(|| {
            let data = &mut (*buf.as_ptr()).data_;
            let len = mozjs::glue::GetLengthOfJSStructuredCloneData(data);
            let mut bytes = vec![0u8; len];
            mozjs::glue::CopyJSStructuredCloneData(data, bytes.as_mut_ptr());
            bytes
        });
        DeleteJSAutoStructuredCloneBuffer(buf.as_ptr());
        if bytes.is_none() && !JS_IsExceptionPending(cx) {
            throw_clone_error(cx, "engine", UndefinedValue(), "could not be cloned");
        }
        bytes
    }
}

/// Reads an image into a new JS value in the current realm. On failure an
/// exception is pending and false is returned.
///
/// # Safety
/// `cx` must be the live context of this thread, inside a realm.
pub(crate) unsafe fn deserialize(
    cx: *mut JSContext,
    s: Serialized,
    rval: MutableHandleValue,
) -> bool {
    // SAFETY: the image was written by `serialize` in the same process;
    // reading consumes its transfers, then dropping it frees the rest. Plain
    // bytes go back into a scratch engine buffer to be read.
    unsafe {
        let (s, scope) = match s.image {
            Image::Engine(_) => (s, StructuredCloneScope::SameProcess),
            Image::Bytes(ref bytes) => {
                let scope = StructuredCloneScope::SameProcess;
                match engine_image(cx, bytes, scope) {
                    Some(scratch) => (scratch, scope),
                    None => return false,
                }
            }
            Image::Portable(ref bytes) => {
                let scope = StructuredCloneScope::DifferentProcess;
                match engine_image(cx, bytes, scope) {
                    Some(scratch) => (scratch, scope),
                    None => return false,
                }
            }
        };
        read_image(cx, &s, scope, rval)
    }
}

/// Copies plain image bytes into a scratch engine buffer, or reports
/// out-of-memory and gives `None`.
///
/// # Safety
/// `cx` must be the live context of this thread.
unsafe fn engine_image(
    cx: *mut JSContext,
    bytes: &[u8],
    scope: StructuredCloneScope,
) -> Option<Serialized> {
    // SAFETY: a fresh buffer of ours, filled from a live slice.
    unsafe {
        // The engine's reader expects whole 8-byte words, at least a
        // header (it crashes on an empty buffer, as fuzzing found; the
        // writer never makes one, but this stays a checked entry).
        if bytes.len() < 8 || !bytes.len().is_multiple_of(8) {
            throw_clone_error(cx, "read", UndefinedValue(), "malformed clone image");
            return None;
        }
        let buf = NewJSAutoStructuredCloneBuffer(scope, &CALLBACKS);
        let Some(buf) = NonNull::new(buf) else {
            mozjs::jsapi::JS_ReportOutOfMemory(cx);
            return None;
        };
        let scratch = Serialized {
            image: Image::Engine(buf),
        };
        if !mozjs::glue::WriteBytesToJSStructuredCloneData(
            bytes.as_ptr(),
            bytes.len(),
            &mut (*buf.as_ptr()).data_,
        ) {
            mozjs::jsapi::JS_ReportOutOfMemory(cx);
            return None;
        }
        Some(scratch)
    }
}

/// Reads an engine image, accepting what `scope` allows.
///
/// # Safety
/// As [`deserialize`]; `s` holds an engine buffer.
unsafe fn read_image(
    cx: *mut JSContext,
    s: &Serialized,
    scope: StructuredCloneScope,
    rval: MutableHandleValue,
) -> bool {
    let Image::Engine(buf) = s.image else {
        return false;
    };
    // Shared memory may only be read within this process (the engine
    // refuses the combination with a crash).
    let policy = if scope == StructuredCloneScope::SameProcess {
        policy()
    } else {
        portable_policy()
    };
    // SAFETY: the buffer is alive (owned by `s`); our context and realm.
    unsafe {
        JS_ReadStructuredClone(
            cx,
            &(*buf.as_ptr()).data_,
            JS_STRUCTURED_CLONE_VERSION,
            scope,
            rval,
            &policy,
            &CALLBACKS,
            ptr::null_mut(),
        )
    }
}

/// Fuzzing only (`--cfg fuzzing`): reads arbitrary bytes through the same
/// path as a plain image, but in the engine's checked scope for images from
/// another process. (A same-process image may hold raw pointers — shared
/// memory, moved buffers — that only the writer can vouch for, so arbitrary
/// bytes are never read in that scope: spindle only ever reads images its
/// own writer made in this process.) False with an exception pending when
/// the bytes are refused.
///
/// # Safety
/// As [`deserialize`].
#[cfg(fuzzing)]
pub(crate) unsafe fn read_foreign_bytes(
    cx: *mut JSContext,
    bytes: &[u8],
    rval: MutableHandleValue,
) -> bool {
    // SAFETY: as `deserialize`; the scope makes the engine refuse pointers.
    unsafe {
        match engine_image(cx, bytes, StructuredCloneScope::SameProcess) {
            Some(image) => read_image(cx, &image, StructuredCloneScope::DifferentProcess, rval),
            None => false,
        }
    }
}

/// Reads a [`ClonedValue`] (once) into a JS value: `undefined` when it was
/// already read, `undefined` with an exception pending when reading failed.
///
/// # Safety
/// As [`deserialize`]; the result is unrooted.
pub(crate) unsafe fn read_cloned(cx: *mut JSContext, v: &ClonedValue) -> JSVal {
    let Some(s) = v.take() else {
        return UndefinedValue();
    };
    // SAFETY: our context; the result is rooted while it is read.
    unsafe {
        rooted!(in(cx) let mut out = UndefinedValue());
        if deserialize(cx, s, out.handle_mut().into()) {
            out.get()
        } else {
            UndefinedValue()
        }
    }
}

/// Calls the `cloneError` hook and throws what it returns.
unsafe fn throw_clone_error(cx: *mut JSContext, kind: &str, value: JSVal, message: &str) {
    // SAFETY: our context; the arguments are rooted in the vector.
    unsafe {
        rooted!(in(cx) let mut argv = Vec::<JSVal>::with_capacity(3));
        let kind = crate::value::new_string(cx, kind);
        if kind.is_null() {
            return;
        }
        argv.push(StringValue(&*kind));
        argv.push(value);
        let message = crate::value::new_string(cx, message);
        if message.is_null() {
            return;
        }
        argv.push(StringValue(&*message));
        rooted!(in(cx) let mut err = UndefinedValue());
        if crate::hooks::call_hook_raw(cx, c"cloneError", &argv, err.handle_mut()) {
            JS_SetPendingException(
                cx,
                err.handle().into(),
                mozjs::jsapi::ExceptionStackBehavior::Capture,
            );
        }
    }
}

/// What the `transferId` hook answers for `obj`: a host transfer id (>= 0),
/// -1 for a detached buffer listed for transfer, or `None`.
unsafe fn transfer_answer(cx: *mut JSContext, obj: *mut JSObject) -> Option<f64> {
    // SAFETY: our context; `obj` is rooted by the engine's handle.
    unsafe {
        rooted!(in(cx) let argv = vec![ObjectValue(obj)]);
        rooted!(in(cx) let mut id = UndefinedValue());
        if !crate::hooks::call_hook_raw(cx, c"transferId", &argv, id.handle_mut()) {
            return None;
        }
        let id = id.get();
        if id.is_int32() {
            Some(id.to_int32() as f64)
        } else if id.is_double() {
            Some(id.to_double())
        } else {
            None
        }
    }
}

/// `obj`'s host transfer id, if it is a host object listed for transfer.
unsafe fn host_transfer_id(cx: *mut JSContext, obj: *mut JSObject) -> Option<u64> {
    // SAFETY: as `transfer_answer`.
    unsafe { transfer_answer(cx, obj) }
        .filter(|id| *id >= 0.0)
        .map(|id| id as u64)
}

unsafe extern "C" fn write_host_object(
    cx: *mut JSContext,
    w: *mut JSStructuredCloneWriter,
    obj: HandleObject,
    _same_process: *mut bool,
    _closure: *mut std::ffi::c_void,
) -> bool {
    // SAFETY: called by the engine on this thread with a rooted object and
    // its live writer.
    unsafe {
        if mozjs::jsapi::IsArrayBufferObject(obj.get())
            && mozjs::jsapi::IsDetachedArrayBufferObject(obj.get())
        {
            // Listed for transfer (the hook answers -1): an empty buffer
            // arrives, as in node; otherwise it cannot be cloned.
            if transfer_answer(cx, obj.get()) == Some(-1.0) {
                return mozjs::jsapi::JS_WriteUint32PairUnchecked(w, DETACHED_BUFFER_TAG, 0);
            }
            throw_clone_error(cx, "detached", ObjectValue(obj.get()), "");
            return false;
        }
        throw_clone_error(cx, "object", ObjectValue(obj.get()), "");
    }
    false
}

unsafe extern "C" fn read_host_object(
    cx: *mut JSContext,
    _r: *mut JSStructuredCloneReader,
    _policy: *const CloneDataPolicy,
    tag: u32,
    _data: u32,
    _closure: *mut std::ffi::c_void,
) -> *mut JSObject {
    // SAFETY: our context; the only custom tag we write is the detached
    // buffer's, anything else is a corrupt image.
    unsafe {
        if tag == DETACHED_BUFFER_TAG {
            return mozjs::jsapi::NewArrayBuffer(cx, 0);
        }
        throw_clone_error(cx, "read", UndefinedValue(), "unknown clone tag");
    }
    ptr::null_mut()
}

unsafe extern "C" fn report_error(
    cx: *mut JSContext,
    errorid: u32,
    _closure: *mut std::ffi::c_void,
    message: *const std::ffi::c_char,
) {
    // SAFETY: the engine passes a NUL-terminated message or null.
    let text = if message.is_null() {
        String::new()
    } else {
        unsafe { std::ffi::CStr::from_ptr(message) }
            .to_string_lossy()
            .into_owned()
    };
    let root = WRITING.get().unwrap_or(UndefinedValue());
    // SAFETY: our context; `root` is the value being written, rooted by
    // the caller of `serialize` for the duration of the write.
    unsafe {
        rooted!(in(cx) let root = root);
        throw_clone_error(cx, &errorid.to_string(), root.get(), &text);
    }
}

unsafe extern "C" fn can_transfer(
    cx: *mut JSContext,
    obj: HandleObject,
    _same_process: *mut bool,
    _closure: *mut std::ffi::c_void,
) -> bool {
    // SAFETY: engine callback on this thread with a rooted object.
    unsafe { host_transfer_id(cx, obj.get()).is_some() }
}

unsafe extern "C" fn write_transfer(
    cx: *mut JSContext,
    obj: HandleObject,
    _closure: *mut std::ffi::c_void,
    tag: *mut u32,
    ownership: *mut TransferableOwnership,
    content: *mut *mut std::ffi::c_void,
    extra_data: *mut u64,
) -> bool {
    // SAFETY: engine callback; the out-pointers are valid for writing.
    unsafe {
        let Some(id) = host_transfer_id(cx, obj.get()) else {
            return false;
        };
        *tag = HOST_TRANSFER_TAG;
        *ownership = TransferableOwnership::SCTAG_TMO_CUSTOM;
        *content = ptr::null_mut();
        *extra_data = id;
    }
    true
}

unsafe extern "C" fn read_transfer(
    cx: *mut JSContext,
    _r: *mut JSStructuredCloneReader,
    _policy: *const CloneDataPolicy,
    tag: u32,
    _content: *mut std::ffi::c_void,
    extra_data: u64,
    _closure: *mut std::ffi::c_void,
    result: MutableHandleObject,
) -> bool {
    if tag != HOST_TRANSFER_TAG {
        return false;
    }
    // SAFETY: our context; the hook's result is rooted before it is stored.
    unsafe {
        rooted!(in(cx) let argv = vec![crate::value::number_value(extra_data as f64)]);
        rooted!(in(cx) let mut obj = UndefinedValue());
        if !crate::hooks::call_hook_raw(cx, c"receiveTransfer", &argv, obj.handle_mut())
            || !obj.get().is_object()
        {
            return false;
        }
        result.set(obj.get().to_object());
    }
    true
}

unsafe extern "C" fn free_transfer(
    tag: u32,
    _ownership: TransferableOwnership,
    _content: *mut std::ffi::c_void,
    extra_data: u64,
    _closure: *mut std::ffi::c_void,
) {
    // A failed write gives host objects back to the sender (nothing to do);
    // a message dropped unread releases them.
    if tag == HOST_TRANSFER_TAG && WRITING.get().is_none() {
        if let Some(release) = HOST_RELEASE.get() {
            release(extra_data);
        }
    }
}
