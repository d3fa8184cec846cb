// questionnaire.h — the questionnaire model: sector, drivers, areas, journey stages and questions.
// Loaded from JSON by questionnaire_load.h; read by scoring, the UI and the command-line tool.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace systemic {

// The five anchored levels of the scale. Their names are fixed across questionnaires.
constexpr int kLevelCount = 5;
const char* LevelMeaning(int level);   // one plain line on what maturity stage `level` (1..5) means; "" otherwise
const char* LevelName(int level);   // 1 "Ad hoc", 2 "Emerging", 3 "Defined", 4 "Managed", 5 "Systemic"; "" otherwise

// A fundamental driver of the sector (B2B: Trust, Interdependence, Equitability; ...).
struct Driver {
    std::string id;
    std::string name;
    std::string description;
};

// One of the capability areas of the whole customer-management system.
struct Area {
    std::string id;
    std::string name;
    std::string description;
};

// A step of the customer journey (Engagement, On-boarding, ...); a sector may rename them.
struct Stage {
    std::string id;
    std::string name;
    std::string description;
};

// A customer experience formed by several journey stages (Transaction, Relationship, Marketing).
struct Experience {
    std::string id;
    std::string name;
    std::string description;
    std::vector<int> stages;         // indices into Questionnaire::stages
};

struct DriverWeight {
    int driver = 0;                  // index into Questionnaire::drivers
    double weight = 1.0;             // > 0
};

struct Question {
    std::string id;                  // stable across versions; results are keyed by it
    int area = 0;                    // index into Questionnaire::areas
    std::string text;                // the question itself
    std::string why;                 // why it matters
    std::string help;                // optional: explains terms used in the question
    std::vector<DriverWeight> drivers;   // at least one
    std::vector<int> stages;         // indices into Questionnaire::stages; may be empty
    double weight = 1.0;             // weight within its area (> 0)
    std::array<std::string, kLevelCount> levels;   // observable practice at levels 1..5
    std::array<std::string, kLevelCount - 1> next_steps;  // how to move up from levels 1..4
    bool quick = false;              // part of the quick scan
};

struct Questionnaire {
    int schema_version = 1;
    std::string id;                  // "b2b", "b2c", "public" or a custom id
    int version = 1;                 // bumped by the author when content changes
    std::string title;
    std::string sector;              // "b2b", "b2c", "public" or "custom"
    std::string intro;               // a short paragraph shown when the sector is chosen
    std::vector<Driver> drivers;
    std::vector<Area> areas;
    std::vector<Stage> stages;
    std::vector<Experience> experiences;
    std::vector<Question> questions;
    std::string hash;                // 16 hex digits: FNV-1a 64 of the canonical JSON (sorted keys, no spaces)

    int FindQuestion(const std::string& question_id) const;   // index, or -1
    int FindArea(const std::string& area_id) const;           // index, or -1
    int FindDriver(const std::string& driver_id) const;       // index, or -1
    int FindStage(const std::string& stage_id) const;         // index, or -1
};

} // namespace systemic
