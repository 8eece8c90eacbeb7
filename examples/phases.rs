//! Time each stage of a run on a sources folder (a profiling aid).
//! usage: cargo run --release --example phases -- SOURCES_DIR CLAIMS_FILE

/// mimalloc: the pipeline makes many small strings on both cores, where
/// it is faster than the system allocator and gives freed memory back.
#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// mimalloc, counting the bytes live and their peak.
struct Counting;
static LIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use std::sync::atomic::Ordering::Relaxed;
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        unsafe { mimalloc::MiMalloc.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        LIVE.fetch_sub(layout.size(), std::sync::atomic::Ordering::Relaxed);
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }
}
use claimcheck::check::{
    SHARED_FACTS, SharedFacts, check_all_sharing, prepare, prepare_with_index,
};
use claimcheck::report::{Emitter, JsonEmitter, Report};
use claimcheck::verdict::Gate;
use claimcheck::{claims, corpus};
use std::time::Instant;

/// Resident and peak memory so far, from /proc (Linux), in MB.
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    use std::sync::atomic::Ordering::Relaxed;
    format!(
        "rss {} MB, peak {} MB; heap live {} MB, peak {} MB",
        field("VmRSS:"),
        field("VmHWM:"),
        LIVE.load(Relaxed) >> 20,
        PEAK.load(Relaxed) >> 20
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let sources = std::path::PathBuf::from(args.next().ok_or("SOURCES_DIR")?);
    let claims_path = std::path::PathBuf::from(args.next().ok_or("CLAIMS_FILE")?);
    let t = Instant::now();
    let claims = claims::load(&[claims_path])?;
    let corpus = corpus::load(&[sources])?;
    let t_load = t.elapsed();
    eprintln!("after load: {}", memory());
    let t = Instant::now();
    // CLAIMCHECK_INDEX=FILE: prepare through an index file, as --index does
    let prepared = match std::env::var_os("CLAIMCHECK_INDEX") {
        Some(path) => {
            let (key, _) = claimcheck::retrieve::store::IndexKey::of_user();
            let (prepared, used, _) =
                prepare_with_index(corpus, std::path::Path::new(&path), &key)?;
            eprintln!("index file: {used:?}");
            prepared
        }
        None => prepare(corpus),
    };
    let t_prepare = t.elapsed();
    eprintln!("after prepare: {}", memory());
    let (terms, postings, postings_bytes) = prepared.index.stats();
    let text: usize = prepared.corpus.sources.iter().map(|s| s.text.len()).sum();
    eprintln!(
        "{} sentences, {terms} terms, {postings} postings in {postings_bytes} bytes, {text} bytes of text",
        prepared.index.len()
    );
    let t = Instant::now();
    // CLAIMCHECK_SHARED_FACTS: try another bound on the facts kept
    let capacity = std::env::var("CLAIMCHECK_SHARED_FACTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(SHARED_FACTS);
    let shared = SharedFacts::new(capacity);
    let outcomes = check_all_sharing(&prepared, &claims, &shared, &|| {});
    let t_check = t.elapsed();
    let (analysed, reused) = shared.counts();
    eprintln!("after check: {}", memory());
    eprintln!("sentence facts: {analysed} analyses, {reused} reused (bound {capacity})");
    let t = Instant::now();
    let corpus = prepared.into_corpus();
    // as the binary does: the freed index goes back to the system
    // SAFETY: a collection of the calling thread's heap
    unsafe { libmimalloc_sys::mi_collect(true) };
    let report = Report::build(&corpus, &claims, &outcomes, &Gate::default());
    drop(outcomes);
    eprintln!("after report: {}", memory());
    JsonEmitter.emit(&report, &mut std::io::BufWriter::new(std::io::sink()))?;
    let t_report = t.elapsed();
    eprintln!("after json: {}", memory());
    eprintln!(
        "load {t_load:?}, prepare {t_prepare:?}, check {t_check:?}, report {t_report:?} ({} claims)",
        claims.len(),
    );
    Ok(())
}
