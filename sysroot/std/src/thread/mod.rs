//! Threads: `spawn`, `JoinHandle`, `Builder`, `scope`, `current`, `sleep`, `park`.
//!
//! Each thread has a control block (`ThreadCb`) that its thread pointer register points
//! to (fs on x86_64, tpidr_el0 on AArch64, TPIDRURO on Arm, tp on RISC-V; set by `clone`'s
//! CLONE_SETTLS for new threads and at start-up for the main thread). It holds what std
//! keeps per thread: the `Thread` handle, the panicking flag, thread-local values, and what
//! a panic must report to the joining thread. There is no unwinding: a panicking spawned
//! thread prints its message, hands the payload to its `JoinHandle` and ends, without
//! running the destructors of its stack (std would unwind them).

mod local;
mod scoped;

pub use local::{AccessError, LocalKey};
pub use scoped::{scope, Scope, ScopedJoinHandle};

use crate::any::Any;
use crate::boxed::Box;
use crate::fmt;
use crate::string::String;
use crate::sync::Arc;
use crate::sys;
use crate::time::Duration;
use crate::vec::Vec;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// A thread's result: the value its closure returned, or its panic's payload.
pub type Result<T> = core::result::Result<T, Box<dyn Any + Send + 'static>>;

/// What the thread pointer points to. The first word is the block's own address (x86_64
/// reads the thread pointer as `fs:[0]`).
#[repr(C)]
pub(crate) struct ThreadCb {
    self_addr: usize,
    thread: Option<Thread>,
    panicking: bool,
    /// The thread's body, taken when it starts.
    main: Option<Box<dyn FnOnce()>>,
    /// Where a panic's payload goes (spawned threads only).
    on_panic: Option<Box<dyn FnOnce(Box<dyn Any + Send>)>>,
    /// Thread-local values: (key address, value box, destructor).
    pub(crate) locals: Vec<(usize, *mut u8, unsafe fn(*mut u8))>,
    /// Mutexes this thread holds (futex words), poisoned and released if it panics.
    pub(crate) held: Vec<usize>,
}

static mut MAIN_CB: ThreadCb = ThreadCb {
    self_addr: 0,
    thread: None,
    panicking: false,
    main: None,
    on_panic: None,
    locals: Vec::new(),
    held: Vec::new(),
};

/// Makes the main thread's control block current (called once by the start-up code).
pub(crate) fn init_main() {
    unsafe {
        let p = &raw mut MAIN_CB as usize;
        MAIN_CB.self_addr = p;
        sys::thread::set_main_cb(p);
    }
}

pub(crate) fn cb() -> &'static mut ThreadCb {
    let p = sys::thread::current_cb();
    unsafe {
        if p == 0 {
            init_main();
            return &mut *(&raw mut MAIN_CB);
        }
        &mut *(p as *mut ThreadCb)
    }
}

/// A thread's identity, unique for the life of the process (the main thread's is 1).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ThreadId(u64);

impl ThreadId {
    fn new() -> ThreadId {
        static NEXT: AtomicUsize = AtomicUsize::new(2);
        ThreadId(NEXT.fetch_add(1, Ordering::Relaxed) as u64)
    }
}

impl fmt::Debug for ThreadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ThreadId").field(&self.0).finish()
    }
}

struct Inner {
    name: Option<String>,
    id: ThreadId,
    /// 0: no token, 1: token available (unpark before park), 2: parked.
    parker: AtomicU32,
}

/// A handle to a thread: its name and id, and `unpark`.
#[derive(Clone)]
pub struct Thread {
    inner: Arc<Inner>,
}

impl Thread {
    fn new(id: ThreadId, name: Option<String>) -> Thread {
        Thread { inner: Arc::new(Inner { name, id, parker: AtomicU32::new(0) }) }
    }

    pub fn id(&self) -> ThreadId {
        self.inner.id
    }

    /// The thread's name: the main thread is "main", spawned threads have the name given
    /// to their `Builder`, if any.
    pub fn name(&self) -> Option<&str> {
        match &self.inner.name {
            Some(n) => Some(n.as_str()),
            None => None,
        }
    }

    /// Wakes the thread if it is parked, or lets its next `park` return at once.
    pub fn unpark(&self) {
        if self.inner.parker.swap(1, Ordering::Release) == 2 {
            sys::thread::futex_wake(&self.inner.parker, 1);
        }
    }

