// SPDX-License-Identifier: EUPL-1.2
#include "announcer.h"

#include <QApplication>
#include <QBuffer>
#include <QLocale>
#include <QTimer>
#include <QtEndian>
#include <cmath>
#include <numbers>
#include <optional>

#ifdef SPORTELLO_HAS_MULTIMEDIA
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#endif
#ifdef SPORTELLO_HAS_TTS
#include <QTextToSpeech>
#endif

namespace Sportello::Ui {
namespace {
constexpr int wavHeaderSize = 44;
constexpr int watchdogMs = 12000;   // longer than any chime and phrase
constexpr qsizetype maxPending = 4; // older calls are not worth hearing after a burst

// Little-endian, as RIFF wants.
void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// A tone of `seconds` with a 15 ms fade in and a longer fade out, so that it starts and stops at
// zero (no click) and sounds like a soft bell rather than a beep.
void appendTone(QByteArray &out, int sampleRate, double frequency, double seconds)
{
    const int samples = int(sampleRate * seconds);
    const int fadeIn = sampleRate * 15 / 1000;
    const int fadeOut = sampleRate * 120 / 1000;
    for (int i = 0; i < samples; ++i) {
        double gain = 0.45;
        if (i < fadeIn)
            gain *= double(i) / fadeIn;
        if (samples - 1 - i < fadeOut)
            gain *= double(samples - 1 - i) / fadeOut;
        const double value = gain * std::sin(2.0 * std::numbers::pi * frequency * i / sampleRate);
        put16(out, quint16(qint16(std::lround(value * 32767.0))));
    }
}
} // namespace

Announcer::Announcer(QObject *parent)
    : QObject(parent)
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(watchdogMs);
    connect(m_watchdog, &QTimer::timeout, this, &Announcer::finish);
    m_chime = chimeWav().mid(wavHeaderSize);
}

Announcer::~Announcer()
{
#ifdef SPORTELLO_HAS_MULTIMEDIA
    if (m_sink)
        m_sink->stop();
#endif
}

QString Announcer::phrase(const QString &ticketCode, int counterNumber)
{
    // The code is already letter, space, number ("A 12"): voices read it as a letter and a number.
    return tr("Number %1, counter %2").arg(ticketCode, QString::number(counterNumber));
}

QByteArray Announcer::chimeWav(int sampleRate)
{
    QByteArray samples;
    appendTone(samples, sampleRate, 784.0, 0.35);  // G5, then
    appendTone(samples, sampleRate, 523.25, 0.35); // C5: the "din-don" of offices and stations
    QByteArray wav;
    wav.reserve(wavHeaderSize + samples.size());
    wav.append("RIFF");
    put32(wav, quint32(36 + samples.size()));
    wav.append("WAVEfmt ");
    put32(wav, 16); // size of the fmt chunk
    put16(wav, 1);  // PCM
    put16(wav, 1);  // mono
    put32(wav, quint32(sampleRate));
    put32(wav, quint32(sampleRate * 2)); // bytes per second
    put16(wav, 2);                       // bytes per frame
    put16(wav, 16);                      // bits per sample
    wav.append("data");
    put32(wav, quint32(samples.size()));
    wav.append(samples);
    return wav;
}

void Announcer::ensureSpeech()
{
    if (m_speechProbed)
        return;
    m_speechProbed = true;
#ifdef SPORTELLO_HAS_TTS
    // No engine plugin installed: creating QTextToSpeech would only warn.
    if (QTextToSpeech::availableEngines().isEmpty())
        return;
    auto *speech = new QTextToSpeech(this);
    if (speech->state() == QTextToSpeech::Error) {
        qInfo("Announcer: speech engine not usable: %s", qPrintable(speech->errorString()));
        delete speech;
        return;
    }
    // An Italian voice when there is one (Italy's first); otherwise the engine's default.
    const QList<QLocale> locales = speech->availableLocales();
    std::optional<QLocale> italian;
    for (const QLocale &locale : locales) {
        if (locale.language() != QLocale::Italian)
            continue;
        if (!italian || locale.territory() == QLocale::Italy)
            italian = locale;
    }
    if (italian)
        speech->setLocale(*italian);
    connect(speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (m_speaking && state != QTextToSpeech::Speaking)
            finish();
    });
    m_speech = speech;
