#!/usr/bin/env bash
# Runs every test: unit, PostgreSQL integration (each test assembly starts a throwaway cluster from the
# installed PostgreSQL binaries, or uses PLANTRACKER_TEST_CONNECTION) and Chromium browser tests.
# On a Debian/Ubuntu machine run as root it first installs what the browser tests need.
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${PLANTRACKER_CHROMIUM:-}" ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || [ -n "${PLANTRACKER_NGINX:-}" ] || missing+=(nginx)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ -z "${PLANTRACKER_TEST_CONNECTION:-}" ]; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} from the distribution's packages..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || exit 1
  else
    echo "Missing: ${missing[*]}. Install them (e.g. sudo apt-get install ${missing[*]}) and run again." >&2
    exit 1
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Result files are kept (TestResults/ is ignored by git): the latest run's .trx files, and after a failure the
# browser tests' captures (screenshots, visible text, the portal's warnings; see FailureCapture).
results="TestResults/run-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"
rm -rf tests/*/bin/*/*/screenshots/failures
dotnet test PlanTracker.sln --logger "trx" --results-directory "$results" "$@"
status=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
# Only the five latest runs are kept.
ls -1dt TestResults/run-* 2>/dev/null | tail -n +6 | xargs -r rm -rf
if [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then
  echo
  echo "=== Failed tests (result files in $results) ==="
  failed_tests=$(for trx in "$results"/*.trx; do
    [ -f "$trx" ] && grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/\1/p'
  done)
  sed 's/^/  /' <<<"$failed_tests"
  for captures in tests/*/bin/*/*/screenshots/failures; do
    [ -d "$captures" ] || continue
    mkdir -p "$results/failures" && cp -r "$captures"/. "$results/failures/"
  done
  if [ -d "$results/failures" ]; then
    echo "=== What the browser showed when they failed (screenshots in $results/failures) ==="
    # A capture is named <n>-<test class>.<member that opened the page>.
    for class in $(sed 's/(.*//; s/\.[^.]*$//; s/.*\.//' <<<"$failed_tests" | sort -u); do
      for capture in "$results"/failures/*-"$class".*.txt; do
        [ -f "$capture" ] || continue
        echo "--- $(basename "$capture")"
        head -c 2500 "$capture"; echo
      done
    done
    for log in "$results"/failures/portal-*.log; do
      [ -f "$log" ] || continue
      echo "--- $(basename "$log") (errors)"
      grep -E "^(Error|Critical)" -A3 "$log" | head -n 40
    done
  fi
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
