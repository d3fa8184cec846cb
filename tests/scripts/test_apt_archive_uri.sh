#!/usr/bin/env bash
# tests/scripts/test_apt_archive_uri.sh — scripts/apt-archive-uri reads the archive address from apt's own
# sources (deb822 and one-line), skips security archives and disabled stanzas, and fails clearly when there is none.
# Each case points apt at a private configuration through APT_CONFIG, so the machine's apt setup is not read.
set -uo pipefail
script="$(cd "$(dirname "$0")/../.." && pwd)/scripts/apt-archive-uri"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
mkdir -p "$t/parts"
printf 'Dir::Etc::sourcelist "%s/sources.list";\nDir::Etc::sourceparts "%s/parts";\n' "$t" "$t" > "$t/apt.conf"
export APT_CONFIG="$t/apt.conf"
failures=0
expect() {  # expect NAME WANTED_OUTPUT WANTED_EXIT
    local out rc
    out=$("$script" 2>"$t/err"); rc=$?
    if [ "$out" != "$2" ] || [ "$rc" != "$3" ]; then
        echo "FAIL $1: got '$out' (exit $rc), wanted '$2' (exit $3); stderr: $(cat "$t/err")"; failures=$((failures + 1))
    else
        echo "ok   $1"
    fi
}

expect "no sources at all" "" 1
grep -q "no Debian archive address found" "$t/err" || { echo "FAIL: the message does not say what is missing"; failures=$((failures + 1)); }

printf '# deb http://commented.example/debian bookworm main\ndeb http://security.debian.org/debian-security bookworm-security main\ndeb [arch=amd64 signed-by=/k.gpg] http://mirror.example.org/debian/ bookworm main\n' > "$t/sources.list"
expect "one-line sources.list, options and security skipped" "http://mirror.example.org/debian" 0

rm "$t/sources.list"
printf 'Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\n' > "$t/parts/security.sources"
expect "only a security archive" "" 1

printf 'Types: deb\nURIs: http://disabled.example/debian\nEnabled: no\n\nTypes: deb\n# URIs: http://commented.example/debian\nURIs: http://ftp.example.net/debian http://second.example/debian\nSuites: bookworm\n' > "$t/parts/debian.sources"
printf 'Types: deb\nURIs: https://deb.nodesource.com/node_20.x\nSuites: nodistro\n' > "$t/parts/a-nodesource.sources"
expect "deb822: disabled stanza, comment and third-party archive passed over" "http://ftp.example.net/debian" 0

printf 'deb http://one-line.example/debian trixie main\n' > "$t/parts/extra.list"
expect "one-line .list files come before .sources files" "http://one-line.example/debian" 0

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
