//! A static file server for `dist/` on 127.0.0.1, the way a government CMS hosts it: under a
//! deep sub-path, with strict security headers on every response. Per-path overrides let a test
//! serve a broken data file, an error status or a request that never answers, and a switch takes
//! the "network" down (connections dropped) to test offline use.

use std::collections::HashMap;
use std::io::Write;
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
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

/// Where the app is mounted by default: a sub-path like a district site's CMS would give it.
pub const MOUNT: &str = "/zwgk/zsyz/explorer/";

/// The Content-Security-Policy the README tells hosts to send, with `frame-ancestors` and any
/// extra image host filled in.
pub fn strict_csp(frame_ancestors: &[String], extra_img_src: &[String]) -> String {
    let ancestors = if frame_ancestors.is_empty() { "'none'".to_owned() } else { frame_ancestors.join(" ") };
    let img =
        std::iter::once("'self' data:".to_owned()).chain(extra_img_src.iter().cloned()).collect::<Vec<_>>().join(" ");
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src {img}; \
         connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    )
}

/// How a server is set up.
#[derive(Clone, Debug)]
pub struct Options {
    /// Path prefix the files are served under; starts and ends with `/`.
    pub mount: String,
    /// The whole Content-Security-Policy header value.
    pub csp: String,
    /// Answer with `file.br` or `file.gz` beside a file when the browser accepts that encoding,
    /// as a CDN or nginx's `brotli_static`/`gzip_static` does (the benchmark's copy of dist/).
    pub precompressed: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { mount: MOUNT.to_owned(), csp: strict_csp(&[], &[]), precompressed: false }
    }
}

pub struct Server {
    /// The app's URL without the trailing slash: `url("/?q=x")` is `base + "/?q=x"`.
    pub base: String,
    /// `scheme://host:port`, as browsers serialise the origin.
    pub origin: String,
    mount: String,
    http: Arc<tiny_http::Server>,
    state: Arc<Mutex<State>>,
    root: PathBuf,
    options: Options,
    thread: Option<JoinHandle<()>>,
    network: Arc<Network>,
}

/// A TCP relay in front of tiny_http: while "down", it drops every connection, which the
/// browser sees as a network failure (tiny_http itself would answer every request).
#[derive(Default)]
struct Network {
    down: AtomicBool,
    live: Mutex<Vec<TcpStream>>,
}

fn relay(listener: TcpListener, backend: std::net::SocketAddr, network: Arc<Network>) {
    for client in listener.incoming().flatten() {
        if network.down.load(Ordering::SeqCst) {
            let _ = client.shutdown(Shutdown::Both);
            continue;
        }
        let Ok(server) = TcpStream::connect(backend) else { continue };
        let (Ok(client2), Ok(server2)) = (client.try_clone(), server.try_clone()) else { continue };
        if let Ok(c) = client.try_clone() {
            network.live.lock().expect("network").push(c);
        }
        let pipe = |mut from: TcpStream, mut to: TcpStream| {
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut from, &mut to);
                let _ = to.flush();
                let _ = to.shutdown(Shutdown::Write);
            })
        };
        pipe(client, server);
        pipe(server2, client2);
    }
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
    /// `root` under [`MOUNT`] with the strict headers and `frame-ancestors 'none'`.
    pub fn start(root: PathBuf) -> Server {
        Server::with(root, Options::default())
    }

    pub fn with(root: PathBuf, options: Options) -> Server {
        let http = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
        let backend = http.server_addr().to_ip().expect("an IP listener");
        let state = Arc::new(Mutex::new(State::default()));
        let (http2, state2) = (http.clone(), state.clone());
        let mount = options.mount.clone();
        let (root2, options2) = (root.clone(), options.clone());
        let thread = std::thread::spawn(move || {
            for request in http2.incoming_requests() {
                let (root, state, options) = (root2.clone(), state2.clone(), options2.clone());
                std::thread::spawn(move || answer(&root, &options, &state, request));
            }
        });
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("address").port();
        let network = Arc::new(Network::default());
        let network2 = network.clone();
        std::thread::spawn(move || relay(listener, backend, network2));
        let origin = format!("http://127.0.0.1:{port}");
        Server {
            base: format!("{origin}{}", mount.trim_end_matches('/')),
            origin,
            mount,
            http,
            state,
            root,
            options,
            thread: Some(thread),
            network,
        }
    }

    /// The absolute URL of `path_and_query` (which starts with `/`) under the mount.
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.base)
    }

    fn full_path(&self, path: &str) -> String {
        format!("{}{path}", self.mount.trim_end_matches('/'))
    }

    /// Overrides the answer for `path` (relative to the mount, starting with `/`).
    pub fn set(&self, path: &str, reply: Reply) {
        let path = self.full_path(path);
        self.state.lock().expect("server state").overrides.insert(path, reply);
    }

    pub fn clear(&self, path: &str) {
        let path = self.full_path(path);
        self.state.lock().expect("server state").overrides.remove(&path);
    }

    /// Ends a [`Reply::Hang`] for `path`: the requests held so far are answered as if it had
    /// never been set (a slow response that finally arrives), and so are later ones.
    pub fn release(&self, path: &str) {
        let full = self.full_path(path);
        let held: Vec<Request> = {
            let mut s = self.state.lock().expect("server state");
            s.overrides.remove(&full);
            let (mine, others) =
                s.hung.drain(..).partition(|r| r.url().split(['?', '#']).next() == Some(full.as_str()));
            s.hung = others;
            mine
        };
        for request in held {
            let (root, options, state) = (self.root.clone(), self.options.clone(), self.state.clone());
            std::thread::spawn(move || answer(&root, &options, &state, request));
        }
    }

    /// Every path requested so far, in order; relative to the mount when under it.
    pub fn requests(&self) -> Vec<String> {
        let prefix = self.mount.trim_end_matches('/');
        let s = self.state.lock().expect("server state");
        s.requests
            .iter()
            .map(|r| r.strip_prefix(prefix).filter(|r| r.starts_with('/')).unwrap_or(r).to_owned())
            .collect()
    }

    /// Every request line's path as the browser sent it, mount included.
    pub fn raw_requests(&self) -> Vec<String> {
        self.state.lock().expect("server state").requests.clone()
    }

    /// Takes the network down: open connections are cut and new ones dropped.
    pub fn go_down(&self) {
        self.network.down.store(true, Ordering::SeqCst);
        for stream in self.network.live.lock().expect("network").drain(..) {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }

    pub fn come_up(&self) {
        self.network.down.store(false, Ordering::SeqCst);
    }
}

