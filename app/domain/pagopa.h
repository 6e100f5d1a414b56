// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/parsed.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace Sportello::Domain {

// A pagoPA numero avviso (codice avviso), decoded per SACI: <aux>[<application|segregation>]<IUV>.
struct NoticeNumber {
    QString digits;               // 18 digits
    int auxDigit = 0;             // 0..3
    QString applicationCode;      // aux 0 only (2 digits)
    QString segregationCode;      // aux 3 only (2 digits)
    QString iuv;                  // aux 0: 15 digits; aux 1, 2, 3: the 17 digits after the aux digit
    bool checkDigitsValid = true; // aux 1 has none: true
    QString formatted() const;    // "3020 0000 0000 0001 84"
};

// The payload of the QR code printed on a pagoPA notice.
struct QrPayload {
    QString noticeNumber;       // 18 digits
    QString creditorFiscalCode; // 11 digits
    qint64 amountCents = 0;
};

namespace PagoPa {

// 18 digits, also in the printed form with spaces between digit groups ("3020 0000 0000 0001 84").
// A mod-93 check-digit mismatch is a success with a warning: real notices with wrong check digits exist.
Parsed<NoticeNumber> parseNoticeNumber(QStringView text);

// ISO 11649 "RF<2 check digits><1 to 21 letters or digits>"; spaces between characters are allowed in
// the input (printed groups of 4). Returns the compact form.
Parsed<QString> parseCreditorReference(QStringView text);

// An IUV typed at the counter: an RF creditor reference (validated as above, returned compact) or a
// free code of 1 to 35 ASCII letters and digits, returned as given (an IUV is case sensitive).
Parsed<QString> parseIuv(QStringView text);

// PAGOPA|002|<18 digits>|<11 digits>|<1 to 10 digits of cents>. A notice number that is not valid
// (first digit 4 to 9) is a failure; wrong notice check digits and a creditor fiscal code that fails
// its check digit are warnings (pagoPA's own test entities fail it).
Parsed<QrPayload> parseQrPayload(QStringView text);

// The inverse of parseQrPayload; cents without padding.
QString formatQrPayload(const QrPayload &payload);

} // namespace PagoPa

} // namespace Sportello::Domain
