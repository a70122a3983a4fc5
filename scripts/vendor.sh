#!/usr/bin/env sh
# Copies the map library from the npm packages into public/vendor/leaflet (run by trunk before
# every build, see Trunk.toml). The app loads it from there: no CDN, so embeds work offline.
set -eu
cd "$(dirname "$0")/.."
out=public/vendor/leaflet
mkdir -p "$out"
copy() {
  # Copy only when changed, so `trunk serve` does not see a change and rebuild in a loop.
  cmp -s "$1" "$out/$(basename "$1")" 2>/dev/null || cp "$1" "$out/"
}
for f in node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
         node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
         node_modules/leaflet.markercluster/dist/MarkerCluster.css \
         node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css \
         node_modules/leaflet/LICENSE node_modules/leaflet.markercluster/MIT-LICENCE.txt; do
  [ -f "$f" ] || { echo "missing $f: run scripts/ensure-tools.sh (npm ci)" >&2; exit 1; }
  copy "$f"
done
