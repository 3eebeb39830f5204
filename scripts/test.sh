#!/usr/bin/env bash
# The whole test suite: type checks, unit tests, a production build under /kefu/, checks over that
# build in Node, end-to-end tests against it, and a smoke suite in three browser engines. Every stage runs even after a failure; the last line
# counts the tests.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports
failed_stages=()
stage_times=()
stage() {
  local name=$1; shift
  echo; echo "==> $name"
  local start=$SECONDS
  if ! "$@"; then failed_stages+=("$name"); fi
  stage_times+=("$name: $((SECONDS - start)) s")
}

stage "browser" bash scripts/ensure-browser.sh
# astro check (.astro and .ts) and svelte-check (.svelte and .ts) are separate single-threaded programs:
# side by side they take as long as the slower one. Each one's output is printed whole when it ends.
# svelte-check needs the content-collection types that Astro generates into .astro/, which a clean
# checkout lacks, so they are generated first.
type_check() {
  npx astro sync > reports/astro-sync.log 2>&1 || { cat reports/astro-sync.log; return 1; }
  npm run --silent check:astro > reports/astro-check.log 2>&1 &
  local astro=$!
  npm run --silent check:svelte > reports/svelte-check.log 2>&1 &
  local svelte=$!
  local failed=0
  wait $astro || failed=1
  cat reports/astro-check.log
  wait $svelte || failed=1
  cat reports/svelte-check.log
  return $failed
}
stage "type check" type_check
# Its output is also kept, so the summary can repeat what went wrong where a CI log shows only the end.
unit_tests() { npx vitest run 2>&1 | tee reports/vitest.log; }
stage "unit tests" unit_tests
stage "build (BASE_PATH=/kefu/)" env BASE_PATH=/kefu/ npx astro build
if [ -f dist/index.html ]; then
  stage "built-site checks" npx vitest run --config vitest.built-site.config.ts
  # The LMS copy that tests/e2e/scorm.spec.ts opens: its own build under a placeholder base, made
  # relative, not zipped (about 30 s on this machine; npm run package:scorm also zips the packages).
  stage "SCORM package (unzipped)" node scripts/package-scorm.ts --no-zip
  # A free port, so a server left over from an interrupted run cannot block the suite.
  E2E_PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  export E2E_PORT
  stage "end-to-end tests" npx playwright test
  # The same learner flows in Chromium, WebKit and Firefox (docs/engines.md), one engine after another.
  stage "engine smoke tests" npx vitest run --config vitest.engines.config.ts
else
  failed_stages+=("built-site checks, end-to-end and engine smoke tests (skipped: no build)")
fi

echo
echo "Stage times (total $SECONDS s):"
printf '  %s\n' "${stage_times[@]}"
if [ ${#failed_stages[@]} -gt 0 ]; then echo "Failed stages: ${failed_stages[*]}"; fi
FAILED_STAGES=$(IFS=,; echo "${failed_stages[*]}") node scripts/test-summary.mjs
summary=$?
[ ${#failed_stages[@]} -eq 0 ] && [ $summary -eq 0 ]
