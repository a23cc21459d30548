#!/usr/bin/env bash
# Cold start: time from starting the published site to its first successful home page, on a fresh
# data directory (database created and demonstration catalogue loaded) and on a restart (database
# already there). Usage: benchmarks/cold-start.sh [runs]   (needs curl; listens on 127.0.0.1:5099)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=artifacts/publish
dotnet publish src/LocalOffer.Web -c Release -o "$out" >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
  local started ended pid
  started=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development LocalOffer__DataDirectory="$data" LocalOffer__LogFormat=json \
    dotnet "$out/LocalOffer.Web.dll" --urls http://127.0.0.1:5099 >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:5099/; do sleep 0.02; done
  ended=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (ended - started) / 1000000 ))
}

for i in $(seq "$runs"); do
  rm -rf "${data:?}"/*
  fresh=$(start_once)
  restart=$(start_once)
  echo "run $i: fresh data directory ${fresh} ms, restart ${restart} ms"
done
