// result_plain.cpp — the quick road for a results file as Systemic writes it (result_file.h LoadPlainResult): one
// pass over the text straight into a Result, with no JSON tree and no table of positions. It takes only texts that
// load without a single issue, and gives up on anything else — another questionnaire version, a key it does not
// know, a repeated key, null, a \u escape, a byte-order mark, a number with a fraction, a syntax error — which
// LoadResult then reads the thorough way (ParseJson, then every check), with located messages.
// Where it takes a text it must give exactly what the thorough road gives: tests/unit/test_results.cpp and the
// fuzz_results target compare the two roads.
#include "formats/result_file.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "formats/json_document.h"
#include "text/utf8.h"

namespace systemic {

namespace {

// JSON (RFC 8259) for the shapes a results file has: objects, strings, whole numbers. Every method returns false
// where the text leaves that subset, and the caller gives up.
class Reader {
public:
    explicit Reader(std::string_view text) : text_(text), p_(0) {}

    bool Eat(char c) {
        Space();
        if (p_ == text_.size() || text_[p_] != c) return false;
        ++p_;
        return true;
    }
    bool AtEnd() {
        Space();
        return p_ == text_.size();
    }

    // '{' members '}', calling member(key) with the reader at the member's value; false as soon as member does.
    template <typename Member>
    bool Object(Member&& member) {
        if (!Eat('{')) return false;
        if (Eat('}')) return true;
        do {
            std::string_view key;
            if (!Key(&key) || !Eat(':') || !member(key)) return false;
        } while (Eat(','));
        return Eat('}');
    }

    // A string into *out: well-formed UTF-8 (the same Strict decoding as ParseJson's check) and the one-letter escapes.
    bool String(std::string* out) {
        if (!Eat('"')) return false;
        out->clear();
        for (;;) {
            const std::size_t run = p_;   // a run of plain ASCII is copied at once
            while (p_ < text_.size()) {
                const unsigned char c = static_cast<unsigned char>(text_[p_]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++p_;
            }
            out->append(text_.data() + run, p_ - run);
            if (p_ == text_.size()) return false;
            const unsigned char c = static_cast<unsigned char>(text_[p_]);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c >= 0x80) {
                const Utf8Char u = DecodeAt(text_, p_, Utf8Policy::Strict);
                if (u.stop != Utf8Stop::Ok) return false;
                out->append(text_.data() + p_, u.length);
                p_ += u.length;
                continue;
            }
            // A backslash.
            if (++p_ == text_.size()) return false;
            const char plain = JsonEscapedChar(text_[p_]);
            if (plain == 0) return false;   // \u escapes (and mistakes): the thorough road
            out->push_back(plain);
            ++p_;
        }
    }

    // A whole number of at most 9 digits: no fraction, no exponent, no leading zero ("-0" is 0, as in nlohmann).
    bool Int(long long* out) {
        Space();
        const bool negative = p_ < text_.size() && text_[p_] == '-';
        if (negative) ++p_;
        const std::size_t digits = p_;
        long long v = 0;
        while (p_ < text_.size() && text_[p_] >= '0' && text_[p_] <= '9') {
            if (p_ - digits == 9) return false;
            v = v * 10 + (text_[p_++] - '0');
        }
        const std::size_t n = p_ - digits;
        if (n == 0 || (n > 1 && text_[digits] == '0')) return false;
        if (p_ < text_.size() && (text_[p_] == '.' || text_[p_] == 'e' || text_[p_] == 'E')) return false;
        *out = negative ? -v : v;
        return true;
    }

private:
    void Space() {
        while (p_ < text_.size() && (text_[p_] == ' ' || text_[p_] == '\n' || text_[p_] == '\r' || text_[p_] == '\t')) ++p_;
    }

    // A key: printable ASCII without escapes (every id Systemic writes); a view into the text.
    bool Key(std::string_view* out) {
        if (!Eat('"')) return false;
        const std::size_t start = p_;
        while (p_ < text_.size() && text_[p_] != '"') {
            const unsigned char c = static_cast<unsigned char>(text_[p_]);
            if (c < 0x20 || c >= 0x80 || c == '\\') return false;
            ++p_;
        }
        if (p_ == text_.size()) return false;
        *out = text_.substr(start, p_ - start);
        ++p_;
        return true;
    }

