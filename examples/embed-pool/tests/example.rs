//! Runs the example program and checks what it prints.

#[test]
fn example_prints_results_errors_and_timeouts() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_embed-pool"))
        .output()
        .expect("the example runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "exit {:?}\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = [
        r#"word counts: {"a": 2, "and": 1, "cat": 2, "dog": 2, "sat": 2, "the": 2}"#,
        "sha256(abc) = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        r#"threw: RangeError out of range (Some("ERR_EXAMPLE"))"#,
        "timed out after 50 ms",
        r#"after the timeout: {"still": 1, "works": 1}"#,
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}
