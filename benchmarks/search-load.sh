#!/usr/bin/env bash
# Search benchmark: for 10,000 and 100,000 synthetic services, times a full search-index rebuild and
# drives /services over HTTP with a mix of words, filters and postcodes (benchmarks/query-mix.lua) at
# 32 concurrent connections, then the same server returning a static file of the same size as a
# search page (the ceiling). Needs wrk (apt-get install wrk) and curl. Loopback only, bounded in time.
# Usage: benchmarks/search-load.sh [seconds per run, default 20] [sizes, default "10000 100000"]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
sizes=${2:-"10000 100000"}
out=artifacts/publish
port=5098
dotnet publish src/LocalOffer.Web -c Release -o "$out" >/dev/null

run_site() { # data-directory
  ASPNETCORE_ENVIRONMENT=Production LocalOffer__DataDirectory="$1" LocalOffer__LogFormat=json \
    Logging__LogLevel__Default=Warning dotnet "$out/LocalOffer.Web.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  echo $!
}

for n in $sizes; do
  data=$(mktemp -d)
  export LocalOffer__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
  dotnet "$out/LocalOffer.Web.dll" import-postcodes src/LocalOffer.Web/Demo/Data/postcodes-demo.csv >/dev/null
  dotnet "$out/LocalOffer.Web.dll" generate --services "$n" --seed 1 | tail -1 >/dev/null
  echo "== $n services"
  for i in 1 2 3; do dotnet "$out/LocalOffer.Web.dll" rebuild-search-index | tail -1; done
  unset LocalOffer__DataDirectory ASPNETCORE_ENVIRONMENT Logging__LogLevel__Default

  pid=$(run_site "$data")
  until curl -fs -o /dev/null "http://127.0.0.1:$port/services"; do sleep 0.1; done
  # Warm up both paths (the JIT optimises hot code after it has run a while), then keep a copy of
  # a typical results page as the static-file ceiling.
  UNIQUE=1 wrk -t2 -c32 -d10s -s benchmarks/query-mix.lua "http://127.0.0.1:$port" >/dev/null
  wrk -t2 -c32 -d5s -s benchmarks/query-mix.lua "http://127.0.0.1:$port" >/dev/null
  curl -fs "http://127.0.0.1:$port/services?q=autism&postcode=BA2+3EP" > "$out/wwwroot/benchmark-page.html"
  echo "-- search mix, every search computed (each address unique) ($(wc -c < "$out/wwwroot/benchmark-page.html") byte page)"
  UNIQUE=1 wrk -t2 -c32 -d"${seconds}s" --latency -s benchmarks/query-mix.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
  echo "-- search mix, repeated searches (answers from the output cache)"
  wrk -t2 -c32 -d"${seconds}s" --latency -s benchmarks/query-mix.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
  echo "-- static file of the same size"
  wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port/benchmark-page.html" | grep -E "Requests/sec|^ +(50|99)%"
  echo "-- peak memory: $(grep VmHWM /proc/$pid/status)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$out/wwwroot/benchmark-page.html"
  rm -rf "$data"
done
