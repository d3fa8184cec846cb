#!/bin/bash
# cli_robust.sh — the command line against hostile files: /dev/zero, a 1.5 GB file, UTF-16 from PowerShell, numbers
# out of range, control characters. Memory stays bounded: everything runs under `ulimit -v` (1 GB of address space).
# usage: cli_robust.sh path/to/systemic
set -u
SYSTEMIC=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run CMD...: runs under a 1 GB address-space cap; sets $rc, $out, $err.
run() {
    ( ulimit -v 1048576; "$@" ) >"$work/out" 2>"$work/err"
    rc=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}

# /dev/zero and a huge sparse file are refused without reading them all.
for cmd in "score b2b /dev/zero" "validate /dev/zero" "team b2b /dev/zero" "report b2b /dev/zero"; do
    run "$SYSTEMIC" $cmd
    [ "$rc" = 1 ] || fail "$cmd: exit $rc, expected 1"
    grep -q "too large" "$work/err" "$work/out" || fail "$cmd: no 'too large' in: $err $out"
    grep -q "limit 4.0 MB" "$work/err" "$work/out" || fail "$cmd: the limit is not named: $err $out"
    grep -qi "bad_alloc\|terminate" "$work/err" && fail "$cmd: crashed: $err"
done
truncate -s 1500M "$work/big.json"
run "$SYSTEMIC" score b2b "$work/big.json"
[ "$rc" = 1 ] || fail "1.5 GB file: exit $rc"
grep -q "too large (1500.0 MB, limit 4.0 MB)" "$work/err" || fail "1.5 GB file: $err"

