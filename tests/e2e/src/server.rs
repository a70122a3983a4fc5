//! A static file server for `dist/` on 127.0.0.1 with per-path overrides, so a test can serve a
//! broken data file, an error status or a request that never answers.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use tiny_http::{Header, Request, Response, StatusCode};

/// What to answer for a path instead of the file.
#[derive(Clone, Debug)]
pub enum Reply {
    /// An empty response with this status.
    Status(u16),
    /// This body with this content type.
    Body { content_type: &'static str, body: Vec<u8> },
    /// Never answer (until the server stops).
    Hang,
}

impl Reply {
    pub fn json(text: impl Into<String>) -> Reply {
        Reply::Body { content_type: "application/json", body: text.into().into_bytes() }
    }
}

#[derive(Default)]
struct State {
    overrides: HashMap<String, Reply>,
    requests: Vec<String>,
    hung: Vec<Request>,
}

pub struct Server {
    pub base: String,
    http: Arc<tiny_http::Server>,
    state: Arc<Mutex<State>>,
    thread: Option<JoinHandle<()>>,
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "geojson" => "application/geo+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

/// The file under `root` for a URL path, refusing anything that climbs out of it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = url_path.trim_start_matches('/');
    let mut path = root.to_path_buf();
    for part in Path::new(relative).components() {
        match part {
            Component::Normal(p) => path.push(p),
            _ => return None,
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    path.is_file().then_some(path)
}

impl Server {
    pub fn start(root: PathBuf) -> Server {
        let http = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
        let port = http.server_addr().to_ip().expect("an IP listener").port();
        let state = Arc::new(Mutex::new(State::default()));
        let (http2, state2) = (http.clone(), state.clone());
        let thread = std::thread::spawn(move || {
            for request in http2.incoming_requests() {
                let (root, state) = (root.clone(), state2.clone());
                std::thread::spawn(move || answer(&root, &state, request));
            }
        });
        Server { base: format!("http://127.0.0.1:{port}"), http, state, thread: Some(thread) }
    }

    /// The absolute URL of `path_and_query` (which starts with `/`).
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.base)
    }

    pub fn set(&self, path: &str, reply: Reply) {
        self.state.lock().expect("server state").overrides.insert(path.to_owned(), reply);
    }

    pub fn clear(&self, path: &str) {
        self.state.lock().expect("server state").overrides.remove(path);
    }

    /// Every path requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.state.lock().expect("server state").requests.clone()
    }
}

fn answer(root: &Path, state: &Mutex<State>, request: Request) {
    let path = request.url().split(['?', '#']).next().unwrap_or("/").to_owned();
    let reply = {
        let mut s = state.lock().expect("server state");
        s.requests.push(request.url().to_owned());
        s.overrides.get(&path).cloned()
    };
    let no_store = header("Cache-Control", "no-store");
    let result = match reply {
        Some(Reply::Hang) => {
            state.lock().expect("server state").hung.push(request);
            return;
        }
        Some(Reply::Status(code)) => request.respond(Response::empty(StatusCode(code)).with_header(no_store)),
        Some(Reply::Body { content_type, body }) => request
            .respond(Response::from_data(body).with_header(header("Content-Type", content_type)).with_header(no_store)),
        None => match resolve(root, &path).and_then(|p| Some((std::fs::read(&p).ok()?, p))) {
            Some((body, file)) => request.respond(
                Response::from_data(body)
                    .with_header(header("Content-Type", content_type(&file)))
                    .with_header(no_store),
            ),
            None => request.respond(Response::from_string("not found").with_status_code(404)),
        },
    };
    // The browser may have gone away (a test that finished); nothing to do about it.
    let _ = result;
}

impl Drop for Server {
    fn drop(&mut self) {
        self.http.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
