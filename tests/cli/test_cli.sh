#!/usr/bin/env bash
# tests/cli/test_cli.sh SYSTEMIC — the command-line tool's conventions, for every command: `--help` and `-h` print
# the usage on stdout and exit 0; an unknown option exits 2 with the usage on stderr; a wrong count of arguments
# exits 2; a problem with a file exits 1. Then real invocations on real files (the fixtures and the shipped
# questionnaires) still work. Run by ctest (tests/CMakeLists.txt) with the built binary.
set -uo pipefail
bin="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
fixtures="$root/tests/fixtures"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# run NAME WANTED_EXIT ARGS...: runs the tool, keeps stdout in $t/out and stderr in $t/err.
run() {
    local name="$1" want="$2"; shift 2
    "$bin" "$@" >"$t/out" 2>"$t/err"
    local rc=$?
    if [ "$rc" != "$want" ]; then
        fail "$name: systemic $* exited $rc, wanted $want; stderr: $(head -c 400 "$t/err")"
        return 1
    fi
    return 0
}
has() { grep -q -- "$2" "$t/$1" || fail "$3: '$2' not in $1: $(head -c 300 "$t/$1")"; }
empty() { [ ! -s "$t/$1" ] || fail "$2: $1 is not empty: $(head -c 300 "$t/$1")"; }

commands=(validate readability score team report export synth link compare benchmark "benchmark build" "link encode" "link decode" "link invite" "link decode-invite")

# --- the global help lists every command, from the same table the commands are built from
run "global --help" 0 --help && { empty err "global --help"; for c in validate readability score team report export synth link compare benchmark; do has out "^  $c" "global --help lists $c"; done; }
run "global -h" 0 -h && has out "Usage: systemic" "global -h"
run "--version" 0 --version && has out "^systemic [0-9]" "--version"
run "no arguments" 2 && has err "Usage: systemic" "no arguments: usage on stderr"
run "unknown command" 2 frobnicate && has err "unknown command 'frobnicate'" "unknown command"

for c in "${commands[@]}"; do
    read -r -a words <<<"$c"
    for flag in --help -h; do
        if run "$c $flag" 0 "${words[@]}" "$flag"; then
            has out "Usage: systemic $c" "$c $flag: usage on stdout"
            empty err "$c $flag"
        fi
    done
    if run "$c --no-such-option" 2 "${words[@]}" --no-such-option; then
        has err "Usage: systemic $c" "$c --no-such-option: usage on stderr"
        has err "no-such-option" "$c --no-such-option: names the option"
        empty out "$c --no-such-option"
    fi
done

# --- wrong counts of arguments and bad option values are usage errors (2), before any file is read
run "score with one name" 2 score b2b && has err "Usage: systemic score" "score with one name"
run "score with three names" 2 score b2b a.json b.json
run "report of two without --team" 2 report b2b a.json b.json && has err "--team" "report of two: says --team"
run "export without --csv" 2 export b2b a.json && has err "csv" "export without --csv"
run "export --csv bogus" 2 export b2b a.json --csv bogus
run "team --agenda -1" 2 team b2b a.json --agenda -1
run "synth --count x" 2 synth b2b --count x --out "$t/x"
run "compare with two names" 2 compare b2b a.json && has err "Usage: systemic compare" "compare with two names"
run "benchmark with no subcommand" 2 benchmark && has err "Usage: systemic benchmark" "benchmark alone"
run "benchmark build without --out" 2 benchmark build b2b a.json b.json c.json d.json e.json && has err "out" "benchmark build without --out"
run "benchmark build --date bad" 2 benchmark build b2b a.json --out "$t/x.json" --date 2026-13-01 && has err "ISO 8601" "bad --date"
run "link with no subcommand" 2 link && has err "Usage: systemic link" "link alone"
run "link invite --mode fast" 2 link invite --questionnaire b2b --mode fast

# --- real invocations on real files
sq="$fixtures/scoring/questionnaire.json"
result="$fixtures/results/example.json"
run "validate b2b" 0 validate "$root/questionnaires/b2b.json" && has out "b2b.json: ok" "validate b2b"
run "validate --json" 0 validate --json "$root/questionnaires/b2c.json" && has out '"ok": true' "validate --json"
run "validate a broken file" 1 validate "$fixtures/questionnaires/malformed/bad_sector.json" \
    && has out "questionnaire.unknown_sector\|unknown_sector\|error: /sector" "validate a broken file"
run "readability b2b" 0 readability b2b && has out "Flesch reading ease" "readability"
run "score" 0 score "$sq" "$result" && has out "." "score prints scores"
run "score --json" 0 score "$sq" "$result" --json && has out '"areas"' "score --json"
run "score a broken results file" 1 score "$sq" "$fixtures/results/bad/level-range.json" \
    && has err "level-range.json:5:" "score: located error"
