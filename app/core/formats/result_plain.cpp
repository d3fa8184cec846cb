// result_plain.cpp — the quick road for a results file as Systemic writes it: one pass over the text straight into
// a Result, with no JSON tree and no table of positions. It takes only texts that load without a single issue and
// gives up on anything else (another questionnaire version, a key it does not know, a repeated key, \u escapes, a
// number with a fraction, a syntax error...), which LoadResult then reads the thorough way, with located messages.
// Where it takes a text, it must give exactly what the thorough road gives: the fuzzers and unit tests compare them.
#include "formats/result_file.h"

#include <algorithm>
#include <cstdint>

#include "formats/json_document.h"

namespace systemic {

namespace {

// JSON (RFC 8259) for the shapes a results file has: objects, plain strings, whole numbers. Every method returns
// false where the text leaves that subset, and the caller gives up.
class Reader {
public:
    explicit Reader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

    bool Eat(char c) {
        Space();
        if (p_ == end_ || *p_ != c) return false;
        ++p_;
        return true;
    }
    bool AtEnd() {
        Space();
        return p_ == end_;
    }

    // '{' members '}', calling member(key) with the reader at the member's value.
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

    // A string: ASCII, well-formed UTF-8 (RFC 3629, as ParseJson requires) and the one-letter escapes.
    bool String(std::string* out) {
        if (!Eat('"')) return false;
        const char* start = p_;
        while (p_ != end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20 &&
               static_cast<unsigned char>(*p_) < 0x80)
            ++p_;
        out->assign(start, p_);
        while (p_ != end_) {
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c >= 0x80) {
                const std::size_t length = Utf8Length();
                if (length == 0) return false;
                out->append(p_, length);
                p_ += length;
                continue;
            }
            if (c == '\\') {
                if (++p_ == end_) return false;
                switch (*p_) {
                case '"': out->push_back('"'); break;
                case '\\': out->push_back('\\'); break;
                case '/': out->push_back('/'); break;
                case 'b': out->push_back('\b'); break;
                case 'f': out->push_back('\f'); break;
                case 'n': out->push_back('\n'); break;
                case 'r': out->push_back('\r'); break;
                case 't': out->push_back('\t'); break;
                default: return false;   // \u escapes: the thorough road
                }
                ++p_;
                continue;
            }
            out->push_back(static_cast<char>(c));
            ++p_;
        }
        return false;
    }

    // A whole number of at most 9 digits: no fraction, no exponent, no leading zero.
    bool Int(long long* out) {
        Space();
        const bool negative = p_ != end_ && *p_ == '-';
        if (negative) ++p_;
        const char* digits = p_;
        long long v = 0;
        while (p_ != end_ && *p_ >= '0' && *p_ <= '9') {
            if (p_ - digits == 9) return false;
            v = v * 10 + (*p_++ - '0');
        }
        const std::ptrdiff_t n = p_ - digits;
        if (n == 0 || (n > 1 && *digits == '0')) return false;
        if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;
        *out = negative ? -v : v;
        return true;
    }

private:
    void Space() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    // A key: printable ASCII without escapes (every id Systemic writes); a view into the text.
    bool Key(std::string_view* out) {
        if (!Eat('"')) return false;
        const char* start = p_;
        while (p_ != end_ && *p_ != '"') {
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c < 0x20 || c >= 0x80 || c == '\\') return false;
            ++p_;
        }
        if (p_ == end_) return false;
        *out = std::string_view(start, static_cast<std::size_t>(p_ - start));
        ++p_;
        return true;
    }

    // The length of the well-formed UTF-8 sequence at p_ (2 to 4), or 0: no overlong forms, no surrogates,
    // nothing above U+10FFFF.
    std::size_t Utf8Length() const {
        const unsigned char c = static_cast<unsigned char>(*p_);
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) { length = 2; code = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { length = 3; code = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { length = 4; code = c & 0x07u; }
        else return 0;
        if (static_cast<std::size_t>(end_ - p_) < length) return 0;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char b = static_cast<unsigned char>(p_[k]);
            if ((b & 0xC0u) != 0x80u) return 0;
            code = (code << 6) | (b & 0x3Fu);
        }
        if (length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) return 0;
        if (length == 4 && (code < 0x10000 || code > 0x10FFFF)) return 0;
        return length;
    }

