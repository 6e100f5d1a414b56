// SPDX-License-Identifier: EUPL-1.2
#include "security/loginpanel.h"

#include "domain/clock.h"
#include "formwidgets.h"
#include "security/signin.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Sportello::Ui {

LoginPanel::LoginPanel(const QString &officeText, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Sign-in"));
    auto *box = new QWidget(this);
    box->setFixedWidth(440); // centred, at a width that reads well on any screen
    auto *layout = new QVBoxLayout(box);
    auto *office = new QLabel(officeText, box);
    office->setAccessibleName(tr("Office"));
    office->setWordWrap(true);
    m_title = new QLabel(box);
    m_title->setAccessibleName(tr("Title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_explanation = new QLabel(box);
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(office);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);

    auto *form = new QFormLayout;
    m_username = lineEdit(box, tr("Username"), 40);
    m_password = lineEdit(box, tr("Password"), 200);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_submit = new QPushButton(box);
    m_submit->setAccessibleName(tr("Sign in"));
    m_submit->setDefault(true);
    layout->addWidget(m_submit, 0, Qt::AlignRight);
    m_problem = problemLabel(box, tr("Problem"));
    layout->addWidget(m_problem);

    // Centred by stretches, not by alignment: a layout item gives the wrapped labels their height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_submit, &QPushButton::clicked, this, &LoginPanel::submit);
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPanel::submit);
    showSignIn();
}

void LoginPanel::showSignIn()
{
    m_title->setText(tr("Sign in"));
    m_explanation->setText(tr("Sign in with your own account: what you do is recorded under your name."));
    m_submit->setText(tr("&Sign in"));
    m_username->clear();
    m_username->setReadOnly(false);
    m_password->clear();
    m_problem->clear();
    m_username->setFocus();
}

void LoginPanel::showLocked(const QString &username, const QString &displayName)
{
    m_title->setText(tr("Locked"));
    m_explanation->setText(tr("Locked by %1. Type the password to go on, or sign in as someone else: %1's "
                              "work is then closed.")
                               .arg(displayName));
    m_submit->setText(tr("&Unlock"));
    m_username->setText(username);
    m_password->clear();
    m_problem->clear();
    m_password->setFocus();
}

void LoginPanel::showWait(const QString &problem, const QDateTime &retryAt)
{
    m_waitReason = problem;
    m_retryAt = retryAt;
    if (!m_countdown) {
        m_countdown = new QTimer(this);
        m_countdown->setInterval(1000);
        connect(m_countdown, &QTimer::timeout, this, [this] {
            const QDateTime now = Clock::nowUtc();
            if (now >= m_retryAt) {
                m_countdown->stop();
                m_problem->setText(tr("You can try again now."));
                return;
            }
            m_problem->setText(
                (m_waitReason + QLatin1Char(' ') + Security::waitMessage(m_retryAt, now)).trimmed());
        });
    }
    showProblem((problem + QLatin1Char(' ') + Security::waitMessage(retryAt, Clock::nowUtc())).trimmed());
    m_countdown->start();
}

void LoginPanel::showProblem(const QString &problem)
{
    if (m_countdown && sender() != m_countdown)
        m_countdown->stop();
    m_problem->setText(problem);
    m_password->clear();
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void LoginPanel::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
}

void LoginPanel::submit()
{
    if (m_username->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Type your username."));
        m_username->setFocus();
        return;
    }
    emit signInRequested(m_username->text(), m_password->text());
}

} // namespace Sportello::Ui