# progress over time: an older version's file against the current one, and a file of another questionnaire
if run "compare across versions" 0 compare "$sq" "$fixtures/results/example-v1.json" "$result"; then
    has out "Could not be compared (2)" "compare lists what could not be compared"
    has out "insight-old: the earlier results (made with version 1)" "compare: the removed question"
    has out "Overall index" "compare: the indices"
fi
run "compare --html" 0 compare "$sq" "$fixtures/results/example-v1.json" "$result" --html && has out "<h2>Progress over time</h2>" "compare --html"
run "compare --json" 0 compare "$sq" "$fixtures/results/example-v1.json" "$result" --json && has out '"not_compared"' "compare --json"
run "compare with another questionnaire's results" 1 compare b2b "$result" "$result" \
    && has err "example.json:.*not \"b2b\"" "compare: names the mismatched file" && has err "nothing compared" "compare: says nothing was compared"
# anonymous benchmarks: 4 results refused, 5 accepted; a result scored against it
if run "synth for a benchmark" 0 synth b2b --count 6 --seed 11 --out "$t/bench"; then
    run "benchmark of 4 refused" 1 benchmark build b2b "$t/bench"/result-000{1,2,3,4}.json --out "$t/b4.json" \
        && has err "at least 5 respondents, found 4" "benchmark: n < 5 says why" && { [ ! -e "$t/b4.json" ] || fail "benchmark of 4 wrote a file"; }
    if run "benchmark of 5" 0 benchmark build b2b "$t/bench"/result-000{1,2,3,4,5}.json --out "$t/b.json" --date 2026-12-01; then
        grep -q '"kind": "systemic-benchmark"' "$t/b.json" || fail "benchmark file has no kind"
        grep -q '"created": "2026-12-01"' "$t/b.json" || fail "benchmark file has no date"
        grep -q '"name"\|"answers"\|"organisation"' "$t/b.json" && fail "benchmark file holds personal fields"
        run "score --benchmark" 0 score b2b "$t/bench/result-0006.json" --benchmark "$t/b.json" \
            && has out "Against the benchmark (5 results" "score --benchmark: n" && has out "built 2026-12-01" "score --benchmark: date" \
            && has out "quartile)" "score --benchmark: positions"
        run "score --benchmark --json" 2 score b2b "$t/bench/result-0006.json" --benchmark "$t/b.json" --json
        run "score --benchmark of another questionnaire" 1 score b2c "$result" --benchmark "$t/b.json"
        run "score --benchmark against b2c" 1 score "$sq" "$result" --benchmark "$t/b.json" \
            && has err "b.json:.*benchmark is for questionnaire" "score --benchmark: wrong questionnaire named"
        printf '{"kind": "systemic-benchmark", "schema_version": 1, "n": 2}' >"$t/bad.json"
        run "score --benchmark of a broken file" 1 score b2b "$t/bench/result-0006.json" --benchmark "$t/bad.json" \
            && has err "bad.json:1:.*/n: a benchmark needs at least 5" "score --benchmark: located error"
    fi
fi
run "export --csv areas" 0 export "$sq" "$result" --csv areas --out "$t/areas.csv" && [ -s "$t/areas.csv" ] || fail "export wrote nothing"
run "report --out" 0 report "$sq" "$result" --out "$t/report.html" --date 2026-11-30 && grep -q "<html" "$t/report.html" || fail "report --out wrote no HTML"
run "synth" 0 synth b2b --count 3 --seed 7 --out "$t/synth" && [ -f "$t/synth/result-0003.json" ] || fail "synth wrote no result-0003.json"
run "team of the synthetic results" 0 team b2b "$t/synth"/result-000{1,2,3}.json --csv && has out "," "team --csv"
run "report --team" 0 report --team b2b "$t/synth"/result-000{1,2,3}.json --out "$t/team.html" && [ -s "$t/team.html" ] || fail "report --team wrote nothing"
if run "link encode" 0 link encode b2b "$t/synth/result-0001.json"; then
    link=$(cat "$t/out")
    run "link decode" 0 link decode b2b b2c "$link" && has out "questionnaire: b2b" "link decode"
    run "link decode --json" 0 link decode b2b "#$link" --json && has out '"schema_version": 1' "link decode --json"
fi
if run "link invite" 0 link invite --questionnaire b2b --mode quick --client "Harbour Street Bakery" --consultant "Sam Adviser" --contact sam@example.org; then
    invite=$(cat "$t/out")
    run "link decode-invite" 0 link decode-invite "$invite" && has out "client: Harbour Street Bakery" "decode-invite"
fi
run "link decode of a damaged link" 1 link decode b2b "r=AAAA" && has err "link\." "a damaged link names its code"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all CLI checks passed"
