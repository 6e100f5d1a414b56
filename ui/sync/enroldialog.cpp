// SPDX-License-Identifier: EUPL-1.2
#include "enroldialog.h"

#include "sync/syncengine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Sportello::Ui {

EnrolDialog::EnrolDialog(Sync::SyncEngine &engine, const QString &deviceName, const QString &serverUrl,
                         QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_deviceName(deviceName)
{
    setWindowTitle(tr("Connect to the central service"));
    setAccessibleName(windowTitle());
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ask the administrator for the address of the comune's central service and "
                                "for a one-time connection code for this PC."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(serverUrl, this);
    m_server->setAccessibleName(tr("Address of the central service"));
    m_server->setPlaceholderText(QStringLiteral("https://sportello.comune.example.it"));
    m_code = new QLineEdit(this);
    m_code->setAccessibleName(tr("Connection code"));
    m_code->setMaxLength(64);
    form->addRow(tr("&Address:"), m_server);
    form->addRow(tr("Connection &code:"), m_code);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Messages"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(&m_engine, &Sync::SyncEngine::enrolmentFinished, this, &EnrolDialog::onEnrolmentFinished);
    (serverUrl.isEmpty() ? m_server : m_code)->setFocus();
}

void EnrolDialog::accept()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    const bool urlOk = url.isValid() &&
                       (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
                       !url.host().isEmpty();
    if (!urlOk || m_code->text().trimmed().isEmpty()) {
        m_message->setText(
            !urlOk ? tr("The address is not valid (example: https://sportello.comune.example.it).")
                   : tr("The connection code is required."));
        (urlOk ? m_code : m_server)->setFocus();
        return;
    }
    m_message->setText(tr("Connecting…"));
    m_buttons->setEnabled(false);
    QMetaObject::invokeMethod(&m_engine, "enrol", Qt::QueuedConnection, Q_ARG(QUrl, url),
                              Q_ARG(QString, m_code->text().trimmed()), Q_ARG(QString, m_deviceName));
}

void EnrolDialog::onEnrolmentFinished(bool ok, const QString &message)
{
    m_buttons->setEnabled(true);
    if (ok) {
        QDialog::accept();
        return;
    }
    m_message->setText(message);
    m_code->setFocus();
    m_code->selectAll();
}

} // namespace Sportello::Ui
