#!/usr/bin/env python3
"""make_corpus.py — (re)write the committed seed corpus in tests/fuzz/corpus/ from fixtures and the CLI.

Usage: tests/fuzz/make_corpus.py build/native/app/cli/systemic
Only needed to refresh the seeds; scripts/fuzz never runs it and never writes to tests/fuzz/corpus/.
Seeds are a few small valid inputs and a few broken ones per target (small: libFuzzer's input length limit
follows the largest seed, and short inputs run faster).
"""
import base64
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"


def write(target, name, data):
    path = CORPUS / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def cli(systemic, *args):
    return subprocess.run([systemic, *args], check=True, capture_output=True, text=True).stdout.strip()


def frame_body(link):
    """The body of a link's frame: version (1) | LEB128 length | body | CRC-32."""
    payload = link.split("=", 1)[1]
    frame = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    length, shift, pos = 0, 0, 1
    while True:
        b = frame[pos]
        pos += 1
        length |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            break
    return frame[pos:pos + length]


TINY = {
    "schema_version": 1, "id": "tiny", "version": 1, "title": "Tiny", "sector": "custom", "intro": "One question.",
    "drivers": [{"id": "trust", "name": "Trust", "description": "Kept promises."}],
    "areas": [{"id": "people", "name": "People", "description": "The team."}],
    "stages": [{"id": "engagement", "name": "Engagement", "description": "First contact."}],
    "experiences": [{"id": "relationship", "name": "Relationship", "description": "Over time.", "stages": ["engagement"]}],
    "questions": [{
        "id": "q.one", "area": "people", "text": "Who owns it?", "why": "Ownership.", "help": "The person.",
        "drivers": {"trust": 1.5}, "stages": ["engagement"], "weight": 2, "quick": True,
        "levels": ["Nobody.", "Someone, sometimes.", "A named person.", "A named person with time.", "Everyone knows who."],
        "next_steps": ["Name someone.", "Write it down.", "Give them time.", "Tell everyone."],
    }],
}


def questionnaires():
    t = "fuzz_questionnaire"
    write(t, "valid-small.json", (FIXTURES / "questionnaires" / "valid_small.json").read_bytes())
    write(t, "valid-tiny.json", json.dumps(TINY, indent=1, ensure_ascii=False) + "\n")
    write(t, "valid-tiny-bom.json", b"\xef\xbb\xbf" + json.dumps(TINY).encode())
    for name in ["syntax_truncated", "duplicate_key", "invalid_utf8", "not_object", "unknown_stage", "wrong_type"]:
        write(t, "broken-" + name.replace("_", "-") + ".json", (FIXTURES / "questionnaires" / "malformed" / (name + ".json")).read_bytes())
    write(t, "broken-escapes.json", '{"schema_version": 1, "id": "a\\u00e9\\ud83d\\ude00", "version": 1e400, "title": [1, -0.5e-3, true, null]}')


def results(systemic, tmp):
    t = "fuzz_results"
    for q in ["b2b", "b2c", "public"]:
        cli(systemic, "synth", q, "--count", "1", "--seed", "7", "--out", str(tmp / q))
    b2b = json.loads((tmp / "b2b" / "result-0001.json").read_text())
    write(t, "valid-b2b.json", json.dumps(b2b, indent=2) + "\n")
    quick = json.loads((tmp / "b2c" / "result-0001.json").read_text())
    quick["mode"] = "quick"
    quick["respondent"] = {"organisation": "Zoë Ångström & Co", "name": None, "role": "front_line"}
    first = next(iter(quick["answers"]))
    quick["answers"][first]["note"] = "A note, with \"quotes\" and a line\nbreak."
    write(t, "valid-b2c-quick.json", json.dumps(quick, ensure_ascii=False) + "\n")
    public = json.loads((tmp / "public" / "result-0001.json").read_text())
    public["questionnaire"]["version"] = 0
    public["questionnaire"]["hash"] = "0000000000000000"
    public.pop("area_points", None)
    public["answers"]["public-gone-question"] = {"status": "answered", "today": 2, "target": 3}
    write(t, "migrated-public.json", json.dumps(public) + "\n")
    write(t, "migrated-b2b-no-hash.json", (FIXTURES / "results" / "bad" / "wrong-questionnaire.json").read_bytes())
    write(t, "broken-syntax.json", (FIXTURES / "results" / "bad" / "syntax.json").read_bytes())
    write(t, "broken-levels.json", json.dumps({
        "schema_version": 1, "questionnaire": {"id": "b2b", "version": 1},
        "mode": "sometimes", "area_points": {"insight": 101, "nowhere": 5},
        "answers": {"b2b-insight-value": {"status": "answered", "today": 7, "target": -1},
                    "b2b-insight-needs": {"status": "maybe", "today": 18446744073709551615}}}) + "\n")
    write(t, "broken-schema-version.json", '{"schema_version": 2, "questionnaire": {"id": "b2b"}}\n')


