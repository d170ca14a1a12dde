//! `spindle`: the command line. Parses arguments and hands over to the
//! runtime; nothing else lives here.

mod cpu_features;

use std::path::PathBuf;

use clap::{Arg, ArgAction, Command};
use spindle_runtime::{run_main, Entry, MainOptions};

fn command() -> Command {
    Command::new("spindle")
        .version(concat!("v", env!("CARGO_PKG_VERSION")))
        .about("Run Node-style JavaScript programs on SpiderMonkey, with cheap worker threads.")
        .override_usage("spindle [options] [script.js] [arguments]\n       spindle -e CODE\n       spindle -p CODE")
        .arg(Arg::new("eval").short('e').long("eval").value_name("CODE").help("evaluate CODE as a CommonJS script"))
        .arg(Arg::new("print").short('p').long("print").value_name("CODE").help("evaluate CODE and print the result"))
        .arg(
            Arg::new("expose-gc")
                .long("expose-gc")
                .action(ArgAction::SetTrue)
                .help("define the global gc() function (as node's --expose-gc)"),
        )
        .arg(
            Arg::new("async-stack-traces")
                .long("async-stack-traces")
                .action(ArgAction::SetTrue)
                .help("show `at async` frames in stack traces (slower promises)"),
        )
        .arg(Arg::new("script").value_name("FILE").help("the program to run"))
        .arg(
            Arg::new("args")
                .value_name("ARGS")
                .action(ArgAction::Append)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .num_args(0..)
                .help("arguments for the program (process.argv.slice(2))"),
        )
}

fn main() {
    let matches = command().get_matches();
    // SAFETY: nothing has started a thread yet (argument parsing does not).
    // A failure shows up, reported, when the runtime makes its first isolate.
    let _ = unsafe { spindle_runtime::init_engine_single_threaded() };
    let mut args: Vec<String> = matches
        .get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let script = matches.get_one::<String>("script").cloned();
    let entry = if let Some(code) = matches.get_one::<String>("print") {
        args.splice(0..0, script);
        Entry::Eval {
            code: code.clone(),
            print: true,
        }
    } else if let Some(code) = matches.get_one::<String>("eval") {
        args.splice(0..0, script);
        Entry::Eval {
            code: code.clone(),
            print: false,
        }
    } else if let Some(script) = script {
        Entry::File(PathBuf::from(script))
    } else {
        eprintln!(
            "spindle: a script, -e CODE or -p CODE is required (the REPL is not supported)\n\n{}",
            command().render_usage()
        );
        exit_now(9);
    };
    let mut exec_args = Vec::new();
    for flag in ["expose-gc", "async-stack-traces"] {
        if matches.get_flag(flag) {
            exec_args.push(format!("--{flag}"));
        }
    }
    let code = run_main(MainOptions {
        entry,
        args,
        exec_args,
    });
    exit_now(code);
}

/// Ends the process (see [`spindle_runtime::exit`]).
fn exit_now(code: i32) -> ! {
    spindle_runtime::exit(code)
}
