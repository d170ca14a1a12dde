//! The markdown tables and the `--json` document.

use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::json::{write_number, write_string};
use crate::stats::{format_ratio, format_value, utc_from_unix};
use crate::{BenchResult, Outcome, Runtime};

/// The machine the benchmarks ran on.
#[derive(Debug, Clone)]
pub struct Machine {
    /// Logical CPUs available to this process.
    pub nproc: usize,
    /// The first `model name` of `/proc/cpuinfo`, or `unknown CPU`.
    pub cpu: String,
    /// When the run started, `YYYY-MM-DD HH:MM UTC`.
    pub date: String,
}

impl Machine {
    /// Reads the CPU count, CPU model and current date.
    pub fn detect() -> Machine {
        let nproc = std::thread::available_parallelism().map_or(1, |n| n.get());
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|s| {
                s.lines()
                    .filter_map(|l| l.split_once(':'))
                    .find(|(k, _)| k.trim() == "model name")
                    .map(|(_, v)| v.split_whitespace().collect::<Vec<_>>().join(" "))
            })
            .unwrap_or_else(|| "unknown CPU".into());
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let (y, mo, d, h, mi) = utc_from_unix(secs);
        let date = format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC");
        Machine { nproc, cpu, date }
    }
}

/// The column title of a runtime: its version when that names it
/// (`spindle v0.1.0`), else name and version (`node v20.20.2`).
fn runtime_label(rt: &Runtime) -> String {
    if rt.version == "?" {
        rt.name.clone()
    } else if rt.version.starts_with(&rt.name) {
        rt.version.clone()
    } else {
        format!("{} {}", rt.name, rt.version)
    }
}

/// Whether the table gets a spindle/node ratio column: the indexes of the
/// `spindle` and `node` runtimes.
fn ratio_columns(runtimes: &[Runtime]) -> Option<(usize, usize)> {
    let s = runtimes.iter().position(|r| r.name == "spindle")?;
    let n = runtimes.iter().position(|r| r.name == "node")?;
    Some((s, n))
}

/// The lines above the tables: machine, date, runtimes and run count.
pub fn markdown_header(machine: &Machine, runtimes: &[Runtime], runs: usize) -> String {
    let labels: Vec<String> = runtimes.iter().map(runtime_label).collect();
    format!(
        "Machine: {}, nproc {}; {}.\n\nRuntimes: {}; median of {runs} runs each.\n\n",
        machine.cpu,
        machine.nproc,
        machine.date,
        labels.join(", ")
    )
}

/// The table of one benchmark: a row per metric, a column per runtime, the
/// ratio column, and a line per failed runtime under it.
pub fn markdown_table(result: &BenchResult, runtimes: &[Runtime]) -> String {
    let ratio = ratio_columns(runtimes);
    let mut out = format!("### {}\n\n| metric |", result.name);
    for rt in runtimes {
        let _ = write!(out, " {} |", rt.name);
    }
    if ratio.is_some() {
        out.push_str(" spindle/node¹ |");
    }
    out.push_str("\n|---|");
    for _ in 0..runtimes.len() + usize::from(ratio.is_some()) {
        out.push_str("--:|");
    }
    out.push('\n');

    // Every metric any runtime reported, in first-seen order.
    let mut metrics: Vec<&str> = Vec::new();
    for outcome in &result.outcomes {
        if let Outcome::Measured(m) = outcome {
            for (k, _) in m {
                if !metrics.contains(&k.as_str()) {
                    metrics.push(k);
                }
            }
        }
    }
    let value = |i: usize, metric: &str| match &result.outcomes[i] {
        Outcome::Measured(m) => m.iter().find(|(k, _)| k == metric).map(|(_, x)| *x),
        Outcome::Failed(_) => None,
    };
    let cell = |i: usize, metric: &str| match (&result.outcomes[i], value(i, metric)) {
        (Outcome::Failed(_), _) => "failed".to_string(),
        (_, Some(x)) => format_value(x),
        (_, None) => "—".to_string(),
    };
    if metrics.is_empty() {
        out.push_str("| — |");
        for i in 0..runtimes.len() {
            let _ = write!(out, " {} |", cell(i, ""));
        }
        if ratio.is_some() {
            out.push_str(" — |");
        }
        out.push('\n');
    }
    for metric in &metrics {
        let _ = write!(out, "| `{metric}` |");
        for i in 0..runtimes.len() {
            let _ = write!(out, " {} |", cell(i, metric));
        }
        if let Some((s, n)) = ratio {
            let r = match (value(s, metric), value(n, metric)) {
                (Some(a), Some(b)) if b != 0.0 => format_ratio(a / b),
                _ => "—".into(),
            };
            let _ = write!(out, " {r} |");
        }
        out.push('\n');
    }
    let mut failures = String::new();
    for (rt, outcome) in runtimes.iter().zip(&result.outcomes) {
        if let Outcome::Failed(why) = outcome {
            let _ = writeln!(failures, "- {} failed: {}", rt.name, why.replace('\n', " "));
        }
    }
    if !failures.is_empty() {
        out.push('\n');
        out.push_str(&failures);
    }
    out.push('\n');
    out
}

/// The footnote under the tables.
pub fn markdown_footer(runtimes: &[Runtime]) -> String {
    if ratio_columns(runtimes).is_none() {
        return String::new();
    }
    "¹ The plain ratio of the two medians, whichever way the metric goes: \
     below 1 means spindle is faster for times (`*_ms`, `us_per_*`) but slower \
     for rates (`*_per_s`); fields that are parameters (`n`, `workers`) or \
     checksums come out at 1.\n"
        .into()
}

