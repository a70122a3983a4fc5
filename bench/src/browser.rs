//! The explorer in headless Chromium over dist/, with generated data: parse, index, the map's
//! first render, and each keystroke until the list is laid out, painted and the map has caught
//! up; then MiniSearch on the same data and queries for comparison.

use e2e::browser::{DESKTOP, wait_for, with_browser};
use e2e::server::{Reply, Server};
use e2e::{dist_dir, repo_root};

use crate::{QUERIES, RUNS, SIZES, generate, median};

/// Types each query into the real app, from an empty box each time, and times: keystroke →
/// results updated and laid out (the app's work: a macrotask later, after every reactive update,
/// with layout forced), keystroke → next frame painted (adds the wait for the display's frame,
/// up to 16.7 ms at 60 Hz), the app's own search (`jpe:search`: search, filters, facet
/// counts, before rendering), and keystroke → the map's markers redrawn (after the app's quiet
/// time, `MARKER_DELAY_MS`).
const TYPE_AND_TIME: &str = r#"
const [query, runs] = arguments;
const input = document.getElementById('search-input');
const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
const macrotask = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
const type = async (text) => {
  input.value = text;
  const t0 = performance.now();
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
  await macrotask();
  document.body.offsetHeight;
  const laidOut = performance.now() - t0;
  await frame();
  return [laidOut, performance.now() - t0, t0];
};
// The map's markers drawn for the typed text: the first "jpe:markers-drawn" mark after t0
// (NaN when the results, and so the markers, did not change: nothing to catch up with).
const mapDrawn = (t0) => new Promise(done => {
  if (!performance.getEntriesByName('jpe:markers-pending').some(e => e.startTime > t0)) return done(NaN);
  const look = () => {
    const drawn = performance.getEntriesByName('jpe:markers-drawn').find(e => e.startTime > t0);
    if (drawn) done(drawn.startTime - t0);
    else if (performance.now() - t0 > 5000) done(NaN);
    else requestAnimationFrame(look);
  };
  look();
});
const laid = [], painted = [], searched = [], map = [];
for (let i = 0; i < runs; i++) {
  const [, , cleared] = await type('');
  await mapDrawn(cleared);
  await frame();
  const [l, p, t0] = await type(query);
  laid.push(l);
  painted.push(p);
  searched.push(performance.getEntriesByName('jpe:search').map(e => e.duration).pop() ?? NaN);
  map.push(await mapDrawn(t0));
}
const median = v => { v.sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
const drawn = map.filter(t => !Number.isNaN(t));
return [median(laid), median(painted), median(searched), drawn.length ? median(drawn) : -1];
"#;

/// The same data and queries through MiniSearch (npm) in the same page: index time and the
/// median time of `search()` per query (prefix and fuzzy on, every term required).
const MINISEARCH: &str = r#"
const [queries, runs] = arguments;
const data = await (await fetch('data/places.json')).json();
const towns = Object.fromEntries(data.towns.map(t => [t.id, (t.name.en || '') + ' ' + (t.name.zh || '')]));
const docs = data.places.map((p, i) => ({
  id: i,
  name: (p.name.en || '') + ' ' + (p.name.zh || ''),
  address: p.address ? (p.address.en || '') + ' ' + (p.address.zh || '') : '',
  summary: p.summary ? (p.summary.en || '') + ' ' + (p.summary.zh || '') : '',
  town: towns[p.town] || '',
}));
const t0 = performance.now();
const ms = new MiniSearch({ fields: ['name', 'address', 'summary', 'town'],
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 3 } } });
ms.addAll(docs);
const indexMs = performance.now() - t0;
const perQuery = queries.map(q => {
  const times = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    hits = ms.search(q).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [times[Math.floor(times.length / 2)], hits];
});
return [indexMs, perQuery];
"#;

