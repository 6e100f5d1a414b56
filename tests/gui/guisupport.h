// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What GUI tests share about people: accounts made for a test, and signing in as a person does.
#include "mainwindow.h"
#include "security/loginpanel.h"
#include "storage/accountrepository.h"
#include "storage/officerepository.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QTest>

namespace Sportello::Test {

// An account as it is after its first sign-in: the password chosen by the person, no forced change.
// Made by an administrator (any: the account need not exist for the call).
inline Security::Account addAccount(const Storage::Database &database, Security::Role role,
                                    const QString &username, const QString &displayName,
                                    const QString &password)
{
    const Storage::LocalOffice office = Storage::OfficeRepository(database).localOffice().value();
    Storage::WriteContext context{office.branchId, QStringLiteral("test-pc"),
                                  clerk(Security::Role::Amministratore), QStringLiteral("PC di prova")};
    Storage::AccountRepository accounts(database, context);
    const Security::Account made =
        accounts.create(username, displayName, role, QStringLiteral("iniziale-") + password);
    context.actor = Security::Actor{made.id, made.username, made.role};
    accounts.setWriteContext(context);
    return accounts.changeOwnPassword(QStringLiteral("iniziale-") + password, password);
}

// Types the username (unless the panel shows the locked person's) and the password, then Return.
inline void typeSignIn(Ui::MainWindow *window, const QString &username, const QString &password)
{
    Ui::LoginPanel *panel = window->loginPanel();
    activate(window);
    if (!username.isEmpty()) {
        panel->usernameField()->setFocus();
        panel->usernameField()->selectAll();
        QTest::keyClicks(panel->usernameField(), username);
    }
    panel->passwordField()->setFocus();
    QTest::keyClicks(panel->passwordField(), password);
    QTest::keyClick(panel->passwordField(), Qt::Key_Return);
}

inline bool signIn(Ui::MainWindow *window, const QString &username, const QString &password)
{
    typeSignIn(window, username, password);
    return window->signedIn() && window->signedIn()->username == username && !window->isLocked();
}

} // namespace Sportello::Test
