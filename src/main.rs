//! The `claimcheck` command line: parse arguments, run the pipeline, print
//! the report on stdout, explain errors on stderr, and exit 0 (nothing
//! gating), 1 (a gating verdict) or 2 (a usage or input error).

/// mimalloc: the pipeline makes many small strings on both cores, where
/// it is faster than the system allocator and gives freed memory back.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (v2 and v3 alike;
/// libmimalloc-sys does not name it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// When mimalloc gives freed pages back to the system. `immediately` while
/// sources are read and indexed: the peak of a large run is the index with
/// the corpus, and pages freed by the analysis must not sit on top of them.
/// A second later while the claims are checked: every claim's matching
/// frees what it made, and giving its pages back at once cost a system call
/// and a flush of both cores' page tables each time (a tenth of the time in
/// a profile of 10,000 claims), where the memory held instead is a few pages
/// a thread on top of an index that no longer grows. Set between stages,
/// while no other thread allocates; `MIMALLOC_PURGE_DELAY` in the
/// environment still wins.
fn purge_freed_memory(immediately: bool) {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        let delay = if immediately { 0 } else { 1000 };
        // SAFETY: sets a plain integer option while the pool's threads are idle
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, delay) };
    }
}

/// Return what was just freed (the index) to the system before the report
/// is built.
fn release_freed_memory() {
    // SAFETY: a collection of the calling thread's heap, allowed at any time
    unsafe { libmimalloc_sys::mi_collect(true) };
}

use claimcheck::Error;
use claimcheck::check::{check_all_reporting, prepare, prepare_with_index};
use claimcheck::claims;
use claimcheck::corpus;
use claimcheck::report::{
    ClaimReviewEmitter, Emitter, GithubEmitter, HtmlEmitter, JsonEmitter, JunitEmitter,
    MarkdownEmitter, RdjsonEmitter, Report, SarifEmitter, TableEmitter,
};
use claimcheck::review::{self, AnnotatedEmitter, Draft};
use claimcheck::shard::Part;
use claimcheck::verdict::{Baseline, Gate, Verdict};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod explain;
mod inventory;

const REVIEW_EXAMPLES: &str = "\
Examples:
  claimcheck review draft.md                     check a draft against sources/
  claimcheck review draft.md --format annotated  the draft with its findings as footnotes
  claimcheck review draft.md --format json       every sentence considered, and why

Exit codes: 0 nothing gating, 1 a contradiction, misquote or unsourced figure, 2 a usage or input error.";

const EXAMPLES: &str = "\
Examples:
  claimcheck check                               check claims/ against sources/
  claimcheck check --claims claims/pegasus.yaml --sources sources/ --format json
  claimcheck check --fail-on contradicted        fail CI only on contradictions
  claimcheck check --fail-on none --output report.json --format json
  claimcheck check --baseline report.json        gate only new or worse verdicts
  claimcheck check --format sarif --output claimcheck.sarif
  claimcheck explain consortium-media            why a claim got its verdict
  claimcheck sources                             what was read from sources/

Exit codes: 0 nothing gating, 1 a gating verdict, 2 a usage or input error.";

#[derive(Parser)]
#[command(name = "claimcheck", version, about = "Check factual claims against a folder of sources, offline, across French and English.", after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Read settings from FILE instead of the nearest claimcheck.toml.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ignore claimcheck.toml: command-line options and defaults only.
    #[arg(long, global = true, conflicts_with = "config")]
    no_config: bool,
    /// No progress and no warnings on stderr (errors are still said).
    #[arg(long, short, global = true)]
    quiet: bool,
}

/// `--quiet`: stderr holds errors only.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn quiet() -> bool {
    QUIET.load(std::sync::atomic::Ordering::Relaxed)
}

