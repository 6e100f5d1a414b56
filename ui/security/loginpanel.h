// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;
class QLineEdit;
class QPushButton;

namespace Sportello::Ui {

// What the main window shows when nobody is signed in, or when the PC is locked: the office, a
// username and a password, and nothing of the work behind it. Locked, the username is the person
// who locked it; another person may sign in instead (the quick switch of a shared PC).
class LoginPanel : public QWidget {
    Q_OBJECT
public:
    LoginPanel(const QString &officeText, QWidget *parent = nullptr);

    void showSignIn();
    void showLocked(const QString &username, const QString &displayName);
    void showProblem(const QString &problem); // keeps the username, clears the password
    // A problem whose wait is counted down to the second, then says the person may try again.
    void showWait(const QString &problem, const QDateTime &retryAt);
    void setBusy(bool busy);

    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }

signals:
    void signInRequested(const QString &username, const QString &password);

private:
    void submit();

    QLabel *m_title;
    QLabel *m_explanation;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_submit;
    QLabel *m_problem;
    QString m_waitReason; // the problem without its wait
    QDateTime m_retryAt;
    QTimer *m_countdown = nullptr;
};

} // namespace Sportello::Ui