# A results file of the tool's own making, saved as UTF-16 with a byte-order mark (PowerShell's '>').
run "$SYSTEMIC" synth b2b --count 1 --out "$work/synth"
first=$(ls "$work/synth"/*.json | head -n 1)
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$first"; } >"$work/ps.json"
run "$SYSTEMIC" score b2b "$work/ps.json" --json
[ "$rc" = 0 ] || fail "UTF-16 results file: exit $rc: $err"
run "$SYSTEMIC" score b2b "$first" --json
{ printf '\xff\xfe'; printf '%s\n' "$out" | iconv -f UTF-8 -t UTF-16LE; } >"$work/scores-ps.json"
run "$SYSTEMIC" validate "$work/scores-ps.json"
grep -q "0xFF is not valid UTF-8" "$work/out" "$work/err" && fail "UTF-16 read as UTF-8: $out $err"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE questionnaires/b2b.json 2>/dev/null || iconv -f UTF-8 -t UTF-16LE "$(dirname "$0")/../../questionnaires/b2b.json"; } >"$work/q16.json"
run "$SYSTEMIC" validate "$work/q16.json"
[ "$rc" = 0 ] || fail "UTF-16 questionnaire: exit $rc: $out $err"

# A custom questionnaire saved by Windows Notepad as "Unicode": UTF-16 LE with a byte-order mark and CR LF line ends,
# with characters beyond ASCII (é, ’) and beyond U+FFFF (a surrogate pair).
fixture=tests/fixtures/questionnaires/valid_small.json
[ -f "$fixture" ] || fixture="$(dirname "$0")/../fixtures/questionnaires/valid_small.json"
{ printf '\xff\xfe'; sed 's/"A small test questionnaire"/"Caf\xc3\xa9 \xe2\x80\x99s \xf0\x9f\x98\x80"/; s/$/\r/' "$fixture" | iconv -f UTF-8 -t UTF-16LE; } >"$work/notepad.json"
run "$SYSTEMIC" validate "$work/notepad.json"
[ "$rc" = 0 ] || fail "Notepad UTF-16 LE questionnaire: exit $rc: $out $err"
head -c -1 "$work/notepad.json" >"$work/notepad-cut.json"
run "$SYSTEMIC" validate "$work/notepad-cut.json"
[ "$rc" = 1 ] || fail "Notepad UTF-16 cut short: exit $rc"
grep -q "UTF-16LE" "$work/out" "$work/err" || fail "Notepad UTF-16 cut short: the encoding is not named: $out $err"

# Invalid UTF-8 gets a located message, as in the page.
printf '{"schema_version": 1,\n "note": "caf\xe9"}' >"$work/latin1.json"
run "$SYSTEMIC" score b2b "$work/latin1.json"
[ "$rc" = 1 ] || fail "Latin-1: exit $rc"
grep -q "latin1.json:2:.*not valid UTF-8" "$work/err" || fail "Latin-1: $err"

# Numbers out of range are reported as written.
printf '{"schema_version": 18446744073709551615, "questionnaire": {"id": "b2b", "version": 2}}' >"$work/sv.json"
run "$SYSTEMIC" score b2b "$work/sv.json"
grep -q "18446744073709551615" "$work/err" || fail "schema_version as written: $err"
grep -q -- "-1" "$work/err" && fail "schema_version shown as -1: $err"

# Control characters from the input never reach the terminal raw.
esc=$(printf '\033')
printf '{"schema_version": 1, "questionnaire": {"id": "b2b", "version": 2}, "respondent": {"role": "\\u001b]0;pwned\\u0007\\u001b[2J"}, "mode": "\xc2\x9b31m"}' >"$work/ctl.json"
run "$SYSTEMIC" score b2b "$work/ctl.json"
grep -q "$esc" "$work/err" "$work/out" && fail "raw ESC printed: $(od -c "$work/err" | head)"
grep -q $'\xc2\x9b' "$work/err" "$work/out" && fail "raw C1 CSI printed"
run "$SYSTEMIC" score b2b "$work/$esc[2Jevil.json"
grep -q "$esc" "$work/err" && fail "raw ESC in a path printed in a message"
grep -q 'u001B' "$work/err" || fail "the escape is not shown: $err"
# Output to a file is data: a note with ESC keeps its bytes in the CSV (quoted, RFC 4180), never the text "\u001B".
sed '0,/"status": "answered",/s//"status": "answered", "note": "a\\u001bb",/' "$first" >"$work/ctlnote.json"
grep -q 'u001bb' "$work/ctlnote.json" || fail "the test file has no note to check"
run "$SYSTEMIC" export b2b "$work/ctlnote.json" --csv questions
[ "$rc" = 0 ] || fail "export with a control character in a note: exit $rc: $err"
grep -q "a${esc}b" "$work/out" || fail "a control character in a note was changed in the CSV written to a file"
grep -q 'u001B' "$work/out" && fail "the CSV written to a file holds the text \\u001B"
# validate's text report is for a person even in a file: a path's ESC is shown there too, not sent.
run "$SYSTEMIC" validate "$work/$esc[2Jevil.json"
grep -q "$esc" "$work/out" "$work/err" && fail "validate's report in a file holds a raw ESC"
grep -q 'u001B\[2Jevil.json' "$work/out" || fail "validate's report in a file does not show the ESC: $(head -c 300 "$work/out")"
cp "$(dirname "$0")/../../questionnaires/b2b.json" "$work/$esc]0;t$(printf '\a').json"
run "$SYSTEMIC" readability "$work/$esc]0;t$(printf '\a').json"
[ "$rc" = 0 ] || fail "readability of a questionnaire with ESC in its file name: exit $rc: $err"
grep -q "$esc" "$work/out" "$work/err" && fail "readability's output holds a raw ESC"
grep -q 'u001B\]0;t\\u0007.json: ' "$work/out" || fail "readability does not show the ESC and BEL: $(head -c 300 "$work/out")"
# Output on a terminal is guarded (script(1) runs the tool on a pseudo-terminal and records what reached it).
# script(1) hands its command to $SHELL, which may be dash: the arguments go through a bash file instead, because
# dash does not read bash's $'\E…' quoting and would pass the path without its ESC.
for args in "score b2b $work/ctl.json" "validate $(printf %q "$work/$esc[2Jevil.json")" "export b2b $work/ctlnote.json --csv questions"; do
    printf '%s\n' "exec $(printf %q "$SYSTEMIC") $args" >"$work/on-tty.sh"
    script -q -e -c "bash $work/on-tty.sh" /dev/null </dev/null >"$work/tty" 2>&1
    grep -q "$esc" "$work/tty" && fail "raw ESC printed to a terminal: $(od -c "$work/tty" | head -3)"
    case $args in score*) ;; *) grep -q 'u001B' "$work/tty" || fail "the ESC is not shown on the terminal: $(head -c 300 "$work/tty")" ;; esac
done

# Links as people paste them.
link=$("$SYSTEMIC" link encode b2b "$first")
run "$SYSTEMIC" link decode b2b "Here are the links: https://example.org/s.html#$link."
[ "$rc" = 0 ] || fail "link in a sentence: $err"
wrapped=$(printf '%s' "$link" | fold -w 20)
run "$SYSTEMIC" link decode b2b "$wrapped"
[ "$rc" = 0 ] || fail "wrapped link: $err"
crlf=$(printf '%s' "https://example.org/s.html#$link" | fold -w 20 | sed 's/$/\r/')
run "$SYSTEMIC" link decode b2b "$crlf"
[ "$rc" = 0 ] || fail "link wrapped with CRLF every 20 characters: $err"
run "$SYSTEMIC" link decode b2b "Links (https://example.org/s.html#$link), and more"
[ "$rc" = 0 ] || fail "link followed by '),': $err"
quoted=$(printf '%s' "https://example.org/s.html#$link" | fold -w 40 | sed 's/^/> /')
run "$SYSTEMIC" link decode b2b "$quoted"
[ "$rc" = 0 ] || fail "link in a quoted reply ('> ' on each wrapped line): $err"
run "$SYSTEMIC" link decode b2b "hello"
[ "$rc" = 1 ] || fail "a word: exit $rc"
grep -q "not a link" "$work/err" || fail "a word: $err"
grep -q "newer version" "$work/err" && fail "a word called a newer version: $err"
for word in "r=hello" "invite=please"; do
    run "$SYSTEMIC" link decode b2b "$word"
    [ "$rc" = 1 ] || fail "$word: exit $rc"
    grep -q "not a link" "$work/err" || fail "$word: $err"
    grep -q "newer version" "$work/err" && fail "$word called a newer version: $err"
done
invite=$("$SYSTEMIC" link invite --questionnaire b2b --client "Harbour Bakery" 2>/dev/null)
run "$SYSTEMIC" link decode-invite "(https://example.org/s.html#$invite)."
[ "$rc" = 0 ] || fail "invitation followed by ').': $err"

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all CLI robustness checks passed"
