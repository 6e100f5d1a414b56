// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace Sportello::Documents {

// CSV as Italian spreadsheets open it without asking: UTF-8 with a byte order mark, `;` between
// fields (the comma is the decimal separator), CRLF at the end of each line. A field is quoted when
// it holds `;`, `"`, CR or LF (quotes doubled); a field that a spreadsheet would read as a formula
// (it starts with =, +, -, @, TAB or CR) gets a leading apostrophe, so that typed notes never run.
//
// The file is written atomically: the rows go to a temporary file beside it, which takes the file's
// place only in finish(). On any failure, or when the writer goes away unfinished, whatever was at
// `path` before stays as it was and no half file is left.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Documents::CsvWriter)
public:
    static inline const QByteArray byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

    // One line, CRLF included.
    static QByteArray line(const QStringList &fields);
    // One field as it goes between the separators.
    static QString field(const QString &value);

    explicit CsvWriter(const QString &path);
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Opens the temporary file and writes the byte order mark and the headings.
    bool begin(const QStringList &headings);
    bool addRow(const QStringList &fields);
    // Puts the file in its place. False (see errorString()) when anything failed on the way.
    bool finish();

    int rows() const { return m_rows; }
    // Why it failed, translated; empty while all is well.
    QString errorString() const { return m_error; }

private:
    bool write(const QByteArray &bytes);
    void fail(const QString &reason);

    QSaveFile m_file;
    QString m_error;
    int m_rows = 0;
    bool m_begun = false;
};

} // namespace Sportello::Documents