    std::string_view text_;
    std::size_t p_;
};

// Each member of an object at most once: a repeated key is json.duplicate_key on the thorough road.
struct Seen {
    std::uint32_t bits = 0;
    bool Once(int bit) {
        const std::uint32_t mask = 1u << bit;
        if (bits & mask) return false;
        bits |= mask;
        return true;
    }
    bool Has(int bit) const { return (bits & (1u << bit)) != 0; }
};

// "questionnaire": {"id", "version", "hash"} of q itself, this very version and hash: anything else is at least a
// warning (result.questionnaire_changed) or an error on the thorough road.
bool ReadHeader(Reader& in, const Questionnaire& q) {
    Seen seen;
    std::string id, hash;
    long long version = 0;   // absent: 0, as on the thorough road
    const bool read = in.Object([&](std::string_view key) {
        if (key == "id") return seen.Once(0) && in.String(&id);
        if (key == "version") return seen.Once(1) && in.Int(&version);
        if (key == "hash") return seen.Once(2) && in.String(&hash);
        return false;
    });
    return read && !id.empty() && id == q.id && version >= 0 && version <= 1000000000 && version == q.version && hash == q.hash;
}

bool ReadRespondent(Reader& in, Respondent& respondent) {
    Seen seen;
    std::string role;
    const bool read = in.Object([&](std::string_view key) {
        if (key == "organisation") return seen.Once(0) && in.String(&respondent.organisation);
        if (key == "name") return seen.Once(1) && in.String(&respondent.name);
        if (key == "role") return seen.Once(2) && in.String(&role);
        return false;
    });
    return read && ParseRole(role, &respondent.role);   // "" is None; an unknown role is a warning
}

// The index of the item with this id, or -1 (Questionnaire::FindArea without making a std::string of the key).
template <typename T>
int FindId(const std::vector<T>& items, std::string_view id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}

bool ReadAreaPoints(Reader& in, const Questionnaire& q, Result& r) {
    std::vector<int> points(q.areas.size(), -1);   // -1: not in the file
    const bool read = in.Object([&](std::string_view key) {
        const int area = FindId(q.areas, key);
        long long v = 0;
        if (area < 0 || points[static_cast<std::size_t>(area)] >= 0 || !in.Int(&v) || v < 0 || v > 100) return false;
        points[static_cast<std::size_t>(area)] = static_cast<int>(v);
        return true;
    });
    if (!read) return false;
    bool any = false;
    for (const int p : points) any = any || p >= 0;
    if (!any) return true;   // {}: equal importance
    for (std::size_t a = 0; a < q.areas.size(); ++a) r.area_points.push_back({q.areas[a].id, points[a] < 0 ? 0 : points[a]});
    return true;
}

bool ReadLevel(Reader& in, int* out) {
    long long v = 0;
    if (!in.Int(&v) || v < 0 || v > kLevelCount) return false;
    *out = static_cast<int>(v);
    return true;
}

bool ReadAnswers(Reader& in, const Questionnaire& q, Result& r, int& carried_over) {
    std::vector<bool> answered(q.questions.size(), false);
    std::size_t next = 0;   // files list the answers in questionnaire order: try the next question's id first
    std::string status;
    return in.Object([&](std::string_view key) {
        const int question = next < q.questions.size() && q.questions[next].id == key ? static_cast<int>(next) : FindId(q.questions, key);
        if (question < 0 || answered[static_cast<std::size_t>(question)]) return false;   // unknown (a warning) or repeated
        answered[static_cast<std::size_t>(question)] = true;
        next = static_cast<std::size_t>(question) + 1;
        Answer& a = r.answers[static_cast<std::size_t>(question)];   // NewResult's: the id, levels 0, no note
        Seen seen;
        status.clear();
        const bool read = in.Object([&](std::string_view member) {
            if (member == "status") return seen.Once(0) && in.String(&status);
            if (member == "today") return seen.Once(1) && ReadLevel(in, &a.today);
            if (member == "target") return seen.Once(2) && ReadLevel(in, &a.target);
            if (member == "note") return seen.Once(3) && in.String(&a.note);
            return false;
        });
        if (!read) return false;
        if (status.empty()) a.status = a.today > 0 ? AnswerStatus::Answered : AnswerStatus::Unanswered;   // older writers
        else if (!ParseAnswerStatus(status, &a.status)) return false;
        if (a.status == AnswerStatus::Answered && a.today == 0) return false;   // result.level_missing
        if (a.status != AnswerStatus::Unanswered) ++carried_over;
        return true;
    });
}

} // namespace

std::optional<ResultLoad> LoadPlainResult(std::string_view json_text, const Questionnaire& q) {
    if (json_text.size() > JsonLimits{}.max_bytes) return std::nullopt;   // json.too_large
    Reader in(json_text);
    ResultLoad load;
    Result r = NewResult(q);
    Seen seen;
    std::string text;
    const bool read = in.Object([&](std::string_view key) {
        if (key == "schema_version") {
            long long v = 0;
            return seen.Once(0) && in.Int(&v) && v == kResultSchemaVersion;
        }
        if (key == "questionnaire") return seen.Once(1) && ReadHeader(in, q);
        if (key == "respondent") return seen.Once(2) && ReadRespondent(in, r.respondent);
        if (key == "mode") return seen.Once(3) && in.String(&text) && (text.empty() || ParseMode(text, &r.mode));
        if (key == "created") return seen.Once(4) && in.String(&r.created);
        if (key == "updated") return seen.Once(5) && in.String(&r.updated);
        if (key == "area_points") return seen.Once(6) && ReadAreaPoints(in, q, r);
        if (key == "answers") return seen.Once(7) && ReadAnswers(in, q, r, load.carried_over);
        return false;   // a key Systemic does not write: the thorough road reads (and ignores) it
    });
    if (!read || !in.AtEnd() || !seen.Has(0) || !seen.Has(1)) return std::nullopt;
    load.from_version = q.version;
    load.from_hash = q.hash;
    load.result = std::move(r);
    return load;
}

} // namespace systemic
