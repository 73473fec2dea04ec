#!/usr/bin/env bash
# The release gate: what a maintainer runs before tagging a release of the data package.
# Rebuilds data/ from seeds/, validates it (with the staleness check and warnings as errors
# reported), runs the official Frictionless validator, scores extraction on every labelled set,
# and fails if the rebuilt package differs from what is committed.
#
#   scripts/release.sh            (from an activated environment with evclaims installed)
set -euo pipefail
cd "$(dirname "$0")/.."

evclaims build
evclaims validate --rebuild
frictionless validate datapackage.json > /dev/null && echo "frictionless validate: VALID"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
evclaims evaluate --gold tests/gold/seeds.json .
for dir in tests/fixtures/*/; do
  set=$(basename "$dir")
  evclaims build --seeds "$dir" --out "$tmp/$set" > /dev/null
  echo "== $set"
  evclaims evaluate --gold "tests/gold/$set.json" "$tmp/$set" | sed -n '1,13p'
done

if ! git diff --quiet -- data datapackage.json schemas seeds; then
  echo "release: the rebuilt package differs from the committed one; commit it first" >&2
  exit 1
fi
echo "release: ready"
