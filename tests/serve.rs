//! `claimcheck serve` over HTTP, without a browser (scripts/browser_test.py
//! drives the page in one): the page, a reviewed draft, a source by number,
//! and what it refuses.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimcheck serve starts");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let ready = lines
        .next()
        .expect("a ready line")
        .expect("readable stderr");
    let addr = ready
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {ready:?}"))
        .to_string();
    Server { child, addr }
}

/// (status, body) of one HTTP/1.1 request.
fn request(server: &Server, method: &str, path: &str, host: &str, body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    // a refused body may close the connection before it is all sent
    let _ = stream.write_all(body);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).to_string();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    (status, body)
}

#[test]
fn the_page_reviews_a_draft_and_links_its_sources() {
    let server = start();
    let host = server.addr.clone();
    let (status, page) = request(&server, "GET", "/", &host, b"");
    assert_eq!(status, 200);
    assert!(page.contains("id=\"draft\"") && page.contains("6 sources"));
    // no asset from the network
    assert!(!page.contains("src=\"http") && !page.contains("href=\"http"));

    let draft = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/brouillon.md"
    ))
    .unwrap();
    let (status, fragment) = request(&server, "POST", "/review?format=md", &host, &draft);
    assert_eq!(status, 200);
    for finding in ["misquote", "wrong date", "unsourced figure", "sourced"] {
        assert!(
            fragment.contains(&format!("data-finding=\"{finding}\"")),
            "{finding} not marked"
        );
    }
    assert!(fragment.contains("<ins>de sécurité</ins>"));
    let link = fragment
        .split("href=\"/source/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to a source line");
    let (number, line) = link.split_once("#L").unwrap();
    let (status, source) = request(&server, "GET", &format!("/source/{number}"), &host, b"");
    assert_eq!(status, 200);
    assert!(source.contains(&format!("id=\"L{line}\"")));

    // the same sources serve the next draft: nothing is read again
    let (status, again) = request(
        &server,
        "POST",
        "/review",
        &host,
        b"La France hebergeait 35 serveurs de NSO.",
    );
    assert_eq!(status, 200);
    assert!(again.contains("data-finding=\"sourced\""));
}

#[test]
fn what_the_server_refuses() {
    let server = start();
    let host = server.addr.clone();
    // another host name: a page elsewhere reaching it through DNS rebinding
    let (status, _) = request(&server, "GET", "/", "attacker.example", b"");
    assert_eq!(status, 421);
    // a source by a path, or by a number it does not have
    let (status, _) = request(&server, "GET", "/source/..%2F..%2Fetc%2Fpasswd", &host, b"");
    assert_eq!(status, 400);
    let (status, _) = request(&server, "GET", "/source/999", &host, b"");
    assert_eq!(status, 404);
    // a body over the limit
    let big = vec![b'a'; claimcheck::serve::MAX_BODY_BYTES + 1];
    let (status, _) = request(&server, "POST", "/review", &host, &big);
    assert_eq!(status, 413);
    // a binary body
    let (status, body) = request(&server, "POST", "/review", &host, &[0, 159, 146, 150, 0, 1]);
    assert_eq!(status, 422, "{body}");
}
