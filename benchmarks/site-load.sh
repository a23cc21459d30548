#!/usr/bin/env bash
# Site under a realistic mix at 200 connections for 60 seconds on 10,000 synthetic services: home page,
# searches with filters and postcodes, service pages and comment form posts (benchmarks/site-mix.lua).
# Form and comment limits are lifted for the run (one address sends everything). Needs wrk and curl;
# loopback only, bounded in time. Prints throughput, latency percentiles and any errors.
# Usage: benchmarks/site-load.sh [seconds, default 60] [connections, default 200]
#   On PostgreSQL: export LocalOffer__Database__Provider=PostgreSQL and
#   LocalOffer__Database__ConnectionString for an empty database first (createdb localoffer_load).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-200}
out=artifacts/publish
port=5096
dotnet publish src/LocalOffer.Web -c Release -o "$out" >/dev/null
data=$(mktemp -d)
export LocalOffer__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
dotnet "$out/LocalOffer.Web.dll" import-postcodes src/LocalOffer.Web/Demo/Data/postcodes-demo.csv >/dev/null
dotnet "$out/LocalOffer.Web.dll" generate --services 10000 --seed 1 >/dev/null
LocalOffer__Feedback__CommentsPerHour=100000000 \
  dotnet "$out/LocalOffer.Web.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.2; done

# Read whole before cutting (head would end the pipe early, which pipefail counts as a failure).
curl -fs "http://127.0.0.1:$port/sitemap.xml" > "$data/sitemap.xml"
grep -o '/services/[a-z0-9-]*</loc>' "$data/sitemap.xml" | sed 's|/services/||; s|</loc>||' | awk 'NR <= 2000' > "$data/slugs.txt"
jar="$data/cookies.txt"
token=$(curl -fs -c "$jar" "http://127.0.0.1:$port/feedback" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | awk 'NR == 1' | sed 's/.*value="//; s/"$//')
cookie=$(awk '$6 ~ /Antiforgery/ { print $6 "=" $7 }' "$jar")
export SLUGS="$data/slugs.txt" TOKEN="$token" COOKIE="$cookie"
echo "== 10,000 services, $(wc -l < "$data/slugs.txt") service pages in the mix, $connections connections"
wrk -t2 -c"$connections" -d10s -s benchmarks/site-mix.lua "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s benchmarks/site-mix.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|requests in|Non-2xx|Socket errors|^ +(50|75|90|99)%"
echo "-- peak memory: $(grep VmHWM /proc/$pid/status)"
