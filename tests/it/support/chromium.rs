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
        let mut c = Self { child, input, replies, next: 0, session: String::new(), _profile: profile };
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

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
