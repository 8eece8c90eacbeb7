//! `claimcheck serve`: the review on a local web page. The sources are read
//! and indexed once; each draft posted to the page is reviewed against them
//! (as `claimcheck review` does) and comes back annotated in place, with the
//! evidence of each finding one click away.
//!
//! It is meant for one editor's machine: bound to 127.0.0.1 unless told
//! otherwise, it answers only requests whose `Host` is the address it is
//! bound to (a page on another site cannot reach it through DNS
//! rebinding), refuses bodies over [`MAX_BODY_BYTES`], and serves sources
//! only by their number in the corpus, never by a path.

mod page;

use crate::check::Prepared;
use crate::review::{Draft, review};
use crate::verdict::Gate;
use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;

/// Largest draft accepted, in bytes: an article, not a corpus.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// What every request shares: the prepared sources and the review's gate.
struct Served {
    prepared: Prepared,
    gate: Gate,
    /// `Host` header values accepted.
    hosts: Vec<String>,
}

/// The router for the prepared sources, answering requests addressed to
/// `addr`.
pub fn router(prepared: Prepared, gate: Gate, addr: SocketAddr) -> Router {
    let port = addr.port();
    let mut hosts = vec![addr.to_string()];
    if addr.ip().is_loopback() {
        hosts.push(format!("localhost:{port}"));
        hosts.push(format!("127.0.0.1:{port}"));
        hosts.push(format!("[::1]:{port}"));
    }
    let state = Arc::new(Served {
        prepared,
        gate,
        hosts,
    });
    Router::new()
        .route("/", get(index))
        .route("/review", post(review_draft))
        .route("/source/{n}", get(source))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), check_host))
        .with_state(state)
}

/// Serve until Ctrl-C. `on_ready` hears the address actually bound (port 0
/// picks a free one).
pub fn run(
    prepared: Prepared,
    gate: Gate,
    addr: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let bound = listener.local_addr()?;
        on_ready(bound);
        let app = router(prepared, gate, bound);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })
}

/// Refuse requests addressed to another host name than the one bound.
async fn check_host(
    State(state): State<Arc<Served>>,
    headers: HeaderMap,
    request: Request,
    next: Next,
) -> Response {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if state.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        next.run(request).await
    } else {
        (
            StatusCode::MISDIRECTED_REQUEST,
            "this claimcheck server answers only requests addressed to the address it is bound to",
        )
            .into_response()
    }
}

async fn index(State(state): State<Arc<Served>>) -> Html<String> {
    Html(page::index(&state.prepared))
}

#[derive(Deserialize)]
struct ReviewQuery {
    /// `html` for an HTML draft; anything else is Markdown or plain text.
    format: Option<String>,
}

/// Review a posted draft; the answer is the annotated draft (an HTML
/// fragment the page puts in place).
async fn review_draft(
    State(state): State<Arc<Served>>,
    Query(query): Query<ReviewQuery>,
    body: axum::body::Bytes,
) -> Response {
    let Some((text, encoding)) = crate::corpus::decode(&body) else {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            "the draft is binary, not text: paste or open a Markdown, text or HTML file",
        )
            .into_response();
    };
    let html = query.format.as_deref() == Some("html");
    let state2 = state.clone();
    // reviewing is CPU work: off the runtime's threads
    let rendered = tokio::task::spawn_blocking(move || {
        let draft = Draft::from_text(std::path::Path::new("draft"), text, encoding, html);
        let report = review(&draft, &state2.prepared, &state2.gate);
        let sources = &state2.prepared.corpus.sources;
        let source_ids = |path: &str| sources.iter().position(|s| s.path == path);
        page::reviewed(&report, &draft.text, &source_ids)
    })
    .await;
    match rendered {
        Ok(fragment) => Html(fragment).into_response(),
        Err(_) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "the review failed; the draft was not checked",
        )
            .into_response(),
    }
}

/// A source by its number in the corpus, its lines numbered.
async fn source(State(state): State<Arc<Served>>, Path(n): Path<usize>) -> Response {
    match page::source(&state.prepared, n) {
        Some(html) => Html(html).into_response(),
        None => (StatusCode::NOT_FOUND, Body::from("no such source")).into_response(),
    }
}
