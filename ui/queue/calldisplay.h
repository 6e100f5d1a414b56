// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QTimer;

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

class Announcer;

// The waiting room's screen: the ticket just called and its counter, large, and the six calls
// before it for whoever was not looking; a chime (and a voice) for each new call or recall. Meant
// for a second screen, full screen; it only reads the queue, so it needs nobody signed in.
class CallDisplayWindow : public QWidget {
    Q_OBJECT
public:
    // `announcer` may be null (silent display); it is not owned.
    CallDisplayWindow(const Storage::Database &database, QString branchId, QString officeName,
                      Announcer *announcer, QWidget *parent = nullptr);

    // Full screen on a screen other than the main window's when there is one, otherwise a
    // maximised window on the only screen.
    void showOnBestScreen();
    // How often the queue is read again while shown (calls made on other PCs arrive by sync);
    // 0 stops reading by itself. Default 2 s.
    void setRefreshInterval(int milliseconds);
    // The branch whose calls it shows. It changes when the PC is connected to the central service,
    // which knows the office by its own branch id: the display follows at once.
    void setBranch(const QString &branchId);

    QLabel *currentCodeLabel() const { return m_code; }
    QLabel *currentCounterLabel() const { return m_counter; }
    // The earlier calls, newest first: for each, the labels of code, counter and time.
    struct Row {
        QLabel *code = nullptr;
        QLabel *counter = nullptr;
        QLabel *time = nullptr;
    };
    QList<Row> rows() const { return m_rows; }
    static constexpr int earlierCalls = 6;

public slots:
    void refresh();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void toggleFullScreen();
    void updateClock();
    void scaleFonts();

    const Storage::Database &m_database;
    QString m_branchId;
    QString m_officeName;
    Announcer *m_announcer = nullptr;
    QLabel *m_office = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_caption = nullptr; // "Chiamata" / "Richiamo" above the current call
    QLabel *m_code = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_counterName = nullptr;
    QWidget *m_earlierPanel = nullptr;
    QLabel *m_earlierTitle = nullptr;
    QList<Row> m_rows;
    QTimer *m_timer = nullptr; // reads the queue again
    QTimer *m_clockTimer = nullptr;
    int m_refreshInterval = 2000;
    QString m_shownEventId; // the newest call shown; a different one is announced
    bool m_primed = false;  // the first read after showing only shows, so reopening is silent
};

} // namespace Sportello::Ui
