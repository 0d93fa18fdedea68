//! Scoped threads: `scope(|s| { s.spawn(|| ...); })` may borrow from the caller, because
//! `scope` returns only after every thread spawned in it has finished.

use super::{current, Builder, JoinInner, Result, Thread};
use crate::sync::Arc;
use core::marker::PhantomData;
use core::sync::atomic::{AtomicUsize, Ordering};

pub(crate) struct ScopeData {
    num_running_threads: AtomicUsize,
    /// Threads that panicked and whose handles have not joined them.
    unjoined_panics: AtomicUsize,
    main_thread: Thread,
}

impl ScopeData {
    pub(crate) fn increment_num_running_threads(&self) {
        self.num_running_threads.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn decrement_num_running_threads(&self, panic: bool) {
        if panic {
            self.unjoined_panics.fetch_add(1, Ordering::Relaxed);
        }
        if self.num_running_threads.fetch_sub(1, Ordering::Release) == 1 {
            self.main_thread.unpark();
        }
    }
}

/// The scope threads are spawned in (the `s` of `scope(|s| ..)`).
pub struct Scope<'scope, 'env: 'scope> {
    data: Arc<ScopeData>,
    scope: PhantomData<&'scope mut &'scope ()>,
    env: PhantomData<&'env mut &'env ()>,
}

/// Owns a scoped thread: `join` waits for it and gives its result.
pub struct ScopedJoinHandle<'scope, T>(JoinInner<T>, PhantomData<&'scope ()>);

/// Runs `f` with a scope for spawning threads that may borrow from the caller's stack,
/// and waits for all of them before returning. Panics if one of the threads panicked and
/// was not joined, as std does.
pub fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T,
{
    let scope = Scope {
        data: Arc::new(ScopeData {
            num_running_threads: AtomicUsize::new(0),
            unjoined_panics: AtomicUsize::new(0),
            main_thread: current(),
        }),
        env: PhantomData,
        scope: PhantomData,
    };
    let result = f(&scope);
    while scope.data.num_running_threads.load(Ordering::Acquire) != 0 {
        super::park();
    }
    if scope.data.unjoined_panics.load(Ordering::Relaxed) != 0 {
        panic!("a scoped thread panicked");
    }
    result
}

impl<'scope, 'env> Scope<'scope, 'env> {
    /// Spawns a thread that may borrow anything that outlives the scope.
    pub fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>
    where
        F: FnOnce() -> T + Send + 'scope,
        T: Send + 'scope,
    {
        Builder::new().spawn_scoped(self, f).expect("failed to spawn thread")
    }
}

impl Builder {
    pub fn spawn_scoped<'scope, 'env, F, T>(self, scope: &'scope Scope<'scope, 'env>, f: F) -> crate::io::Result<ScopedJoinHandle<'scope, T>>
    where
        F: FnOnce() -> T + Send + 'scope,
        T: Send + 'scope,
    {
        let inner = unsafe { self.spawn_inner(f, Some(scope.data.clone()))? };
        Ok(ScopedJoinHandle(inner, PhantomData))
    }
}

impl<'scope, T> ScopedJoinHandle<'scope, T> {
    pub fn thread(&self) -> &Thread {
        &self.0.thread
    }

    /// Waits for the thread: `Ok` with its value, or `Err` with its panic's payload (a
    /// joined panic does not make `scope` panic).
    pub fn join(self) -> Result<T> {
        let ScopedJoinHandle(inner, _) = self;
        let packet = inner.packet.clone();
        let r = inner.join();
        if r.is_err() {
            if let Some(s) = &packet.scope {
                s.unjoined_panics.fetch_sub(1, Ordering::Relaxed);
            }
        }
        r
    }

    pub fn is_finished(&self) -> bool {
        unsafe { (*self.0.packet.result.get()).is_some() }
    }
}
