//! A headless chromium driven over the DevTools protocol on a pipe (fd 3 and 4, set up by
//! `sh`), so no WebDriver server and no extra crate are needed. Browser tests start with
//! [`find_or_skip`]: without a browser they say so in one line and pass, unless
//! `CONVENE_REQUIRE_BROWSER=1` (as in CI) makes that a failure.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::mpsc;

/// A running chromium with one page attached.
pub struct Chromium {
    child: Child,
    input: ChildStdin,
    replies: mpsc::UnboundedReceiver<Value>,
    next: u64,
    session: String,
    /// Events the browser sent while a command was awaited (console messages, exceptions).
    events: Vec<Value>,
    _profile: tempfile::TempDir,
}

/// The variable that makes a missing browser a failure (CI sets it, so CI never skips).
const REQUIRE: &str = "CONVENE_REQUIRE_BROWSER";

/// The browser to drive: `CONVENE_TEST_CHROMIUM`, or the first chromium or chrome on `PATH`.
fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CONVENE_TEST_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
            .into_iter()
            .map(|name| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// The browser for `test`, or `None` after one line saying the test is skipped. With
/// `CONVENE_REQUIRE_BROWSER=1` a missing browser fails the test instead.
pub fn find_or_skip(test: &str) -> Option<PathBuf> {
    let found = find();
    if found.is_none() {
        assert!(
            std::env::var(REQUIRE).as_deref() != Ok("1"),
            "{test}: no chromium, and {REQUIRE}=1 requires one: install chromium or set CONVENE_TEST_CHROMIUM"
        );
        // Straight to the process's stderr: the test harness captures `eprintln!` of tests
        // that pass, and a skip must be seen.
        let _ =
            writeln!(std::io::stderr(), "{test}: skipped: no chromium; set CONVENE_TEST_CHROMIUM or install chromium");
    }
    found
}

impl Chromium {
    /// Starts the browser at `path` (from [`find_or_skip`]) and opens a blank page.
    pub async fn start(path: &Path) -> Self {
        let profile = tempfile::tempdir().expect("profile dir");
        let script = r#"exec "$0" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --no-default-browser-check --user-data-dir="$1" --remote-debugging-pipe about:blank 3<&0 4>&1 0</dev/null 1>/dev/null 2>/dev/null"#;
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(path)
            .arg(profile.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromium");
        let input = child.stdin.take().expect("pipe in");
        let output = child.stdout.take().expect("pipe out");
        let (tx, replies) = mpsc::unbounded_channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(output);
            let mut buf = Vec::new();
            while reader.read_until(0, &mut buf).map(|n| n > 0).unwrap_or(false) {
                buf.pop();
                if let Ok(v) = serde_json::from_slice::<Value>(&buf)
                    && tx.send(v).is_err()
                {
                    break;
                }
                buf.clear();
            }
        });
        let mut c =
            Self { child, input, replies, next: 0, session: String::new(), events: Vec::new(), _profile: profile };
        let target = c.call(None, "Target.createTarget", json!({"url": "about:blank"})).await;
        let target_id = target["targetId"].as_str().expect("target").to_owned();
        let attached = c.call(None, "Target.attachToTarget", json!({"targetId": target_id, "flatten": true})).await;
        c.session = attached["sessionId"].as_str().expect("session").to_owned();
        c.send("Page.enable", json!({})).await;
        c.send("Network.enable", json!({})).await;
        c
    }

    async fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&msg).expect("json");
        bytes.push(0);
        self.input.write_all(&bytes).expect("write to chromium");
        self.input.flush().expect("flush");
        loop {
            // A guard against a hung browser, not a timing assertion.
            let reply = tokio::time::timeout(Duration::from_secs(60), self.replies.recv())
                .await
                .unwrap_or_else(|_| panic!("chromium did not answer {method}"))
                .unwrap_or_else(|| panic!("chromium exited during {method}"));
            if reply["id"].as_u64() == Some(id) {
                if let Some(error) = reply.get("error") {
                    return json!({"error": error});
                }
                return reply["result"].clone();
            }
            if reply.get("method").is_some() {
                self.events.push(reply);
            }
        }
    }

    /// Sends a command to the page.
    pub async fn send(&mut self, method: &str, params: Value) -> Value {
        let session = self.session.clone();
        self.call(Some(&session), method, params).await
    }

    /// Evaluates `expression` in the page (awaiting a promise) and returns its value.
    pub async fn eval(&mut self, expression: &str) -> Value {
        let r = self
            .send("Runtime.evaluate", json!({"expression": expression, "awaitPromise": true, "returnByValue": true}))
            .await;
        if let Some(details) = r.get("exceptionDetails") {
            return json!({"exception": details});
        }
        r["result"]["value"].clone()
    }

    /// Waits until `condition` (a JavaScript expression) is true in the page, across
    /// navigations; the page polls it, the test never sleeps.
    pub async fn wait_for(&mut self, condition: &str) {
        let waiter = format!(
            "new Promise(function (ok) {{ var n = 0; (function check() {{ var v = false; try {{ v = !!({condition}); }} catch (e) {{}} if (v) ok(true); else if (++n > 400) ok(false); else setTimeout(check, 25); }})(); }})"
        );
        for _ in 0..20 {
            if self.eval(&waiter).await == json!(true) {
                return;
            }
        }
        let snapshot = self.eval("document.body ? document.body.innerText : ''").await;
        panic!("never became true: {condition}\npage: {snapshot}");
    }

    /// Opens `url`.
    pub async fn goto(&mut self, url: &str) {
        self.send("Page.navigate", json!({"url": url})).await;
    }

    /// Cuts or restores the page's network.
    pub async fn offline(&mut self, offline: bool) {
        let r = self
            .send(
                "Network.emulateNetworkConditions",
                json!({"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}),
            )
            .await;
        assert!(r.get("error").is_none(), "{r}");
    }
}

/// What a page reported as going wrong, in one line: a console error, an uncaught exception,
/// or an error in the browser's log (a resource refused or not found).
fn problem(event: &Value) -> Option<String> {
    let params = &event["params"];
    match event["method"].as_str()? {
        "Runtime.consoleAPICalled" if matches!(params["type"].as_str(), Some("error" | "assert")) => {
            let args: Vec<String> =
                params["args"].as_array()?.iter().map(|a| a["value"].as_str().unwrap_or("?").to_owned()).collect();
            Some(format!("console.error: {}", args.join(" ")))
        }
        "Runtime.exceptionThrown" => {
            Some(format!("exception: {}", params["exceptionDetails"]["exception"]["description"]))
        }
        "Log.entryAdded" if params["entry"]["level"].as_str() == Some("error") => Some(format!(
            "log: {} {}",
            params["entry"]["text"].as_str().unwrap_or(""),
            params["entry"]["url"].as_str().unwrap_or("")
        )),
        _ => None,
    }
}

impl Chromium {
    /// Starts reporting the page's console messages, exceptions and log entries.
    pub async fn watch_console(&mut self) {
        self.send("Runtime.enable", json!({})).await;
        self.send("Log.enable", json!({})).await;
    }

    /// The problems the page reported since the last call (after [`Self::watch_console`]).
    pub async fn problems(&mut self) -> Vec<String> {
        // A round trip, so that everything sent before it has arrived.
        self.eval("1").await;
        while let Ok(event) = self.replies.try_recv() {
            self.events.push(event);
        }
        self.events.drain(..).filter_map(|e| problem(&e)).collect()
    }

    /// Lays the page out as on a screen `width` CSS pixels wide (a phone below 600).
    pub async fn set_width(&mut self, width: u32) {
        let r = self
            .send(
                "Emulation.setDeviceMetricsOverride",
                json!({"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}),
            )
            .await;
        assert!(r.get("error").is_none(), "{r}");
    }

    /// Opens `url` and waits until the new document has loaded.
    pub async fn open(&mut self, url: &str) {
        self.eval("window.__convene_left = true").await;
        self.goto(url).await;
        self.wait_for("!window.__convene_left && document.readyState === 'complete'").await;
    }

    /// Runs `script` (which submits a form or follows a link) and waits for the next document.
    pub async fn navigate_by(&mut self, script: &str) {
        self.eval("window.__convene_left = true").await;
        self.eval(script).await;
        self.wait_for("!window.__convene_left && document.readyState === 'complete'").await;
    }

    /// Forgets every cookie (signs everyone out).
    pub async fn clear_cookies(&mut self) {
        self.send("Network.clearBrowserCookies", json!({})).await;
    }

    /// Saves a PNG of the whole page, `width` pixels wide and as tall as the page, to `path`.
    pub async fn screenshot(&mut self, width: u32, path: &Path) {
        use base64::Engine;
        let metrics = self.send("Page.getLayoutMetrics", json!({})).await;
        let height = &metrics["cssContentSize"]["height"];
        let clip = json!({"x": 0, "y": 0, "width": width, "height": height, "scale": 1});
        let shot = self
            .send("Page.captureScreenshot", json!({"format": "png", "captureBeyondViewport": true, "clip": clip}))
            .await;
        let data = shot["data"].as_str().unwrap_or_else(|| panic!("no screenshot: {shot}"));
        let png = base64::engine::general_purpose::STANDARD.decode(data).expect("base64 screenshot");
        std::fs::write(path, png).expect("write screenshot");
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
