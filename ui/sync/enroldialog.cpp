// SPDX-License-Identifier: EUPL-1.2
#include "enroldialog.h"

#include "formwidgets.h"
#include "sync/syncengine.h"
#include "taborder.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Sportello::Ui {

EnrolDialog::EnrolDialog(Sync::SyncEngine &engine, const QString &deviceName, const QString &serverUrl,
                         QWidget *parent)
    : FormDialog(parent)
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
    m_certificate = new QLineEdit(this);
    m_certificate->setAccessibleName(tr("Certificate file of the comune (optional)"));
    m_certificate->setPlaceholderText(tr("Optional: a .pem or .crt file"));
    m_certificate->setToolTip(tr("Only if the administrator gave you one"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the certificate file"));
    browse->setAutoDefault(false); // Return in a field connects; it never opens the file chooser
    connect(browse, &QPushButton::clicked, this, &EnrolDialog::chooseCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(browse);
    form->addRow(tr("&Address:"), m_server);
    // Plain http is allowed (a test on the office's own network) but never without saying so.
    m_insecure = problemLabel(this, tr("Warning about the address"));
    m_insecure->setText(tr("Without https, the connection code and the citizens' data travel unprotected: "
                           "use an http:// address only for a test."));
    m_insecure->hide();
    form->addRow(QString(), m_insecure);
    connect(m_server, &QLineEdit::textChanged, m_insecure, [this](const QString &text) {
        m_insecure->setVisible(text.trimmed().startsWith(QLatin1String("http://"), Qt::CaseInsensitive));
    });
    form->addRow(tr("Connection &code:"), m_code);
    form->addRow(tr("Ce&rtificate:"), certificateRow);
    // The buddy of a row that holds a layout is not set by addRow.
    qobject_cast<QLabel *>(form->labelForField(certificateRow))->setBuddy(m_certificate);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Messages"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(&m_engine, &Sync::SyncEngine::enrolmentFinished, this, &EnrolDialog::onEnrolmentFinished);
    (serverUrl.isEmpty() ? m_server : m_code)->setFocus();
    followLayoutOrder(this);
    markSaved();
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
    QByteArray certificate;
    if (const QString path = m_certificate->text().trimmed(); !path.isEmpty()) {
        QFile file(path);
        const bool opened = file.open(QIODevice::ReadOnly);
        // A certificate is a few kilobytes; anything much larger is the wrong file.
        if (!opened || file.size() > 1024 * 1024) {
            m_message->setText(opened
                                   ? tr("This file is too large to be a certificate.")
                                   : tr("The certificate file cannot be read: %1").arg(file.errorString()));
            m_certificate->setFocus();
            return;
        }
        certificate = file.readAll();
    }
    m_message->setText(tr("Connecting…"));
    m_buttons->setEnabled(false);
    QMetaObject::invokeMethod(&m_engine, "enrol", Qt::QueuedConnection, Q_ARG(QUrl, url),
                              Q_ARG(QString, m_code->text().trimmed()), Q_ARG(QString, m_deviceName),
                              Q_ARG(QByteArray, certificate));
}

void EnrolDialog::chooseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate of the comune"), {},
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_certificate->setText(path);
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
