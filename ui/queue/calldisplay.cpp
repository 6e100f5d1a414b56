// SPDX-License-Identifier: EUPL-1.2
#include "calldisplay.h"

#include "announcer.h"
#include "domain/clock.h"
#include "domain/logcategories.h"
#include "storage/queuefigures.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QResizeEvent>
#include <QScreen>
#include <QShortcut>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <exception>

namespace Sportello::Ui {
namespace {
// Very dark blue behind white and yellow: contrast above 13:1 for every text (WCAG AAA is 7:1),
// readable from the back of a waiting room and on a cheap TV.
const QColor background(0x05, 0x0a, 0x1a);
const QColor panel(0x0d, 0x17, 0x30);
const QColor text(0xff, 0xff, 0xff);
const QColor secondary(0xc9, 0xd3, 0xe8);
const QColor highlight(0xff, 0xd4, 0x00);

QLabel *label(QWidget *parent, const QColor &colour, const QString &accessibleName,
              Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *l = new QLabel(parent);
    l->setAccessibleName(accessibleName);
    l->setAlignment(alignment);
    QPalette palette = l->palette();
    palette.setColor(QPalette::WindowText, colour);
    l->setPalette(palette);
    return l;
}

// `pixels`, or less if the label's text would not fit in `room` pixels at that size.
int fitting(const QLabel *l, int pixels, bool bold, int room)
{
    QFont font = l->font();
    font.setBold(bold);
    font.setPixelSize(qMax(8, pixels));
    const int wide = QFontMetrics(font).horizontalAdvance(l->text());
    return wide > room && wide > 0 ? pixels * room / wide : pixels;
}

void setPixelSize(QLabel *l, int pixels, bool bold)
{
    QFont font = l->font();
    font.setPixelSize(qMax(8, pixels));
    font.setBold(bold);
    l->setFont(font);
}

QString counterText(int number)
{
    return CallDisplayWindow::tr("Counter %1").arg(number);
}
} // namespace

CallDisplayWindow::CallDisplayWindow(const Storage::Database &database, QString branchId, QString officeName,
                                     Announcer *announcer, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_database(database)
    , m_branchId(std::move(branchId))
    , m_officeName(std::move(officeName))
    , m_announcer(announcer)
{
    setWindowTitle(tr("Call display – %1").arg(m_officeName));
    setAccessibleName(tr("Call display"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(480, 270);
    resize(1280, 720);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    setPalette(palette);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_office = label(this, text, tr("Office"));
    m_office->setText(m_officeName);
    m_clock = label(this, text, tr("Time"), Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_office, 1);
    header->addWidget(m_clock);
    layout->addLayout(header);

    auto *body = new QHBoxLayout;
    auto *current = new QVBoxLayout;
    m_caption = label(this, secondary, tr("Call"), Qt::AlignCenter);
    m_code = label(this, highlight, tr("Current call"), Qt::AlignCenter);
    m_counter = label(this, text, tr("Counter"), Qt::AlignCenter);
    m_counterName = label(this, secondary, tr("Counter name"), Qt::AlignCenter);
    current->addStretch(2);
    current->addWidget(m_caption);
    current->addWidget(m_code);
    current->addWidget(m_counter);
    current->addWidget(m_counterName);
    current->addStretch(3);
    body->addLayout(current, 3);

    // The earlier calls on a lighter panel, so that they do not compete with the current one.
    auto *earlier = new QWidget(this);
    m_earlierPanel = earlier;
    earlier->setAccessibleName(tr("Earlier calls"));
    QPalette panelPalette = earlier->palette();
    panelPalette.setColor(QPalette::Window, panel);
    earlier->setPalette(panelPalette);
    earlier->setAutoFillBackground(true);
    auto *earlierLayout = new QVBoxLayout(earlier);
    m_earlierTitle = label(earlier, secondary, tr("Earlier calls"));
    m_earlierTitle->setText(tr("Earlier calls"));
    earlierLayout->addWidget(m_earlierTitle);
    auto *grid = new QGridLayout;
    for (int i = 0; i < earlierCalls; ++i) {
        Row row{label(earlier, text, tr("Earlier call %1").arg(i + 1)),
                label(earlier, text, tr("Counter of earlier call %1").arg(i + 1)),
                label(earlier, secondary, tr("Time of earlier call %1").arg(i + 1),
                      Qt::AlignRight | Qt::AlignVCenter)};
        grid->addWidget(row.code, i, 0);
        grid->addWidget(row.counter, i, 1);
        grid->addWidget(row.time, i, 2);
        grid->setRowStretch(i, 1); // the rows spread over the panel, each in a fixed place
        m_rows << row;
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    earlierLayout->addLayout(grid, 1);
    body->addWidget(earlier, 2);
    layout->addLayout(body, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(m_refreshInterval);
    connect(m_timer, &QTimer::timeout, this, &CallDisplayWindow::refresh);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &CallDisplayWindow::updateClock);

    auto *toggle = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(toggle, &QShortcut::activated, this, &CallDisplayWindow::toggleFullScreen);
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, this,
            [this] { setWindowState(windowState() & ~Qt::WindowFullScreen); });
    auto *close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    updateClock();
    scaleFonts();
}

void CallDisplayWindow::setRefreshInterval(int milliseconds)
{
    m_refreshInterval = milliseconds;
    m_timer->setInterval(qMax(milliseconds, 1));
    if (milliseconds <= 0)
        m_timer->stop();
    else if (isVisible())
        m_timer->start();
}

void CallDisplayWindow::showOnBestScreen()
{
    // The main window's screen: the parent's, else whichever window is active, else the primary.
    QScreen *mainScreen = nullptr;
    if (parentWidget())
        mainScreen = parentWidget()->window()->screen();
    else if (QWidget *active = QApplication::activeWindow(); active && active != this)
        mainScreen = active->screen();
    if (!mainScreen)
        mainScreen = QGuiApplication::primaryScreen();
    QScreen *other = nullptr;
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != mainScreen) {
            other = screen;
            break;
        }
    }
    if (other) {
        // The clerk keeps typing in the main window: the display does not take the focus.
        setAttribute(Qt::WA_ShowWithoutActivating);
        setScreen(other);
        setGeometry(other->geometry());
        showFullScreen();
    } else {
        // One screen: the clerk works on it. The display is a window in a corner, a quarter of the
        // screen, that does not take the keyboard; F11 makes it full screen when it is wanted so.
        setAttribute(Qt::WA_ShowWithoutActivating);
        setScreen(mainScreen);
        const QRect room = mainScreen->availableGeometry();
        resize(room.size() / 2);
        move(room.right() - width() + 1, room.bottom() - height() + 1);
        showNormal(); // not full screen, even if it was before
    }
}

void CallDisplayWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void CallDisplayWindow::updateClock()
{
    m_clock->setText(Clock::nowLocal().time().toString(QStringLiteral("HH:mm")));
}

void CallDisplayWindow::setBranch(const QString &branchId)
{
    if (branchId == m_branchId)
        return;
    m_branchId = branchId;
    refresh();
}

void CallDisplayWindow::refresh()
{
    QList<Storage::CallShown> calls;
    try {
        calls = Storage::QueueFigures(m_database, m_branchId)
                    .recentCalls(Clock::nowLocal().date(), earlierCalls + 1);
    } catch (const std::exception &e) {
        // A busy or damaged database: keep what is shown and try again at the next tick.
        qCWarning(lcUiQueue) << "call display:" << e.what();
        return;
    }

    if (calls.isEmpty()) {
        m_caption->clear();
        m_code->setText(tr("No calls yet"));
        m_code->setAccessibleName(tr("Current call: none"));
        m_code->setAccessibleDescription(m_code->text());
        QPalette palette = m_code->palette();
        palette.setColor(QPalette::WindowText, text);
        m_code->setPalette(palette);
        m_counter->clear();
        m_counterName->clear();
    } else {
        const Storage::CallShown &newest = calls.first();
        const QString phrase = Announcer::phrase(newest.code, newest.counterNumber);
        m_caption->setText(newest.again ? tr("Called again") : tr("Now calling"));
        m_code->setText(newest.code);
        m_code->setAccessibleName(tr("Current call: %1").arg(phrase));
        m_code->setAccessibleDescription(phrase);
        QPalette palette = m_code->palette();
        palette.setColor(QPalette::WindowText, highlight);
        m_code->setPalette(palette);
        m_counter->setText(QStringLiteral("→ ") + counterText(newest.counterNumber));
        m_counter->setAccessibleDescription(counterText(newest.counterNumber));
        m_counterName->setText(newest.counterName);
        if (m_primed && newest.eventId != m_shownEventId && m_announcer)
            m_announcer->announce(newest.code, newest.counterNumber);
    }
    m_shownEventId = calls.isEmpty() ? QString() : calls.first().eventId;
    m_primed = true;

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (i + 1 < calls.size()) {
            const Storage::CallShown &call = calls.at(i + 1);
            const QString time = call.at.toLocalTime().toString(QStringLiteral("HH:mm"));
            row.code->setText(call.code);
            row.counter->setText(counterText(call.counterNumber));
            row.time->setText(time);
            row.code->setAccessibleDescription(
                tr("%1 at %2").arg(Announcer::phrase(call.code, call.counterNumber), time));
        } else {
            row.code->clear();
            row.counter->clear();
            row.time->clear();
            row.code->setAccessibleDescription(QString());
        }
    }
    scaleFonts();
}

void CallDisplayWindow::scaleFonts()
{
    const int h = height();
    setPixelSize(m_office, h * 5 / 100, true);
    setPixelSize(m_clock, h * 5 / 100, true);
    setPixelSize(m_caption, h * 5 / 100, false);
    setPixelSize(m_counterName, h * 5 / 100, false);
    setPixelSize(m_earlierTitle, h * 4 / 100, false);
    // The earlier calls as large as the height allows, but on one line each in the panel's width
    // ("Sportello 12" is longer than "Counter 12"). Measured on the longest likely texts rather
    // than those shown, so that the size does not change from one call to the next.
    int rowPixels = h * 7 / 100;
    {
        QFont bold = font();
        bold.setBold(true);
        bold.setPixelSize(rowPixels);
        QFont plain = font();
        plain.setPixelSize(rowPixels);
        const int spacing =
            m_earlierPanel->layout()->spacing() * 3 + m_earlierPanel->layout()->contentsMargins().left() * 2;
        const int needed = QFontMetrics(bold).horizontalAdvance(QStringLiteral("A 888")) +
                           QFontMetrics(plain).horizontalAdvance(counterText(88)) +
                           QFontMetrics(plain).horizontalAdvance(QStringLiteral("88:88")) * 85 / 100 +
                           spacing;
        const int room = width() * 2 / 5 - h * 3 / 100;
        if (needed > room && needed > 0)
            rowPixels = rowPixels * room / needed;
    }
    for (const Row &row : std::as_const(m_rows)) {
        setPixelSize(row.code, rowPixels, true);
        setPixelSize(row.counter, rowPixels, false);
        setPixelSize(row.time, rowPixels * 85 / 100, false);
    }
    // The ticket as large as the height allows, but never wider than its part of the screen
    // ("A 1234" is wider than "A 1"); "No calls yet" is a sentence and smaller.
    const bool empty = m_counter->text().isEmpty();
    const int room = width() * 3 / 5 - h * 6 / 100;
    const int pixels = fitting(m_code, empty ? h * 8 / 100 : h * 26 / 100, true, room);
    setPixelSize(m_code, pixels, true);
    setPixelSize(m_counter, fitting(m_counter, h * 11 / 100, true, room), true);
    const int margin = h * 3 / 100;
    layout()->setContentsMargins(margin, margin / 2, margin, margin);
}

void CallDisplayWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void CallDisplayWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Reopened: show what is there now without announcing it again. (A spontaneous show is the
    // window manager restoring it: calls made meanwhile are still news.)
    if (!event->spontaneous())
        m_primed = false;
    updateClock();
    refresh();
    if (m_refreshInterval > 0)
        m_timer->start();
    m_clockTimer->start();
}

void CallDisplayWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (event->spontaneous()) // minimised: keep reading, to announce what is called meanwhile
        return;
    m_timer->stop();
    m_clockTimer->stop();
}

} // namespace Sportello::Ui