    const char* p_;
    const char* end_;
};

// Each member of an object at most once: a repeated key is an error on the thorough road.
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

// "questionnaire": {"id", "version", "hash"} for q itself, this very version: anything else is a warning at least.
bool ReadHeader(Reader& in, const Questionnaire& q) {
    Seen seen;
    std::string id, hash;
    long long version = 0;
    const bool read = in.Object([&](std::string_view key) {
        if (key == "id") return seen.Once(0) && in.String(&id);
        if (key == "version") return seen.Once(1) && in.Int(&version);
        if (key == "hash") return seen.Once(2) && in.String(&hash);
        return false;
    });
    const long long from_version = std::max(-1LL, std::min(version, 1000000000LL));
    return read && id == q.id && from_version == q.version && hash == q.hash;
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
    return read && ParseRole(role, &respondent.role);
}

bool ReadAreaPoints(Reader& in, const Questionnaire& q, Result& r) {
    std::vector<int> points(q.areas.size(), -1);
    const bool read = in.Object([&](std::string_view key) {
        const int area = q.FindArea(std::string(key));
        long long v = 0;
        if (area < 0 || points[static_cast<std::size_t>(area)] >= 0 || !in.Int(&v) || v < 0 || v > 100) return false;
        points[static_cast<std::size_t>(area)] = static_cast<int>(v);
        return true;
    });
    if (!read) return false;
    if (std::all_of(points.begin(), points.end(), [](int p) { return p < 0; })) return true;   // {}: equal importance
    for (std::size_t a = 0; a < q.areas.size(); ++a) r.area_points.push_back({q.areas[a].id, std::max(points[a], 0)});
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
    return in.Object([&](std::string_view key) {
        int question = -1;
        if (next < q.questions.size() && q.questions[next].id == key) question = static_cast<int>(next);
        else question = q.FindQuestion(std::string(key));
        if (question < 0 || answered[static_cast<std::size_t>(question)]) return false;
        answered[static_cast<std::size_t>(question)] = true;
        next = static_cast<std::size_t>(question) + 1;
        Answer& a = r.answers[static_cast<std::size_t>(question)];
        Seen seen;
        std::string status;
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
        if (a.status == AnswerStatus::Answered && a.today == 0) return false;
        if (a.status != AnswerStatus::Unanswered) ++carried_over;
        return true;
    });
}

} // namespace

std::optional<ResultLoad> LoadPlainResult(std::string_view json_text, const Questionnaire& q) {
    if (json_text.size() > JsonLimits{}.max_bytes) return std::nullopt;
    Reader in(json_text);
    Result r = NewResult(q);
    ResultLoad load;
    Seen seen;
    const bool read = in.Object([&](std::string_view key) {
        if (key == "schema_version") {
            long long v = 0;
            return seen.Once(0) && in.Int(&v) && v == kResultSchemaVersion;
        }
        if (key == "questionnaire") return seen.Once(1) && ReadHeader(in, q);
        if (key == "respondent") return seen.Once(2) && ReadRespondent(in, r.respondent);
        if (key == "mode") {
            std::string mode;
            return seen.Once(3) && in.String(&mode) && (mode.empty() || ParseMode(mode, &r.mode));
        }
        if (key == "created") return seen.Once(4) && in.String(&r.created);
        if (key == "updated") return seen.Once(5) && in.String(&r.updated);
        if (key == "area_points") return seen.Once(6) && ReadAreaPoints(in, q, r);
        if (key == "answers") return seen.Once(7) && ReadAnswers(in, q, r, load.carried_over);
        return false;   // a key Systemic does not write
    });
    if (!read || !in.AtEnd() || !seen.Has(0) || !seen.Has(1)) return std::nullopt;
    load.from_version = q.version;
    load.from_hash = q.hash;
    load.result = std::move(r);
    return load;
}

} // namespace systemic
