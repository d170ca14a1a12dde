//! Native functions ("ops") callable from JavaScript, with a safe API.
//!
//! An op is a plain Rust function `fn(&mut OpScope) -> OpResult`. It reads its
//! arguments through [`OpScope`] (typed getters that raise a `TypeError` on a
//! wrong type), may borrow the isolate's host state, and answers with a
//! [`Val`] or an [`OpError`]. The engine layer does all conversion and rooting.
//!
//! ```ignore
//! fn add(scope: &mut OpScope) -> OpResult {
//!     Ok(Val::Number(scope.number(0)? + scope.number(1)?))
//! }
//! pub const OPS: &[Op] = &[Op::new("add", add)];
//! ```

use std::any::Any;
use std::ffi::CString;
use std::ptr::NonNull;

use mozjs::jsapi::{CallArgs, GetFunctionNativeReserved, JSContext, JS_IsExceptionPending, Value};
use mozjs::jsval::JSVal;
use mozjs::rooted;

use crate::clone::Serialized;
use crate::value::{from_js, string_to_rust, to_js_owned, Val};

/// What an op returns.
pub type OpResult = Result<Val, OpError>;

/// The signature of every op.
pub type OpFn = fn(&mut OpScope) -> OpResult;

/// A named native function, installed on the isolate's binding object.
#[derive(Debug)]
pub struct Op {
    /// The property name JavaScript calls it by.
    pub name: &'static str,
    /// The implementation.
    pub func: OpFn,
}

impl Op {
    /// Declares an op.
    pub const fn new(name: &'static str, func: OpFn) -> Op {
        Op { name, func }
    }
}

/// The class of a JavaScript error an op throws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// `Error`.
    Error,
    /// `TypeError`.
    TypeError,
    /// `RangeError`.
    RangeError,
    /// A Node system error (`code`, `errno`, `syscall`, `path` properties),
    /// built by the JS side from the extra properties.
    System,
    /// Not a new error: the exception the engine already has pending.
    Pending,
}

impl ErrorClass {
    /// The name the `makeError` hook builds the error by.
    pub fn js_name(self) -> &'static str {
        match self {
            ErrorClass::Error => "Error",
            ErrorClass::TypeError => "TypeError",
            ErrorClass::RangeError => "RangeError",
            ErrorClass::System => "SystemError",
            ErrorClass::Pending => "Error",
        }
    }
}

/// An error an op throws into JavaScript.
#[derive(Debug, Clone, PartialEq)]
pub struct OpError {
    /// The JS class of the error.
    pub class: ErrorClass,
    /// The message.
    pub message: String,
    /// Node's `code` (`ERR_INVALID_ARG_TYPE`, `ENOENT`, …), if any.
    pub code: Option<String>,
    /// Further own properties (`errno`, `syscall`, `path`, …).
    pub props: Vec<(String, Val)>,
}

impl OpError {
    /// A plain `Error`.
    pub fn error(message: impl Into<String>) -> OpError {
        OpError {
            class: ErrorClass::Error,
            message: message.into(),
            code: None,
            props: vec![],
        }
    }
    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> OpError {
        OpError {
            class: ErrorClass::TypeError,
            message: message.into(),
            code: None,
            props: vec![],
        }
    }
    /// A `RangeError`.
    pub fn range_error(message: impl Into<String>) -> OpError {
        OpError {
            class: ErrorClass::RangeError,
            message: message.into(),
            code: None,
            props: vec![],
        }
    }
    /// The exception the engine already has pending (thrown by JavaScript
    /// the op called): rethrown as it is.
    pub fn pending() -> OpError {
        OpError {
            class: ErrorClass::Pending,
            message: String::new(),
            code: None,
            props: vec![],
        }
    }
    /// Sets node's `code`.
    pub fn with_code(mut self, code: impl Into<String>) -> OpError {
        self.code = Some(code.into());
        self
    }
    /// The error as `[class, message, code, props]`: the arguments of the
    /// JavaScript `makeError` hook.
    pub fn to_descriptor(&self) -> Vec<Val> {
        vec![
            Val::from(self.class.js_name()),
            Val::from(self.message.as_str()),
            self.code.clone().map_or(Val::Undefined, Val::String),
            Val::Object(self.props.clone()),
        ]
    }

    /// Adds an own property.
    pub fn with_prop(mut self, name: &str, value: impl Into<Val>) -> OpError {
        self.props.push((name.to_string(), value.into()));
        self
    }
}

/// Why a call did not produce a value: a JS error to throw, or the isolate is
/// being stopped (exit or terminate) and JavaScript must unwind uncatchably.
#[derive(Debug)]
pub(crate) enum Unwind {
    Throw(OpError),
    Stop,
}

