#!/usr/bin/env bash
# Open Referral API benchmark: 10,000 synthetic services (or the sizes given), half the requests for a
# service in full by id, half lists (search, filters, venues near a postcode, terms, organisations),
# at 32 connections. The per-client limit is lifted for the run. Needs wrk and curl; loopback only.
# Usage: benchmarks/api-load.sh [seconds, default 20] [sizes, default "10000"]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
sizes=${2:-"10000"}
out=artifacts/publish
port=5099
dotnet publish src/LocalOffer.Web -c Release -o "$out" >/dev/null

for n in $sizes; do
  data=$(mktemp -d)
  export LocalOffer__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
  dotnet "$out/LocalOffer.Web.dll" import-postcodes src/LocalOffer.Web/Demo/Data/postcodes-demo.csv >/dev/null
  dotnet "$out/LocalOffer.Web.dll" generate --services "$n" --seed 1 >/dev/null
  LocalOffer__OpenData__RequestsPerMinute=100000000 dotnet "$out/LocalOffer.Web.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  unset LocalOffer__DataDirectory ASPNETCORE_ENVIRONMENT Logging__LogLevel__Default
  until curl -fs -o /dev/null "http://127.0.0.1:$port/api/openreferral/v3/"; do sleep 0.1; done
  ids="$data/ids.txt"
  for page in 1 2 3 4; do
    curl -fs "http://127.0.0.1:$port/api/openreferral/v3/services?per_page=500&page=$page" | grep -o '"id":"[^"]*","organization_id"' | cut -d'"' -f4
  done > "$ids"
  echo "== $n services, Open Referral API mix ($(wc -l < "$ids") service ids)"
  IDS="$ids" wrk -t2 -c32 -d10s -s benchmarks/api-mix.lua "http://127.0.0.1:$port" >/dev/null
  IDS="$ids" wrk -t2 -c32 -d"${seconds}s" --latency -s benchmarks/api-mix.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
