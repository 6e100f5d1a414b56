// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>
#include <utility>

namespace Sportello::Domain {

// The result of every parser in the domain: a value (with optional non-fatal warnings) or a
// clerk-facing error that points at the offending character when there is one.
template <typename T> class Parsed {
public:
    static Parsed success(T value, QStringList warnings = {})
    {
        Parsed p;
        p.m_ok = true;
        p.m_value = std::move(value);
        p.m_warnings = std::move(warnings);
        return p;
    }

    static Parsed failure(QString error, qsizetype position = -1)
    {
        Q_ASSERT(!error.isEmpty());
        Parsed p;
        p.m_error = std::move(error);
        p.m_position = position;
        return p;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }

    // On failure this is a default-constructed T (never undefined), but callers must not rely on it.
    const T &value() const
    {
        Q_ASSERT(ok());
        return m_value;
    }

    QString error() const { return m_error; }
    qsizetype errorPosition() const { return m_position; }
    QStringList warnings() const { return m_warnings; }

private:
    Parsed() = default;

    bool m_ok = false;
    T m_value{};
    QString m_error;
    qsizetype m_position = -1;
    QStringList m_warnings;
};

namespace Detail {

// How to show one input character inside an error message: itself when printable, otherwise its
// code point (a NUL or a control character would be invisible or break the message).
inline QString displayCharacter(QStringView text, qsizetype position)
{
    const QChar c = text.at(position);
    char32_t ucs4 = c.unicode();
    if (c.isHighSurrogate() && position + 1 < text.size() && text.at(position + 1).isLowSurrogate())
        ucs4 = QChar::surrogateToUcs4(c, text.at(position + 1));
    if (QChar::isSurrogate(ucs4) || !QChar::isPrint(ucs4) || QChar::isSpace(ucs4))
        return QStringLiteral("U+%1").arg(uint(ucs4), 4, 16, QLatin1Char('0')).toUpper();
    return QString::fromUcs4(&ucs4, 1);
}

inline bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
inline bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}
inline bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

} // namespace Detail

} // namespace Sportello::Domain