/// The arguments and context of one op call.
pub struct OpScope<'a> {
    pub(crate) cx: *mut JSContext,
    pub(crate) args: &'a CallArgs,
    pub(crate) stop: bool,
}

impl OpScope<'_> {
    /// The number of arguments passed.
    pub fn len(&self) -> usize {
        self.args.argc_ as usize
    }

    /// True when no arguments were passed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn arg(&self, i: usize) -> JSVal {
        self.args.get(i as u32).get()
    }

    /// The argument as any owned value (objects other than byte buffers
    /// read as `undefined`).
    pub fn value(&self, i: usize) -> Val {
        // SAFETY: the argument is rooted by the call frame.
        unsafe { from_js(self.cx, self.arg(i)) }
    }

    /// True when argument `i` is a string.
    pub fn is_string(&self, i: usize) -> bool {
        self.arg(i).is_string()
    }

    /// True when argument `i` is missing or `undefined`.
    pub fn is_undefined(&self, i: usize) -> bool {
        self.arg(i).is_undefined()
    }

    /// Argument `i` as a string, or a `TypeError`.
    pub fn string(&self, i: usize) -> Result<String, OpError> {
        let v = self.arg(i);
        if !v.is_string() {
            return Err(
                OpError::type_error(format!("argument {i} must be a string"))
                    .with_code("ERR_INVALID_ARG_TYPE"),
            );
        }
        // SAFETY: a string argument is rooted by the call frame.
        Ok(unsafe { string_to_rust(self.cx, NonNull::new_unchecked(v.to_string())) })
    }

    /// Argument `i` as a number, or a `TypeError`.
    pub fn number(&self, i: usize) -> Result<f64, OpError> {
        let v = self.arg(i);
        if v.is_int32() {
            Ok(v.to_int32() as f64)
        } else if v.is_double() {
            Ok(v.to_double())
        } else {
            Err(
                OpError::type_error(format!("argument {i} must be a number"))
                    .with_code("ERR_INVALID_ARG_TYPE"),
            )
        }
    }

    /// Argument `i` by JavaScript truthiness.
    pub fn truthy(&self, i: usize) -> bool {
        let v = self.arg(i);
        if v.is_boolean() {
            v.to_boolean()
        } else if v.is_int32() {
            v.to_int32() != 0
        } else if v.is_double() {
            let d = v.to_double();
            d != 0.0 && !d.is_nan()
        } else {
            !(v.is_undefined() || v.is_null())
        }
    }

    /// Runs `f` on the UTF-8 encoding of string argument `i`, or raises a
    /// `TypeError`. An ASCII string (the common case) is passed in place,
    /// without a copy. `f` cannot call back into JavaScript.
    pub fn with_utf8<R>(&self, i: usize, f: impl FnOnce(&[u8]) -> R) -> Result<R, OpError> {
        let v = self.arg(i);
        if !v.is_string() {
            return Err(
                OpError::type_error(format!("argument {i} must be a string"))
                    .with_code("ERR_INVALID_ARG_TYPE"),
            );
        }
        // SAFETY: a string argument is rooted by the call frame, and `f`
        // cannot run JavaScript (so cannot move or free the characters).
        Ok(unsafe {
            crate::value::with_string_utf8(self.cx, NonNull::new_unchecked(v.to_string()), f)
        })
    }

    /// Runs `f` on the bytes of argument `i` (an ArrayBuffer or a view), or
    /// raises a `TypeError`. `f` cannot call back into JavaScript.
    pub fn with_bytes<R>(&self, i: usize, f: impl FnOnce(&[u8]) -> R) -> Result<R, OpError> {
        let v = self.arg(i);
        // SAFETY: the object is rooted by the frame and `f` cannot run JS.
        let bytes = v
            .is_object()
            .then(|| unsafe { crate::buffers::view_bytes(v.to_object()) })
            .flatten();
        match bytes {
            Some(bytes) => Ok(f(bytes)),
            None => Err(
                OpError::type_error(format!("argument {i} must be a buffer"))
                    .with_code("ERR_INVALID_ARG_TYPE"),
            ),
        }
    }

    /// Like [`OpScope::with_bytes`], writable.
    pub fn with_bytes_mut<R>(
        &self,
        i: usize,
        f: impl FnOnce(&mut [u8]) -> R,
    ) -> Result<R, OpError> {
        let v = self.arg(i);
        // SAFETY: as in `with_bytes`; only this one slice of the buffer exists.
        let bytes = v
            .is_object()
            .then(|| unsafe { crate::buffers::view_bytes_mut(v.to_object()) })
            .flatten();
        match bytes {
            Some(bytes) => Ok(f(bytes)),
            None => Err(
                OpError::type_error(format!("argument {i} must be a buffer"))
                    .with_code("ERR_INVALID_ARG_TYPE"),
            ),
        }
    }

    /// Serializes argument `value` with the structured clone algorithm,
    /// moving what argument `transfer` (an array, or `undefined`) lists.
    /// A value that cannot be cloned throws node's error (`DataCloneError`).
    pub fn serialize(&mut self, value: usize, transfer: usize) -> Result<Serialized, OpError> {
        // SAFETY: both arguments are rooted by the call frame.
        unsafe {
            crate::clone::serialize(
                self.cx,
                self.args.get(value as u32),
                self.args.get(transfer as u32),
            )
        }
        .ok_or_else(OpError::pending)
    }

    /// Serializes argument `value` into plain bytes another process can
    /// read ([`Serialized::from_portable`]): the structured clone algorithm
    /// without transfers or shared memory.
    pub fn serialize_portable(&mut self, value: usize) -> Result<Vec<u8>, OpError> {
        // SAFETY: the argument is rooted by the call frame.
        unsafe { crate::clone::serialize_portable(self.cx, self.args.get(value as u32)) }
            .ok_or_else(OpError::pending)
    }

    /// Fuzzing only (`--cfg fuzzing`): reads the bytes of argument `i` as a
    /// structured-clone image from another process (see
    /// `clone::read_foreign_bytes`) and serializes what was read again, so
    /// JavaScript can look at it. An image the engine refuses throws.
    #[cfg(fuzzing)]
    pub fn read_foreign_image(&mut self, i: usize) -> Result<Serialized, OpError> {
        let bytes = self.with_bytes(i, |b| b.to_vec())?;
        let cx = self.cx;
        // SAFETY: our context inside the op's realm; values are rooted.
        unsafe {
            rooted!(in(cx) let mut read = mozjs::jsval::UndefinedValue());
            if !crate::clone::read_foreign_bytes(cx, &bytes, read.handle_mut().into()) {
                return Err(OpError::pending());
            }
            rooted!(in(cx) let none = mozjs::jsval::UndefinedValue());
            crate::clone::serialize(cx, read.handle().into(), none.handle().into())
        }
        .ok_or_else(OpError::pending)
    }

    /// Asks the isolate to stop (exit or terminate): once the op returns,
    /// JavaScript unwinds without running `catch` or `finally`.
    pub fn stop_isolate(&mut self) {
        self.stop = true;
    }

    /// Borrows the isolate's host state (set with [`crate::Isolate::set_host`]).
    ///
    /// # Panics
    /// When no host state of type `T` is set, or it is already borrowed
    /// (ops must not be re-entered while borrowing it).
    pub fn host<T: Any, R>(&mut self, f: impl FnOnce(&mut T) -> R) -> R {
        crate::isolate::with_host(f)
    }
}