def links(systemic, tmp):
    t = "fuzz_links"
    for name in ["invitation-example", "results-example"]:
        write(t, name + ".txt", (FIXTURES / "links" / (name + ".txt")).read_bytes())
    made = {}
    for q in ["b2b", "b2c", "public"]:
        result = tmp / q / "result-0001.json"
        if q == "b2c":   # a quick scan: the short form of a link carries only the quick questions
            data = json.loads(result.read_text())
            data["mode"] = "quick"
            data["area_points"] = {}
            result = tmp / "b2c-quick.json"
            result.write_text(json.dumps(data))
        made[q] = cli(systemic, "link", "encode", q, str(result))
        write(t, "results-" + q + ".txt", made[q] + "\n")
    invite = cli(systemic, "link", "invite", "--questionnaire", "b2c", "--mode", "quick", "--client", "Łukasz Żółć Ltd",
                 "--consultant", "Sam", "--contact", "+44 20 7946 0000", "--message", "Two lines:\nplease answer.",
                 "--hash", "0123456789abcdef")
    write(t, "invitation-hash.txt", "https://example.org/systemic.html#" + invite + "&lang=en")
    # Raw frame bodies: fuzz_links also wraps each input in a valid frame, so these reach the body readers at once.
    write(t, "body-results-b2b.bin", frame_body(made["b2b"]))
    write(t, "body-results-b2c-quick.bin", frame_body(made["b2c"]))
    write(t, "body-invitation.bin", frame_body(invite))
    # Damage: cut short, a changed character, the wrong kind, no fragment, wrapped by an e-mail program.
    write(t, "broken-truncated.txt", made["public"][:40])
    changed = made["b2b"][:20] + ("A" if made["b2b"][20] != "A" else "B") + made["b2b"][21:]
    write(t, "broken-checksum.txt", changed)
    write(t, "broken-invitation-frame-as-results.txt", "#" + invite.replace("invite=", "r="))
    write(t, "broken-no-fragment.txt", "https://example.org/systemic.html")
    write(t, "wrapped.txt", "#" + made["b2b"][:30] + "\n  " + made["b2b"][30:] + "=")


def benchmarks(systemic, tmp):
    t = "fuzz_benchmark"
    cli(systemic, "synth", "b2b", "--count", "6", "--seed", "11", "--out", str(tmp / "bench"))
    results = sorted(str(p) for p in (tmp / "bench").glob("result-*.json"))
    subprocess.run([systemic, "benchmark", "build", "b2b", *results, "--out", str(tmp / "bench.json"), "--date", "2026-12-01"],
                   check=True, capture_output=True)
    valid = json.loads((tmp / "bench.json").read_text())
    write(t, "valid-b2b.json", json.dumps(valid, indent=1) + "\n")
    # Withheld areas, another version, another questionnaire and an unknown field (a warning): all still readable.
    other = json.loads(json.dumps(valid))
    other["questionnaire"] = {"id": "b2b", "version": 99}
    other["areas"][0] = {"id": other["areas"][0]["id"], "n": 3, "withheld": True}
    other["note"] = "unknown"
    write(t, "valid-withheld-other-version.json", json.dumps(other) + "\n")
    foreign = json.loads(json.dumps(valid))
    foreign["questionnaire"]["id"] = "<b>Zoë & Co</b>"
    foreign["drivers"] = []
    write(t, "valid-foreign-markup.json", json.dumps(foreign, ensure_ascii=False) + "\n")
    # Damage: figures where n < 5, out of order, out of range, a bad date, a duplicate id, the wrong kind, cut short.
    broken = json.loads(json.dumps(valid))
    broken["areas"][1]["n"] = 4
    broken["areas"][2]["q25"] = 101
    broken["areas"][3]["median"] = -1
    broken["drivers"].append(broken["drivers"][0])
    broken["created"] = "2026-02-30"
    write(t, "broken-figures.json", json.dumps(broken) + "\n")
    write(t, "broken-kind.json", json.dumps({**valid, "kind": "systemic-team", "quantiles": "type6", "schema_version": 2}) + "\n")
    write(t, "broken-truncated.json", json.dumps(valid)[:300])
    write(t, "broken-too-few.json", '{"schema_version": 1, "kind": "systemic-benchmark", "quantiles": "type7", '
          '"questionnaire": {"id": "b2b", "version": 1}, "created": "2026-12-01", "n": 4, '
          '"overall": {"n": 4, "min": 1, "q25": 2, "median": 3, "q75": 4, "max": 5}, '
          '"systemic_index": {"n": 4, "withheld": true}, "areas": [], "drivers": []}\n')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    systemic = sys.argv[1]
    with tempfile.TemporaryDirectory() as d:
        tmp = pathlib.Path(d)
        questionnaires()
        results(systemic, tmp)
        links(systemic, tmp)
        benchmarks(systemic, tmp)


if __name__ == "__main__":
    main()
