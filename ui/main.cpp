// SPDX-License-Identifier: EUPL-1.2
#include "config/appsettings.h"
#include "startup.h"
#include "storage/database.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Sportello;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sportello"));
    QApplication::setApplicationName(QStringLiteral("sportello"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sportello"));
    QApplication::setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sportello.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sportello"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Use the database file <path>."),
                                            QStringLiteral("path"), Storage::Database::defaultFilePath());
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QApplication::translate("main", "Use the settings file <path>."),
                                            QStringLiteral("path"), Config::AppSettings::defaultFilePath());
    parser.addOption(databaseOption);
    parser.addOption(settingsOption);
    parser.process(app);

    Config::AppSettings settings(parser.value(settingsOption));
    Ui::installTranslations(app, settings.language());

    Ui::Startup startup(parser.value(databaseOption), settings);
    if (!startup.openDatabase())
        return 2;
    QObject::connect(&startup, &Ui::Startup::cancelled, &app, &QApplication::quit, Qt::QueuedConnection);
    startup.showFirstWindow();
    return app.exec();
}
