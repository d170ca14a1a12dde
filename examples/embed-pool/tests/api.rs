//! The Rust embedding API, case by case: results, every way a task can
//! fail, the queue limit, recycling, concurrency, close and destroy. Each
//! case is a function; main runs them all and ends the process with
//! spindle_runtime::exit (the engine's static destructors must not run).

use std::collections::HashSet;
use std::time::Duration;

use spindle_runtime::{Pool, PoolError, PoolOptions, RunOptions};

fn options() -> PoolOptions {
    let mut o = PoolOptions::new(concat!(env!("CARGO_MANIFEST_DIR"), "/js/faults.js"));
    o.min_threads = 1;
    o.max_threads = 2;
    o
}

fn named(name: &str) -> RunOptions {
    RunOptions {
        name: Some(name.into()),
        ..RunOptions::default()
    }
}

fn results_and_worker_data() {
    let mut o = options();
    o.worker_data = serde_json::json!({ "answer": 42 });
    let pool = Pool::new(o).unwrap();
    assert_eq!(pool.run_blocking::<_, i64>(&21).unwrap(), 42);
    let data: serde_json::Value = pool.run_blocking_with(&(), named("data")).unwrap();
    assert_eq!(data, serde_json::json!({ "answer": 42 }));
    let err = pool
        .run_blocking_with::<_, ()>(&(), named("throwString"))
        .unwrap_err();
    assert!(
        matches!(err, PoolError::Threw(ref e) if e.message == "Uncaught \"plain\""),
        "{err:?}"
    );
}

fn exit_and_out_of_memory_fail_the_task_and_the_pool_goes_on() {
    let mut o = options();
    o.max_old_generation_size_mb = Some(16.0);
    let pool = Pool::new(o).unwrap();
    let err = pool
        .run_blocking_with::<_, ()>(&7, named("exit"))
        .unwrap_err();
    assert_eq!(err, PoolError::WorkerExited(7));
    let err = pool
        .run_blocking_with::<_, ()>(&(), named("grow"))
        .unwrap_err();
    assert_eq!(err, PoolError::OutOfMemory);
    // An error thrown outside the handler ends the worker; its text comes back.
    let err = pool
        .run_blocking_with::<_, ()>(&(), named("uncaught"))
        .unwrap_err();
    assert!(
        matches!(err, PoolError::WorkerFailed(ref text) if text.starts_with("uncaught TypeError: from a timer")),
        "{err:?}"
    );
    assert_eq!(pool.run_blocking::<_, i64>(&1).unwrap(), 2);
}

fn timeouts_stop_busy_workers() {
    let mut o = options();
    o.task_timeout = Some(Duration::from_millis(30));
    let pool = Pool::new(o).unwrap();
    let err = pool
        .run_blocking_with::<_, u64>(&1000, named("slow"))
        .unwrap_err();
    assert_eq!(err, PoolError::TimedOut(Duration::from_millis(30)));
    let quick = RunOptions {
        timeout: Some(Duration::from_secs(5)),
        ..named("slow")
    };
    assert_eq!(pool.run_blocking_with::<_, u64>(&5, quick).unwrap(), 5);
}

fn the_queue_limit_refuses_tasks() {
    let mut o = options();
    o.max_threads = 1;
    o.max_queue = Some(2);
    let pool = Pool::new(o).unwrap();
    let mut pending: Vec<_> = (0..3)
        .map(|_| pool.run_with::<_, u64>(&50, named("slow")))
        .collect();
    let refused = pool.run_with::<_, u64>(&50, named("slow"));
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    assert_eq!(rt.block_on(refused).unwrap_err(), PoolError::QueueFull);
    for run in pending.drain(..) {
        assert_eq!(rt.block_on(run).unwrap(), 50);
    }
}

fn workers_are_recycled_after_max_tasks() {
    let mut o = options();
    o.max_threads = 1;
    o.max_tasks_per_worker = Some(2);
    let pool = Pool::new(o).unwrap();
    let ids: HashSet<u64> = (0..6)
        .map(|_| {
            pool.run_blocking_with::<_, u64>(&(), named("threadId"))
                .unwrap()
        })
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
}

fn concurrent_tasks_share_a_worker() {
    let mut o = options();
    o.max_threads = 1;
    o.concurrent_tasks_per_worker = 8;
    let pool = Pool::new(o).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let runs: Vec<_> = (0..8)
        .map(|_| pool.run_with::<_, u64>(&100, named("slow")))
        .collect();
    for run in runs {
        assert_eq!(rt.block_on(run).unwrap(), 100);
    }
    // Eight 100 ms sleeps on one worker overlap: far less than 800 ms.
    assert!(
        started.elapsed() < Duration::from_millis(600),
        "{:?}",
        started.elapsed()
    );
}

fn destroy_fails_queued_and_running_tasks() {
    let mut o = options();
    o.max_threads = 1;
    let pool = Pool::new(o).unwrap();
    let runs: Vec<_> = (0..3)
        .map(|_| pool.run_with::<_, u64>(&10_000, named("slow")))
        .collect();
    std::thread::sleep(Duration::from_millis(50));
    pool.destroy();
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    for run in runs {
        assert_eq!(rt.block_on(run).unwrap_err(), PoolError::Terminated);
    }
    assert_eq!(
        pool.run_blocking::<_, i64>(&1).unwrap_err(),
        PoolError::Closed
    );
}

fn close_waits_for_running_tasks() {
    let pool = Pool::new(options()).unwrap();
    let run = pool.run_with::<_, u64>(&100, named("slow"));
    assert!(pool.close(Duration::from_secs(5)));
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    assert_eq!(rt.block_on(run).unwrap(), 100);
}

fn main() {
    let cases: &[(&str, fn())] = &[
        ("results_and_worker_data", results_and_worker_data),
        (
            "exit_and_out_of_memory",
            exit_and_out_of_memory_fail_the_task_and_the_pool_goes_on,
        ),
        ("timeouts_stop_busy_workers", timeouts_stop_busy_workers),
        (
            "the_queue_limit_refuses_tasks",
            the_queue_limit_refuses_tasks,
        ),
        (
            "workers_are_recycled_after_max_tasks",
            workers_are_recycled_after_max_tasks,
        ),
        (
            "concurrent_tasks_share_a_worker",
            concurrent_tasks_share_a_worker,
        ),
        (
            "destroy_fails_queued_and_running_tasks",
            destroy_fails_queued_and_running_tasks,
        ),
        (
            "close_waits_for_running_tasks",
            close_waits_for_running_tasks,
        ),
    ];
    let mut failed = 0;
    for (name, case) in cases {
        match std::panic::catch_unwind(case) {
            Ok(()) => println!("test {name} ... ok"),
            Err(_) => {
                println!("test {name} ... FAILED");
                failed += 1;
            }
        }
    }
    println!("{} passed, {failed} failed", cases.len() - failed);
    spindle_runtime::exit(if failed == 0 { 0 } else { 101 });
}
