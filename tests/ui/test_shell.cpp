// test_shell.cpp — the app shell in a headless ImGui context: welcome screen, text field, display settings.
#include <doctest/doctest.h>

#include "app.h"
#include "ui_driver.h"

using namespace systemic;

TEST_CASE("the welcome screen is drawn with its start button and settings") {
    UiDriver ui;
    ui.Frames(2);
    CHECK(std::string(ScreenId(ui.state.screen)) == "welcome");
    CHECK(ui.Find("Start the assessment"));
    CHECK(ui.Find("Dark"));
    CHECK(ui.host.announcements.size() == 1);
}

TEST_CASE("one tap activates a widget exactly once") {
    UiDriver ui(390, 844, 3);
    REQUIRE(ui.TapTarget("Larger text"));
    CHECK(ui.state.settings.text_scale == doctest::Approx(1.25));
    REQUIRE(ui.TapTarget("Larger text"));
    CHECK(ui.state.settings.text_scale == doctest::Approx(1.5));
}

TEST_CASE("display settings scale the font and are remembered") {
    SUBCASE("the font is rasterised at device pixels") {
        UiDriver ui(1440, 900, 2);
        ui.Frame();
        CHECK(ui.font_px() == doctest::Approx(32));
    }
    SUBCASE("theme and text size survive a restart") {
        HeadlessHost saved;
        {
            UiDriver ui;
            REQUIRE(ui.Click("Dark"));
            REQUIRE(ui.Click("Larger text##larger"));
            CHECK(ui.state.settings.theme == Theme::Dark);
            CHECK(ui.font_px() == doctest::Approx(20));
            saved.storage = ui.host.storage;
        }
        UiDriver again;
        again.host.storage = saved.storage;
        again.Restart(false);
        again.Frame();
        CHECK(again.state.settings.theme == Theme::Dark);
        CHECK(again.state.settings.text_scale == doctest::Approx(1.25));
    }
    SUBCASE("corrupt stored settings are ignored, the system preference applies") {
        UiDriver ui;
        ui.host.storage["systemic.v1.settings"] = "{\"theme\": 42, \"text_scale\": 900";
        ui.Restart(true);
        CHECK(ui.state.settings.theme == Theme::Dark);
        CHECK(ui.state.settings.text_scale == doctest::Approx(1.0));
    }
    SUBCASE("a storage that refuses writes does not stop the app") {
        UiDriver ui;
        ui.host.storage_mode = StorageResult::Full;
        REQUIRE(ui.Click("High contrast"));
        CHECK(ui.state.settings.theme == Theme::HighContrast);
        CHECK(ui.host.storage.empty());
    }
}
