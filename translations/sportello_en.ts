<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Sportello::Documents::CsvWriter</name>
    <message>
        <source>The file was already started.</source>
        <translation>The file was already started.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The file was not started.</source>
        <translation>The file was not started.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Documents::TicketSlip</name>
    <message numerus="yes">
        <source>People ahead of you: %n</source>
        <translation>
            <numerusform>People ahead of you: %n</numerusform>
            <numerusform>People ahead of you: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform>
            <numerusform>Estimated wait: about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message>
        <source>Keep this ticket: your number will be shown on the screen</source>
        <translation>Keep this ticket: your number will be shown on the screen</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Cannot create the PDF of the ticket.</source>
        <translation>Cannot create the PDF of the ticket.</translation>
    </message>
    <message>
        <source>Cannot save the ticket as %1: %2</source>
        <translation>Cannot save the ticket as %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain</name>
    <message>
        <source>The sex does not match the codice fiscale, which says %1.</source>
        <translation>The sex does not match the codice fiscale, which says %1.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>The birth date does not match the codice fiscale, which says %1.</source>
        <translation>The birth date does not match the codice fiscale, which says %1.</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>The %1 is required.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>The %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Without a codice fiscale, the type and number of an identity document are required.</source>
        <translation>Without a codice fiscale, the type and number of an identity document are required.</translation>
    </message>
    <message>
        <source>The document number is too long.</source>
        <translation>The document number is too long.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and a leading +.</source>
        <translation>The phone number may contain only digits, spaces and a leading +.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid (example: nome@dominio.it).</source>
        <translation>The e-mail address is not valid (example: nome@dominio.it).</translation>
    </message>
    <message>
        <source>The date of the consent is required.</source>
        <translation>The date of the consent is required.</translation>
    </message>
    <message>
        <source>The date of the consent is in the future.</source>
        <translation>The date of the consent is in the future.</translation>
    </message>
    <message>
        <source>The address and the notes may be at most %1 characters long.</source>
        <translation>The address and the notes may be at most %1 characters long.</translation>
    </message>
    <message>
        <source>The document type is not one of the known types.</source>
        <translation>The document type is not one of the known types.</translation>
    </message>
    <message>
        <source>The text contains invisible characters (control or formatting characters).</source>
        <translation>The text contains invisible characters (control or formatting characters).</translation>
    </message>
    <message>
        <source>The place of birth is not a known town or country: choose it from the list that opens as you type its name (its code, such as H501 or Z404 abroad, is also taken).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::CodiceFiscale</name>
    <message>
        <source>Character %1 (%2) should be a letter: characters 1 to 6 come from the surname and name</source>
        <translation>Character %1 (%2) should be a letter: characters 1 to 6 come from the surname and name</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the year of birth</source>
        <translation>Character %1 (%2) should be a digit of the year of birth</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a valid month letter</source>
        <translation>Character %1 (%2) is not a valid month letter</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the day of birth</source>
        <translation>Character %1 (%2) should be a digit of the day of birth</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be the letter of the place of birth code</source>
        <translation>Character %1 (%2) should be the letter of the place of birth code</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the place of birth code</source>
        <translation>Character %1 (%2) should be a digit of the place of birth code</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be the check letter</source>
        <translation>Character %1 (%2) should be the check letter</translation>
    </message>
    <message>
        <source>The codice fiscale is empty</source>
        <translation>The codice fiscale is empty</translation>
    </message>
    <message>
        <source>Character %1 is a space; a codice fiscale has no spaces</source>
        <translation>Character %1 is a space; a codice fiscale has no spaces</translation>
    </message>
    <message>
        <source>Character %1 (%2) is lower case; a codice fiscale is written in capital letters</source>
        <translation>Character %1 (%2) is lower case; a codice fiscale is written in capital letters</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in a codice fiscale</source>
        <translation>Character %1 (%2) is not allowed in a codice fiscale</translation>
    </message>
    <message>
        <source>The code has %1 characters; a codice fiscale has 16</source>
        <translation>The code has %1 characters; a codice fiscale has 16</translation>
    </message>
    <message>
        <source>The day of birth (characters 10 and 11: %1) must be between 01 and 31 for men or 41 and 71 for women</source>
        <translation>The day of birth (characters 10 and 11: %1) must be between 01 and 31 for men or 41 and 71 for women</translation>
    </message>
    <message>
        <source>The birth date is impossible: %1</source>
        <translation>The birth date is impossible: %1</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2</source>
        <translation>The check character should be %1, not %2</translation>
    </message>
    <message>
        <source>The code is empty</source>
        <translation>The code is empty</translation>
    </message>
    <message>
        <source>Character %1 is a space; the code has no spaces</source>
        <translation>Character %1 is a space; the code has no spaces</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a digit; this code has only digits</source>
        <translation>Character %1 (%2) is not a digit; this code has only digits</translation>
    </message>
    <message>
        <source>The code has %1 digits; a numeric codice fiscale or partita IVA has 11</source>
        <translation>The code has %1 digits; a numeric codice fiscale or partita IVA has 11</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2</source>
        <translation>The check digit should be %1, not %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::Money</name>
    <message>
        <source>The dot at character %1 is not a thousands separator; write the decimals after a comma (e.g. 12,50)</source>
        <translation>The dot at character %1 is not a thousands separator; write the decimals after a comma (e.g. 12,50)</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>The amount is empty</translation>
    </message>
    <message>
        <source>The amount has no digits</source>
        <translation>The amount has no digits</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>An amount can have only one decimal comma (character %1 is a second comma)</source>
        <translation>An amount can have only one decimal comma (character %1 is a second comma)</translation>
    </message>
    <message>
        <source>Character %1 is a space; write the amount without spaces inside (e.g. 1.234,56)</source>
        <translation>Character %1 is a space; write the amount without spaces inside (e.g. 1.234,56)</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in an amount</source>
        <translation>Character %1 (%2) is not allowed in an amount</translation>
    </message>
    <message>
        <source>Write the euros before the comma (e.g. 0,50)</source>
        <translation>Write the euros before the comma (e.g. 0,50)</translation>
    </message>
    <message>
        <source>The amount is too large: the maximum is %1</source>
        <translation>The amount is too large: the maximum is %1</translation>
    </message>
    <message>
        <source>Write one or two digits after the comma</source>
        <translation>Write one or two digits after the comma</translation>
    </message>
    <message>
        <source>An amount can have at most 2 decimals</source>
        <translation>An amount can have at most 2 decimals</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::OpeningHours</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1: more than %2 opening ranges</source>
        <translation>%1: more than %2 opening ranges</translation>
    </message>
    <message>
        <source>More than %1 extra closed days</source>
        <translation>More than %1 extra closed days</translation>
    </message>
    <message>
        <source>The patron saint&apos;s name is longer than %1 characters</source>
        <translation>The patron saint&apos;s name is longer than %1 characters</translation>
    </message>
    <message>
        <source>%1: an opening range has an invalid time</source>
        <translation>%1: an opening range has an invalid time</translation>
    </message>
    <message>
        <source>%1: opening times must be whole minutes</source>
        <translation>%1: opening times must be whole minutes</translation>
    </message>
    <message>
        <source>%1: the range %2 does not end after it starts</source>
        <translation>%1: the range %2 does not end after it starts</translation>
    </message>
    <message>
        <source>%1: the ranges must be in order of time (%2 is listed after %3)</source>
        <translation>%1: the ranges must be in order of time (%2 is listed after %3)</translation>
    </message>
    <message>
        <source>%1: the ranges %2 and %3 overlap</source>
        <translation>%1: the ranges %2 and %3 overlap</translation>
    </message>
    <message>
        <source>The patron saint&apos;s day (day %1, month %2) does not exist</source>
        <translation>The patron saint&apos;s day (day %1, month %2) does not exist</translation>
    </message>
    <message>
        <source>The patron saint&apos;s name contains invisible characters (control or formatting characters)</source>
        <translation>The patron saint&apos;s name contains invisible characters (control or formatting characters)</translation>
    </message>
    <message>
        <source>An extra closed day is not a valid date</source>
        <translation>An extra closed day is not a valid date</translation>
    </message>
    <message>
        <source>The extra closed day %1 is outside the years %2 to %3</source>
        <translation>The extra closed day %1 is outside the years %2 to %3</translation>
    </message>
    <message>
        <source>The extra closed days must be in order, without repetitions (%1 is listed after %2)</source>
        <translation>The extra closed days must be in order, without repetitions (%1 is listed after %2)</translation>
    </message>
    <message>
        <source>&quot;week&quot; must be a list of 7 days, Monday to Sunday</source>
        <translation>&quot;week&quot; must be a list of 7 days, Monday to Sunday</translation>
    </message>
    <message>
        <source>%1: the opening ranges are not a list</source>
        <translation>%1: the opening ranges are not a list</translation>
    </message>
    <message>
        <source>%1: opening range %2 is not text</source>
        <translation>%1: opening range %2 is not text</translation>
    </message>
    <message>
        <source>%1: opening range %2 is longer than %3 characters</source>
        <translation>%1: opening range %2 is longer than %3 characters</translation>
    </message>
    <message>
        <source>%1: opening range %2 is not written HH:mm-HH:mm (for example 08:30-12:30)</source>
        <translation>%1: opening range %2 is not written HH:mm-HH:mm (for example 08:30-12:30)</translation>
    </message>
    <message>
        <source>%1: opening range %2 has an hour above 23 or minutes above 59</source>
        <translation>%1: opening range %2 has an hour above 23 or minutes above 59</translation>
    </message>
    <message>
        <source>&quot;patron&quot; must be null or an object with month, day and name</source>
        <translation>&quot;patron&quot; must be null or an object with month, day and name</translation>
    </message>
    <message>
        <source>The patron saint&apos;s day needs whole numbers for &quot;month&quot; and &quot;day&quot;</source>
        <translation>The patron saint&apos;s day needs whole numbers for &quot;month&quot; and &quot;day&quot;</translation>
    </message>
    <message>
        <source>The patron saint&apos;s name is missing or is not text</source>
        <translation>The patron saint&apos;s name is missing or is not text</translation>
    </message>
    <message>
        <source>&quot;closedDays&quot; must be a list of dates</source>
        <translation>&quot;closedDays&quot; must be a list of dates</translation>
    </message>
    <message>
        <source>Extra closed day %1 is not text</source>
        <translation>Extra closed day %1 is not text</translation>
    </message>
    <message>
        <source>Extra closed day %1 is longer than %2 characters</source>
        <translation>Extra closed day %1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>Extra closed day %1 is not a date written yyyy-MM-dd (for example 2026-12-24)</source>
        <translation>Extra closed day %1 is not a date written yyyy-MM-dd (for example 2026-12-24)</translation>
    </message>
    <message>
        <source>Extra closed day %1 is not an existing date</source>
        <translation>Extra closed day %1 is not an existing date</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Republic Day</translation>
    </message>
    <message>
        <source>Assumption of Mary (Ferragosto)</source>
        <translation>Assumption of Mary (Ferragosto)</translation>
    </message>
    <message>
        <source>Saint Francis of Assisi</source>
        <translation>Saint Francis of Assisi</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immaculate Conception</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Saint Stephen&apos;s Day</source>
        <translation>Saint Stephen&apos;s Day</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Patron saint&apos;s day</source>
        <translation>Patron saint&apos;s day</translation>
    </message>
    <message>
        <source>Patron saint&apos;s day: %1</source>
        <translation>Patron saint&apos;s day: %1</translation>
    </message>
    <message>
        <source>Extraordinary closure</source>
        <translation>Extraordinary closure</translation>
    </message>
    <message>
        <source>The opening hours lack &quot;%1&quot;</source>
        <translation>The opening hours lack &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::PagoPa</name>
    <message>
        <source>The notice number is empty</source>
        <translation>The notice number is empty</translation>
    </message>
    <message>
        <source>Character %1 is a space in the wrong place; spaces may only separate groups of digits</source>
        <translation>Character %1 is a space in the wrong place; spaces may only separate groups of digits</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a digit; a notice number has 18 digits</source>
        <translation>Character %1 (%2) is not a digit; a notice number has 18 digits</translation>
    </message>
    <message>
        <source>The notice number has %1 digits; it should have 18</source>
        <translation>The notice number has %1 digits; it should have 18</translation>
    </message>
    <message>
        <source>The notice number starts with %1; it should start with 0, 1, 2 or 3</source>
        <translation>The notice number starts with %1; it should start with 0, 1, 2 or 3</translation>
    </message>
    <message>
        <source>The check digits of the notice number should be %1, not %2: compare it with the printed notice</source>
        <translation>The check digits of the notice number should be %1, not %2: compare it with the printed notice</translation>
    </message>
    <message>
        <source>The creditor reference is empty</source>
        <translation>The creditor reference is empty</translation>
    </message>
    <message>
        <source>Character %1 is a space in the wrong place; spaces may only separate groups of characters</source>
        <translation>Character %1 is a space in the wrong place; spaces may only separate groups of characters</translation>
    </message>
    <message>
        <source>Character %1 (%2) is lower case; a creditor reference is written in capital letters</source>
        <translation>Character %1 (%2) is lower case; a creditor reference is written in capital letters</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in a creditor reference: only letters and digits</source>
        <translation>Character %1 (%2) is not allowed in a creditor reference: only letters and digits</translation>
    </message>
    <message>
        <source>A creditor reference starts with RF</source>
        <translation>A creditor reference starts with RF</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit: characters 3 and 4 of a creditor reference are its check digits</source>
        <translation>Character %1 (%2) should be a digit: characters 3 and 4 of a creditor reference are its check digits</translation>
    </message>
    <message>
        <source>The creditor reference has %1 characters without spaces; it should have 5 to 25</source>
        <translation>The creditor reference has %1 characters without spaces; it should have 5 to 25</translation>
    </message>
    <message>
        <source>The check digits of the creditor reference should be %1, not %2</source>
        <translation>The check digits of the creditor reference should be %1, not %2</translation>
    </message>
    <message>
        <source>The IUV is empty</source>
        <translation>The IUV is empty</translation>
    </message>
    <message>
        <source>Character %1 is a space; an IUV has no spaces</source>
        <translation>Character %1 is a space; an IUV has no spaces</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in an IUV: only letters and digits</source>
        <translation>Character %1 (%2) is not allowed in an IUV: only letters and digits</translation>
    </message>
    <message>
        <source>The IUV has %1 characters; it can have at most 35</source>
        <translation>The IUV has %1 characters; it can have at most 35</translation>
    </message>
    <message>
        <source>The QR code is empty</source>
        <translation>The QR code is empty</translation>
    </message>
    <message>
        <source>This is not a pagoPA QR code: it should start with PAGOPA|</source>
        <translation>This is not a pagoPA QR code: it should start with PAGOPA|</translation>
    </message>
    <message>
        <source>The QR code has too many fields: it should end after the amount</source>
        <translation>The QR code has too many fields: it should end after the amount</translation>
    </message>
    <message>
        <source>This pagoPA QR code is not version 002, the only one supported</source>
        <translation>This pagoPA QR code is not version 002, the only one supported</translation>
    </message>
    <message>
        <source>The QR code is incomplete: it should hold the notice number, the creditor&apos;s fiscal code and the amount</source>
        <translation>The QR code is incomplete: it should hold the notice number, the creditor&apos;s fiscal code and the amount</translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the notice number has only digits</source>
        <translation>Character %1 (%2) of the QR code is not a digit; the notice number has only digits</translation>
    </message>
    <message>
        <source>The notice number in the QR code has %1 digits; it should have 18</source>
        <translation>The notice number in the QR code has %1 digits; it should have 18</translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the creditor&apos;s fiscal code has only digits</source>
        <translation>Character %1 (%2) of the QR code is not a digit; the creditor&apos;s fiscal code has only digits</translation>
    </message>
    <message>
        <source>The creditor&apos;s fiscal code in the QR code has %1 digits; it should have 11</source>
        <translation>The creditor&apos;s fiscal code in the QR code has %1 digits; it should have 11</translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the amount is written in cents, digits only</source>
        <translation>Character %1 (%2) of the QR code is not a digit; the amount is written in cents, digits only</translation>
    </message>
    <message>
        <source>The amount in the QR code has %1 digits; it should have 1 to 10</source>
        <translation>The amount in the QR code has %1 digits; it should have 1 to 10</translation>
    </message>
    <message>
        <source>The creditor&apos;s fiscal code %1 fails its check digit: compare it with the printed notice</source>
        <translation>The creditor&apos;s fiscal code %1 fails its check digit: compare it with the printed notice</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::Places</name>
    <message>
        <source>%1 (abroad, until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (abroad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, until %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::Queue</name>
    <message>
        <source>No priority</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>Over 75</source>
        <translation>Over 75</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Appointment made</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Sent to another office</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>A service needs a name of at most 60 characters.</source>
        <translation>A service needs a name of at most 60 characters.</translation>
    </message>
    <message>
        <source>The letter of a service is one capital letter from A to Z.</source>
        <translation>The letter of a service is one capital letter from A to Z.</translation>
    </message>
    <message>
        <source>The usual duration is from 1 to 240 minutes.</source>
        <translation>The usual duration is from 1 to 240 minutes.</translation>
    </message>
    <message>
        <source>The position is from 0 to 99.</source>
        <translation>The position is from 0 to 99.</translation>
    </message>
    <message>
        <source>A counter&apos;s number is from 1 to 99.</source>
        <translation>A counter&apos;s number is from 1 to 99.</translation>
    </message>
    <message>
        <source>A counter&apos;s name has at most 60 characters.</source>
        <translation>A counter&apos;s name has at most 60 characters.</translation>
    </message>
    <message>
        <source>An open counter serves at least one service.</source>
        <translation>An open counter serves at least one service.</translation>
    </message>
    <message>
        <source>A counter names each of its services once.</source>
        <translation>A counter names each of its services once.</translation>
    </message>
</context>
<context>
    <name>Sportello::Records::RecordWords</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>password (protected)</source>
        <translation>password (protected)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>%1: the person&apos;s full name, %2: the username, %3: the role (&quot;Maria Bianchi (m.bianchi, Operatore)&quot;).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Activity log entry</source>
        <translation>Activity log entry</translation>
    </message>
    <message>
        <source>log of the PC</source>
        <translation>log of the PC</translation>
    </message>
    <message>
        <source>entry number</source>
        <translation>entry number</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>name of the PC</source>
        <translation>name of the PC</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>kind of record</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <source>seal of the previous entry</source>
        <translation>seal of the previous entry</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>seal</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>Activity log entry no. %1 of %2, %3 (%4)</source>
        <extracomment>%1: its number in the PC&apos;s log, %2: the PC&apos;s name, %3: when, %4: what happened (&quot;Sign-in&quot;).</extracomment>
        <translation>Activity log entry no. %1 of %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>codice fiscale</source>
        <translation>codice fiscale</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>document type</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>privacy consent</source>
        <translation>privacy consent</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>consent to be contacted</translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation>date of consent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>last changed</translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation>Did not show up</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Taken back</translation>
    </message>
    <message>
        <source>Queue service</source>
        <translation>Queue service</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>usual minutes</source>
        <translation>usual minutes</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>Service %1 — %2</source>
        <extracomment>%1: the service&apos;s letter on tickets, %2: its name (&quot;Servizio A — Anagrafe&quot;).</extracomment>
        <translation>Service %1 — %2</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>A desk where a clerk serves the public (&quot;sportello&quot;), not a number counter.</extracomment>
        <translation>Counter</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Counter %1 (%2)</source>
        <translation>Counter %1 (%2)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>weekly hours</source>
        <translation>weekly hours</translation>
    </message>
    <message>
        <source>patron saint&apos;s day</source>
        <translation>patron saint&apos;s day</translation>
    </message>
    <message>
        <source>extra closures</source>
        <translation>extra closures</translation>
    </message>
    <message>
        <source>Opening hours of the branch</source>
        <translation>Opening hours of the branch</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>citizen</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>issued by</translation>
    </message>
    <message>
        <source>people ahead</source>
        <translation>people ahead</translation>
    </message>
    <message>
        <source>estimated wait (minutes)</source>
        <translation>estimated wait (minutes)</translation>
    </message>
    <message>
        <source>served without a ticket</source>
        <translation>served without a ticket</translation>
    </message>
    <message>
        <source>Ticket %1, %2</source>
        <extracomment>%1: the ticket&apos;s code (&quot;A 12&quot;), %2: when it was issued.</extracomment>
        <translation>Ticket %1, %2</translation>
    </message>
    <message>
        <source>Queue event</source>
        <translation>Queue event</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>previous event</source>
        <translation>previous event</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>what happened</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>Queue event: %1, %2 (%3)</source>
        <extracomment>%1: what happened (&quot;Call&quot;), %2: when, %3: the username of who did it.</extracomment>
        <translation>Queue event: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: it was called to a counter (a noun).</extracomment>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call again</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: it was called once more (a noun).</extracomment>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: sent to another service&apos;s queue (a noun).</extracomment>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: its request was closed (a noun or participle).</extracomment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Sportello::Security</name>
    <message>
        <source>No secure keychain is available on this computer, so the sync credentials cannot be stored. Install and unlock a keychain (for example GNOME Keyring) and try again.</source>
        <translation>No secure keychain is available on this computer, so the sync credentials cannot be stored. Install and unlock a keychain (for example GNOME Keyring) and try again.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>The keychain reported an error: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation>The password is required.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>The password must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>The password must not be the username.</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <source>Digital facilitator</source>
        <translation>Digital facilitator</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Office manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Your role (%1) does not allow this.</translation>
    </message>
    <message>
        <source>The username must be 3 to 40 characters: lower-case letters, digits, dot, dash or underscore.</source>
        <translation>The username must be 3 to 40 characters: lower-case letters, digits, dot, dash or underscore.</translation>
    </message>
    <message>
        <source>The account has no valid id.</source>
        <translation>The account has no valid id.</translation>
    </message>
    <message>
        <source>The full name is required (at most 100 characters).</source>
        <translation>The full name is required (at most 100 characters).</translation>
    </message>
    <message>
        <source>The account has no valid password hash.</source>
        <translation>The account has no valid password hash.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The two passwords are different: type the same password twice.</source>
        <translation>The two passwords are different: type the same password twice.</translation>
    </message>
</context>
<context>
    <name>Sportello::Security::AuditAction</name>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Repeated failed sign-ins</source>
        <translation>Repeated failed sign-ins</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>An event of the activity log: the screen was locked (a noun).</extracomment>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Connection to the central service</source>
        <translation>Connection to the central service</translation>
    </message>
    <message>
        <source>Log verified</source>
        <translation>Log verified</translation>
    </message>
</context>
<context>
    <name>Sportello::Security::SignIn</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>This account has been deactivated. Ask an administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords: try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::Storage</name>
    <message>
        <source>The database structure could not be updated: %1</source>
        <translation>The database structure could not be updated: %1</translation>
    </message>
    <message>
        <source>Simulated database failure (test).</source>
        <translation>Simulated database failure (test).</translation>
    </message>
    <message>
        <source>The database could not save or read the data: %1</source>
        <translation>The database could not save or read the data: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::AccountRepository</name>
    <message>
        <source>The first administrator has already been created.</source>
        <translation>The first administrator has already been created.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>The username %1 is already taken.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>Someone else changed this account in the meantime. Open it again and repeat your changes.</source>
        <translation>Someone else changed this account in the meantime. Open it again and repeat your changes.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>This is the last active administrator: appoint another one first.</source>
        <translation>This is the last active administrator: appoint another one first.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::AuditLog</name>
    <message>
        <source>The entry was changed after it was written.</source>
        <translation>The entry was changed after it was written.</translation>
    </message>
    <message>
        <source>Entries before this one are missing.</source>
        <translation>Entries before this one are missing.</translation>
    </message>
    <message>
        <source>The entry is out of order or does not follow the one before.</source>
        <translation>The entry is out of order or does not follow the one before.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n entries of this PC are missing.</source>
        <translation>
            <numerusform>The last entry of this PC is missing.</numerusform>
            <numerusform>The last %n entries of this PC are missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last entry of this PC is not the one that was written.</source>
        <translation>The last entry of this PC is not the one that was written.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::CitizenRepository</name>
    <message>
        <source>A citizen with the codice fiscale %1 is already registered.</source>
        <translation>A citizen with the codice fiscale %1 is already registered.</translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation>The citizen record no longer exists.</translation>
    </message>
    <message>
        <source>Someone else changed this citizen record in the meantime. Close it, open it again and repeat your changes.</source>
        <translation>Someone else changed this citizen record in the meantime. Close it, open it again and repeat your changes.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::Database</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>The database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The folder for the database %1 could not be created.</source>
        <translation>The folder for the database %1 could not be created.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and could not be moved aside. Nothing was changed; please call technical support.</source>
        <translation>The database %1 is damaged and could not be moved aside. Nothing was changed; please call technical support.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Sportello (structure %2; this program knows up to %3). It has not been touched. Please install the newer version.</source>
        <translation>The database %1 was written by a newer version of Sportello (structure %2; this program knows up to %3). It has not been touched. Please install the newer version.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It has been moved aside, unchanged, to %2 so that technical support can try to recover it.</source>
        <translation>The database %1 is damaged. It has been moved aside, unchanged, to %2 so that technical support can try to recover it.</translation>
    </message>
    <message>
        <source>The database %1 is not open (it was moved aside or could not be opened).</source>
        <translation>The database %1 is not open (it was moved aside or could not be opened).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more can be saved in it. Restart Sportello.</source>
        <translation>The database is damaged: nothing more can be saved in it. Restart Sportello.</translation>
    </message>
    <message>
        <source>The database %1 could not be read (%2). It has not been changed; check that the file is accessible, or call technical support.</source>
        <translation>The database %1 could not be read (%2). It has not been changed; check that the file is accessible, or call technical support.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::OfficeRepository</name>
    <message>
        <source>The branch code must have 2 to 8 capital letters or digits, without spaces (example: SEDE1).</source>
        <translation>The branch code must have 2 to 8 capital letters or digits, without spaces (example: SEDE1).</translation>
    </message>
    <message>
        <source>The names of the comune and of the branch are required.</source>
        <translation>The names of the comune and of the branch are required.</translation>
    </message>
    <message>
        <source>This database already belongs to a branch.</source>
        <translation>This database already belongs to a branch.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::QueueFigures</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>Wait (min)</translation>
    </message>
    <message>
        <source>Service time (min)</source>
        <translation>Service time (min)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::QueueRepository</name>
    <message>
        <source>This service is not offered here any more.</source>
        <translation>This service is not offered here any more.</translation>
    </message>
    <message>
        <source>No more tickets can be issued today for %1 at this PC.</source>
        <translation>No more tickets can be issued today for %1 at this PC.</translation>
    </message>
    <message>
        <source>This counter is not open here any more.</source>
        <translation>This counter is not open here any more.</translation>
    </message>
    <message>
        <source>Close %1 before calling the next person.</source>
        <translation>Close %1 before calling the next person.</translation>
    </message>
    <message>
        <source>Close %1 before taking up another person.</source>
        <translation>Close %1 before taking up another person.</translation>
    </message>
    <message>
        <source>The notes are too long: at most %1 characters.</source>
        <translation>The notes are too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>This ticket is not in this office&apos;s queue.</source>
        <translation>This ticket is not in this office&apos;s queue.</translation>
    </message>
    <message>
        <source>%1 is %2 now: this cannot be done.</source>
        <translation>%1 is %2 now: this cannot be done.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::QueueSetup</name>
    <message>
        <source>Someone else changed this service meanwhile: open it again.</source>
        <translation>Someone else changed this service meanwhile: open it again.</translation>
    </message>
    <message>
        <source>Another service already uses the letter %1.</source>
        <translation>Another service already uses the letter %1.</translation>
    </message>
    <message>
        <source>Someone else changed this counter meanwhile: open it again.</source>
        <translation>Someone else changed this counter meanwhile: open it again.</translation>
    </message>
    <message>
        <source>There is already a counter number %1.</source>
        <translation>There is already a counter number %1.</translation>
    </message>
</context>
<context>
    <name>Sportello::Sync::Reasons</name>
    <message>
        <source>This PC is not authorised: connect it to the central service again.</source>
        <translation>This PC is not authorised: connect it to the central service again.</translation>
    </message>
    <message>
        <source>The connection code is not valid.</source>
        <translation>The connection code is not valid.</translation>
    </message>
    <message>
        <source>This connection code has already been used: ask for a new one.</source>
        <translation>This connection code has already been used: ask for a new one.</translation>
    </message>
    <message>
        <source>This connection code has expired: ask for a new one.</source>
        <translation>This connection code has expired: ask for a new one.</translation>
    </message>
    <message>
        <source>Too many attempts: try again in a few minutes.</source>
        <translation>Too many attempts: try again in a few minutes.</translation>
    </message>
    <message>
        <source>The request is too large (at most 1 MiB).</source>
        <translation>The request is too large (at most 1 MiB).</translation>
    </message>
    <message>
        <source>Invalid request.</source>
        <translation>Invalid request.</translation>
    </message>
    <message>
        <source>Invalid request (unreadable JSON).</source>
        <translation>Invalid request (unreadable JSON).</translation>
    </message>
    <message>
        <source>A kind of record the server does not know.</source>
        <translation>A kind of record the server does not know.</translation>
    </message>
    <message>
        <source>Unknown address.</source>
        <translation>Unknown address.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Method not allowed.</translation>
    </message>
    <message>
        <source>Server error: the request will be repeated.</source>
        <translation>Server error: the request will be repeated.</translation>
    </message>
    <message>
        <source>Service unavailable for the moment: the request will be repeated.</source>
        <translation>Service unavailable for the moment: the request will be repeated.</translation>
    </message>
    <message>
        <source>This record belongs to another branch: it cannot be changed from here.</source>
        <translation>This record belongs to another branch: it cannot be changed from here.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere meanwhile: this version was not applied.</source>
        <translation>The record was changed elsewhere meanwhile: this version was not applied.</translation>
    </message>
    <message>
        <source>A change to a record the server does not know.</source>
        <translation>A change to a record the server does not know.</translation>
    </message>
    <message>
        <source>A record with this identifier already exists.</source>
        <translation>A record with this identifier already exists.</translation>
    </message>
    <message>
        <source>Operation identifier already used for another change.</source>
        <translation>Operation identifier already used for another change.</translation>
    </message>
    <message>
        <source>This record cannot be changed once recorded.</source>
        <translation>This record cannot be changed once recorded.</translation>
    </message>
    <message>
        <source>This username is already used by another account of the comune: choose another one.</source>
        <translation>This username is already used by another account of the comune: choose another one.</translation>
    </message>
    <message>
        <source>The activity log of this PC appears altered or incomplete: the entry was refused. Tell the administrator.</source>
        <translation>The activity log of this PC appears altered or incomplete: the entry was refused. Tell the administrator.</translation>
    </message>
    <message>
        <source>Another counter was first: the ticket had already been called or updated.</source>
        <translation>Another counter was first: the ticket had already been called or updated.</translation>
    </message>
    <message>
        <source>The ticket of this event is not known to the central service.</source>
        <translation>The ticket of this event is not known to the central service.</translation>
    </message>
    <message>
        <source>Data not valid under the server&apos;s rules: correct the record.</source>
        <translation>Data not valid under the server&apos;s rules: correct the record.</translation>
    </message>
</context>
<context>
    <name>Sportello::Sync::SyncEngine</name>
    <message>
        <source>This computer has no sync credentials: enrol it again with a new code.</source>
        <translation>This computer has no sync credentials: enrol it again with a new code.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the central service yet.</source>
        <translation>This computer is not enrolled with the central service yet.</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>The central service cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The central service answered with an error (HTTP %1).</source>
        <translation>The central service answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>The central service sent an answer this program does not understand.</source>
        <translation>The central service sent an answer this program does not understand.</translation>
    </message>
    <message>
        <source>The certificate of the central service is not trusted (%1). Ask the administrator for the comune&apos;s certificate file and connect again.</source>
        <translation>The certificate of the central service is not trusted (%1). Ask the administrator for the comune&apos;s certificate file and connect again.</translation>
    </message>
    <message>
        <source>The certificate file of the comune holds no PEM certificate.</source>
        <translation>The certificate file of the comune holds no PEM certificate.</translation>
    </message>
    <message>
        <source>This change is larger than the central service accepts (%1 bytes at most).</source>
        <translation>This change is larger than the central service accepts (%1 bytes at most).</translation>
    </message>
    <message>
        <source>This change names an operation this version of Sportello does not know: it was not sent.</source>
        <translation>This change names an operation this version of Sportello does not know: it was not sent.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AccountFormBase</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>At least %1 characters, not the username</source>
        <translation>At least %1 characters, not the username</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirm the password</translation>
    </message>
    <message>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirm the password:</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>The people who sign in to Sportello. Accounts are never deleted: deactivate the ones no longer in use.</source>
        <translation>The people who sign in to Sportello. Accounts are never deleted: deactivate the ones no longer in use.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Name, role, and whether the account is active (Return on the list)</source>
        <translation>Name, role, and whether the account is active (Return on the list)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>A new password, to be changed by the person at the next sign-in</source>
        <translation>A new password, to be changed by the person at the next sign-in</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Cannot read the accounts: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Chosen by the person</source>
        <translation>Chosen by the person</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ActionRegistry</name>
    <message>
        <source>&amp;Citizens</source>
        <translation>&amp;Citizens</translation>
    </message>
    <message>
        <source>Show the citizens registry</source>
        <translation>Show the citizens registry</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;New citizen…</translation>
    </message>
    <message>
        <source>Register a new citizen</source>
        <translation>Register a new citizen</translation>
    </message>
    <message>
        <source>&amp;Find citizen</source>
        <translation>&amp;Find citizen</translation>
    </message>
    <message>
        <source>Search by codice fiscale, surname, name or phone</source>
        <translation>Search by codice fiscale, surname, name or phone</translation>
    </message>
    <message>
        <source>&amp;Edit citizen…</source>
        <translation>&amp;Edit citizen…</translation>
    </message>
    <message>
        <source>Open the selected citizen for editing</source>
        <translation>Open the selected citizen for editing</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;About Sportello</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version and licence</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Sportello</source>
        <translation>Close Sportello</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Send the waiting changes and receive the others&apos; now</source>
        <translation>Send the waiting changes and receive the others&apos; now</translation>
    </message>
    <message>
        <source>&amp;Connect to the central service…</source>
        <translation>&amp;Connect to the central service…</translation>
    </message>
    <message>
        <source>Connect this PC to the comune&apos;s central service with a one-time code</source>
        <translation>Connect this PC to the comune&apos;s central service with a one-time code</translation>
    </message>
    <message>
        <source>&amp;Refused changes and conflicts…</source>
        <translation>&amp;Refused changes and conflicts…</translation>
    </message>
    <message>
        <source>What the central service refused and the versions that lost, to check</source>
        <translation>What the central service refused and the versions that lost, to check</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock this PC: the screen shows nothing until you type your password</source>
        <translation>Lock this PC: the screen shows nothing until you type your password</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>Sign out and let a colleague sign in at this PC</source>
        <translation>Sign out and let a colleague sign in at this PC</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Choose a new password for your account</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>Create staff accounts, change roles, deactivate, reset passwords</source>
        <translation>Create staff accounts, change roles, deactivate, reset passwords</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>Who did what, when and on which PC; and whether the log is intact</source>
        <translation>Who did what, when and on which PC; and whether the log is intact</translation>
    </message>
    <message>
        <source>&amp;Settings of this PC…</source>
        <translation>&amp;Settings of this PC…</translation>
    </message>
    <message>
        <source>When this PC locks itself</source>
        <translation>When this PC locks itself</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>&amp;Reception</translation>
    </message>
    <message>
        <source>Issue tickets to the people who come in</source>
        <translation>Issue tickets to the people who come in</translation>
    </message>
    <message>
        <source>C&amp;ounter</source>
        <translation>C&amp;ounter</translation>
    </message>
    <message>
        <source>Call, serve and close the requests at this counter</source>
        <translation>Call, serve and close the requests at this counter</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Call next</translation>
    </message>
    <message>
        <source>Call the next person for this counter&apos;s services: priority first, then order of arrival</source>
        <translation>Call the next person for this counter&apos;s services: priority first, then order of arrival</translation>
    </message>
    <message>
        <source>Call &amp;again</source>
        <translation>Call &amp;again</translation>
    </message>
    <message>
        <source>Call the same ticket again</source>
        <translation>Call the same ticket again</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>The person called did not come</source>
        <translation>The person called did not come</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <source>Put the person on hold (for example to fetch a document) and call someone else</source>
        <translation>Put the person on hold (for example to fetch a document) and call someone else</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Send the person to another service&apos;s queue, keeping their place</source>
        <translation>Send the person to another service&apos;s queue, keeping their place</translation>
    </message>
    <message>
        <source>Serve &amp;without ticket…</source>
        <translation>Serve &amp;without ticket…</translation>
    </message>
    <message>
        <source>Record a request of someone who has no ticket</source>
        <translation>Record a request of someone who has no ticket</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Take up the person on hold selected in the list</source>
        <translation>Take up the person on hold selected in the list</translation>
    </message>
    <message>
        <source>C&amp;lose request</source>
        <translation>C&amp;lose request</translation>
    </message>
    <message>
        <source>Record how the request ended, with the notes and the citizen</source>
        <translation>Record how the request ended, with the notes and the citizen</translation>
    </message>
    <message>
        <source>Queue &amp;setup…</source>
        <translation>Queue &amp;setup…</translation>
    </message>
    <message>
        <source>Services, counters, opening hours and closed days of this office</source>
        <translation>Services, counters, opening hours and closed days of this office</translation>
    </message>
    <message>
        <source>&amp;Figures and history…</source>
        <translation>&amp;Figures and history…</translation>
    </message>
    <message>
        <source>Who is waiting, waits, served and absent today; the history of requests and its export</source>
        <translation>Who is waiting, waits, served and absent today; the history of requests and its export</translation>
    </message>
    <message>
        <source>Call &amp;display</source>
        <translation>Call &amp;display</translation>
    </message>
    <message>
        <source>Open the waiting room screen that shows the tickets called</source>
        <translation>Open the waiting room screen that shows the tickets called</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>C&amp;itizens</source>
        <translation>C&amp;itizens</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among what the role %2 may do: it takes the role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes signing in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AdministrationArea</name>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can set up the queue or serve the public yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, manages accounts and settings, not the counter&apos;s work. Create now the account of the Responsabile, who sets up services, counters and opening hours; then the accounts of the Operatori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the Responsabile&apos;s account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::Announcer</name>
    <message>
        <source>Number %1, counter %2</source>
        <translation>Number %1, counter %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entries shown</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>The next, older entries</source>
        <translation>The next, older entries</translation>
    </message>
    <message>
        <source>&amp;Verify log</source>
        <translation>&amp;Verify log</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or cut off</source>
        <translation>Check that no entry was changed, removed or cut off</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>Cannot read the log: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot verify the log: %1</source>
        <translation>Cannot verify the log: %1</translation>
    </message>
    <message>
        <source>Log intact: %1 in %2 checked.</source>
        <translation>Log intact: %1 in %2 checked.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken link at entry %1 of chain %2: %3</source>
        <translation>Broken link at entry %1 of chain %2: %3</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Chain %1</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AuditWording</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>minutes before locking</source>
        <translation>minutes before locking</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>ticket printer</source>
        <translation>ticket printer</translation>
    </message>
    <message>
        <source>folder for ticket PDFs</source>
        <translation>folder for ticket PDFs</translation>
    </message>
    <message>
        <source>spoken announcements</source>
        <translation>spoken announcements</translation>
    </message>
    <message>
        <source>central service</source>
        <translation>central service</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CallDisplayWindow</name>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Call display – %1</source>
        <translation>Call display – %1</translation>
    </message>
    <message>
        <source>Call display</source>
        <translation>Call display</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Current call</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Counter name</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Earlier calls</translation>
    </message>
    <message>
        <source>Earlier call %1</source>
        <translation>Earlier call %1</translation>
    </message>
    <message>
        <source>Counter of earlier call %1</source>
        <translation>Counter of earlier call %1</translation>
    </message>
    <message>
        <source>Time of earlier call %1</source>
        <translation>Time of earlier call %1</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>Current call: none</source>
        <translation>Current call: none</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Called again</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Current call: %1</source>
        <translation>Current call: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ChangeOwnPasswordDialog</name>
    <message>
        <source>Change password: %1</source>
        <translation>Change password: %1</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose your own now, before you start.</source>
        <translation>Your password was set by an administrator: choose your own now, before you start.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizenDialog</name>
    <message>
        <source>New citizen</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Citizen: %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>What the codice fiscale says</source>
        <translation>What the codice fiscale says</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale:</source>
        <translation>&amp;Codice fiscale:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>&amp;Born on:</translation>
    </message>
    <message>
        <source>Born &amp;in:</source>
        <translation>Born &amp;in:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Date of the consent</translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation>Consent &amp;given on:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Without a codice fiscale, give an identity document.</source>
        <translation>Without a codice fiscale, give an identity document.</translation>
    </message>
    <message>
        <source>Provisional codice fiscale.</source>
        <translation>Provisional codice fiscale.</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <source>%1

Save anyway?</source>
        <translation>%1

Save anyway?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Save &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>The birth date is not a date (write it as dd/mm/yyyy).</source>
        <translation>The birth date is not a date (write it as dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>The date of the consent is not a date (write it as dd/mm/yyyy).</source>
        <translation>The date of the consent is not a date (write it as dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>%1
Open the existing record instead?</source>
        <translation>%1
Open the existing record instead?</translation>
    </message>
    <message>
        <source>&amp;Open existing record</source>
        <translation>&amp;Open existing record</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The record was not saved.
%1</source>
        <translation>The record was not saved.
%1</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <source>Document nu&amp;mber:</source>
        <translation>Document nu&amp;mber:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Consents to the processing of personal &amp;data</source>
        <translation>Consents to the processing of personal &amp;data</translation>
    </message>
    <message>
        <source>Agrees to be contacted by phone or e-mai&amp;l</source>
        <translation>Agrees to be contacted by phone or e-mai&amp;l</translation>
    </message>
    <message>
        <source>Valid: female, born on %1 in %2.</source>
        <translation>Valid: female, born on %1 in %2.</translation>
    </message>
    <message>
        <source>Valid: male, born on %1 in %2.</source>
        <translation>Valid: male, born on %1 in %2.</translation>
    </message>
    <message>
        <source>%1 (codice fiscale %2) has a code that differs from this one only by omocodia. They are different people, unless one of the two codes was typed wrong.</source>
        <translation>%1 (codice fiscale %2) has a code that differs from this one only by omocodia. They are different people, unless one of the two codes was typed wrong.</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town or country, e.g. Torino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 characters (11 digits if provisional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizenPicker</name>
    <message>
        <source>Link a citizen</source>
        <translation>Link a citizen</translation>
    </message>
    <message>
        <source>&amp;Surname, name or codice fiscale:</source>
        <translation>&amp;Surname, name or codice fiscale:</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Search citizens</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Citizens found</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizenSearchModel</name>
    <message>
        <source>Doc. %1</source>
        <translation>Doc. %1</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Codice fiscale / document</source>
        <translation>Codice fiscale / document</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizensPage</name>
    <message>
        <source>Citizens registry</source>
        <translation>Citizens registry</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Search citizens</translation>
    </message>
    <message>
        <source>Search by codice fiscale, surname, name or phone…</source>
        <translation>Search by codice fiscale, surname, name or phone…</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Citizens found</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Search summary</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <source>No citizens registered yet. Press Ctrl+N to register one.</source>
        <translation>No citizens registered yet. Press Ctrl+N to register one.</translation>
    </message>
    <message>
        <source>No citizen found for “%1”. Press Ctrl+N to register a new one.</source>
        <translation>No citizen found for “%1”. Press Ctrl+N to register a new one.</translation>
    </message>
    <message numerus="yes">
        <source>First %n citizens found; scroll down for more.</source>
        <translation>
            <numerusform>First citizen found; scroll down for more.</numerusform>
            <numerusform>First %n citizens found; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) found.</source>
        <translation>
            <numerusform>%n citizen found.</numerusform>
            <numerusform>%n citizens found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>No citizens registered yet.</source>
        <translation>No citizens registered yet.</translation>
    </message>
    <message>
        <source>No citizen found for “%1”.</source>
        <translation>No citizen found for “%1”.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CounterFormDialog</name>
    <message>
        <source>New counter</source>
        <translation>New counter</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>What the display and the announcement say: “counter 3”</source>
        <translation>What the display and the announcement say: “counter 3”</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>Name of the counter</source>
        <translation>Name of the counter</translation>
    </message>
    <message>
        <source>optional, e.g. Civil status</source>
        <translation>optional, e.g. Civil status</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Services called at this counter</source>
        <translation>Services called at this counter</translation>
    </message>
    <message>
        <source>Space ticks or unticks the service</source>
        <translation>Space ticks or unticks the service</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deactivated)</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Services:</translation>
    </message>
    <message>
        <source>&amp;Active: the counter calls tickets</source>
        <translation>&amp;Active: the counter calls tickets</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>A deactivated counter stays in the figures and frees its number</source>
        <translation>A deactivated counter stays in the figures and frees its number</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create counter</source>
        <translation>Create counter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CounterPage</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Counter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Counter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This PC&apos;s counter</source>
        <translation>This PC&apos;s counter</translation>
    </message>
    <message>
        <source>Counter of this &amp;PC:</source>
        <translation>Counter of this &amp;PC:</translation>
    </message>
    <message>
        <source>People waiting for this counter</source>
        <translation>People waiting for this counter</translation>
    </message>
    <message>
        <source>Person being served</source>
        <translation>Person being served</translation>
    </message>
    <message>
        <source>Counter message</source>
        <translation>Counter message</translation>
    </message>
    <message>
        <source>How the request ended</source>
        <translation>How the request ended</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Citizen of the request</source>
        <translation>Citizen of the request</translation>
    </message>
    <message>
        <source>Link a citi&amp;zen…</source>
        <translation>Link a citi&amp;zen…</translation>
    </message>
    <message>
        <source>Link a citizen to the request</source>
        <translation>Link a citizen to the request</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Citizen:</translation>
    </message>
    <message>
        <source>On hold at this counter</source>
        <translation>On hold at this counter</translation>
    </message>
    <message>
        <source>Tickets on hold</source>
        <translation>Tickets on hold</translation>
    </message>
    <message>
        <source>Counter %1 (%2)</source>
        <translation>Counter %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>counter %1</translation>
    </message>
    <message>
        <source>another counter</source>
        <translation>another counter</translation>
    </message>
    <message>
        <source>%1 had already been called by %2: %3 is called instead.</source>
        <translation>%1 had already been called by %2: %3 is called instead.</translation>
    </message>
    <message>
        <source>%1 had already been called by %2; nobody else is waiting.</source>
        <translation>%1 had already been called by %2; nobody else is waiting.</translation>
    </message>
    <message>
        <source>Nobody at the counter. Press F2 to call the next person.</source>
        <translation>Nobody at the counter. Press F2 to call the next person.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Without a ticket</source>
        <translation>Without a ticket</translation>
    </message>
    <message numerus="yes">
        <source>Waited %n min</source>
        <translation>
            <numerusform>Waited %n min</numerusform>
            <numerusform>Waited %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter&apos;s services.</source>
        <translation>Nobody is waiting for this counter&apos;s services.</translation>
    </message>
    <message>
        <source>Transfer %1 to</source>
        <translation>Transfer %1 to</translation>
    </message>
    <message>
        <source>Serve without a ticket, for</source>
        <translation>Serve without a ticket, for</translation>
    </message>
    <message>
        <source>%1 closed: %2.</source>
        <translation>%1 closed: %2.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>%1 had already been called by %2; the next person could not be called: %3</source>
        <translation>%1 had already been called by %2; the next person could not be called: %3</translation>
    </message>
    <message>
        <source>No counters are set up yet: the role %1 adds them under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put on hold: take it up again from the list below (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to %2, keeping its place in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken up again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::EditAccountDialog</name>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Active: the person can sign in</source>
        <translation>&amp;Active: the person can sign in</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>A deactivated account stays in the list and in the log, and cannot sign in</source>
        <translation>A deactivated account stays in the list and in the log, and cannot sign in</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::EnrolDialog</name>
    <message>
        <source>Connect to the central service</source>
        <translation>Connect to the central service</translation>
    </message>
    <message>
        <source>Ask the administrator for the address of the comune&apos;s central service and for a one-time connection code for this PC.</source>
        <translation>Ask the administrator for the address of the comune&apos;s central service and for a one-time connection code for this PC.</translation>
    </message>
    <message>
        <source>Address of the central service</source>
        <translation>Address of the central service</translation>
    </message>
    <message>
        <source>Connection code</source>
        <translation>Connection code</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Connection &amp;code:</source>
        <translation>Connection &amp;code:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The address is not valid (example: https://sportello.comune.example.it).</source>
        <translation>The address is not valid (example: https://sportello.comune.example.it).</translation>
    </message>
    <message>
        <source>The connection code is required.</source>
        <translation>The connection code is required.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Certificate file of the comune (optional)</source>
        <translation>Certificate file of the comune (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificate:</translation>
    </message>
    <message>
        <source>This file is too large to be a certificate.</source>
        <translation>This file is too large to be a certificate.</translation>
    </message>
    <message>
        <source>The certificate file cannot be read: %1</source>
        <translation>The certificate file cannot be read: %1</translation>
    </message>
    <message>
        <source>Certificate of the comune</source>
        <translation>Certificate of the comune</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Optional: a .pem or .crt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the administrator gave you one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without https, the connection code and the citizens&apos; data travel unprotected: use an http:// address only for a test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FiguresDialog</name>
    <message>
        <source>Queue figures</source>
        <translation>Queue figures</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>The day so far</translation>
    </message>
    <message>
        <source>People waiting:</source>
        <translation>People waiting:</translation>
    </message>
    <message>
        <source>Served:</source>
        <translation>Served:</translation>
    </message>
    <message>
        <source>Did not come:</source>
        <translation>Did not come:</translation>
    </message>
    <message>
        <source>Average wait:</source>
        <translation>Average wait:</translation>
    </message>
    <message>
        <source>Longest wait:</source>
        <translation>Longest wait:</translation>
    </message>
    <message>
        <source>Average service time:</source>
        <translation>Average service time:</translation>
    </message>
    <message>
        <source>By &amp;service</source>
        <translation>By &amp;service</translation>
    </message>
    <message>
        <source>Figures by service</source>
        <translation>Figures by service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>By &amp;counter</source>
        <translation>By &amp;counter</translation>
    </message>
    <message>
        <source>Figures by counter</source>
        <translation>Figures by counter</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;perator:</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Surname or codice fiscale</source>
        <translation>Surname or codice fiscale</translation>
    </message>
    <message>
        <source>&amp;Citizen:</source>
        <translation>&amp;Citizen:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests shown</source>
        <translation>Requests shown</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>The previous, newer requests</source>
        <translation>The previous, newer requests</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>The next, older requests</source>
        <translation>The next, older requests</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>All the requests of these filters, as a file for spreadsheets</source>
        <translation>All the requests of these filters, as a file for spreadsheets</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>Cannot read the figures: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Counter %1 — %2</translation>
    </message>
    <message>
        <source>Updated at %1; refreshed every 30 seconds.</source>
        <translation>Updated at %1; refreshed every 30 seconds.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Cannot read the requests: %1</source>
        <translation>Cannot read the requests: %1</translation>
    </message>
    <message>
        <source>No requests for these filters.</source>
        <translation>No requests for these filters.</translation>
    </message>
    <message>
        <source>Requests %1–%2 of %3</source>
        <translation>Requests %1–%2 of %3</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Export requests</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1.</source>
        <translation>
            <numerusform>%n request exported to %1.</numerusform>
            <numerusform>%n requests exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests were not exported: %1</source>
        <translation>The requests were not exported: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunAdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The first account, with which the other staff accounts are created. Keep its password safe: it cannot be recovered.</source>
        <translation>The first account, with which the other staff accounts are created. Keep its password safe: it cannot be recovered.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation>Full name of the administrator</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username of the administrator</source>
        <translation>Username of the administrator</translation>
    </message>
    <message>
        <source>e.g. m.rossi</source>
        <translation>e.g. m.rossi</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password of the administrator</source>
        <translation>Password of the administrator</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunBranchPage</name>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>The office (sede) where this PC stands. Its short code appears in ticket and receipt numbers, e.g. 2026/SEDE1/000123.</source>
        <translation>The office (sede) where this PC stands. Its short code appears in ticket and receipt numbers, e.g. 2026/SEDE1/000123.</translation>
    </message>
    <message>
        <source>Name of the branch</source>
        <translation>Name of the branch</translation>
    </message>
    <message>
        <source>e.g. Sede centrale</source>
        <translation>e.g. Sede centrale</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>Short &amp;code:</translation>
    </message>
    <message>
        <source>Short code of the branch</source>
        <translation>Short code of the branch</translation>
    </message>
    <message>
        <source>2–8 capital letters or digits, e.g. SEDE1</source>
        <translation>2–8 capital letters or digits, e.g. SEDE1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Na&amp;me of the branch:</source>
        <translation>Na&amp;me of the branch:</translation>
    </message>
    <message>
        <source>Type the name of the branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunComunePage</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Welcome to Sportello</translation>
    </message>
    <message>
        <source>Which comune does this office belong to?</source>
        <translation>Which comune does this office belong to?</translation>
    </message>
    <message>
        <source>Name of the comune</source>
        <translation>Name of the comune</translation>
    </message>
    <message>
        <source>e.g. Comune di Castelnuovo</source>
        <translation>e.g. Comune di Castelnuovo</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale of the comune:</source>
        <translation>&amp;Codice fiscale of the comune:</translation>
    </message>
    <message>
        <source>Codice fiscale of the comune</source>
        <translation>Codice fiscale of the comune</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Na&amp;me of the comune:</source>
        <translation>Na&amp;me of the comune:</translation>
    </message>
    <message>
        <source>Type the name of the comune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the codice fiscale of the comune (11 digits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunDevicePage</name>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>A name that tells colleagues which PC this is, e.g. the counter it stands at.</source>
        <translation>A name that tells colleagues which PC this is, e.g. the counter it stands at.</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Name of this PC</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>As the system (Italian or English)</source>
        <translation>As the system (Italian or English)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A change of language applies at the next start.</source>
        <translation>A change of language applies at the next start.</translation>
    </message>
    <message>
        <source>Na&amp;me of this PC:</source>
        <translation>Na&amp;me of this PC:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <source>Type a name for this PC, e.g. the counter it stands at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunSummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Check the data and press Finish. The comune and branch cannot be changed later from this PC.</source>
        <translation>Check the data and press Finish. The comune and branch cannot be changed later from this PC.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Comune: %1 (codice fiscale %2)</source>
        <translation>Comune: %1 (codice fiscale %2)</translation>
    </message>
    <message>
        <source>Branch: %1, code %2</source>
        <translation>Branch: %1, code %2</translation>
    </message>
    <message>
        <source>This PC: %1</source>
        <translation>This PC: %1</translation>
    </message>
    <message>
        <source>Administrator: %1 (%2)</source>
        <translation>Administrator: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunWizard</name>
    <message>
        <source>Sportello — first start</source>
        <translation>Sportello — first start</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished">Discard changes?</translation>
    </message>
    <message>
        <source>What you changed in &quot;%1&quot; has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished">&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished">&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::LoginPanel</name>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sign in with your own account: what you do is recorded under your name.</source>
        <translation>Sign in with your own account: what you do is recorded under your name.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Locked by %1. Type the password to go on, or sign in as someone else: %1&apos;s work is then closed.</source>
        <translation>Locked by %1. Type the password to go on, or sign in as someone else: %1&apos;s work is then closed.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::MainWindow</name>
    <message>
        <source>Sportello — %1, %2</source>
        <translation>Sportello — %1, %2</translation>
    </message>
    <message>
        <source>Sportello main window</source>
        <translation>Sportello main window</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · PC: %4</source>
        <translation>%1 · %2 (%3) · PC: %4</translation>
    </message>
    <message>
        <source>Office and PC</source>
        <translation>Office and PC</translation>
    </message>
    <message>
        <source>About Sportello</source>
        <translation>About Sportello</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>This PC is connected to the central service. Changes are now sent and received in the background.</source>
        <translation>This PC is connected to the central service. Changes are now sent and received in the background.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Cannot open it</source>
        <translation>Cannot open it</translation>
    </message>
    <message>
        <source>This version of Sportello cannot show records of this kind.</source>
        <translation>This version of Sportello cannot show records of this kind.</translation>
    </message>
    <message>
        <source>Your role does not allow opening records of this kind (%1).</source>
        <translation>Your role does not allow opening records of this kind (%1).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello %1&lt;/h3&gt;&lt;p&gt;For the front offices of Italian comuni: the register of citizens, the walk-in queue (tickets, counters, call display and figures), and staff accounts with the log of activities. It works without a network, and synchronises with the comune&apos;s central service when connected.&lt;/p&gt;&lt;p&gt;Free software under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Places of birth: comuni and their history from ANPR, Ministero dell&apos;Interno; foreign states from ISTAT. Both under the Creative Commons Attribution 4.0 licence (CC BY 4.0).&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · PC: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Sportello?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>e.g. mario.rossi</source>
        <translation>e.g. mario.rossi</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>The person will choose a new password at the first sign-in.</source>
        <translation>The person will choose a new password at the first sign-in.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::PcSettingsDialog</name>
    <message>
        <source>Settings of this PC</source>
        <translation>Settings of this PC</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <translation>Minutes before locking</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after this time without input:</source>
        <translation>&amp;Lock after this time without input:</translation>
    </message>
    <message>
        <source>Tickets issued at reception</source>
        <translation>Tickets issued at reception</translation>
    </message>
    <message>
        <source>Saved as PDF in a folder</source>
        <translation>Saved as PDF in a folder</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>&amp;Tickets:</source>
        <translation>&amp;Tickets:</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>Folder for ticket PDFs</source>
        <translation>Folder for ticket PDFs</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>PDF &amp;folder:</translation>
    </message>
    <message>
        <source>The call display &amp;speaks the number called</source>
        <translation>The call display &amp;speaks the number called</translation>
    </message>
    <message>
        <source>Spoken announcements</source>
        <translation>Spoken announcements</translation>
    </message>
    <message>
        <source>No speech engine on this PC: only the chime sounds.</source>
        <translation>No speech engine on this PC: only the chime sounds.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::QueueArea</name>
    <message>
        <source>%1 is being served at this counter and its request is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone without a ticket is being served at this counter and the request is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::QueueSetupDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Queue setup</source>
        <translation>Queue setup</translation>
    </message>
    <message>
        <source>Parts of the setup</source>
        <translation>Parts of the setup</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Counters</source>
        <translation>&amp;Counters</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The services of this office, in the order reception shows them. Each letter starts its tickets&apos; numbers. Services are never deleted: deactivate the ones no longer offered.</source>
        <translation>The services of this office, in the order reception shows them. Each letter starts its tickets&apos; numbers. Services are never deleted: deactivate the ones no longer offered.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Usual minutes</source>
        <translation>Usual minutes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;New service…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Name, letter, duration, position and whether it is active (Return on the list)</source>
        <translation>Name, letter, duration, position and whether it is active (Return on the list)</translation>
    </message>
    <message>
        <source>Add the &amp;typical services</source>
        <translation>Add the &amp;typical services</translation>
    </message>
    <message>
        <source>Registry office, Civil status, Identity card, Local taxes, Records office, SPID help and Information, to adjust afterwards</source>
        <translation>Registry office, Civil status, Identity card, Local taxes, Records office, SPID help and Information, to adjust afterwards</translation>
    </message>
    <message>
        <source>The counters of this office and the services each one calls. Counters are never deleted: deactivate the ones no longer in use.</source>
        <translation>The counters of this office and the services each one calls. Counters are never deleted: deactivate the ones no longer in use.</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;New counter…</source>
        <translation>&amp;New counter…</translation>
    </message>
    <message>
        <source>Number, name, services and whether it is active (Return on the list)</source>
        <translation>Number, name, services and whether it is active (Return on the list)</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Also</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: closed</translation>
    </message>
    <message>
        <source>%1: opens at</source>
        <translation>%1: opens at</translation>
    </message>
    <message>
        <source>%1: closes at</source>
        <translation>%1: closes at</translation>
    </message>
    <message>
        <source>%1: open again later</source>
        <translation>%1: open again later</translation>
    </message>
    <message>
        <source>A second range in the same day, e.g. the afternoon</source>
        <translation>A second range in the same day, e.g. the afternoon</translation>
    </message>
    <message>
        <source>%1: opens again at</source>
        <translation>%1: opens again at</translation>
    </message>
    <message>
        <source>%1: closes again at</source>
        <translation>%1: closes again at</translation>
    </message>
    <message>
        <source>%1: further ranges</source>
        <translation>%1: further ranges</translation>
    </message>
    <message>
        <source>&amp;Patron saint&apos;s day</source>
        <translation>&amp;Patron saint&apos;s day</translation>
    </message>
    <message>
        <source>Patron saint&apos;s day</source>
        <translation>Patron saint&apos;s day</translation>
    </message>
    <message>
        <source>The office is closed on that day every year</source>
        <translation>The office is closed on that day every year</translation>
    </message>
    <message>
        <source>Day of the patron saint&apos;s day</source>
        <translation>Day of the patron saint&apos;s day</translation>
    </message>
    <message>
        <source>Month of the patron saint&apos;s day</source>
        <translation>Month of the patron saint&apos;s day</translation>
    </message>
    <message>
        <source>Name of the patron saint</source>
        <translation>Name of the patron saint</translation>
    </message>
    <message>
        <source>e.g. Saint John the Baptist</source>
        <translation>e.g. Saint John the Baptist</translation>
    </message>
    <message>
        <source>Extra closed days</source>
        <translation>Extra closed days</translation>
    </message>
    <message>
        <source>Closed day to add</source>
        <translation>Closed day to add</translation>
    </message>
    <message>
        <source>&amp;Add closed day</source>
        <translation>&amp;Add closed day</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove closed day</source>
        <translation>Remove closed day</translation>
    </message>
    <message>
        <source>Message about the hours</source>
        <translation>Message about the hours</translation>
    </message>
    <message>
        <source>Sa&amp;ve hours and closed days</source>
        <translation>Sa&amp;ve hours and closed days</translation>
    </message>
    <message>
        <source>Closed days in the next 12 months</source>
        <translation>Closed days in the next 12 months</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Cannot read the services: %1</source>
        <translation>Cannot read the services: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Registry office</source>
        <translation>Registry office</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Local taxes</source>
        <translation>Local taxes</translation>
    </message>
    <message>
        <source>Records office</source>
        <translation>Records office</translation>
    </message>
    <message>
        <source>SPID help</source>
        <translation>SPID help</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Cannot read the counters: %1</source>
        <translation>Cannot read the counters: %1</translation>
    </message>
    <message>
        <source>Create the services first</source>
        <translation>Create the services first</translation>
    </message>
    <message>
        <source>Cannot read the opening hours: %1</source>
        <translation>Cannot read the opening hours: %1</translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>and %1</translation>
    </message>
    <message>
        <source>At most %1 extra closed days.</source>
        <translation>At most %1 extra closed days.</translation>
    </message>
    <message>
        <source>Opening hours and closed days saved.</source>
        <translation>Opening hours and closed days saved.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reception&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Reception&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Opening hours today</source>
        <translation>Opening hours today</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation>&amp;Disability</translation>
    </message>
    <message>
        <source>Pre&amp;gnancy</source>
        <translation>Pre&amp;gnancy</translation>
    </message>
    <message>
        <source>&amp;Over 75</source>
        <translation>&amp;Over 75</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>A&amp;ppointment</translation>
    </message>
    <message>
        <source>Citizen for the next ticket</source>
        <translation>Citizen for the next ticket</translation>
    </message>
    <message>
        <source>&amp;Link a citizen… (Ctrl+K)</source>
        <translation>&amp;Link a citizen… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Link a citizen</source>
        <translation>Link a citizen</translation>
    </message>
    <message>
        <source>&amp;Remove citizen</source>
        <translation>&amp;Remove citizen</translation>
    </message>
    <message>
        <source>Remove the citizen</source>
        <translation>Remove the citizen</translation>
    </message>
    <message>
        <source>Issue a ticket: press the service&apos;s letter</source>
        <translation>Issue a ticket: press the service&apos;s letter</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Last ticket issued</source>
        <translation>Last ticket issued</translation>
    </message>
    <message>
        <source>Print &amp;again (Ctrl+P)</source>
        <translation>Print &amp;again (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the last ticket again</source>
        <translation>Print the last ticket again</translation>
    </message>
    <message>
        <source>Reception problem</source>
        <translation>Reception problem</translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>Open until %1.</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>outside opening hours</translation>
    </message>
    <message>
        <source>Closed: %1. Opens again %2.</source>
        <translation>Closed: %1. Opens again %2.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Closed: %1.</translation>
    </message>
    <message>
        <source>Ticket for %1 (key %2)</source>
        <translation>Ticket for %1 (key %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is closed (%1): no ticket was issued.</source>
        <translation>The office is closed (%1): no ticket was issued.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead</source>
        <translation>
            <numerusform>%n person ahead</numerusform>
            <numerusform>%n people ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>Last ticket: &lt;b&gt;%1&lt;/b&gt; · %2 · about %3 min</source>
        <translation>Last ticket: &lt;b&gt;%1&lt;/b&gt; · %2 · about %3 min</translation>
    </message>
    <message>
        <source>Ticket %1 issued but not printed: %2</source>
        <translation>Ticket %1 issued but not printed: %2</translation>
    </message>
    <message>
        <source>the service is unknown here.</source>
        <translation>the service is unknown here.</translation>
    </message>
    <message>
        <source>Citizen: none (optional)</source>
        <translation>Citizen: none (optional)</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Citizen: %1</translation>
    </message>
    <message>
        <source>Reception&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are set up yet: the role %1 adds them under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 changes it under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been called: its ticket is not printed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::RecordViewDialog</name>
    <message>
        <source>Cannot open the record</source>
        <translation>Cannot open the record</translation>
    </message>
    <message>
        <source>Not on this PC</source>
        <translation>Not on this PC</translation>
    </message>
    <message>
        <source>The record is not on this PC.</source>
        <translation>The record is not on this PC.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fields of the record</source>
        <translation>Fields of the record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password: %1</source>
        <translation>Reset password: %1</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Give it to the person in private: they must change it at the next sign-in.</source>
        <translation>Give it to the person in private: they must change it at the next sign-in.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ServiceFormDialog</name>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation>Name of the service</translation>
    </message>
    <message>
        <source>e.g. Registry office</source>
        <translation>e.g. Registry office</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>The letter of the tickets (A 12) and the key that issues them at reception</source>
        <translation>The letter of the tickets (A 12) and the key that issues them at reception</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Usual minutes</source>
        <translation>Usual minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long a usual request takes: the wait is estimated from it until today&apos;s figures exist</source>
        <translation>How long a usual request takes: the wait is estimated from it until today&apos;s figures exist</translation>
    </message>
    <message>
        <source>&amp;Usual duration:</source>
        <translation>&amp;Usual duration:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>The order of the services at reception: lower first</source>
        <translation>The order of the services at reception: lower first</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Active: tickets can be issued for it</source>
        <translation>&amp;Active: tickets can be issued for it</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>A deactivated service stays in the figures and frees its letter</source>
        <translation>A deactivated service stays in the figures and frees its letter</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create service</source>
        <translation>Create service</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>%1

Create a new, empty database now? Until technical support recovers the old file, its records will not be visible.</source>
        <translation>%1

Create a new, empty database now? Until technical support recovers the old file, its records will not be visible.</translation>
    </message>
    <message>
        <source>&amp;Create new database</source>
        <translation>&amp;Create new database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sportello cannot start</source>
        <translation>Sportello cannot start</translation>
    </message>
    <message>
        <source>Sportello cannot go on</source>
        <translation>Sportello cannot go on</translation>
    </message>
    <message>
        <source>%1
A record being typed when this was found has not been saved.</source>
        <translation>%1
A record being typed when this was found has not been saved.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::SyncReviewDialog</name>
    <message>
        <source>Synchronisation: to check</source>
        <translation>Synchronisation: to check</translation>
    </message>
    <message>
        <source>Nothing here is lost: refused changes stay on this PC until they are sent again, and versions that lost to another PC&apos;s stay here for you to compare.</source>
        <translation>Nothing here is lost: refused changes stay on this PC until they are sent again, and versions that lost to another PC&apos;s stay here for you to compare.</translation>
    </message>
    <message>
        <source>Changes refused by the central service</source>
        <translation>Changes refused by the central service</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Saved on</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Why it was refused</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Versions that lost to another PC&apos;s</source>
        <translation>Versions that lost to another PC&apos;s</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>What the lost version said</source>
        <translation>What the lost version said</translation>
    </message>
    <message>
        <source>Lists to check</source>
        <translation>Lists to check</translation>
    </message>
    <message>
        <source>Show also the ones already &amp;dealt with</source>
        <translation>Show also the ones already &amp;dealt with</translation>
    </message>
    <message>
        <source>Show also the ones already dealt with</source>
        <translation>Show also the ones already dealt with</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>Put the selected change back in the queue, once its cause is corrected</source>
        <translation>Put the selected change back in the queue, once its cause is corrected</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>&amp;Mark as dealt with</translation>
    </message>
    <message>
        <source>It stays here for the record and is no longer counted</source>
        <translation>It stays here for the record and is no longer counted</translation>
    </message>
    <message>
        <source>Cannot read the lists</source>
        <translation>Cannot read the lists</translation>
    </message>
    <message>
        <source>&amp;Refused changes (%1)</source>
        <translation>&amp;Refused changes (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicting versions (%1)</source>
        <translation>&amp;Conflicting versions (%1)</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Dealt with on %1</source>
        <translation>Dealt with on %1</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The record is not on this PC.</source>
        <translation>The record is not on this PC.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The same as the record now.</source>
        <translation>The same as the record now.</translation>
    </message>
    <message>
        <source>Cannot send it again</source>
        <translation>Cannot send it again</translation>
    </message>
    <message>
        <source>Cannot mark it</source>
        <translation>Cannot mark it</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::SyncStatusLabel</name>
    <message>
        <source>Synchronisation state</source>
        <translation>Synchronisation state</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the central service</source>
        <translation>Not connected to the central service</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation>next attempt at %1</translation>
    </message>
    <message>
        <source>Synchronisation error</source>
        <translation>Synchronisation error</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <source>last synchronised at %1</source>
        <translation>last synchronised at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the central service</source>
        <translation>
            <numerusform>%n change refused by the central service</numerusform>
            <numerusform>%n changes refused by the central service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting version(s) to check</source>
        <translation>
            <numerusform>%n conflicting version to check</numerusform>
            <numerusform>%n conflicting versions to check</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC works on its own: what you save stays here, safe, until an Amministratore connects it to the central service under %1, with the address and a connection code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service cannot be reached now: keep working, what you save is safe on this PC and goes out by itself when the service answers. If it lasts, tell the Amministratore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation needs an Amministratore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending and receiving changes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved here has reached the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the changes saved here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::TicketPrinter</name>
    <message>
        <source>The ticket printer &quot;%1&quot; is not ready (out of paper, or in error). Check it and print the ticket again.</source>
        <translation>The ticket printer &quot;%1&quot; is not ready (out of paper, or in error). Check it and print the ticket again.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>The ticket printer &quot;%1&quot; is not ready: the ticket could not be sent to it.</source>
        <translation>The ticket printer &quot;%1&quot; is not ready: the ticket could not be sent to it.</translation>
    </message>
    <message>
        <source>No ticket printer is chosen. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer &quot;%1&quot; was not found. Check that it is switched on and connected. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the tickets, &quot;%1&quot;, cannot be made here. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets cannot be saved in the folder &quot;%1&quot;: it is not writable. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database file &lt;path&gt;.</source>
        <translation>Use the database file &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Use the settings file &lt;path&gt;.</source>
        <translation>Use the settings file &lt;path&gt;.</translation>
    </message>
</context>
</TS>
