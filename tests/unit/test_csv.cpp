// test_csv.cpp — the spreadsheet exports: RFC 4180 quoting, CRLF, BOM, the formula-injection guard, the three tables.
// Reads every export back with a strict little parser, so a quoting mistake shows up as a wrong field count.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "report_checks.h"
#include "reports/csv.h"
#include "reports/table.h"
#include "reports/team_out.h"
#include "rules/scoring.h"
#include "rules/synthetic.h"
#include "rules/team.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Strict RFC 4180 reading: records end with CRLF only (a bare CR or LF outside quotes fails the test).
Rows ParseStrict(const std::string& text) {
    Rows rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, after_quote = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
            else if (c == '"') { quoted = false; after_quote = true; }
            else field += c;
            continue;
        }
        if (c == '"') {
            REQUIRE_MESSAGE(field.empty(), "quote inside an unquoted field at byte " << i);
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            after_quote = false;
        } else if (c == '\r') {
            REQUIRE_MESSAGE((i + 1 < text.size() && text[i + 1] == '\n'), "bare CR at byte " << i);
            ++i;
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            after_quote = false;
        } else {
            REQUIRE_MESSAGE(c != '\n', "bare LF at byte " << i);
            REQUIRE_MESSAGE(!after_quote, "text after a closing quote at byte " << i);
            field += c;
        }
    }
    REQUIRE_MESSAGE(!quoted, "unterminated quoted field");
    REQUIRE_MESSAGE((field.empty() && row.empty()), "last record does not end with CRLF");
    return rows;
}

Rows ParseExport(const std::string& csv) {
    REQUIRE(csv.compare(0, 3, kCsvBom) == 0);
    return ParseStrict(csv.substr(3));
}

} // namespace