/// Everything as one JSON document: machine, runtimes, and per benchmark
/// the medians (or the failure) under each runtime.
pub fn json(
    machine: &Machine,
    runtimes: &[Runtime],
    runs: usize,
    results: &[BenchResult],
) -> String {
    let mut o = String::from("{\"machine\":{\"nproc\":");
    let _ = write!(o, "{},\"cpu\":", machine.nproc);
    write_string(&mut o, &machine.cpu);
    o.push_str(",\"date\":");
    write_string(&mut o, &machine.date);
    let _ = write!(o, "}},\"runs\":{runs},\"runtimes\":[");
    for (i, rt) in runtimes.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push_str("{\"name\":");
        write_string(&mut o, &rt.name);
        o.push_str(",\"path\":");
        write_string(&mut o, &rt.program.to_string_lossy());
        o.push_str(",\"version\":");
        write_string(&mut o, &rt.version);
        o.push('}');
    }
    o.push_str("],\"benchmarks\":[");
    for (i, r) in results.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push_str("{\"name\":");
        write_string(&mut o, &r.name);
        o.push_str(",\"file\":");
        write_string(&mut o, &r.path.to_string_lossy());
        o.push_str(",\"results\":{");
        for (j, (rt, outcome)) in runtimes.iter().zip(&r.outcomes).enumerate() {
            if j > 0 {
                o.push(',');
            }
            write_string(&mut o, &rt.name);
            o.push(':');
            match outcome {
                Outcome::Failed(why) => {
                    o.push_str("{\"failed\":");
                    write_string(&mut o, why);
                    o.push('}');
                }
                Outcome::Measured(m) => {
                    o.push_str("{\"medians\":{");
                    for (k, (name, x)) in m.iter().enumerate() {
                        if k > 0 {
                            o.push(',');
                        }
                        write_string(&mut o, name);
                        o.push(':');
                        write_number(&mut o, *x);
                    }
                    o.push_str("}}");
                }
            }
        }
        o.push_str("}}");
    }
    o.push_str("]}");
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn rt(name: &str, version: &str) -> Runtime {
        Runtime {
            name: name.into(),
            program: PathBuf::from("/x"),
            args: vec![],
            version: version.into(),
        }
    }

    #[test]
    fn table_with_ratio_and_failure() {
        let runtimes = [
            rt("spindle", "spindle v0.1.0"),
            rt("node", "v20"),
            rt("bun", "1.3"),
        ];
        let result = BenchResult {
            path: PathBuf::from("b/spawn.cjs"),
            name: "spawn".into(),
            outcomes: vec![
                Outcome::Measured(vec![("median_ms".into(), 7.5), ("min_ms".into(), 7.25)]),
                Outcome::Measured(vec![("median_ms".into(), 30.0), ("min_ms".into(), 0.0)]),
                Outcome::Failed("timed out after 30 s".into()),
            ],
        };
        assert_eq!(
            markdown_table(&result, &runtimes),
            "### spawn\n\n\
             | metric | spindle | node | bun | spindle/node¹ |\n\
             |---|--:|--:|--:|--:|\n\
             | `median_ms` | 7.5 | 30 | failed | 0.25 |\n\
             | `min_ms` | 7.25 | 0 | failed | — |\n\
             \n- bun failed: timed out after 30 s\n\n"
        );
        assert_eq!(runtime_label(&runtimes[0]), "spindle v0.1.0");
        assert_eq!(runtime_label(&runtimes[1]), "node v20");
    }

    #[test]
    fn table_when_everything_failed_and_without_node() {
        let runtimes = [rt("spindle", "?")];
        let result = BenchResult {
            path: PathBuf::from("x.cjs"),
            name: "x".into(),
            outcomes: vec![Outcome::Failed("exit 1".into())],
        };
        assert_eq!(
            markdown_table(&result, &runtimes),
            "### x\n\n| metric | spindle |\n|---|--:|\n| — | failed |\n\n- spindle failed: exit 1\n\n"
        );
        assert_eq!(markdown_footer(&runtimes), "");
    }

    #[test]
    fn json_document_parses_per_benchmark() {
        let runtimes = [rt("spindle", "v"), rt("node", "w")];
        let machine = Machine {
            nproc: 2,
            cpu: "CPU \"x\"".into(),
            date: "d".into(),
        };
        let results = [BenchResult {
            path: PathBuf::from("p.cjs"),
            name: "p".into(),
            outcomes: vec![
                Outcome::Measured(vec![("tasks_per_s".into(), 41316.0)]),
                Outcome::Failed("no JSON line on stdout".into()),
            ],
        }];
        let doc = json(&machine, &runtimes, 5, &results);
        assert_eq!(
            doc,
            "{\"machine\":{\"nproc\":2,\"cpu\":\"CPU \\\"x\\\"\",\"date\":\"d\"},\"runs\":5,\
             \"runtimes\":[{\"name\":\"spindle\",\"path\":\"/x\",\"version\":\"v\"},\
             {\"name\":\"node\",\"path\":\"/x\",\"version\":\"w\"}],\
             \"benchmarks\":[{\"name\":\"p\",\"file\":\"p.cjs\",\"results\":{\
             \"spindle\":{\"medians\":{\"tasks_per_s\":41316}},\
             \"node\":{\"failed\":\"no JSON line on stdout\"}}}]}"
        );
    }
}
