#!/bin/sh
# tests/cli/qr_roundtrip.sh SYSTEMIC — the invitation's QR code read back by a real decoder: `systemic link invite
# --page URL --qr FILE.svg --print FILE.html` writes the SVG; rsvg-convert (librsvg2-bin) turns it into a PNG and
# zbarimg (zbar-tools) must print exactly the link the command printed, for a short invitation and for a long one
# with non-ASCII text (Polish, emoji, quotes, a line break). The printable page must carry the same QR code and the
# link written out, with every typed text escaped. POSIX sh (CI runs dash). Run by ctest (tests/CMakeLists.txt).
set -u
bin="$1"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
for tool in rsvg-convert zbarimg; do
    command -v "$tool" >/dev/null 2>&1 || { echo "FAIL $tool is missing: run scripts/deps (librsvg2-bin, zbar-tools)"; exit 1; }
done

# decode NAME SVG WANT: the QR code in SVG, rendered at 8 pixels per module, must decode to exactly WANT.
decode() {
    rsvg-convert --zoom 8 "$2" -o "$t/$1.png" || { fail "$1: rsvg-convert could not render $2"; return; }
    got=$(zbarimg --raw -q "$t/$1.png" 2>/dev/null)
    [ "$got" = "$3" ] || fail "$1: zbarimg read '$got', wanted '$3'"
}

# invite NAME ARGS...: runs `link invite` with the page address, QR code and printable page; the link goes to $t/NAME.link.
invite() {
    name="$1"; shift
    "$bin" link invite --page "https://example.org/tools/systemic.html" --qr "$t/$name.svg" --print "$t/$name.html" "$@" \
        >"$t/$name.link" 2>"$t/$name.err" || { fail "$name: link invite exited $?: $(head -c 300 "$t/$name.err")"; return 1; }
    return 0
}

if invite short --questionnaire b2b --mode quick; then
    link=$(cat "$t/short.link")
    case "$link" in "https://example.org/tools/systemic.html#invite="*) ;; *) fail "short: the link is '$link'" ;; esac
    decode short "$t/short.svg" "$link"
fi

message="Cześć! Proszę wypełnić przed spotkaniem w Łodzi 🙂 — \"dziękuję\" & <do zobaczenia>
Druga linia: zażółć gęślą jaźń. Ça va? 日本語も大丈夫です。"
if invite long --questionnaire public --client "Urząd Miasta Łódź <script>alert(1)</script>" \
        --consultant "Zoë O'Brien \"the adviser\"" --contact zoe@example.org --message "$message"; then
    link=$(cat "$t/long.link")
    [ "${#link}" -gt 300 ] || fail "long: the link has only ${#link} characters; the test wants a long one"
    decode long "$t/long.svg" "$link"
    # The printable page: its QR code is the same, the link is written out, and typed text is escaped.
    sed -n 's/.*\(<svg.*<\/svg>\).*/\1/p' "$t/long.html" >"$t/page.svg"
    decode page "$t/page.svg" "$link"
    grep -qF "$link" "$t/long.html" || fail "page: the link is not written out in full"
    grep -q "<script>" "$t/long.html" && fail "page: <script> from the client's name is not escaped"
    grep -qF "Urząd Miasta Łódź &lt;script&gt;" "$t/long.html" || fail "page: the client's name is missing or not escaped"
    grep -qF "Zoë O&#39;Brien &quot;the adviser&quot;" "$t/long.html" || fail "page: the consultant's name is missing or not escaped"
    grep -qF "Proszę wypełnić przed spotkaniem w Łodzi 🙂" "$t/long.html" || fail "page: the message is missing"
fi

# An invitation that carries a benchmark built by `benchmark build` (docs/links.md §2a): the link is the plain
# invitation's plus "&b=...", its QR code reads back whole, the printable page says a benchmark is included, and
# `link decode-invite` reads it back. A benchmark of another questionnaire is refused (exit 1, nothing printed).
if "$bin" synth b2b --count 6 --seed 16 --out "$t/synth" >/dev/null 2>&1 &&
        "$bin" benchmark build b2b "$t"/synth/*.json --out "$t/bench.json" --date 2026-12-01 >/dev/null 2>&1; then
    if invite bench --questionnaire b2b --mode quick --consultant "Sam Adviser" --benchmark "$t/bench.json" &&
            invite plain --questionnaire b2b --mode quick --consultant "Sam Adviser"; then
        link=$(cat "$t/bench.link")
        plain=$(cat "$t/plain.link")
        case "$link" in "$plain&b=A"*) ;; *) fail "benchmark: '$link' is not '$plain' + '&b=...'" ;; esac
        added=$(( ${#link} - ${#plain} ))
        [ "$added" -le 73 ] || fail "benchmark: it adds $added characters, more than 73"
        decode bench "$t/bench.svg" "$link"
        grep -qF "includes a benchmark of 6 results" "$t/bench.html" || fail "benchmark: the printable page does not mention it"
        "$bin" link decode-invite "$link" >"$t/bench.decoded" 2>"$t/bench.decode.err" || fail "benchmark: decode-invite exited $?"
        grep -q "^benchmark: 6 results, built 2026-12-01" "$t/bench.decoded" || fail "benchmark: decode-invite says: $(cat "$t/bench.decoded")"
        # A damaged benchmark part: a warning with its code; the invitation still prints.
        damaged=$(printf '%s' "$link" | sed 's/&b=A\(.\)\(.\)/\&b=A\2\1/')
        [ "$damaged" != "$link" ] || damaged="${link%?}A"
        "$bin" link decode-invite "$damaged" >"$t/damaged.out" 2>"$t/damaged.err" || fail "benchmark damaged: decode-invite exited $?"
        grep -q "link.benchmark_" "$t/damaged.err" || fail "benchmark damaged: no link.benchmark_* warning in: $(head -c 300 "$t/damaged.err")"
        grep -q "^consultant: Sam Adviser" "$t/damaged.out" || fail "benchmark damaged: the invitation was not printed"
    fi
    "$bin" link invite --questionnaire b2c --benchmark "$t/bench.json" >"$t/other.out" 2>"$t/other.err"
    rc=$?
    [ "$rc" = 1 ] || fail "benchmark of another questionnaire: exited $rc, wanted 1"
    grep -qF "this benchmark is for questionnaire \"b2b\", not \"b2c\"" "$t/other.err" || fail "benchmark of another questionnaire: $(head -c 300 "$t/other.err")"
    [ ! -s "$t/other.out" ] || fail "benchmark of another questionnaire: a link was printed"
else
    fail "benchmark: synth or benchmark build failed"
fi

# A link too long for any QR code: an error with its code, and no file.
long_page="https://example.org/$(printf '%2400s' '' | tr ' ' 'a').html"
"$bin" link invite --questionnaire b2b --page "$long_page" --qr "$t/toolong.svg" >"$t/toolong.out" 2>"$t/toolong.err"
rc=$?
[ "$rc" = 1 ] || fail "too long: exited $rc, wanted 1"
grep -q "qr.too_long" "$t/toolong.err" || fail "too long: no qr.too_long in: $(head -c 300 "$t/toolong.err")"
[ ! -e "$t/toolong.svg" ] || fail "too long: the SVG was written anyway"

# --qr without --page is a usage error: a QR code of a bare fragment would open nothing.
"$bin" link invite --questionnaire b2b --qr "$t/nopage.svg" >/dev/null 2>"$t/nopage.err"
rc=$?
[ "$rc" = 2 ] || fail "--qr without --page: exited $rc, wanted 2"

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "qr round trip: ok"
