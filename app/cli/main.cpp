// main.cpp — `systemic`, the command-line tool: one CLI11 app, one subcommand per command file (commands.h).
// Conventions for every command: `systemic COMMAND --help` (or -h) prints its usage on stdout and exits 0; an
// unknown option or a wrong count of arguments prints what is wrong and the usage on stderr and exits 2; problems
// with the files exit 1.
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_io.h"
#include "commands.h"

namespace {

// The command table: the order of `systemic --help`.
void (*const kCommands[])(CLI::App&, int&) = {
    systemic::cli::AddValidate, systemic::cli::AddReadability, systemic::cli::AddScore, systemic::cli::AddTeam,
    systemic::cli::AddReport,   systemic::cli::AddExport,      systemic::cli::AddSynth, systemic::cli::AddLink,
    systemic::cli::AddCompare, systemic::cli::AddBenchmark,
};

// The chosen command and the commands above it: systemic, then e.g. link, then encode.
std::vector<CLI::App*> ChosenChain(CLI::App& app) {
    std::vector<CLI::App*> chain{&app};
    for (std::vector<CLI::App*> chosen = app.get_subcommands(); !chosen.empty(); chosen = chosen[0]->get_subcommands())
        chain.push_back(chosen[0]);
    return chain;
}

// The first argument that looks like an option but is no option of the chosen command or those above it; empty if
// none. CLI11 reports a missing argument before an unknown option, and the unknown option is the more useful news.
std::string UnknownOption(const std::vector<CLI::App*>& chain, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") break;
        if (arg.size() < 2 || arg[0] != '-' || (arg[1] >= '0' && arg[1] <= '9')) continue;   // values, negative numbers
        const std::string name = arg[1] == '-' ? arg.substr(0, arg.find('=')) : arg.substr(0, 2);
        bool known = false;
        for (const CLI::App* command : chain) known = known || command->get_option_no_throw(name) != nullptr;
        if (!known) return name;
    }
    return "";
}

// Help text wording for every command and subcommand; positionals show their name only (no "TEXT").
void Polish(CLI::App& command) {
    for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) {
        sub->set_help_flag("-h,--help", "print this usage and exit");
        for (CLI::Option* option : sub->get_options([](CLI::Option* o) { return o->get_positional(); })) option->type_name("");
        Polish(*sub);
    }
}

} // namespace

int main(int argc, char** argv) {
    // Before anything is printed: CLI11's own messages quote arguments too.
    systemic::cli::InstallTerminalGuard();
    CLI::App app{"systemic: customer-management maturity self-assessment, command-line tool", "systemic"};
    app.set_version_flag("--version", std::string("systemic ") + SYSTEMIC_VERSION, "the version of this tool");
    app.set_help_flag("-h,--help", "this text; systemic COMMAND --help shows one command's usage");
    app.require_subcommand(1, 1);
    app.footer("QUESTIONNAIRE is a built-in id (b2b, b2c, public) or the path of a questionnaire JSON file.\n");
    app.get_formatter()->column_width(34);
    int exit_code = 0;
    for (const auto add : kCommands) add(app, exit_code);
    Polish(app);

    if (argc < 2) {
        std::fputs(app.help().c_str(), stderr);
        return 2;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::fputs(app.help().c_str(), stdout);   // the chosen command's usage, or the command list
        return 0;
    } catch (const CLI::CallForVersion& e) {
        std::printf("%s\n", e.what());
        return 0;
    } catch (const CLI::ParseError& e) {
        const std::string first = argv[1];
        const CLI::App& commands = app;
        const bool known = !commands.get_subcommands([&first](const CLI::App* sub) { return sub->check_name(first); }).empty();
        const std::string unknown_option = UnknownOption(ChosenChain(app), argc, argv);
        if (first[0] != '-' && !known)
            std::fprintf(stderr, "systemic: unknown command '%s'\n\n", first.c_str());
        else if (!unknown_option.empty())
            std::fprintf(stderr, "systemic: unknown option '%s'\n\n", unknown_option.c_str());
        else
            std::fprintf(stderr, "systemic: %s\n\n", e.what());
        std::fputs(app.help().c_str(), stderr);
        return 2;
    }
    return exit_code;
}
