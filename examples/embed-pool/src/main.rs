//! A Rust program that runs JavaScript tasks on a spindle pool: word
//! counts from async code (tokio), a hash from blocking code, and the
//! errors a task can end with.
//!
//! `cargo run --release -p embed-pool` (from the repository root).

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;
use spindle_runtime::{Pool, PoolError, PoolOptions, RunOptions};

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

fn tasks_file() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/tasks.js")
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let code = match runtime.block_on(run()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    };
    // A program embedding spindle ends with spindle_runtime::exit: the
    // engine's static destructors must not run while runtimes live.
    spindle_runtime::exit(code)
}

async fn run() -> Result<(), PoolError> {
    let mut options = PoolOptions::new(tasks_file());
    options.min_threads = 2;
    options.max_threads = 2;
    let pool = Pool::new(options)?;

    // Async: many tasks in flight at once.
    let lines = ["the cat sat", "the dog sat", "a cat and a dog"];
    let runs = lines.iter().map(|line| pool.run(&Text { text: line }));
    let mut total: BTreeMap<String, u64> = BTreeMap::new();
    for counts in futures_join(runs).await {
        let counts: BTreeMap<String, u64> = counts?;
        for (word, n) in counts {
            *total.entry(word).or_default() += n;
        }
    }
    println!("word counts: {total:?}");

    // Blocking code (here on a blocking thread of tokio's).
    let hash = tokio::task::block_in_place(|| {
        pool.run_blocking_with::<_, String>(&"abc", named("sha256"))
    })?;
    println!("sha256(abc) = {hash}");

    // A task that throws: its error, with class, message and code.
    match pool.run_with::<_, ()>(&"out of range", named("fail")).await {
        Err(PoolError::Threw(e)) => println!("threw: {} {} ({:?})", e.name, e.message, e.code),
        other => println!("unexpected: {other:?}"),
    }

    // A task that never ends: stopped by its timeout, its worker replaced.
    let spin = RunOptions {
        name: Some("spin".into()),
        timeout: Some(Duration::from_millis(50)),
        ..RunOptions::default()
    };
    match pool.run_with::<_, ()>(&(), spin).await {
        Err(PoolError::TimedOut(d)) => println!("timed out after {} ms", d.as_millis()),
        other => println!("unexpected: {other:?}"),
    }
    let after: BTreeMap<String, u64> = pool
        .run(&Text {
            text: "still works",
        })
        .await?;
    println!("after the timeout: {after:?}");
    pool.close(Duration::from_secs(5));
    Ok(())
}

fn named(name: &str) -> RunOptions {
    RunOptions {
        name: Some(name.into()),
        ..RunOptions::default()
    }
}

/// Awaits every future, in order (all run concurrently on the pool).
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let handles: Vec<F> = futures.collect();
    let mut out = Vec::with_capacity(handles.len());
    for f in handles {
        out.push(f.await);
    }
    out
}
