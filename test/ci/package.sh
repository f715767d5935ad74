#!/usr/bin/env bash
# The installable package, as a user outside the repository gets it: `npm pack` (of the built
# tree), installed globally into a temporary prefix from npm's cache, then run from an empty
# folder: --version (also through `npx --package TARBALL`), init, draft --offline of a shipped
# example, score of the draft and of the folder. Fails when a data file (templates, prompts,
# rubrics, schema, dist/rubrics.json) is missing from the tarball or a development dependency is
# installed with it. Run by .ci/run after the build; `bash test/ci/package.sh` by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
work="$(mktemp -d "${TMPDIR:-/tmp}/grantsmith-package-XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "package: $*" >&2; exit 1; }

version="$(node -p 'require("./package.json").version')"
# dist/ is built already; packing without scripts does not build it again.
tarball="$work/$(npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n 1)"
[ -f "$tarball" ] || fail "npm pack wrote no tarball"
listing="$(tar -tzf "$tarball")"
for needed in package/bin/grantsmith.js package/dist/bundle/cli.js package/dist/bundle/worker.js package/dist/help.json package/dist/templates.compiled/templates-zh.js package/dist/rubrics.json package/schema/facts.schema.json \
  package/rubrics/standard-zh.yaml package/templates/zh/standard.md.hbs package/prompts/zh package/templates/init; do
  grep -q "^$needed" <<<"$listing" || fail "$needed is not in the tarball"
done
if grep -qE '^package/(src|test|bench)/' <<<"$listing"; then fail "the tarball holds sources or tests"; fi
if grep -q '^package/dist/build-inputs' <<<"$listing"; then fail "the tarball holds the build stamp (dist/build-inputs.*), a development file"; fi

prefix="$work/prefix"
export HOME="$work/home" GRANTSMITH_CONFIG=none NO_COLOR=1 LANG=C.UTF-8
export XDG_CACHE_HOME="$HOME/.cache" XDG_CONFIG_HOME="$HOME/.config"
# The npm cache is the one npm ci filled (not the fresh HOME's).
export npm_config_cache="$(cd "$root" && npm config get cache)"
mkdir -p "$HOME" "$work/empty"
npm install --global --prefix "$prefix" --prefer-offline --no-audit --no-fund --loglevel=error "$tarball" >/dev/null
installed="$prefix/lib/node_modules/grantsmith"
# (@types/node comes with docx at run time; these are ours alone.)
for dev in typescript vitest vite; do
  [ ! -e "$installed/node_modules/$dev" ] && [ ! -e "$prefix/lib/node_modules/$dev" ] || fail "development dependency $dev was installed"
done
gs="$prefix/bin/grantsmith"

cd "$work/empty"
[ "$("$gs" --version)" = "$version" ] || fail "grantsmith --version is not $version"
[ "$(npx --yes --prefer-offline --package "$tarball" grantsmith --version 2>"$work/npx.log")" = "$version" ] || { cat "$work/npx.log" >&2; fail "npx --package TARBALL grantsmith --version is not $version"; }

"$gs" init project.yaml --lang zh >/dev/null 2>"$work/init.log" || { cat "$work/init.log" >&2; fail "init failed"; }
[ -s project.yaml ] || fail "init wrote no facts file"
cp "$installed/examples/zh/elderly-meals.yaml" facts.yaml
"$gs" draft facts.yaml --offline -o proposal.md -q --no-score 2>/dev/null || fail "draft --offline failed"
grep -q '^# ' proposal.md || fail "draft --offline wrote no proposal"
"$gs" score proposal.md --format json >score.json
node -e 'const r = JSON.parse(require("fs").readFileSync("score.json", "utf8")).results[0]; if (!(r.score > 0)) process.exit(1)' || fail "score gave no score"
printf '# notes\n' >README.md
"$gs" score . --format csv -o ranking.csv 2>/dev/null || [ $? -eq 1 ]
grep -q '^1,.*proposal\.md,' ranking.csv || fail "score . --format csv ranked no proposal"
grep -q 'README.md,.*,skipped,' ranking.csv || fail "score . did not list README.md as skipped"
echo "package: grantsmith $version packs, installs and runs (version, npx, init, draft --offline, score)"
