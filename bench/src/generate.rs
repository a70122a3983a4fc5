//! Clearly synthetic places for benchmarks: every name says GENERATED, every record cites one
//! source that says so, and none of it is ever written under public/.

use serde_json::{Value, json};

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const WORDS_EN: &[&str] = &[
    "Smart",
    "Precision",
    "Medical",
    "Sensor",
    "Hydrogen",
    "Auto",
    "Chip",
    "Robotics",
    "Valley",
    "Harbor",
    "Innovation",
    "Bio",
    "Digital",
    "Green",
    "Lidar",
    "Energy",
    "Materials",
    "Cable",
    "Valve",
    "Health",
];
const WORDS_ZH: &[&str] = &[
    "智造",
    "精准",
    "医疗",
    "传感",
    "氢能",
    "汽车",
    "芯片",
    "机器人",
    "谷",
    "港",
    "创新",
    "生物",
    "数字",
    "绿色",
    "新材料",
];
const KINDS: &[&str] = &["park", "project", "enterprise"];
const STATUSES: &[&str] = &["planned", "under-construction", "completed", "operating", "unknown"];

/// A places.json with `n` generated places, using the shipped towns and sectors.
pub fn dataset(shipped: &Value, n: usize) -> String {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let towns = shipped["towns"].as_array().cloned().unwrap_or_default();
    let sectors: Vec<String> = shipped["sectors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["id"].as_str().map(str::to_owned))
        .collect();
    let places: Vec<Value> = (0..n)
        .map(|i| {
            let town = &towns[(rng.next() % towns.len() as u64) as usize];
            let (a, b) = (rng.pick(WORDS_EN), rng.pick(WORDS_EN));
            let (c, d) = (rng.pick(WORDS_ZH), rng.pick(WORDS_ZH));
            let s1 = &sectors[(rng.next() % sectors.len() as u64) as usize];
            let s2 = &sectors[(rng.next() % sectors.len() as u64) as usize];
            json!({
                "id": format!("generated-{i}"),
                "kind": rng.pick(KINDS),
                "name": {"en": format!("GENERATED {a} {b} Park {i}"), "zh": format!("生成数据{c}{d}园{i}")},
                "town": town["id"],
                "status": rng.pick(STATUSES),
                "sources": ["generated"],
                "location": {"lon": town["label_point"]["lon"], "lat": town["label_point"]["lat"], "crs": "gcj02", "precision": "town"},
                "address": {"en": format!("{} {b} Road (generated)", 100 + i % 900), "zh": null},
                "sectors": if s1 == s2 { vec![s1.clone()] } else { vec![s1.clone(), s2.clone()] },
                "summary": {"en": format!("Generated benchmark record: a {} {} site.", a.to_lowercase(), b.to_lowercase()), "zh": format!("基准测试生成的记录：{c}{d}。")},
                "building_area_m2": (rng.next() % 200_000) as f64,
            })
        })
        .collect();
    json!({
        "schema": 1,
        "updated": "2026-11-24",
        "sources": [{"id": "generated", "title": "GENERATED benchmark data (not real)", "url": "https://example.com/generated-benchmark-data", "reliability": "weak"}],
        "towns": shipped["towns"],
        "sectors": shipped["sectors"],
        "programmes": shipped["programmes"],
        "places": places,
    })
    .to_string()
}