/// A progress line on stderr while a long step runs, when stderr is a
/// terminal and the run is not `--quiet`; nothing otherwise.
fn progress(len: Option<usize>, message: &'static str) -> indicatif::ProgressBar {
    if quiet() || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => indicatif::ProgressBar::new(n as u64).with_style(
            indicatif::ProgressStyle::with_template(
                "{msg} {pos}/{len} claims [{bar:30}] {per_sec}, {eta} left",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        ),
        None => indicatif::ProgressBar::new_spinner(),
    };
    bar.set_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

#[derive(Clone, Copy, ValueEnum)]
enum InventoryFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A table for the terminal.
    Table,
    /// The JSON contract every other format derives from (docs/report.md).
    Json,
    /// A report to paste into an issue or a wiki.
    Markdown,
    /// One self-contained web page.
    Html,
    /// SARIF 2.1.0, for code-scanning tools (GitHub code scanning).
    Sarif,
    /// JUnit XML, one test case per claim.
    Junit,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// reviewdog's diagnostic JSON (rdjson).
    Rdjson,
    /// schema.org ClaimReview JSON-LD, one review per claim.
    Claimreview,
    /// `review` only: the draft with its findings as Markdown footnotes.
    Annotated,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct Inputs {
    /// Claims file or folder of *.yaml/*.yml files (repeatable).
    #[arg(long = "claims", value_name = "PATH", default_value = "claims")]
    claims: Vec<PathBuf>,
    /// Folder of sources: .txt, .md, .html, with an optional sources.yaml (repeatable).
    #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
    sources: Vec<PathBuf>,
}

/// For `--format claimreview`: who publishes the reviews, and when.
#[derive(Args)]
struct ReviewMeta {
    /// The organisation publishing the reviews (ClaimReview `author`).
    #[arg(long, value_name = "NAME", env = "CLAIMCHECK_REVIEWER")]
    reviewer: Option<String>,
    /// The reviews' publication date, YYYY-MM-DD (ClaimReview `datePublished`).
    #[arg(long, value_name = "DATE", value_parser = parse_review_date)]
    review_date: Option<String>,
}

/// How a batch report is written and when it fails the run: `check`'s
/// options, and `shard report`'s.
#[derive(Args)]
struct ReportArgs {
    /// Report format.
    #[arg(long, value_enum, ignore_case = true, default_value = "table")]
    format: Format,
    /// Write the report to FILE instead of stdout (written whole or not at all).
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Verdicts that make the run fail (exit 1), comma-separated, or `none`.
    /// A claim with `expect:` fails the run exactly when its verdict differs from it.
    #[arg(long, value_name = "LIST", default_value = "contradicted,disputed")]
    fail_on: String,
    /// A previous JSON report: only claims whose verdict is new or worse than in it
    /// gate the run.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    #[command(flatten)]
    review_meta: ReviewMeta,
    /// Colour in the table: auto (a terminal without NO_COLOR), always, never.
    #[arg(long, value_enum, ignore_case = true, default_value = "auto")]
    color: ColorChoice,
}

impl ReportArgs {
    /// What gates the run: `--fail-on`, and `--baseline` read.
    fn gate(&self) -> Result<Gate, Error> {
        let mut gate = parse_fail_on(&self.fail_on)?;
        if let Some(path) = &self.baseline {
            gate.baseline = Some(Baseline::load(path)?);
        }
        Ok(gate)
    }

    /// Write `report` as asked; exit 1 when it gates.
    fn deliver(
        &self,
        report: &Report,
        keep_mode: Option<std::fs::Permissions>,
        summary: bool,
    ) -> Result<ExitCode, Error> {
        deliver(
            report,
            self.format,
            self.color,
            self.output.as_ref().map(|p| (p, keep_mode)),
            &self.review_meta,
            None,
            summary,
        )
    }
}

fn parse_review_date(text: &str) -> Result<String, String> {
    claimcheck::calendar::Date::parse_iso(text)
        .map(|d| d.to_string())
        .ok_or_else(|| format!("`{text}` is not a date written YYYY-MM-DD"))
}

#[derive(Subcommand)]
enum Command {
    /// Check every claim against the sources and report verdicts with evidence.
    #[command(after_help = EXAMPLES)]
    Check {
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        report: ReportArgs,
        /// Keep the sources' index in FILE: read from it when it was made from the same
        /// sources (and the same claimcheck), else built and written there.
        #[arg(long, value_name = "FILE")]
        index: Option<PathBuf>,
        /// Print only the counts and the gating claims (the report still goes to
        /// --output when given).
        #[arg(long)]
        summary: bool,
    },
    /// One claim's full trace: its facts, the candidates and their scores, each relation and why.
    Explain {
        /// The claim id.
        id: String,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// What was read: files, languages, dates, sentences, lines set aside.
    Sources {
        /// Folder of sources (repeatable).
        #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
        sources: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, ignore_case = true, default_value = "table")]
        format: InventoryFormat,
        /// Accepted as everywhere else; the inventory has no colour.
        #[arg(long, value_enum, ignore_case = true, default_value = "auto")]
        color: ColorChoice,
    },
    /// Review a draft before publication: its statements checked against the
    /// sources, its quotations looked up word for word, its unsourced figures listed.
    #[command(after_help = REVIEW_EXAMPLES)]
    Review {
        /// The draft: Markdown, text or HTML; `-` reads it from standard input.
        draft: PathBuf,
        /// Folder of sources (repeatable).
        #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
        sources: Vec<PathBuf>,
        /// Report format; `annotated` writes the draft back with footnotes.
        #[arg(long, value_enum, ignore_case = true, default_value = "table")]
        format: Format,
        /// Write the report to FILE instead of stdout (written whole or not at all).
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Findings that make the run fail (exit 1), comma-separated verdicts,
        /// `unsourced` for figures no source states, or `none`.
        #[arg(
            long,
            value_name = "LIST",
            default_value = "contradicted,disputed,unsourced"
        )]
        fail_on: String,
        /// Colour in the table: auto (a terminal without NO_COLOR), always, never.
        #[arg(long, value_enum, ignore_case = true, default_value = "auto")]
        color: ColorChoice,
        #[command(flatten)]
        review_meta: ReviewMeta,
        /// Print only the counts and the gating findings (the report still goes to
        /// --output when given).
        #[arg(long)]
        summary: bool,
    },
    /// Review drafts on a local web page: paste or open a draft, get it back
    /// annotated, each finding's evidence one click away.
    #[command(after_help = SERVE_EXAMPLES)]
    Serve {
        /// Folder of sources (repeatable), read and indexed once.
        #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
        sources: Vec<PathBuf>,
        /// Address to listen on; the page answers only requests addressed to it.
        #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Findings the page marks as to fix before publication, as for `review`.
        #[arg(
            long,
            value_name = "LIST",
            default_value = "contradicted,disputed,unsourced"
        )]
        fail_on: String,
    },
    /// The check split across machines by source shards (and claim shards),
    /// with one machine's verdicts: the steps `scripts/spark_check.py` runs.
    #[command(after_help = SHARD_EXAMPLES)]
    Shard {
        #[command(subcommand)]
        step: ShardStep,
    },
    /// Start a project here: claimcheck.toml, an example claim and source that
    /// pass, a GitHub Actions workflow and a pre-commit hook.
    Init {
        /// The project folder (created if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Print a shell completion script.
    Completions { shell: clap_complete::Shell },
    /// Print the manual page (roff): `claimcheck manpage > claimcheck.1`.
    Manpage,
}