/// Headers a strict government host sends with every response.
fn with_security_headers<R: std::io::Read>(response: Response<R>, options: &Options) -> Response<R> {
    response
        .with_header(header("Content-Security-Policy", &options.csp))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Referrer-Policy", "strict-origin-when-cross-origin"))
        .with_header(header("Cache-Control", "no-store"))
}

/// The precompressed sibling of `file` in the best encoding the request accepts.
fn encoded(request: &Request, file: &Path) -> Option<(&'static str, Vec<u8>)> {
    let accepts = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Accept-Encoding"))
        .map(|h| h.value.as_str().to_owned())
        .unwrap_or_default();
    [("br", "br"), ("gzip", "gz")].into_iter().find_map(|(encoding, ext)| {
        let sibling = PathBuf::from(format!("{}.{ext}", file.display()));
        accepts.split(',').any(|a| a.trim().split(';').next() == Some(encoding)).then_some(())?;
        Some((encoding, std::fs::read(sibling).ok()?))
    })
}

fn answer(root: &Path, options: &Options, state: &Mutex<State>, request: Request) {
    let path = request.url().split(['?', '#']).next().unwrap_or("/").to_owned();
    let reply = {
        let mut s = state.lock().expect("server state");
        s.requests.push(request.url().to_owned());
        s.overrides.get(&path).cloned()
    };
    let not_found = || with_security_headers(Response::from_string("not found").with_status_code(404), options);
    let result = match reply {
        Some(Reply::Hang) => {
            state.lock().expect("server state").hung.push(request);
            return;
        }
        Some(Reply::Status(code)) => request.respond(with_security_headers(Response::empty(StatusCode(code)), options)),
        Some(Reply::Body { content_type, body }) => request.respond(with_security_headers(
            Response::from_data(body).with_header(header("Content-Type", content_type)),
            options,
        )),
        // Like a static host: the directory without its slash redirects to the directory.
        None if format!("{path}/") == options.mount => {
            let location = format!("{}{}", options.mount, request.url().strip_prefix(path.as_str()).unwrap_or(""));
            request.respond(with_security_headers(
                Response::empty(StatusCode(301)).with_header(header("Location", &location)),
                options,
            ))
        }
        None => match path.strip_prefix(options.mount.trim_end_matches('/')).filter(|p| p.starts_with('/')) {
            None => request.respond(not_found()),
            Some(inside) => match resolve(root, inside).and_then(|p| Some((std::fs::read(&p).ok()?, p))) {
                Some((body, file)) => {
                    let response = match options.precompressed.then(|| encoded(&request, &file)).flatten() {
                        Some((encoding, body)) => Response::from_data(body)
                            .with_header(header("Content-Encoding", encoding))
                            .with_header(header("Vary", "Accept-Encoding")),
                        None => Response::from_data(body),
                    };
                    let response = response.with_header(header("Content-Type", content_type(&file)));
                    request.respond(with_security_headers(response, options))
                }
                None => request.respond(not_found()),
            },
        },
    };
    // The browser may have gone away (a test that finished); nothing to do about it.
    let _ = result;
}

impl Drop for Server {
    fn drop(&mut self) {
        self.go_down();
        self.http.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
