// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QAudioSink;
class QBuffer;
class QTextToSpeech;
class QTimer;

namespace Sportello::Ui {

// Says a call out loud in the waiting room: a two-tone chime, then, where the PC has a speech
// engine, "Numero A 12, sportello 3". Audio and speech are optional (Qt Multimedia and Qt
// TextToSpeech may be missing at build time, a PC may have no sound card and no voice): whatever
// is missing is skipped, and `announced` is emitted all the same. Announcements made while one is
// playing wait their turn.
class Announcer : public QObject {
    Q_OBJECT
public:
    explicit Announcer(QObject *parent = nullptr);
    ~Announcer() override;

    // What is said for a ticket called to a counter, in the language of the program.
    static QString phrase(const QString &ticketCode, int counterNumber);
    // The chime as a 16-bit mono PCM WAV file: two sine tones with short fades, so that they do
    // not click.
    static QByteArray chimeWav(int sampleRate = 44100);

    // A speech engine with a voice was found (created the first time this is asked).
    bool speechAvailable() const;
    void setSpeechEnabled(bool enabled);
    void setChimeEnabled(bool enabled);

public slots:
    void announce(const QString &ticketCode, int counterNumber);

signals:
    // For every announcement, as it is queued, whether or not anything can be heard.
    void announced(const QString &spokenText);

private:
    void startNext();
    void playChime();
    void chimeDone();
    void speak();
    void finish();
    void ensureSpeech();

    QStringList m_pending;
    QString m_current;
    bool m_busy = false;
    bool m_speechEnabled = true;
    bool m_chimeEnabled = true;
    QTimer *m_watchdog = nullptr; // a sound or a voice that never says it finished does not block
    QByteArray m_chime;           // PCM samples, without the WAV header
    QBuffer *m_chimeBuffer = nullptr;
    QAudioSink *m_sink = nullptr;
    QTextToSpeech *m_speech = nullptr;
    bool m_speechProbed = false;
    bool m_speaking = false; // said, waiting for the engine to be done
};

} // namespace Sportello::Ui
