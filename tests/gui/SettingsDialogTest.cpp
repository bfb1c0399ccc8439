// The Settings dialog's API address: it takes only what the client will send a token to
// (pc::checkEndpointUrl: https anywhere, plain http only to this computer).

#include "ui/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace om;

namespace {

struct UrlCase
{
    const char *text;
    bool accepted;
};

class SettingsDialogUrlTest : public ::testing::TestWithParam<UrlCase>
{
};

TEST_P(SettingsDialogUrlTest, OkIsEnabledOnlyForAnAddressTheClientWillUse)
{
    gui::SettingsDialog dialog(gui::GuiSettings{});
    auto *edit = dialog.findChild<QLineEdit *>();
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(edit, nullptr);
    ASSERT_NE(buttons, nullptr);

    edit->clear();
    QTest::keyClicks(edit, QString::fromUtf8(GetParam().text));

    EXPECT_EQ(buttons->button(QDialogButtonBox::Ok)->isEnabled(), GetParam().accepted) << GetParam().text;
    const bool stored = !dialog.settings().apiBaseUrl.isEmpty();
    EXPECT_EQ(stored, GetParam().accepted && *GetParam().text != '\0') << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Addresses, SettingsDialogUrlTest,
                         ::testing::Values(UrlCase{"https://api.partnercenter.microsoft.com", true},
                                           UrlCase{"http://127.0.0.1:8080", true},
                                           UrlCase{"http://localhost:9000", true},
                                           UrlCase{"", true}, // empty: the account's cloud
                                           UrlCase{"http://api.partnercenter.microsoft.com", false},
                                           UrlCase{"ftp://127.0.0.1", false},
                                           UrlCase{"https://user:secret@example.com", false},
                                           UrlCase{"not a url", false}));

} // namespace
