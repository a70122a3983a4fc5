#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz / libFuzzer, stable toolchain, no sanitizer: the code is safe
# Rust, so what it finds are panics — including integer overflow, with debug assertions on).
#   scripts/fuzz.sh SECONDS [TARGET...]     default targets: validate geojson url
# New inputs go to fuzz/corpus/<target>/ (git-ignored); a failing input to fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(validate geojson url)
status=0
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target" "artifacts/$target"
  seeds="seeds/$target"
  [ -d "$seeds" ] || seeds="seeds/validate"
  [ "$target" = geojson ] && { seeds="corpus/geojson"; cp ../public/data/jiading.geojson corpus/geojson/outline.json; }
  log="artifacts/$target/last-run.log"
  dict=()
  [ "$target" = url ] || dict=(-dict=validate.dict)
  if cargo fuzz run --sanitizer none -O -a "$target" "corpus/$target" "$seeds" -- \
      "${dict[@]}" -max_len=65536 -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="artifacts/$target/" > "$log" 2>&1; then
    result="no finding"
  else
    result="FINDING: see fuzz/$log and the input in fuzz/artifacts/$target/"
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  echo "fuzz $target: ${runs:-?} executions in ${seconds} s (${rate:-?}/s), $result"
done
exit $status