const SHARD_EXAMPLES: &str = "\
The steps, for N source shards and M claim shards (docs/scaling.md):
  claimcheck shard scan --sources S --shard K/N --output scan-K        each K
  claimcheck shard merge --output layout scan-*
  claimcheck shard count --sources S --shard K/N --layout layout --output count-K
  claimcheck shard merge --output counts count-*
  claimcheck shard search --claims C --sources S --shard K/N --claim-shard J/M \\
      --layout layout --counts counts --output found-K-J                each K, J
  claimcheck shard select --output selected-J found-*-J                 each J
  claimcheck shard match --claims C --sources S --shard K/N --selected selected-J \\
      --layout layout --counts counts --output matched-K-J              each K, J
  claimcheck shard decide --selected selected-J --output outcomes-J matched-*-J   each J
  claimcheck shard report --claims C --sources S --layout layout --counts counts \\
      --format json outcomes-*

Any N and M give the report `claimcheck check` gives. Intermediate files are JSON lines.";

/// One step of the sharded check.
#[derive(Subcommand)]
enum ShardStep {
    /// Each source of one shard: its record, signature and short-line keys.
    Scan {
        /// Folder of sources (repeatable).
        #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
        sources: Vec<PathBuf>,
        /// Which shard of the sources: K/N takes source positions p with p % N == K.
        #[arg(long, value_name = "K/N", value_parser = parse_part)]
        shard: Part,
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Merge every shard's scan files into the layout, or count files into the counts.
    Merge {
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
        /// The files of every shard.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// What one shard's sources add to the corpus' counts (terms, sentences, acronyms).
    Count {
        #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
        sources: Vec<PathBuf>,
        #[arg(long, value_name = "K/N", value_parser = parse_part)]
        shard: Part,
        /// The merged scan files.
        #[arg(long, value_name = "FILE")]
        layout: PathBuf,
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// One claim shard searched in one source shard's index, with the corpus' counts.
    Search {
        #[command(flatten)]
        inputs: Inputs,
        #[arg(long, value_name = "K/N", value_parser = parse_part)]
        shard: Part,
        /// Which claims: J/M takes claim positions c with c % M == J.
        #[arg(long, value_name = "J/M", value_parser = parse_part, default_value = "0/1")]
        claim_shard: Part,
        #[arg(long, value_name = "FILE")]
        layout: PathBuf,
        /// The merged count files.
        #[arg(long, value_name = "FILE")]
        counts: PathBuf,
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// One claim shard's candidates in the whole corpus, from every source shard's search.
    Select {
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
        /// The found files of every source shard, for one claim shard.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// The evidence of the selected candidates one source shard holds.
    Match {
        /// Claims file or folder (repeatable), as given to `search`.
        #[arg(long = "claims", value_name = "PATH", default_value = "claims")]
        claims: Vec<PathBuf>,
        #[arg(long = "sources", value_name = "DIR", default_value = "sources")]
        sources: Vec<PathBuf>,
        #[arg(long, value_name = "K/N", value_parser = parse_part)]
        shard: Part,
        /// One claim shard's selected file.
        #[arg(long, value_name = "FILE")]
        selected: PathBuf,
        #[arg(long, value_name = "FILE")]
        layout: PathBuf,
        #[arg(long, value_name = "FILE")]
        counts: PathBuf,
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// One claim shard decided from every source shard's matched file.
    Decide {
        /// The claim shard's selected file: the candidates' order.
        #[arg(long, value_name = "FILE")]
        selected: PathBuf,
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
        /// The matched files of every source shard, for one claim shard.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// The report from every claim shard's outcomes, in any format.
    Report {
        #[command(flatten)]
        inputs: Inputs,
        #[arg(long, value_name = "FILE")]
        layout: PathBuf,
        #[arg(long, value_name = "FILE")]
        counts: PathBuf,
        #[command(flatten)]
        report: ReportArgs,
        /// The outcomes files of every claim shard.
        #[arg(required = true)]
        outcomes: Vec<PathBuf>,
    },
}

fn parse_part(text: &str) -> Result<Part, String> {
    Part::parse(text)
}

const SERVE_EXAMPLES: &str = "\
Examples:
  claimcheck serve                               the page on http://127.0.0.1:8080/
  claimcheck serve --sources archive/ --addr 127.0.0.1:9000

The page reviews each draft as `claimcheck review` does. It listens on the loopback
interface unless --addr says otherwise, and serves sources by number, never by path.";

/// Ctrl-C or SIGTERM: remove the report or index being written (nothing
/// half-written, no `.tmp` left behind) and end as an interrupted program
/// does (130). A run interrupted before it writes leaves nothing anyway.
fn on_interrupt() {
    // without a handler the default (ending at once) is what stays
    let _ = ctrlc::set_handler(|| {
        claimcheck::output::remove_unfinished();
        std::process::exit(130);
    });
}

fn main() -> ExitCode {
    purge_freed_memory(true);
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    // the server shuts down gracefully on Ctrl-C by itself, and writes nothing
    if !matches!(cli.command, Command::Serve { .. }) {
        on_interrupt();
    }
    let cli = match with_config(cli, &matches) {
        Ok(cli) => cli,
        Err(err) => return report_error(&err),
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => report_error(&err),
    }
}

fn report_error(err: &Error) -> ExitCode {
    if let Error::Several { problems } = err {
        for problem in problems {
            report_error(problem);
        }
        eprintln!(
            "error: {} problems, each shown above; fix them and run again",
            problems.len()
        );
        return ExitCode::from(2);
    }
    // file names, ids and YAML keys come from the user's files: no escape
    // sequence or bidi control reaches the terminal raw
    let visible = claimcheck::report::visible;
    eprintln!("error: {}", visible(&err.to_string()));
    if let Error::Input { location, .. } = err
        && let Some(snippet) = snippet(location)
    {
        eprint!("{snippet}");
    }
    if !err.hint().is_empty() {
        eprintln!("  hint: {}", visible(err.hint()));
    }
    ExitCode::from(2)
}

/// Longest part of an input line shown under an error.
const SNIPPET_CHARS: usize = 100;

/// The line an input error points at, with a caret under its column (as
/// cargo and ruff show them); nothing when the file cannot be read back or
/// the location has no line. Not annotate-snippets: 0.11 writes the file's
/// control characters (ESC, U+202E) to the terminal raw (tools/libcompare).
fn snippet(location: &claimcheck::error::InputLocation) -> Option<String> {
    let line_no = location.line?;
    let meta = std::fs::metadata(&location.path).ok()?;
    if !meta.is_file() || meta.len() > claimcheck::yaml::MAX_YAML_BYTES as u64 {
        return None;
    }
    let bytes = std::fs::read(&location.path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let line = text.split('\n').nth(line_no.checked_sub(1)?)?;
    let line = line.trim_end_matches('\r');
    let chars: Vec<char> = line.chars().collect();
    let column = location.column.unwrap_or(1).clamp(1, chars.len() + 1);
    // a long line: the part around the column
    let from = column
        .saturating_sub(SNIPPET_CHARS / 2)
        .min(chars.len().saturating_sub(SNIPPET_CHARS));
    let shown: String = chars.iter().skip(from).take(SNIPPET_CHARS).collect();
    let shown = claimcheck::report::visible(&shown.replace('\t', " "));
    let gutter = " ".repeat(line_no.to_string().len());
    let lead = if from > 0 { "…" } else { "" };
    let caret = " ".repeat(column - 1 - from + lead.chars().count());
    Some(format!(
        "{gutter} |\n{line_no} | {lead}{shown}\n{gutter} | {caret}^\n"
    ))
}

/// The command line completed from claimcheck.toml (the nearest one
/// upward, or `--config`): a value the command line left at its default
/// takes the file's.
fn with_config(mut cli: Cli, matches: &clap::ArgMatches) -> Result<Cli, Error> {
    if cli.no_config
        || matches!(
            cli.command,
            Command::Init { .. } | Command::Completions { .. }
        )
    {
        return Ok(cli);
    }
    let path = match &cli.config {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir()
            .ok()
            .and_then(|cwd| claimcheck::config::discover(&cwd)),
    };
    let Some(path) = path else {
        return Ok(cli);
    };
    let config = claimcheck::config::load(&path)?.config;
    let Some((_, sub)) = matches.subcommand() else {
        return Ok(cli);
    };
    let defaulted = |id: &str| {
        matches!(
            sub.value_source(id),
            None | Some(clap::parser::ValueSource::DefaultValue)
        )
    };
    let fill = |slot: &mut Vec<PathBuf>, id: &str, from: &Option<Vec<PathBuf>>| {
        if defaulted(id)
            && let Some(v) = from
        {
            *slot = v.clone();
        }
    };
    let fill_text = |slot: &mut String, id: &str, from: &Option<String>| {
        if defaulted(id)
            && let Some(v) = from
        {
            slot.clone_from(v);
        }
    };
    match &mut cli.command {
        Command::Check {
            inputs,
            report: ReportArgs {
                fail_on, format, ..
            },
            index,
            ..
        } => {
            fill(&mut inputs.claims, "claims", &config.claims);
            fill(&mut inputs.sources, "sources", &config.sources);
            fill_text(fail_on, "fail_on", &config.fail_on);
            if index.is_none() {
                index.clone_from(&config.index);
            }
            if defaulted("format")
                && let Some(f) = &config.format
            {
                *format = Format::from_str(f, true).map_err(|_| {
                    Error::input(
                        claimcheck::error::InputLocation::file(&path),
                        format!("unknown format `{f}`"),
                        "one of table, json, markdown, html, sarif, junit, github, rdjson, claimreview",
                    )
                })?;
            }
        }
        Command::Explain { inputs, .. } => {
            fill(&mut inputs.claims, "claims", &config.claims);
            fill(&mut inputs.sources, "sources", &config.sources);
        }
        Command::Sources { sources, .. } => fill(sources, "sources", &config.sources),
        Command::Review {
            sources, fail_on, ..
        }
        | Command::Serve {
            sources, fail_on, ..
        } => {
            fill(sources, "sources", &config.sources);
            fill_text(fail_on, "fail_on", &config.review.fail_on);
        }
        Command::Init { .. }
        | Command::Completions { .. }
        | Command::Manpage
        | Command::Shard { .. } => {}
    }
    Ok(cli)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Check {
            inputs,
            report: args,
            index,
            summary,
        } => {
            // where the run writes, checked before any work
            let mut read: Vec<PathBuf> = inputs.claims.clone();
            read.extend(inputs.sources.iter().cloned());
            read.extend(args.baseline.iter().cloned());
            let mut not_index = read.clone();
            not_index.extend(index.iter().cloned());
            let keep_mode = guard_output(args.output.as_ref(), &not_index)?;
            guard_output(index.as_ref(), &read)?;
            let gate = args.gate()?;
            let claims = claims::load(&inputs.claims)?;
            let step = progress(None, "reading sources");
            let corpus = load_sources(&inputs.sources)?;
            step.set_message("indexing");
            let prepared = match &index {
                Some(path) => {
                    let (key, no_key) = claimcheck::retrieve::store::IndexKey::of_user();
                    if let Some(why) = no_key {
                        eprintln!("warning: {}", claimcheck::report::visible(&why));
                    }
                    let (prepared, _, not_saved) = prepare_with_index(corpus, path, &key)?;
                    if let Some(e) = not_saved {
                        eprintln!(
                            "warning: {}; this run goes on without saving its index",
                            claimcheck::report::visible(&e.to_string())
                        );
                    }
                    prepared
                }
                None => prepare(corpus),
            };
            step.finish_and_clear();
            let bar = progress(Some(claims.len()), "checking");
            purge_freed_memory(false);
            let outcomes = check_all_reporting(&prepared, &claims, &|| bar.inc(1));
            purge_freed_memory(true);
            bar.finish_and_clear();
            let corpus = prepared.into_corpus();
            release_freed_memory();
            let report = Report::build(&corpus, &claims, &outcomes, &gate);
            drop(outcomes);
            args.deliver(&report, keep_mode, summary)
        }
        Command::Review {
            draft,
            sources,
            format,
            output,
            fail_on,
            color,
            review_meta,
            summary,
        } => {
            let gate = parse_fail_on(&fail_on)?;
            let mut read = sources.clone();
            read.push(draft.clone());
            let keep_mode = guard_output(output.as_ref(), &read)?;
            let draft = Draft::load(&draft)?;
            let corpus = load_sources(&sources)?;
            let prepared = prepare(corpus);
            let report = review::review(&draft, &prepared, &gate);
            deliver(
                &report,
                format,
                color,
                output.as_ref().map(|p| (p, keep_mode)),
                &review_meta,
                Some(&draft.text),
                summary,
            )
        }
        Command::Serve {
            sources,
            addr,
            fail_on,
        } => {
            let gate = parse_fail_on(&fail_on)?;
            if !addr.ip().is_loopback() {
                eprintln!(
                    "warning: listening on {addr}: anyone who can reach this address can read the sources"
                );
            }
            let corpus = load_sources(&sources)?;
            let count = corpus.sources.len();
            let prepared = prepare(corpus);
            claimcheck::serve::run(prepared, gate, addr, |bound| {
                eprintln!("claimcheck serve: http://{bound}/ ({count} sources); Ctrl-C stops");
            })
            .map_err(|e| Error::Io {
                path: PathBuf::from(addr.to_string()),
                message: e.to_string(),
                hint: "pick another --addr (the port may be taken)".into(),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Shard { step } => run_shard(step),
        Command::Init { dir } => init(&dir),
        Command::Explain { id, inputs } => {
            let claims = claims::load(&inputs.claims)?;
            let Some(claim) = claims.iter().find(|c| c.id == id) else {
                // a suggestion only when it is close: a typo, not any id
                let near = claims
                    .iter()
                    .map(|c| (strsim::jaro_winkler(&c.id, &id), c.id.as_str()))
                    .filter(|(score, _)| *score >= 0.85)
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, c)| c);
                return Err(Error::input(
                    claimcheck::error::InputLocation::file(
                        inputs.claims.first().cloned().unwrap_or_default(),
                    ),
                    format!("no claim with id `{id}`"),
                    near.map_or_else(
                        || {
                            let ids: Vec<&str> =
                                claims.iter().take(5).map(|c| c.id.as_str()).collect();
                            let more = claims.len().saturating_sub(ids.len());
                            let more = if more > 0 {
                                format!(" and {more} more")
                            } else {
                                String::new()
                            };
                            format!("the claims' ids are: {}{more}", ids.join(", "))
                        },
                        |n| format!("did you mean `{n}`?"),
                    ),
                ));
            };
            let corpus = load_sources(&inputs.sources)?;
            let prepared = prepare(corpus);
            // sources and claims may hold terminal escapes: shown, not obeyed
            let text = claimcheck::report::visible(&explain::explain(&prepared, claim));
            write_stdout(text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Sources {
            sources,
            format,
            color: _,
        } => {
            let corpus = load_sources(&sources)?;
            let text = match format {
                InventoryFormat::Json => inventory::json(&corpus),
                InventoryFormat::Table => claimcheck::report::visible(&inventory::table(
                    &corpus,
                    terminal_width(std::io::stdout().is_terminal()),
                )),
            };
            write_stdout(text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "claimcheck", &mut buf);
            write_stdout(&buf)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Manpage => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut buf)
                .map_err(|e| Error::Output {
                    path: PathBuf::from("-"),
                    message: e.to_string(),
                })?;
            write_stdout(&buf)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The emitter of a format. `draft` is the draft text for `review`'s
/// `annotated` format; other commands have none to write back.
/// Render the report in the chosen format to stdout or FILE; exit 1 when
/// it gates.
fn deliver(
    report: &Report,
    format: Format,
    color: ColorChoice,
    output: Option<(&PathBuf, Option<std::fs::Permissions>)>,
    meta: &ReviewMeta,
    draft: Option<&str>,
    summary: bool,
) -> Result<ExitCode, Error> {
    let exit = if report.gates() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    if summary {
        if output.is_some() {
            deliver(report, format, color, output, meta, draft, false)?;
        }
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "{}", claimcheck::report::summary(report, false));
        return Ok(exit);
    }
    let to_terminal = output.is_none() && std::io::stdout().is_terminal();
    let emitter = emitter_for(
        format,
        use_color(color, to_terminal),
        terminal_width(to_terminal),
        &meta.reviewer,
        &meta.review_date,
        draft,
    )?;
    write_report(&*emitter, report, output)?;
    Ok(if report.gates() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One step of the sharded check (claimcheck::shard).
fn run_shard(step: ShardStep) -> Result<ExitCode, Error> {
    use claimcheck::shard;
    match step {
        ShardStep::Scan {
            sources,
            shard: part,
            output,
        } => {
            guard_output(Some(&output), &sources)?;
            shard::scan(&sources, part, &output)?;
        }
        ShardStep::Merge { output, inputs } => {
            guard_output(Some(&output), &inputs)?;
            shard::merge(&inputs, &output)?;
        }
        ShardStep::Count {
            sources,
            shard: part,
            layout,
            output,
        } => {
            let mut read = sources.clone();
            read.push(layout.clone());
            guard_output(Some(&output), &read)?;
            shard::count(&sources, part, &layout, &output)?;
        }
        ShardStep::Search {
            inputs,
            shard: part,
            claim_shard,
            layout,
            counts,
            output,
        } => {
            let mut read: Vec<PathBuf> = inputs.claims.clone();
            read.extend(inputs.sources.iter().cloned());
            read.extend([layout.clone(), counts.clone()]);
            guard_output(Some(&output), &read)?;
            let claims = claims::load(&inputs.claims)?;
            shard::search(
                &inputs.sources,
                part,
                &claims,
                claim_shard,
                &layout,
                &counts,
                &output,
            )?;
        }
        ShardStep::Select { output, inputs } => {
            guard_output(Some(&output), &inputs)?;
            shard::select(&inputs, &output)?;
        }
        ShardStep::Match {
            claims: claim_paths,
            sources,
            shard: part,
            selected,
            layout,
            counts,
            output,
        } => {
            let mut read: Vec<PathBuf> = claim_paths.clone();
            read.extend(sources.iter().cloned());
            read.extend([selected.clone(), layout.clone(), counts.clone()]);
            guard_output(Some(&output), &read)?;
            let claims = claims::load(&claim_paths)?;
            shard::match_selected(
                &sources, part, &claims, &selected, &layout, &counts, &output,
            )?;
        }
        ShardStep::Decide {
            selected,
            output,
            inputs,
        } => {
            let mut read = inputs.clone();
            read.push(selected.clone());
            guard_output(Some(&output), &read)?;
            shard::decide(&selected, &inputs, &output)?;
        }
        ShardStep::Report {
            inputs,
            layout,
            counts,
            report: args,
            outcomes,
        } => {
            let mut read: Vec<PathBuf> = inputs.claims.clone();
            read.extend(inputs.sources.iter().cloned());
            read.extend(args.baseline.iter().cloned());
            read.extend([layout.clone(), counts.clone()]);
            read.extend(outcomes.iter().cloned());
            let keep_mode = guard_output(args.output.as_ref(), &read)?;
            let gate = args.gate()?;
            let claims = claims::load(&inputs.claims)?;
            let (corpus, outcomes, sentences) =
                shard::report_inputs(&inputs.sources, &claims, &layout, &counts, &outcomes)?;
            let mut report = Report::build(&corpus, &claims, &outcomes, &gate);
            // the sources not quoted were not read again: their sentences
            // are counted from the shards' counts
            report.summary.sentences = sentences;
            return args.deliver(&report, keep_mode, false);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Where the run will write, checked against what it reads before any
/// work; the permissions of a file it will replace.
fn guard_output(
    path: Option<&PathBuf>,
    read: &[PathBuf],
) -> Result<Option<std::fs::Permissions>, Error> {
    Ok(match path {
        Some(path) => claimcheck::output::check_target(path, read)?,
        None => None,
    })
}

/// `claimcheck init`: the scaffold, written only when none of its files
/// exists (nothing is overwritten, nothing half-written).
fn init(dir: &std::path::Path) -> Result<ExitCode, Error> {
    let files = claimcheck::config::scaffold();
    let existing: Vec<String> = files
        .iter()
        .filter(|(p, _)| dir.join(p).exists())
        .map(|(p, _)| p.to_string())
        .collect();
    if !existing.is_empty() {
        return Err(Error::Io {
            path: dir.to_path_buf(),
            message: format!("already holds {}", existing.join(", ")),
            hint: "run init in a new folder, or remove those files first".into(),
        });
    }
    for (path, text) in &files {
        let full = dir.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::io(parent, &e, "check the folder's permissions"))?;
        }
        std::fs::write(&full, text)
            .map_err(|e| Error::io(&full, &e, "check the folder's permissions"))?;
        eprintln!("wrote {}", full.display());
    }
    eprintln!("next: claimcheck check   (settings in claimcheck.toml, docs/config.md)");
    Ok(ExitCode::SUCCESS)
}

/// The sources, with what was not read said on stderr (the report is
/// stdout's alone).
fn load_sources(roots: &[std::path::PathBuf]) -> Result<corpus::Corpus, Error> {
    let corpus = corpus::load(roots)?;
    for (path, why) in corpus.not_read.iter().filter(|_| !quiet()) {
        eprintln!(
            "warning: {}: {why}",
            claimcheck::report::visible(&path.display().to_string())
        );
    }
    Ok(corpus)
}

fn emitter_for<'a>(
    format: Format,
    color: bool,
    width: u16,
    reviewer: &Option<String>,
    review_date: &Option<String>,
    draft: Option<&'a str>,
) -> Result<Box<dyn Emitter + 'a>, Error> {
    Ok(match format {
        Format::Json => Box::new(JsonEmitter),
        Format::Markdown => Box::new(MarkdownEmitter),
        Format::Html => Box::new(HtmlEmitter),
        Format::Sarif => Box::new(SarifEmitter),
        Format::Junit => Box::new(JunitEmitter),
        Format::Github => Box::new(GithubEmitter),
        Format::Rdjson => Box::new(RdjsonEmitter),
        Format::Claimreview => {
            if reviewer.is_none() {
                eprintln!(
                    "warning: ClaimReview without a reviewer has no `author`, which search engines require; give --reviewer NAME (or CLAIMCHECK_REVIEWER)"
                );
            }
            Box::new(ClaimReviewEmitter {
                reviewer: reviewer.clone(),
                date: review_date.clone(),
            })
        }
        Format::Table => Box::new(TableEmitter { color, width }),
        Format::Annotated => match draft {
            Some(draft_text) => Box::new(AnnotatedEmitter { draft_text }),
            None => {
                return Err(Error::input(
                    claimcheck::error::InputLocation::file("--format"),
                    "`annotated` writes a draft back with its findings",
                    "use it with `claimcheck review DRAFT`",
                ));
            }
        },
    })
}

fn parse_fail_on(list: &str) -> Result<Gate, Error> {
    let mut fail_on = Vec::new();
    let mut unsourced = false;
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        if name == "none" {
            continue;
        }
        if name == "unsourced" {
            unsourced = true;
            continue;
        }
        match Verdict::parse(name) {
            Some(v) => fail_on.push(v),
            None => {
                return Err(Error::input(
                    claimcheck::error::InputLocation::file("--fail-on"),
                    format!("unknown verdict `{name}`"),
                    "use a comma-separated list of supported, contradicted, disputed, unverified, unsourced (review), or none",
                ));
            }
        }
    }
    Ok(Gate {
        unsourced,
        fail_on,
        baseline: None,
    })
}

fn use_color(choice: ColorChoice, to_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        // the conventions as anstream reads them: NO_COLOR and CLICOLOR=0
        // turn colour off, CLICOLOR_FORCE on even when piped, TERM=dumb off
        ColorChoice::Auto => match anstream::AutoStream::choice(&std::io::stdout()) {
            anstream::ColorChoice::Never => false,
            _ if !to_terminal => anstyle_query::clicolor_force(),
            _ => true,
        },
    }
}

/// The table's width: `COLUMNS` when set (also when piped, so a script can
/// ask for a width), else the terminal's own, else 120 columns.
fn terminal_width(to_terminal: bool) -> u16 {
    if let Some(cols) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c >= 40)
    {
        return cols;
    }
    if to_terminal && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return w.max(40);
    }
    120
}

/// Write the report as it is rendered: to stdout, or to a temporary file
/// renamed over FILE once complete, so that no half-written report exists.
fn write_report(
    emitter: &dyn Emitter,
    report: &Report,
    output: Option<(&PathBuf, Option<std::fs::Permissions>)>,
) -> Result<(), Error> {
    match output {
        None => {
            let stdout = std::io::stdout().lock();
            let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
            match emitter.emit(report, &mut out).and_then(|()| out.flush()) {
                Ok(()) => Ok(()),
                // a closed pipe (`claimcheck check | head -1`) ends quietly
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Error::Output {
                    path: PathBuf::from("<stdout>"),
                    message: e.to_string(),
                }),
            }
        }
        Some((path, keep_mode)) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), PathBuf::from);
            let fail = |e: std::io::Error| Error::Output {
                path: path.clone(),
                message: claimcheck::error::describe_io(&e),
            };
            // a report is an ordinary file: readable by others as the umask
            // allows, not the 0600 of a temporary file
            let tmp = report_file_in(&dir).map_err(fail)?;
            let _unfinished = claimcheck::output::unfinished(tmp.path());
            let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
            emitter.emit(report, &mut out).map_err(fail)?;
            let tmp = out.into_inner().map_err(|e| fail(e.into_error()))?;
            // a report written again keeps the mode it had
            if let Some(mode) = keep_mode {
                tmp.as_file().set_permissions(mode).map_err(fail)?;
            }
            tmp.persist(path).map_err(|e| fail(e.error))?;
            Ok(())
        }
    }
}

/// Write to stdout; a closed pipe (`claimcheck check | head -1`) ends quietly.
fn write_stdout(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Output {
            path: PathBuf::from("<stdout>"),
            message: e.to_string(),
        }),
    }
}

#[cfg(unix)]
fn report_file_in(dir: &std::path::Path) -> std::io::Result<tempfile::NamedTempFile> {
    use std::os::unix::fs::PermissionsExt;
    tempfile::Builder::new()
        .permissions(std::fs::Permissions::from_mode(0o644))
        .tempfile_in(dir)
}

#[cfg(not(unix))]
fn report_file_in(dir: &std::path::Path) -> std::io::Result<tempfile::NamedTempFile> {
    tempfile::NamedTempFile::new_in(dir)
}
