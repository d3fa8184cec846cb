// readability.cpp — Flesch reading ease with a small English syllable heuristic, and summaries per questionnaire.
// Plain counting and IEEE arithmetic in a fixed order, so the numbers are the same natively and in the browser.
#include "rules/readability.h"

#include <algorithm>

#include "text/utf8.h"

namespace systemic {

namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Accented Latin letters (café, naïve); not ×, ÷, dashes, curly quotes or the no-break space.
bool IsLatinLetter(unsigned code) { return code >= 0xC0 && code <= 0x24F && code != 0xD7 && code != 0xF7; }

// Length in bytes of the word character at text[i], or 0 when it is not one. Word characters: letters,
// digits, and an apostrophe (' or ’) between letters, so "don't" and "customer's" stay one word.
// Hyphens and slashes separate words: "up-sell" is two.
std::size_t WordCharAt(std::string_view text, std::size_t i) {
    const Utf8Char ch = DecodeAt(text, i, Utf8Policy::Lenient);   // a broken byte reads as itself: texts are only measured here
    const std::size_t length = ch.length;
    const unsigned code = ch.code;
    if ((code < 0x80 && (IsAsciiLetter(static_cast<char>(code)) || IsDigit(static_cast<char>(code)))) || IsLatinLetter(code)) return length;
    if ((code != '\'' && code != 0x2019) || i == 0 || i + length >= text.size()) return 0;
    return IsAsciiLetter(text[i - 1]) && IsAsciiLetter(text[i + length]) ? length : 0;
}

ReadabilitySummary Summarise(std::vector<ReadabilityItem> items, int hardest_count) {
    ReadabilitySummary summary;
    TextStats pooled;
    double sum = 0;
    for (const ReadabilityItem& item : items) {
        if (item.stats.words == 0) continue;
        sum += item.score;
        summary.min = summary.count == 0 ? item.score : std::min(summary.min, item.score);
        ++summary.count;
        pooled.sentences += item.stats.sentences;
        pooled.words += item.stats.words;
        pooled.syllables += item.stats.syllables;
    }
    if (summary.count == 0) return summary;
    summary.mean = sum / summary.count;
    summary.pooled = FleschReadingEase(pooled);
    items.erase(std::remove_if(items.begin(), items.end(), [](const ReadabilityItem& item) { return item.stats.words == 0; }), items.end());
    std::stable_sort(items.begin(), items.end(), [](const ReadabilityItem& a, const ReadabilityItem& b) { return a.score < b.score; });
    if (items.size() > static_cast<std::size_t>(std::max(hardest_count, 0))) items.resize(static_cast<std::size_t>(std::max(hardest_count, 0)));
    summary.hardest = std::move(items);
    return summary;
}

ReadabilityItem Measure(const std::string& question_id, int index, const std::string& text) {
    ReadabilityItem item;
    item.question_id = question_id;
    item.index = index;
    item.stats = CountText(text);
    item.score = FleschReadingEase(item.stats);
    return item;
}

} // namespace

