//! Running one command with a time limit, capturing its output, and cleaning
//! up everything it started.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How a command ended.
#[derive(Debug)]
pub enum Ending {
    /// It exited (or was killed by a signal) on its own.
    Exited(ExitStatus),
    /// It ran past the time limit and was killed.
    TimedOut,
}

/// What a command printed and how it ended.
#[derive(Debug)]
pub struct Output {
    /// How the command ended.
    pub ending: Ending,
    /// Its standard output, lossily decoded.
    pub stdout: String,
    /// Its standard error, lossily decoded.
    pub stderr: String,
}

/// How long to wait for the output pipes to close after the process exits
/// before its leftover children are killed.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// Runs `cmd` with stdin closed and stdout/stderr captured, in a process group
/// of its own, and kills the whole group when it runs longer than `limit`.
/// Processes it left behind (forked children, cluster workers) are killed
/// with the group once it has exited, so a benchmark can never hang the run.
pub fn run(cmd: &mut Command, limit: Duration) -> std::io::Result<Output> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = cmd.spawn()?;
    let pgid = child.id();

    let (pipe_tx, pipe_rx) = mpsc::channel::<(bool, Vec<u8>)>();
    let mut readers = 0;
    if let Some(out) = child.stdout.take() {
        spawn_reader(out, true, pipe_tx.clone());
        readers += 1;
    }
    if let Some(err) = child.stderr.take() {
        spawn_reader(err, false, pipe_tx.clone());
        readers += 1;
    }
    drop(pipe_tx);

    let (exit_tx, exit_rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = exit_tx.send(child.wait());
    });
    let ending = match exit_rx.recv_timeout(limit) {
        Ok(status) => Ending::Exited(status?),
        Err(_) => {
            kill_group(pgid);
            // The wait returns as soon as the kill lands.
            let _ = exit_rx.recv_timeout(Duration::from_secs(5));
            Ending::TimedOut
        }
    };

    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let mut killed = matches!(ending, Ending::TimedOut);
    let mut deadline = Instant::now() + PIPE_GRACE;
    while readers > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        match pipe_rx.recv_timeout(wait) {
            Ok((is_stdout, bytes)) => {
                if is_stdout { &mut stdout } else { &mut stderr }.extend(bytes);
                readers -= 1;
            }
            // Something the command started still holds a pipe open.
            Err(_) if !killed => {
                kill_group(pgid);
                killed = true;
                deadline = Instant::now() + PIPE_GRACE;
            }
            Err(_) => break,
        }
    }
    // Leftovers that do not hold the pipes (the group is empty otherwise, and
    // a group id is not reused while any member lives).
    if !killed {
        kill_group(pgid);
    }
    Ok(Output {
        ending,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

fn spawn_reader(
    mut pipe: impl Read + Send + 'static,
    is_stdout: bool,
    tx: mpsc::Sender<(bool, Vec<u8>)>,
) {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = tx.send((is_stdout, buf));
    });
}

/// Sends SIGKILL to every process in group `pgid` (std has no `killpg`, so
/// this asks the `kill` command, or the shell's built-in one).
fn kill_group(pgid: u32) {
    let target = format!("-{pgid}");
    let quiet = |c: &mut Command| {
        c.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
    };
    if quiet(Command::new("kill").args(["-s", "KILL", "--", &target])).is_err() {
        let _ = quiet(Command::new("sh").args(["-c", &format!("kill -9 {target}")]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_and_status() {
        let out = run(
            Command::new("sh").args(["-c", "echo out; echo err >&2; exit 3"]),
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(out.stdout, "out\n");
        assert_eq!(out.stderr, "err\n");
        match out.ending {
            Ending::Exited(s) => assert_eq!(s.code(), Some(3)),
            Ending::TimedOut => panic!("timed out"),
        }
    }

    #[test]
    fn kills_what_runs_too_long_with_its_children() {
        let start = Instant::now();
        // The background child keeps stdout open: it must be killed too.
        let out = run(
            Command::new("sh").args(["-c", "echo partial; sleep 30 & sleep 30"]),
            Duration::from_millis(300),
        )
        .unwrap();
        assert!(matches!(out.ending, Ending::TimedOut));
        assert_eq!(out.stdout, "partial\n");
        assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn does_not_wait_for_leftover_children() {
        let start = Instant::now();
        let out = run(
            Command::new("sh").args(["-c", "sleep 30 & echo done"]),
            Duration::from_secs(20),
        )
        .unwrap();
        assert!(matches!(out.ending, Ending::Exited(s) if s.success()));
        assert_eq!(out.stdout, "done\n");
        assert!(start.elapsed() < Duration::from_secs(10));
    }
}
