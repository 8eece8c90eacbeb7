#!/usr/bin/env python3
"""End-to-end test of `claimcheck serve` in a real browser (run by .ci/run).

usage: scripts/browser_test.py [--bin PATH] [--chromium PATH] [--screenshot FILE]

Starts `claimcheck serve` on a free loopback port with the shipped sources and Debian's
`chromium` headless, and drives the page through the DevTools protocol (a websocket; the
few lines of client below use only the standard library): pastes the French sample draft
(docs/examples/brouillon.md), waits for the annotations, checks that each planted error is
marked with its finding (misquote, wrong date, unsourced figure) and that no true statement
is marked contradicted, clicks the misquote and reads the evidence panel (its word diff and
a link to the source line), moves to the next finding with the keyboard, opens the source
page the link points to, checks that a request addressed to another host is refused, and
saves a screenshot (docs/serve.png by default). Exit 1 on the first failed check.
"""
import argparse, base64, json, os, re, shutil, socket, struct, subprocess, sys, tempfile, time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: text frames, masked out."""

    def __init__(self, url):
        m = re.match(r"ws://([^/:]+):(\d+)(/.*)", url)
        host, port, path = m.group(1), int(m.group(2)), m.group(3)
        self.sock = socket.create_connection((host, port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"websocket handshake refused: {head!r}")

    def _read(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("websocket closed")
            data += chunk
        return data

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise RuntimeError("websocket closed by the browser")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()


class Page:
    def __init__(self, ws_url):
        self.ws = WebSocket(ws_url)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def eval(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait(self, expression, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.eval(expression):
                return
            time.sleep(0.1)
        raise RuntimeError(f"timed out waiting for {expression}")


failures = []


def check(ok, what):
    print(("ok      " if ok else "FAILED  ") + what)
    if not ok:
        failures.append(what)


def read_line(stream, pattern, seconds=60):
    """The first line of `stream` that matches `pattern` (a process's stderr)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        line = stream.readline()
        if not line:
            time.sleep(0.05)
            continue
        m = re.search(pattern, line)
        if m:
            return m
    raise RuntimeError(f"no line matching {pattern}")


def main():
    ap = argparse.ArgumentParser()
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    ap.add_argument("--bin", default=os.path.join(target, "release", "claimcheck"))
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    ap.add_argument("--screenshot", default=os.path.join(ROOT, "docs", "serve.png"))
    a = ap.parse_args()

    server = subprocess.Popen([a.bin, "serve", "--addr", "127.0.0.1:0"], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True)
    profile = tempfile.mkdtemp(prefix="cc-chromium-")
    browser = None
    try:
        addr = read_line(server.stderr, r"http://(127\.0\.0\.1:\d+)/").group(1)
        base = f"http://{addr}"
        browser = subprocess.Popen(
            [a.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1280,1000",
             "about:blank"], stderr=subprocess.PIPE, text=True)
        devtools = read_line(browser.stderr, r"DevTools listening on (ws://127\.0\.0\.1:(\d+)/\S+)")
        port = devtools.group(2)
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1280, height=1000, deviceScaleFactor=1, mobile=False)

        page.call("Page.navigate", url=base + "/")
        page.wait("document.readyState === 'complete' && !!document.getElementById('draft')")
        draft = open(os.path.join(ROOT, "docs", "examples", "brouillon.md"), encoding="utf-8").read()
        page.eval(f"document.getElementById('draft').value = {json.dumps(draft)}; "
                  "document.getElementById('check').click(); true")
        page.wait("document.querySelectorAll('mark.finding').length > 0")
        marks = page.eval("Array.from(document.querySelectorAll('mark.finding')).map(function(m){"
                          "return {finding: m.dataset.finding, verdict: m.classList[1], text: m.textContent};})")
        by_finding = {}
        for m in marks:
            by_finding.setdefault(m["finding"], []).append(m)
        check(any("chaque semaine" in m["text"] for m in by_finding.get("misquote", [])),
              "the two-sentence misquote is marked `misquote`")
        check(any("19 juillet" in m["text"] for m in by_finding.get("wrong date", [])),
              "the wrong date is marked `wrong date`")
        check(any("9 millions" in m["text"] for m in by_finding.get("unsourced figure", [])),
              "the unsourced figure is marked `unsourced figure`")
        check(any("35 serveurs" in m["text"] and m["verdict"] == "supported" for m in marks),
              "a true statement is marked `sourced`")
        true_statements = ["35 serveurs", "développé par la société"]
        check(not any(m["verdict"] == "contradicted" and any(t in m["text"] for t in true_statements) for m in marks),
              "no true statement is marked contradicted")
        summary = page.eval("document.getElementById('summary').innerText")
        check("3 to fix before publication" in summary, f"the summary counts what to fix: {summary!r}")

        # click the misquote: the evidence panel shows the diff and the source line
        page.eval("Array.from(document.querySelectorAll('mark.finding'))"
                  ".find(function(m){return m.dataset.finding === 'misquote';}).click(); true")
        panel = page.eval("document.getElementById('panel').innerText")
        check("MISQUOTE" in panel.upper() and "de sécurité" in panel, "the panel shows the misquote's word diff")
        link = page.eval("(document.querySelector('#panel a') || {}).href || ''")
        check(re.search(r"/source/\d+#L\d+$", link or "") is not None, f"the panel links to the source line: {link}")
        inserted = page.eval("Array.from(document.querySelectorAll('#panel ins')).map(function(e){return e.textContent;})")
        check("de sécurité" in (inserted or []), "the word the draft dropped is shown as inserted")

        shot = page.call("Page.captureScreenshot", format="png")
        with open(a.screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        print(f"wrote {os.path.relpath(a.screenshot, ROOT)}")

        # the keyboard moves to the next finding
        before = page.eval("document.querySelector('mark.finding.current').dataset.claim")
        page.eval("document.activeElement.blur(); true")
        for kind in ("keyDown", "keyUp"):
            page.call("Input.dispatchKeyEvent", type=kind, key="j", code="KeyJ", text="j" if kind == "keyDown" else "")
        after = page.eval("document.querySelector('mark.finding.current').dataset.claim")
        check(before != after, f"`j` moves to the next finding ({before} -> {after})")

        # the source page the link points to
        source_page = urllib.request.urlopen(link).read().decode()
        line = link.rsplit("#L", 1)[1]
        check(f'id="L{line}"' in source_page, "the source page has the linked line")

        # another host name is refused (DNS rebinding)
        req = urllib.request.Request(base + "/", headers={"Host": "attacker.example"})
        try:
            urllib.request.urlopen(req)
            check(False, "a request for another host is refused")
        except urllib.error.HTTPError as e:
            check(e.code == 421, f"a request for another host is refused ({e.code})")
    finally:
        for p in (browser, server):
            if p is not None:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("browser test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
