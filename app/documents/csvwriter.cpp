// SPDX-License-Identifier: EUPL-1.2
#include "documents/csvwriter.h"

#include <QDir>

namespace Sportello::Documents {

QString CsvWriter::field(const QString &value)
{
    QString text = value;
    // OWASP's advice against CSV injection: what starts like a formula is shown as text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvWriter::line(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields)
        cells << field(value);
    return cells.join(QLatin1Char(';')).toUtf8() + QByteArrayLiteral("\r\n");
}

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
{}

bool CsvWriter::begin(const QStringList &headings)
{
    if (m_begun) {
        fail(tr("The file was already started."));
        return false;
    }
    m_begun = true;
    if (!m_file.open(QIODevice::WriteOnly)) {
        fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return false;
    }
    return write(byteOrderMark + line(headings));
}

bool CsvWriter::addRow(const QStringList &fields)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_file.isOpen()) {
        fail(tr("The file was not started."));
        return false;
    }
    if (!write(line(fields)))
        return false;
    ++m_rows;
    return true;
}

bool CsvWriter::finish()
{
    if (!m_error.isEmpty() || !m_file.isOpen()) {
        if (m_error.isEmpty())
            fail(tr("The file was not started."));
        return false;
    }
    if (!m_file.commit()) {
        m_error =
            tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) == bytes.size())
        return true;
    fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    return false;
}

void CsvWriter::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    // The temporary file goes now; the file at the path is left as it was.
    if (m_file.isOpen())
        m_file.cancelWriting();
}

} // namespace Sportello::Documents