/// The single native entry point of every op: finds the op from the
/// function's reserved slot, converts its result and errors.
pub(crate) unsafe extern "C" fn op_trampoline(
    cx: *mut JSContext,
    argc: u32,
    vp: *mut Value,
) -> bool {
    // SAFETY: the engine calls us with a valid frame; the callee is the op
    // function we created, whose slot 0 holds a pointer to a 'static Op.
    unsafe {
        let args = CallArgs::from_vp(vp, argc);
        let op = &*((*GetFunctionNativeReserved(args.callee(), 0)).to_private() as *const Op);
        let mut scope = OpScope {
            cx,
            args: &args,
            stop: false,
        };
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (op.func)(&mut scope)));
        let stop = scope.stop;
        let outcome = match result {
            Ok(Ok(val)) if !stop => Ok(val),
            Ok(Ok(_)) => Err(Unwind::Stop),
            Ok(Err(e)) => Err(Unwind::Throw(e)),
            Err(panic) => Err(Unwind::Throw(OpError::error(format!(
                "internal error in {}: {}",
                op.name,
                panic_message(&panic)
            )))),
        };
        match outcome {
            Ok(val) => {
                rooted!(in(cx) let v = to_js_owned(cx, val));
                args.rval().set(v.get());
                !JS_IsExceptionPending(cx)
            }
            Err(Unwind::Stop) => {
                crate::isolate::request_stop();
                false
            }
            Err(Unwind::Throw(e))
                if e.class == ErrorClass::Pending && JS_IsExceptionPending(cx) =>
            {
                false
            }
            Err(Unwind::Throw(e)) => {
                crate::isolate::throw_op_error(cx, &e);
                false
            }
        }
    }
}

fn panic_message(panic: &Box<dyn Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

/// A C string for a property name (names never contain NUL).
pub(crate) fn c_name(name: &str) -> CString {
    CString::new(name).unwrap_or_default()
}