#endif
}

bool Announcer::speechAvailable() const
{
    // Probing is lazy (an engine may take a moment to start) but not a change anyone sees.
    const_cast<Announcer *>(this)->ensureSpeech();
    return m_speech != nullptr;
}

void Announcer::setSpeechEnabled(bool enabled)
{
    m_speechEnabled = enabled;
}

void Announcer::setChimeEnabled(bool enabled)
{
    m_chimeEnabled = enabled;
}

void Announcer::announce(const QString &ticketCode, int counterNumber)
{
    const QString text = phrase(ticketCode, counterNumber);
    emit announced(text);
    if (m_pending.size() >= maxPending)
        m_pending.removeFirst();
    m_pending << text;
    if (!m_busy)
        startNext();
}

void Announcer::startNext()
{
    if (m_pending.isEmpty())
        return;
    m_busy = true;
    m_current = m_pending.takeFirst();
    m_watchdog->start();
    playChime();
}

void Announcer::playChime()
{
    if (!m_chimeEnabled) {
        chimeDone();
        return;
    }
#ifdef SPORTELLO_HAS_MULTIMEDIA
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) { // no sound card (CI, a server room PC): nothing to hear
        chimeDone();
        return;
    }
    QAudioFormat format;
    format.setSampleRate(44100);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QByteArray pcm = m_chime;
    if (!device.isFormatSupported(format)) {
        // Mono 16-bit at the device's own rate is accepted by every backend we know of.
        format.setSampleRate(device.preferredFormat().sampleRate());
        if (!device.isFormatSupported(format)) {
            chimeDone();
            return;
        }
        pcm = chimeWav(format.sampleRate()).mid(wavHeaderSize);
    }
    if (m_sink) {
        m_sink->stop();
        m_sink->deleteLater();
    }
    delete m_chimeBuffer;
    m_chimeBuffer = new QBuffer(this);
    m_chimeBuffer->setData(pcm);
    m_chimeBuffer->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(device, format, this);
    QAudioSink *sink = m_sink;
    connect(sink, &QAudioSink::stateChanged, this, [this, sink](QAudio::State state) {
        // Idle: the whole buffer was played. Stopped: an error, or the device went away.
        if (sink != m_sink || (state != QAudio::IdleState && state != QAudio::StoppedState))
            return;
        m_sink = nullptr;
        sink->stop();
        sink->deleteLater();
        chimeDone();
    });
    sink->start(m_chimeBuffer);
    if (sink->error() != QAudio::NoError && m_sink == sink) {
        m_sink = nullptr;
        sink->deleteLater();
        chimeDone();
    }
#else
    QApplication::beep();
    chimeDone();
#endif
}

void Announcer::chimeDone()
{
    if (!m_busy)
        return;
    if (m_speechEnabled && speechAvailable())
        speak();
    else
        finish();
}

void Announcer::speak()
{
#ifdef SPORTELLO_HAS_TTS
    m_speaking = true;
    m_speech->say(m_current);
    if (m_speech->state() == QTextToSpeech::Error)
        finish();
        // Otherwise finish() comes with the engine's return to Ready.
#else
    finish();
#endif
}

void Announcer::finish()
{
    if (!m_busy)
        return;
    m_watchdog->stop();
    m_busy = false;
    m_speaking = false;
    m_current.clear();
    // After the current event, so that a signal emitted inside say() does not recurse.
    QTimer::singleShot(0, this, &Announcer::startNext);
}

} // namespace Sportello::Ui