pub async fn browser(shipped: &serde_json::Value) {
    println!("\n## headless Chromium (release build from dist/): medians of {RUNS} runs");
    println!(
        "{:>8} {:>15} {:>10} {:>17} {:>21} {:>21} {:>12} {:>17}",
        "places",
        "parse+validate",
        "index",
        "map 1st render",
        "keystroke->laid out",
        "keystroke->painted",
        "search only",
        "map caught up"
    );
    let minisearch = std::fs::read_to_string(repo_root().join("node_modules/minisearch/dist/umd/index.js"))
        .expect("node_modules/minisearch (npm ci)");
    let mut comparison = Vec::new();
    for n in SIZES {
        let server = Server::start(dist_dir());
        server.set("/data/places.json", Reply::json(generate::dataset(shipped, n)));
        let minisearch = minisearch.clone();
        let results = std::sync::Arc::new(std::sync::Mutex::new(None));
        let out = results.clone();
        with_browser(DESKTOP, |driver| async move {
            driver.set_script_timeout(std::time::Duration::from_secs(300)).await?;
            driver.goto(server.url("/")).await?;
            wait_for(&driver, "li.result").await?;
            let measure =
                |name: &str| format!("return performance.getEntriesByName('{name}').map(e => e.duration).pop() ?? -1;");
            let parse: f64 = driver.execute(&measure("jpe:parse-validate"), vec![]).await?.convert()?;
            let index: f64 = driver.execute(&measure("jpe:index"), vec![]).await?.convert()?;
            // The map (split view on this desktop-sized window): Leaflet set-up plus every marker.
            wait_for(&driver, ".map[data-markers]").await?;
            let map: f64 = driver.execute(&measure("jpe:map-render"), vec![]).await?.convert()?;
            let (mut laid, mut painted, mut searched, mut caught) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for q in QUERIES {
                let script = format!("return (async () => {{ {TYPE_AND_TIME} }})(...arguments);");
                let [l, p, s, m]: [f64; 4] =
                    driver.execute(&script, vec![serde_json::json!(q), serde_json::json!(RUNS)]).await?.convert()?;
                laid.push(l);
                painted.push(p);
                searched.push(s);
                caught.push(m);
            }
            // A query whose markers are those of the empty search has nothing for the map to catch up.
            let redrawn: Vec<f64> = caught.iter().copied().filter(|m| *m >= 0.0).collect();
            println!(
                "{n:>8} {parse:>12.1} ms {index:>7.1} ms {map:>14.1} ms {:>18.1} ms {:>18.1} ms {:>9.2} ms {:>14.1} ms",
                median(laid.clone()),
                median(painted.clone()),
                median(searched.clone()),
                median(redrawn)
            );
            let detail: Vec<String> = QUERIES
                .iter()
                .enumerate()
                .map(|(i, q)| format!("{q:?} {:.1}/{:.1}/{:.2}/{:.0}", laid[i], painted[i], searched[i], caught[i]))
                .collect();
            println!("{:>8} per query (laid out/painted/search/map caught up ms): {}", "", detail.join(", "));
            driver.execute(&minisearch, vec![]).await?;
            let script = format!("return (async () => {{ {MINISEARCH} }})(...arguments);");
            let (index_ms, per_query): (f64, Vec<(f64, usize)>) =
                driver.execute(&script, vec![serde_json::json!(QUERIES), serde_json::json!(RUNS)]).await?.convert()?;
            *out.lock().expect("results") = Some((n, index_ms, per_query, median(searched)));
            Ok(())
        })
        .await;
        if let Some(r) = results.lock().expect("results").take() {
            comparison.push(r);
        }
    }
    println!("\n## same data, same queries, same page: MiniSearch 7 (npm) vs this app's search");
    println!("(MiniSearch: prefix + fuzzy 0.2, AND; it splits Chinese only at spaces, so it has no pinyin and");
    println!(" finds 医疗 only where it stands alone. This app: search + filters + facet counts.)");
    println!("{:>8} {:>18} {:>22} {:>22}", "places", "MiniSearch index", "MiniSearch search", "this app search");
    for (n, index_ms, per_query, ours) in comparison {
        let times: Vec<f64> = per_query.iter().map(|(t, _)| *t).collect();
        println!("{n:>8} {index_ms:>15.1} ms {:>19.2} ms {ours:>19.2} ms", median(times));
        let detail: Vec<String> =
            QUERIES.iter().zip(&per_query).map(|(q, (t, hits))| format!("{q:?} {t:.2} ms/{hits} hits")).collect();
        println!("{:>8} MiniSearch per query: {}", "", detail.join(", "));
    }
}