// The heuristic, in the usual spirit of Flesch tools (right for most everyday words, off by one on some):
// 1. count groups of consecutive vowels (a e i o u, and y except as a first letter);
// 2. a final "e" after a consonant is silent ("make"), except in consonant + "le" ("table");
// 3. a final "es" or "ed" after a consonant is silent ("makes", "asked"), except after the sounds that
//    need a vowel to be heard ("boxes", "changes", "wanted", "needed");
// 4. "ia" and "io" are two syllables ("media", "period") unless after c, g, s or t ("social", "region", "nation");
// 5. non-ASCII letters count as vowels (loan words: "café"); each digit counts one syllable;
// 6. every word has at least one syllable.
int CountSyllables(std::string_view word) {
    std::string w;
    int digits = 0;
    for (std::size_t i = 0; i < word.size();) {
        const Utf8Char ch = DecodeAt(word, i, Utf8Policy::Lenient);
        const unsigned code = ch.code;
        i += ch.length;
        if (code >= 'A' && code <= 'Z') w += static_cast<char>(code - 'A' + 'a');
        else if (code >= 'a' && code <= 'z') w += static_cast<char>(code);
        else if (code >= '0' && code <= '9') ++digits;
        else if (IsLatinLetter(code)) w += 'a';   // accented letters are nearly always vowels in English loan words
    }
    if (w.empty()) return digits;
    int groups = 0;
    bool previous_vowel = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const bool vowel = IsVowel(w[i]) && !(w[i] == 'y' && i == 0);
        if (vowel && !previous_vowel) ++groups;
        previous_vowel = vowel;
    }
    const std::size_t n = w.size();
    if (n > 2 && w[n - 1] == 'e' && !IsVowel(w[n - 2])) {
        const bool consonant_le = w[n - 2] == 'l' && n > 3 && !IsVowel(w[n - 3]);
        if (!consonant_le) --groups;
    } else if (n > 3 && w[n - 1] == 's' && w[n - 2] == 'e' && !IsVowel(w[n - 3]) &&
               std::string_view("sxzcgh").find(w[n - 3]) == std::string_view::npos) {
        --groups;
    } else if (n > 3 && w[n - 1] == 'd' && w[n - 2] == 'e' && !IsVowel(w[n - 3]) && w[n - 3] != 't' && w[n - 3] != 'd') {
        --groups;
    }
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (w[i] != 'i' || (w[i + 1] != 'a' && w[i + 1] != 'o')) continue;
        if (i > 0 && std::string_view("cgst").find(w[i - 1]) != std::string_view::npos) continue;
        ++groups;
    }
    return std::max(groups, 1) + digits;
}

// Sentences end at '.', '!' or '?' followed by a space or the end (closing quotes and brackets allowed
// between), so "3.5" does not end one; nor does a '.' right after a one-letter word ("e.g. this", "i.e. that").
// Text after the last end is a sentence too.
TextStats CountText(std::string_view text) {
    TextStats stats;
    int words_in_sentence = 0;
    std::size_t last_word_end = std::string_view::npos;
    std::size_t last_word_letters = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (WordCharAt(text, i) > 0) {
            const std::size_t start = i;
            last_word_letters = 0;
            for (std::size_t length; i < text.size() && (length = WordCharAt(text, i)) > 0; ++last_word_letters) i += length;
            last_word_end = i;
            ++stats.words;
            ++words_in_sentence;
            stats.syllables += CountSyllables(text.substr(start, i - start));
            continue;
        }
        const bool abbreviation = text[i] == '.' && last_word_end == i && last_word_letters == 1;
        const char c = text[i++];
        if (c != '.' && c != '!' && c != '?') continue;
        while (i < text.size() && (text[i] == '.' || text[i] == '!' || text[i] == '?')) ++i;
        std::size_t after = i;
        while (after < text.size() && (text[after] == '"' || text[after] == '\'' || text[after] == ')' || text[after] == ']')) ++after;
        if ((after == text.size() || IsSpace(text[after])) && words_in_sentence > 0 && !abbreviation) {
            ++stats.sentences;
            words_in_sentence = 0;
        }
    }
    if (words_in_sentence > 0) ++stats.sentences;
    return stats;
}

double FleschReadingEase(const TextStats& stats) {
    if (stats.words == 0 || stats.sentences == 0) return 0;
    const double words_per_sentence = static_cast<double>(stats.words) / stats.sentences;
    const double syllables_per_word = static_cast<double>(stats.syllables) / stats.words;
    return 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word;
}

double FleschReadingEase(std::string_view text) { return FleschReadingEase(CountText(text)); }

QuestionnaireReadability MeasureReadability(const Questionnaire& q, int hardest_count) {
    std::vector<ReadabilityItem> questions, why, levels, next_steps;
    for (const Question& question : q.questions) {
        questions.push_back(Measure(question.id, 0, question.text));
        why.push_back(Measure(question.id, 0, question.why));
        for (std::size_t l = 0; l < question.levels.size(); ++l)
            levels.push_back(Measure(question.id, static_cast<int>(l) + 1, question.levels[l]));
        for (std::size_t s = 0; s < question.next_steps.size(); ++s)
            next_steps.push_back(Measure(question.id, static_cast<int>(s) + 1, question.next_steps[s]));
    }
    QuestionnaireReadability result;
    result.questions = Summarise(std::move(questions), hardest_count);
    result.why = Summarise(std::move(why), hardest_count);
    result.levels = Summarise(std::move(levels), hardest_count);
    result.next_steps = Summarise(std::move(next_steps), hardest_count);
    return result;
}

} // namespace systemic