    fn park(&self) {
        let p = &self.inner.parker;
        // Consume a token if there is one.
        if p.compare_exchange(1, 0, Ordering::Acquire, Ordering::Relaxed).is_ok() {
            return;
        }
        if p.compare_exchange(0, 2, Ordering::Acquire, Ordering::Relaxed).is_err() {
            p.store(0, Ordering::Relaxed);
            return;
        }
        loop {
            sys::thread::futex_wait(p, 2);
            if p.compare_exchange(1, 0, Ordering::Acquire, Ordering::Relaxed).is_ok() {
                return;
            }
            if !sys::thread::SUPPORTED {
                // Nothing can unpark the only thread: a spurious wakeup, as std allows.
                p.store(0, Ordering::Relaxed);
                return;
            }
        }
    }
}

impl fmt::Debug for Thread {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Thread").field("id", &self.id()).field("name", &self.name()).finish_non_exhaustive()
    }
}

/// The calling thread's handle.
pub fn current() -> Thread {
    let cb = cb();
    if cb.thread.is_none() {
        // The main thread's handle is made on first use.
        cb.thread = Some(Thread::new(ThreadId(1), Some(String::from("main"))));
    }
    cb.thread.as_ref().unwrap().clone()
}

/// The name a panic message shows: the thread's name, or `<unnamed>`.
pub(crate) fn name_for_panic() -> String {
    let t = current();
    match t.name() {
        Some(n) => String::from(n),
        None => String::from("<unnamed>"),
    }
}

/// Whether the calling thread is panicking.
pub fn panicking() -> bool {
    cb().panicking
}

/// Marks the calling thread as panicking and returns whether it was already.
pub(crate) fn begin_panic() -> bool {
    let cb = cb();
    let was = cb.panicking;
    cb.panicking = true;
    was
}

/// Ends a panicking thread: the main thread (or one without a `JoinHandle` packet) ends
/// the process with status 101; a spawned thread releases (and poisons) the mutexes it
/// holds, gives its payload to its `JoinHandle`, and exits alone.
pub(crate) fn exit_after_panic(payload: Box<dyn Any + Send>) -> ! {
    let cb = cb();
    match cb.on_panic.take() {
        None => crate::process::exit(101),
        Some(report) => {
            let held = core::mem::take(&mut cb.held);
            for word in held {
                crate::sync::poison_and_release(word);
            }
            report(payload);
            sys::thread::exit_thread()
        }
    }
}

/// Blocks until another thread `unpark`s this one (spurious wakeups are possible).
pub fn park() {
    current().park();
}

pub fn sleep(dur: Duration) {
    sys::thread::sleep(dur.as_secs(), dur.subsec_nanos());
}

pub fn sleep_ms(ms: u32) {
    sys::thread::sleep((ms / 1000) as u64, (ms % 1000) * 1_000_000);
}

pub fn yield_now() {
    sys::thread::yield_now();
}

/// How many threads can usefully run at once (the CPUs this process may use).
pub fn available_parallelism() -> crate::io::Result<core::num::NonZeroUsize> {
    if !sys::thread::SUPPORTED {
        return Err(crate::io::Error::unsupported());
    }
    Ok(core::num::NonZeroUsize::new(sys::thread::available_parallelism()).unwrap())
}

/// Where a thread's result goes; shared by the thread and its handle.
struct Packet<T> {
    result: UnsafeCell<Option<Result<T>>>,
    scope: Option<Arc<scoped::ScopeData>>,
}

impl<T> Packet<T> {
    fn finish(&self, r: Result<T>) {
        let panicked = r.is_err();
        unsafe {
            *self.result.get() = Some(r);
        }
        if let Some(scope) = &self.scope {
            scope.decrement_num_running_threads(panicked);
        }
    }
}

struct JoinInner<T> {
    native: Option<sys::thread::Native>,
    thread: Thread,
    packet: Arc<Packet<T>>,
}

impl<T> JoinInner<T> {
    fn join(mut self) -> Result<T> {
        sys::thread::join(self.native.take().unwrap());
        unsafe { (*self.packet.result.get()).take().unwrap() }
    }
}

impl<T> Drop for JoinInner<T> {
    fn drop(&mut self) {
        if let Some(n) = self.native.take() {
            sys::thread::detach(n);
        }
    }
}

/// Owns a spawned thread: `join` waits for it and gives its result.
pub struct JoinHandle<T>(JoinInner<T>);

