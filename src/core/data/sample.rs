//! A small catalogue for unit tests (not shipped: real data is public/data/places.json).

use crate::core::data::geojson::read_geography;
use crate::core::data::model::Dataset;
use crate::core::data::validate::validate;
use crate::core::geo::Geography;

/// A square roughly covering Jiading, in place of the real outline.
pub fn square_geography() -> Geography {
    read_geography(
        r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"role":"district","name_zh":"嘉定区","name_en":"Jiading District","label_lon":121.25,"label_lat":31.38},
         "geometry":{"type":"Polygon","coordinates":[[[121.0,31.2],[121.5,31.2],[121.5,31.55],[121.0,31.55],[121.0,31.2]]]}}]}"#,
    )
    .expect("test geography parses")
}

pub const SAMPLE: &str = r#"{
  "schema": 1, "updated": "2025-06-10",
  "sources": [
    {"id": "shine", "title": "Smart manufacturing spaces", "publisher": "Shanghai Daily", "date": "2025-06-10",
     "url": "https://www.shine.cn/feature/district/2506100713/", "reliability": "press"},
    {"id": "blog", "title": "A listing blog", "url": "http://example.com/a", "reliability": "weak"}
  ],
  "towns": [
    {"id": "anting", "code": "310114103", "name": {"zh": "安亭镇", "en": "Anting Town"},
     "label_point": {"lon": 121.2047, "lat": 31.2987, "crs": "gcj02"}},
    {"id": "malu", "code": "310114106", "name": {"zh": "马陆镇", "en": "Malu Town"},
     "label_point": {"lon": 121.2787, "lat": 31.3518, "crs": "gcj02"}},
    {"id": "jiading-industrial-zone", "code": "310114501", "name": {"zh": "嘉定工业区", "en": "Jiading Industrial Zone"},
     "label_point": {"lon": 121.2024, "lat": 31.4245, "crs": "gcj02"}}
  ],
  "sectors": [
    {"id": "icv", "name": {"zh": "智能网联汽车", "en": "Intelligent connected vehicles"}},
    {"id": "medical-devices", "name": {"zh": "医疗器械", "en": "Medical devices"}},
    {"id": "energy-saving", "name": {"zh": "节能技术", "en": "Energy-saving technology"}}
  ],
  "programmes": [{"id": "sms", "name": {"zh": "智造空间", "en": "Smart manufacturing space"}}],
  "places": [
    {"id": "haoyuan", "kind": "park", "name": {"zh": null, "en": "Haoyuan Smart Manufacturing Industrial Park"},
     "aliases": [{"en": "HZ Park"}],
     "town": "jiading-industrial-zone", "status": "completed", "status_as_of": "2025-06-10", "sources": ["shine"],
     "location": {"lon": 121.2024, "lat": 31.4245, "crs": "gcj02", "precision": "town"},
     "address": {"zh": null, "en": "155 Beihe Highway, Jiading Industrial Zone"},
     "sectors": ["icv", "medical-devices"], "summary": {"en": "Factories with a canteen.", "zh": "配有食堂的厂房。"},
     "opening": "2025-H2", "investment_cny": 400000000, "building_area_m2": 82810,
     "buildings": [{"count": 1, "type": "comprehensive"}, {"count": 5, "type": "factory"}],
     "facilities": ["canteen"], "recognition": {"sms": null},
     "spaces": [{"id": "haoyuan-ground", "use": "factory", "floor": "1", "area_m2": 4000, "clear_height_m": 9.5,
                 "floor_load_kn_m2": null, "availability": "unknown"}],
     "qualifiers": {"investment_cny": "about"}, "cite": {"investment_cny": ["shine"]}},
    {"id": "xinggu", "kind": "project", "name": {"en": "Shanghai Xinggu International Health Industry Park"},
     "town": "malu", "status": "unknown", "sources": ["shine"], "location": null, "sectors": []},
    {"id": "zhengfeng", "kind": "project", "name": {"en": "Zhengfeng Valve Group Base"},
     "town": "anting", "status": "unknown", "sources": ["shine", "blog"], "sectors": ["energy-saving", "icv"]},
    {"id": "anting-park", "kind": "park", "name": {"zh": "安亭国际医疗产业园", "en": "Anting Medical Park"},
     "town": "anting", "status": "operating", "status_as_of": "2024", "sources": ["blog"], "sectors": []}
  ]
}"#;

pub fn sample() -> Dataset {
    match validate(SAMPLE, &square_geography()) {
        Ok(d) => d,
        Err(e) => panic!("sample data is invalid: {:?}", e.problems),
    }
}
