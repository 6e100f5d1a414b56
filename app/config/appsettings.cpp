// SPDX-License-Identifier: EUPL-1.2
#include "config/appsettings.h"

#include "domain/logcategories.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace Sportello::Config {
namespace {
const QString versionKey = QStringLiteral("settingsVersion");
const QString deviceNameKey = QStringLiteral("device/name");
const QString deviceIdKey = QStringLiteral("device/id");
const QString languageKey = QStringLiteral("ui/language");
const QString lockMinutesKey = QStringLiteral("security/lockMinutes");
const QString counterKey = QStringLiteral("queue/counterId");
const QString ticketOutputKey = QStringLiteral("queue/ticketOutput");
const QString ticketPrinterKey = QStringLiteral("queue/ticketPrinter");
const QString ticketFolderKey = QStringLiteral("queue/ticketFolder");
const QString speechKey = QStringLiteral("queue/announceBySpeech");
const QStringList ticketOutputs{QStringLiteral("none"), QStringLiteral("printer"), QStringLiteral("pdf")};
} // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
    migrate();
}

QString AppSettings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/sportello.ini");
}

void AppSettings::migrate()
{
    // The ladder: each step moves a file from version n to n + 1. Version 0 is a new file.
    int version = m_settings.value(versionKey, 0).toInt();
    if (version > currentVersion) {
        qCWarning(lcConfig) << "settings written by a newer version; unknown keys are kept as they are";
        return;
    }
    while (version < currentVersion) {
        ++version;
        qCInfo(lcConfig) << "settings migrated to version" << version;
    }
    m_settings.setValue(versionKey, version);
}

int AppSettings::version() const
{
    return m_settings.value(versionKey, 0).toInt();
}

QString AppSettings::deviceName() const
{
    return m_settings.value(deviceNameKey).toString();
}

void AppSettings::setDeviceName(const QString &name)
{
    m_settings.setValue(deviceNameKey, name.simplified());
}

QString AppSettings::deviceId()
{
    QString id = m_settings.value(deviceIdKey).toString();
    if (QUuid::fromString(id).isNull()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings.setValue(deviceIdKey, id);
    }
    return id;
}

QString AppSettings::language() const
{
    const QString language = m_settings.value(languageKey).toString();
    return language == QLatin1String("it") || language == QLatin1String("en") ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

int AppSettings::lockMinutes() const
{
    const int minutes = m_settings.value(lockMinutesKey, defaultLockMinutes).toInt();
    return minutes >= 1 && minutes <= maxLockMinutes ? minutes : defaultLockMinutes;
}

void AppSettings::setLockMinutes(int minutes)
{
    m_settings.setValue(lockMinutesKey, std::clamp(minutes, 1, maxLockMinutes));
}

QString AppSettings::counterId() const
{
    return m_settings.value(counterKey).toString();
}

void AppSettings::setCounterId(const QString &id)
{
    m_settings.setValue(counterKey, id);
}

AppSettings::TicketOutput AppSettings::ticketOutput() const
{
    const qsizetype index = ticketOutputs.indexOf(m_settings.value(ticketOutputKey).toString());
    return index < 0 ? TicketOutput::PdfFolder : TicketOutput(index);
}

void AppSettings::setTicketOutput(TicketOutput output)
{
    m_settings.setValue(ticketOutputKey, ticketOutputs.at(int(output)));
}

QString AppSettings::ticketPrinter() const
{
    return m_settings.value(ticketPrinterKey).toString();
}

void AppSettings::setTicketPrinter(const QString &name)
{
    m_settings.setValue(ticketPrinterKey, name);
}

QString AppSettings::ticketFolder() const
{
    const QString folder = m_settings.value(ticketFolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                  QStringLiteral("/Biglietti Sportello")
                            : folder;
}

void AppSettings::setTicketFolder(const QString &folder)
{
    m_settings.setValue(ticketFolderKey, folder);
}

bool AppSettings::announceBySpeech() const
{
    return m_settings.value(speechKey, false).toBool();
}

void AppSettings::setAnnounceBySpeech(bool on)
{
    m_settings.setValue(speechKey, on);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace Sportello::Config