impl<T> JoinHandle<T> {
    /// Waits for the thread to finish: `Ok` with its closure's value, or `Err` with the
    /// payload of its panic.
    pub fn join(self) -> Result<T> {
        let JoinHandle(inner) = self;
        inner.join()
    }

    pub fn thread(&self) -> &Thread {
        &self.0.thread
    }

    /// Whether the thread's closure has finished (returned or panicked).
    pub fn is_finished(&self) -> bool {
        unsafe { (*self.0.packet.result.get()).is_some() }
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JoinHandle").finish_non_exhaustive()
    }
}

/// Sets up a new thread's name and stack size before spawning it.
#[derive(Debug)]
pub struct Builder {
    name: Option<String>,
    stack_size: Option<usize>,
}

const DEFAULT_STACK: usize = 2 * 1024 * 1024;

impl Builder {
    pub fn new() -> Builder {
        Builder { name: None, stack_size: None }
    }

    pub fn name(self, name: String) -> Builder {
        Builder { name: Some(name), stack_size: self.stack_size }
    }

    pub fn stack_size(self, size: usize) -> Builder {
        Builder { name: self.name, stack_size: Some(size) }
    }

    pub fn spawn<F, T>(self, f: F) -> crate::io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        unsafe { self.spawn_unchecked(f) }
    }

    /// `spawn` without the `'static` bounds: the caller keeps borrowed data alive until the
    /// thread is joined (as `scope` does).
    pub unsafe fn spawn_unchecked<F, T>(self, f: F) -> crate::io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T + Send,
        T: Send,
    {
        Ok(JoinHandle(self.spawn_inner(f, None)?))
    }

    unsafe fn spawn_inner<F, T>(self, f: F, scope: Option<Arc<scoped::ScopeData>>) -> crate::io::Result<JoinInner<T>>
    where
        F: FnOnce() -> T + Send,
        T: Send,
    {
        if !sys::thread::SUPPORTED {
            return Err(crate::io::Error::unsupported());
        }
        let thread = Thread::new(ThreadId::new(), self.name);
        let packet: Arc<Packet<T>> = Arc::new(Packet { result: UnsafeCell::new(None), scope });
        if let Some(s) = &packet.scope {
            s.increment_num_running_threads();
        }
        let their_packet = packet.clone();
        let panic_packet = packet.clone();
        let body: Box<dyn FnOnce() + '_> = Box::new(move || {
            let r = f();
            their_packet.finish(Ok(r));
        });
        let on_panic: Box<dyn FnOnce(Box<dyn Any + Send>) + '_> = Box::new(move |payload: Box<dyn Any + Send>| {
            panic_packet.finish(Err(payload));
        });
        // The closures may borrow (scoped threads): their lifetimes are the caller's
        // promise, erased here as std erases them.
        let body: Box<dyn FnOnce()> = core::intrinsics::transmute(body);
        let on_panic: Box<dyn FnOnce(Box<dyn Any + Send>)> = core::intrinsics::transmute(on_panic);
        let cb = Box::into_raw(Box::new(ThreadCb {
            self_addr: 0,
            thread: Some(thread.clone()),
            panicking: false,
            main: Some(body),
            on_panic: Some(on_panic),
            locals: Vec::new(),
            held: Vec::new(),
        }));
        (*cb).self_addr = cb as usize;
        let stack = match self.stack_size {
            Some(s) => s,
            None => DEFAULT_STACK,
        };
        match sys::thread::spawn(stack, cb as usize, thread_start, cb as usize) {
            Ok(native) => Ok(JoinInner { native: Some(native), thread, packet }),
            Err(code) => {
                drop(Box::from_raw(cb));
                if let Some(s) = &packet.scope {
                    s.decrement_num_running_threads(false);
                }
                Err(crate::io::Error::from_raw_os_error(code))
            }
        }
    }
}

/// A new thread's first Rust code: runs its body, then its thread-local destructors, and
/// exits (the control block is freed first; nothing reads it afterwards).
extern "C" fn thread_start(cb_addr: usize) -> ! {
    let cb = unsafe { &mut *(cb_addr as *mut ThreadCb) };
    let main = cb.main.take().unwrap();
    main();
    local::run_destructors();
    cb.on_panic = None;
    unsafe {
        drop(Box::from_raw(cb_addr as *mut ThreadCb));
    }
    sys::thread::exit_thread()
}

/// Runs `f` on a new thread; panics if the thread cannot be created (as std does, with
/// "failed to spawn thread").
pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    Builder::new().spawn(f).expect("failed to spawn thread")
}
