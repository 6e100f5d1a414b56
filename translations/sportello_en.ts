<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Sportello::Domain</name>
    <message>
        <source>The sex does not match the codice fiscale, which says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not match the codice fiscale, which says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a codice fiscale, the type and number of an identity document are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid (example: nome@dominio.it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the consent is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the consent is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and the notes may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::CodiceFiscale</name>
    <message>
        <source>Character %1 (%2) should be a letter: characters 1 to 6 come from the surname and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a valid month letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the day of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) should be the letter of the place of birth code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the place of birth code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) should be the check letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a space; a codice fiscale has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is lower case; a codice fiscale is written in capital letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in a codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has %1 characters; a codice fiscale has 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of birth (characters 10 and 11: %1) must be between 01 and 31 for men or 41 and 71 for women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is impossible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character should be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a space; the code has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a digit; this code has only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has %1 digits; a numeric codice fiscale or partita IVA has 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::Money</name>
    <message>
        <source>The dot at character %1 is not a thousands separator; write the decimals after a comma (e.g. 12,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount can have only one decimal comma (character %1 is a second comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a space; write the amount without spaces inside (e.g. 1.234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the euros before the comma (e.g. 0,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large: the maximum is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one or two digits after the comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount can have at most 2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::PagoPa</name>
    <message>
        <source>The notice number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a space in the wrong place; spaces may only separate groups of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a digit; a notice number has 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice number has %1 digits; it should have 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice number starts with %1; it should start with 0, 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of the notice number should be %1, not %2: compare it with the printed notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creditor reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a space in the wrong place; spaces may only separate groups of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is lower case; a creditor reference is written in capital letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in a creditor reference: only letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creditor reference starts with RF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit: characters 3 and 4 of a creditor reference are its check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creditor reference has %1 characters without spaces; it should have 5 to 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of the creditor reference should be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IUV is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a space; an IUV has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in an IUV: only letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IUV has %1 characters; it can have at most 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a pagoPA QR code: it should start with PAGOPA|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code has too many fields: it should end after the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pagoPA QR code is not version 002, the only one supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code is incomplete: it should hold the notice number, the creditor&apos;s fiscal code and the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the notice number has only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice number in the QR code has %1 digits; it should have 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the creditor&apos;s fiscal code has only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creditor&apos;s fiscal code in the QR code has %1 digits; it should have 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the amount is written in cents, digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in the QR code has %1 digits; it should have 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creditor&apos;s fiscal code %1 fails its check digit: compare it with the printed notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Storage</name>
    <message>
        <source>The database structure could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated database failure (test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save or read the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::CitizenRepository</name>
    <message>
        <source>A citizen with the codice fiscale %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this citizen record in the meantime. Close it, open it again and repeat your changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::Database</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and could not be moved aside. Nothing was changed; please call technical support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has been moved aside, unchanged, to %3 so that technical support can try to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Sportello (structure %2; this program knows up to %3). It has not been touched. Please install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::OfficeRepository</name>
    <message>
        <source>The branch code must have 2 to 8 capital letters or digits, without spaces (example: SEDE1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of the comune and of the branch are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already belongs to a branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ActionRegistry</name>
    <message>
        <source>&amp;Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the citizens registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by codice fiscale, surname, name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected citizen for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Sportello</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizenDialog</name>
    <message>
        <source>New citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 characters, or 11 digits if provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the codice fiscale says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth (cadastral code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. H501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codice fiscale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to the &amp;processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be &amp;contacted by phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a codice fiscale, give an identity document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female, born on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male, born on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1, place code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not a date (write it as dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the consent is not a date (write it as dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Open the existing record instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizenSearchModel</name>
    <message>
        <source>Doc. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizensPage</name>
    <message>
        <source>Citizens registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by codice fiscale, surname, name or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizens registered yet. Press Ctrl+N to register one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen found for “%1”. Press Ctrl+N to register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n citizens found; scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunBranchPage</name>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office (sede) where this PC stands. Its short code appears in ticket and receipt numbers, e.g. 2026/SEDE1/000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sede centrale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code of the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–8 capital letters or digits, e.g. SEDE1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunComunePage</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which comune does this office belong to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the comune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Comune di Castelnuovo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codice fiscale of the comune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale of the comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunDevicePage</name>
    <message>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that tells colleagues which PC this is, e.g. the counter it stands at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (Italian or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunSummaryPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data and press Finish. The comune and branch cannot be changed later from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune: %1 (codice fiscale %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunWizard</name>
    <message>
        <source>Sportello — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::MainWindow</name>
    <message>
        <source>Sportello — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sportello main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · PC: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office and PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;itizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing changes: unknown (database error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not connected to the central service · %n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello %1&lt;/h3&gt;&lt;p&gt;Front office for Italian comuni: citizens, walk-in queue, SPID assistance and counter receipts.&lt;/p&gt;&lt;p&gt;Free software under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::Startup</name>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Create a new, empty database now? Until technical support recovers the old file, its records will not be visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sportello cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the settings file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
