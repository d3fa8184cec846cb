// test_error_codes.cpp — docs/errors.md is the catalogue of every issue code: each "<prefix>.<name>" string literal
// under app/ is listed there, and the catalogue lists no code the source no longer has. The author guides that
// mention codes (questionnaires/README.md, docs/links.md, docs/scoring.md) name only catalogued ones.
// Native only: it walks the source tree (SYSTEMIC_SOURCE_DIR).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

bool IsFileName(const std::string& text) {   // "app.h", "b2b.json", "result.json": names, not codes
    static const std::regex kFileName(".*\\.(h|hpp|cpp|json|html|js|mjs|css|csv|svg|png|ttf|md|txt|py|sh)");
    return std::regex_match(text, kFileName);
}

std::string ReadText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// "prefix.name" literals in C++ source, leaving out #include lines and file names ("app.h", "b2b.json").
std::set<std::string> CodesInSource(const fs::path& root) {
    static const std::regex kLiteral("\"([a-z]+\\.[a-z0-9_]+)\"");
    std::set<std::string> codes;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".h")) continue;
        std::istringstream lines(ReadText(entry.path()));
        for (std::string line; std::getline(lines, line);) {
            if (line.find("#include") != std::string::npos) continue;
            for (std::sregex_iterator it(line.begin(), line.end(), kLiteral), end; it != end; ++it) {
                const std::string code = (*it)[1].str();
                if (!IsFileName(code)) codes.insert(code);
            }
        }
    }
    return codes;
}

// Codes written as `prefix.name` in Markdown; in the catalogue, only the first cell of a table row counts.
std::set<std::string> CodesInMarkdown(const std::string& text, bool first_cell_only) {
    static const std::regex kRow("^\\| `([a-z]+\\.[a-z0-9_]+)` \\|");
    static const std::regex kMention("`([a-z]+\\.[a-z0-9_]+)`");
    std::set<std::string> codes;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (first_cell_only) {
            std::smatch m;
            if (std::regex_search(line, m, kRow)) codes.insert(m[1].str());
            continue;
        }
        for (std::sregex_iterator it(line.begin(), line.end(), kMention), end; it != end; ++it)
            if (!IsFileName((*it)[1].str())) codes.insert((*it)[1].str());
    }
    return codes;
}

} // namespace

TEST_CASE("docs/errors.md lists every issue code in app/, and no other") {
    const fs::path source(SYSTEMIC_SOURCE_DIR);
    const std::set<std::string> in_source = CodesInSource(source / "app");
    const std::set<std::string> in_catalogue = CodesInMarkdown(ReadText(source / "docs/errors.md"), true);
    REQUIRE(in_source.size() > 60);      // the walk found the loaders' codes
    REQUIRE(in_catalogue.size() > 60);   // and the catalogue's tables were read
    for (const std::string& code : in_source)
        if (!in_catalogue.count(code)) FAIL_CHECK("\"" << code << "\" is used in app/ but not listed in docs/errors.md");
    for (const std::string& code : in_catalogue)
        if (!in_source.count(code)) FAIL_CHECK("`" << code << "` is listed in docs/errors.md but no longer used in app/");
}

TEST_CASE("the guides mention only catalogued codes") {
    const fs::path source(SYSTEMIC_SOURCE_DIR);
    const std::set<std::string> in_catalogue = CodesInMarkdown(ReadText(source / "docs/errors.md"), true);
    for (const char* guide : {"questionnaires/README.md", "docs/links.md", "docs/scoring.md", "README.md"}) {
        const std::string name = guide;
        CAPTURE(name);
        for (const std::string& code : CodesInMarkdown(ReadText(source / name), false)) {
            // Markdown code spans also name files ("b2b.json") and functions; only known prefixes are codes.
            const std::string prefix = code.substr(0, code.find('.'));
            bool is_code_prefix = false;
            for (const std::string& known : in_catalogue)
                if (known.compare(0, prefix.size() + 1, prefix + ".") == 0) is_code_prefix = true;
            // Names that share a prefix but are no codes: the editor setting `json.schemas` (questionnaires/README.md).
            if (code == "json.schemas") continue;
            if (is_code_prefix && !in_catalogue.count(code)) FAIL_CHECK("`" << code << "` is not a code in docs/errors.md");
        }
    }
}
