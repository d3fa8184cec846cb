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