TEST_CASE("csv: fields") {
    SUBCASE("quoting") {
        CHECK(CsvText("plain") == "plain");
        CHECK(CsvText("") == "");
        CHECK(CsvText("a,b") == "\"a,b\"");
        CHECK(CsvText("say \"hi\"") == "\"say \"\"hi\"\"\"");
        CHECK(CsvText("two\nlines") == "\"two\nlines\"");
        CHECK(CsvText("cr\rhere") == "\"cr\rhere\"");
        CHECK(CsvText("caf\xC3\xA9") == "caf\xC3\xA9");
    }
    SUBCASE("formula guard on user text") {
        CHECK(CsvText("=SUM(A1:A9)") == "'=SUM(A1:A9)");
        CHECK(CsvText("+44 20 7946 0000") == "'+44 20 7946 0000");
        CHECK(CsvText("-1") == "'-1");
        CHECK(CsvText("@cmd") == "'@cmd");
        CHECK(CsvText("\tx") == "'\tx");
        CHECK(CsvText("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        CHECK(CsvText("a=b") == "a=b");
    }
    SUBCASE("our own plain numbers are never prefixed; anything else in a number cell is") {
        CHECK(CsvNumber("-12.50") == "-12.50");
        CHECK(CsvNumber("-1") == "-1");
        CHECK(CsvNumber("0") == "0");
        CHECK(CsvNumber("a,b") == "\"a,b\"");
        CHECK(CsvNumber("+1") == "'+1");
        CHECK(CsvNumber("-3-1") == "'-3-1");
        CHECK(CsvNumber("-") == "'-");
        CHECK(CsvNumber("-1e5") == "'-1e5");
        CHECK(CsvNumber("=1+1") == "'=1+1");
    }
    SUBCASE("plain numbers") {
        for (const char* yes : {"0", "3", "-1", "12.50", "-12.50", "100.00"}) CHECK_MESSAGE(IsPlainNumber(yes), yes);
        for (const char* no : {"", "-", "+1", "1.", ".5", "-.5", "1e5", "1,5", "-3-1", "1.2.3", " 1", "12 %"}) CHECK_MESSAGE(!IsPlainNumber(no), no);
    }
}

// Issue 14: every cell of every spreadsheet CSV gets the formula guard, whatever its column and its kind.
TEST_CASE("csv: the formula guard in every column kind") {
    const char* const risky[] = {"-3-1", "-area", "=cmd", "@x", "+1", "\tx", "\rx"};
    SUBCASE("WriteCsv, both dialects") {
        for (const char* text : risky) {
            CAPTURE(text);
            for (CellKind kind : {CellKind::UserText, CellKind::Number, CellKind::Word}) {
                Table table;
                table.columns = {{"first"}, {text}, {"last"}};
                table.rows = {{Word("a"), TableCell{text, kind}, Number("-12.50")}};
                const Rows rows = ParseExport(WriteCsv(table, CsvDialect::Spreadsheet));
                REQUIRE(rows.size() == 2);
                CHECK(rows[0][1] == std::string("'") + text);          // a column title too
                CHECK(rows[1][1] == std::string("'") + text);
                CHECK(rows[1][2] == "-12.50");                         // our plain number stays a number
                const std::string plain = WriteCsv(table, CsvDialect::Plain);
                CHECK(plain.find('\'') == std::string::npos);          // programs get the text as it is
                CHECK(plain.compare(0, 3, kCsvBom) != 0);
            }
        }
    }
    SUBCASE("the three exports") {
        Questionnaire q = MakeQuestionnaire(3, 2);
        q.questions[0].id = "-3-1";
        q.questions[1].id = "=cmd";
        q.questions[2].id = "@x";
        q.questions[3].id = "+1";
        q.areas[0].id = "-area";
        q.areas[0].name = "-area";
        q.areas[1].name = "=cmd";
        q.areas[2].name = "+1";
        q.questions[4].text = "@x";
        std::vector<Result> team;
        for (int i = 0; i < 2; ++i) {
            Result r = NewResult(q);
            for (std::size_t k = 0; k < r.answers.size(); ++k) {
                r.answers[k].question = q.questions[k].id;
                r.answers[k].status = AnswerStatus::Answered;
                r.answers[k].today = 5 - i;      // targets below today: negative gaps, our own "-" numbers
                r.answers[k].target = 1;
                r.answers[k].note = risky[(k + static_cast<std::size_t>(i)) % 5];
            }
            team.push_back(r);
        }
        const Scores s = Score(q, team[0]);
        const TeamScores t = AggregateTeam(q, team);
        struct Export { std::string csv; std::vector<std::string> guarded; };
        const Export exports[] = {{ResultsCsvQuestions(q, team[0], s), {"-3-1", "=cmd", "@x", "+1", "-area"}},
                                  {ResultsCsvAreas(q, s), {"-area", "=cmd", "+1"}},
                                  {TeamCsv(q, t), {"-3-1", "=cmd", "@x", "+1", "-area"}}};
        for (const Export& e : exports) {
            const std::string& csv = e.csv;
            const Rows rows = ParseExport(csv);
            int negative_numbers = 0;
            for (const auto& row : rows)
                for (const std::string& cell : row) {
                    CAPTURE(cell);
                    CHECK(cell.find_first_of("=+@\t\r") != 0);   // nothing a spreadsheet would run
                    if (!cell.empty() && cell[0] == '-') {
                        CHECK(IsPlainNumber(cell));                // only our own numbers start with '-'
                        ++negative_numbers;
                    }
                }
            CHECK(negative_numbers > 0);
            for (const std::string& text : e.guarded) CHECK_MESSAGE(csv.find("'" + text) != std::string::npos, text);
        }
        // The plain table for programs keeps the ids as they are.
        const std::string plain = TeamToCsv(q, t);
        CHECK(plain.find("\n-3-1,-area,") != std::string::npos);
    }
}

TEST_CASE("text tables") {
    Table table;
    table.columns = {{"", 8}, {"today", 9}, {"caf\xC3\xA9", 6}, {"last"}};
    table.rows = {{UserText("One"), Number("41.67 %"), Word("x"), Word("3/4")},
                  {UserText("Caf\xC3\xA9s"), Number("5.00 %")},
                  {UserText("A name longer than eight"), Word("no answers")}};
    CHECK(WriteTextTable(table) ==
          "          today    caf\xC3\xA9  last\n"
          "  One     41.67 %  x     3/4\n"
          "  Caf\xC3\xA9s   5.00 %\n"
          "  A name longer than eightno answers\n");
    table.columns = {{"", 4}, {"", 4}};
    CHECK(WriteTextTable(table, "> ") == "> One 41.67 %x3/4\n> Caf\xC3\xA9s5.00 %\n> A name longer than eightno answers\n");
}

TEST_CASE("csv: one respondent's questions") {
    const Questionnaire q = FixtureQuestionnaire();
    Result r = FixtureResult(q);
    r.answers[2].note = "=HYPERLINK(\"http://evil\"), then \"quotes\",\nand a new line";
    const Scores s = Score(q, r);
    const std::string csv = ResultsCsvQuestions(q, r, s);
    const Rows rows = ParseExport(csv);

    REQUIRE(rows.size() == q.questions.size() + 1);
    CHECK(rows[0] == std::vector<std::string>{"id", "area", "question", "status", "today", "target", "gap", "today %", "target %", "note"});
    for (const auto& row : rows) CHECK(row.size() == 10);
    CHECK(rows[1][0] == "insight-a");
    CHECK(rows[1][1] == "Customer insight");
    CHECK(rows[1][2] == q.questions[0].text);
    CHECK(rows[1][3] == "answered");
    CHECK(rows[1][4] == "2");
    CHECK(rows[1][5] == "4");
    CHECK(rows[1][6] == "2");
    CHECK(rows[1][7] == "25.00");
    CHECK(rows[1][8] == "75.00");
    CHECK(rows[2][9] == "We ask when they leave, not before.");
    CHECK(rows[3][9] == "'=HYPERLINK(\"http://evil\"), then \"quotes\",\nand a new line");   // guarded, and read back whole
    CHECK(rows[4][3] == "don't know");
    CHECK(rows[4][4] == "");
    CHECK(rows[4][7] == "");
    CHECK(ResultsCsvQuestions(q, r, Score(q, r)) == csv);
}

TEST_CASE("csv: quick scan marks the questions not asked") {
    const Questionnaire q = MakeQuestionnaire(2, 2);
    Result r = MakeResult(q, {{"q0-0", 3, 4}});
    r.mode = Mode::Quick;
    const Rows rows = ParseExport(ResultsCsvQuestions(q, r, Score(q, r)));
    REQUIRE(rows.size() == 5);
    CHECK(rows[1][3] == "not asked");   // no question of a code-made questionnaire is in the quick scan
}

TEST_CASE("csv: one respondent's areas") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = FixtureResult(q);
    const Scores s = Score(q, r);
    const std::string csv = ResultsCsvAreas(q, s);
    const Rows rows = ParseExport(csv);
    REQUIRE(rows.size() == q.areas.size() + 1);
    CHECK(rows[0] == std::vector<std::string>{"area", "importance %", "weight", "today %", "target %", "gap", "stage", "answered", "single answer",
                                              "don't know", "N/A"});
    CHECK(rows[1] == std::vector<std::string>{"Customer insight", "50.00", "50", "41.67", "75.00", "33.33", "Defined", "2", "no", "0", "0"});
    CHECK(rows[2] == std::vector<std::string>{"Proposition", "30.00", "30", "0.00", "50.00", "50.00", "Ad hoc", "1", "yes", "1", "0"});
    CHECK(csv.find("\r\n") != std::string::npos);
}

TEST_CASE("csv: team table for spreadsheets") {
    Questionnaire q = MakeQuestionnaire(2, 2);
    q.questions[0].id = "=cmd|' /C calc'!A0";
    q.areas[1].id = "-area";
    std::vector<Result> team;
    for (int i = 0; i < 3; ++i) {
        Result r = NewResult(q);
        r.respondent.role = i == 0 ? Role::Owner : Role::FrontLine;
        for (std::size_t k = 0; k < r.answers.size(); ++k) {
            r.answers[k].status = AnswerStatus::Answered;
            r.answers[k].today = 1 + (i + static_cast<int>(k)) % 5;
            r.answers[k].target = 5;
        }
        team.push_back(r);
    }
    const TeamScores t = AggregateTeam(q, team);
    const std::string csv = TeamCsv(q, t);
    const Rows rows = ParseExport(csv);
    REQUIRE(rows.size() == q.questions.size() + 1);
    CHECK(rows[0][0] == "question");
    CHECK(rows[1][0] == "'=cmd|' /C calc'!A0");
    CHECK(rows[3][1] == "'-area");
    // Everything else is TeamToCsv's, field for field.
    const std::string plain = TeamToCsv(q, t);
    std::string crlf;
    for (char c : plain) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const Rows expected = ParseStrict(crlf);
    REQUIRE(expected.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == expected[i].size());
        for (std::size_t f = 0; f < rows[i].size(); ++f)
            if (!(i > 0 && f < 2)) CHECK(rows[i][f] == expected[i][f]);
    }
    CHECK(TeamCsv(q, AggregateTeam(q, team)) == csv);
}
