#!/usr/bin/env bash
# Refreshes the JavaScript libraries the explorer embeds (explore/assets/vendor)
# from the npm registry, at the versions pinned below, with their licences.
# Both packages ship a prebuilt UMD file, so nothing is bundled here; the
# files are copied as published and their checksums written to SHA256SUMS.
# Run it after changing a version, then review and commit the result.
set -euo pipefail
SIGMA_VERSION=3.0.3
GRAPHOLOGY_VERSION=0.26.0

cd "$(dirname "$0")/.."
dest=explore/assets/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "sigma@$SIGMA_VERSION" "graphology@$GRAPHOLOGY_VERSION" >/dev/null)
mkdir -p "$work/sigma" "$work/graphology" "$dest"
tar xzf "$work/sigma-$SIGMA_VERSION.tgz" -C "$work/sigma"
tar xzf "$work/graphology-$GRAPHOLOGY_VERSION.tgz" -C "$work/graphology"

cp "$work/sigma/package/dist/sigma.min.js" "$dest/sigma.min.js"
cp "$work/sigma/package/LICENSE.txt" "$dest/sigma.LICENSE.txt"
cp "$work/graphology/package/dist/graphology.umd.min.js" "$dest/graphology.umd.min.js"
cp "$work/graphology/package/LICENSE.txt" "$dest/graphology.LICENSE.txt"
cat > "$dest/VERSIONS" <<VERSIONS
sigma $SIGMA_VERSION (dist/sigma.min.js, UMD, global Sigma)
graphology $GRAPHOLOGY_VERSION (dist/graphology.umd.min.js, UMD, global graphology)
VERSIONS
(cd "$dest" && sha256sum sigma.min.js graphology.umd.min.js > SHA256SUMS)
echo "vendored sigma $SIGMA_VERSION and graphology $GRAPHOLOGY_VERSION into $dest"
