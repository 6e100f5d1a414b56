<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Sportello::Documents::CsvWriter</name>
    <message>
        <source>The file was already started.</source>
        <translation>Il file è già stato avviato.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The file was not started.</source>
        <translation>Il file non è stato avviato.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Documents::TicketSlip</name>
    <message numerus="yes">
        <source>People ahead of you: %n</source>
        <translation>
            <numerusform>Persone prima di lei: %n</numerusform>
            <numerusform>Persone prima di lei: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Attesa stimata: circa %n minuto</numerusform>
            <numerusform>Attesa stimata: circa %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>Il prossimo turno è il suo</translation>
    </message>
    <message>
        <source>Keep this ticket: your number will be shown on the screen</source>
        <translation>Conservi il biglietto: il suo numero apparirà sullo schermo</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Biglietto %1</translation>
    </message>
    <message>
        <source>Cannot create the PDF of the ticket.</source>
        <translation>Impossibile creare il PDF del biglietto.</translation>
    </message>
    <message>
        <source>Cannot save the ticket as %1: %2</source>
        <translation>Impossibile salvare il biglietto come %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain</name>
    <message>
        <source>The sex does not match the codice fiscale, which says %1.</source>
        <translation>Il sesso non corrisponde al codice fiscale, che indica %1.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femmina</translation>
    </message>
    <message>
        <source>male</source>
        <translation>maschio</translation>
    </message>
    <message>
        <source>The birth date does not match the codice fiscale, which says %1.</source>
        <translation>La data di nascita non corrisponde al codice fiscale, che indica %1.</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carta d&apos;identità</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passaporto</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Patente di guida</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Altro documento</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>Il campo %1 è obbligatorio.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Il campo %1 supera i %2 caratteri.</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Without a codice fiscale, the type and number of an identity document are required.</source>
        <translation>Senza codice fiscale servono il tipo e il numero di un documento d&apos;identità.</translation>
    </message>
    <message>
        <source>The document number is too long.</source>
        <translation>Il numero del documento è troppo lungo.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and a leading +.</source>
        <translation>Il numero di telefono può contenere solo cifre, spazi e un + iniziale.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid (example: nome@dominio.it).</source>
        <translation>L&apos;indirizzo e-mail non è valido (esempio: nome@dominio.it).</translation>
    </message>
    <message>
        <source>The date of the consent is required.</source>
        <translation>La data del consenso è obbligatoria.</translation>
    </message>
    <message>
        <source>The date of the consent is in the future.</source>
        <translation>La data del consenso è nel futuro.</translation>
    </message>
    <message>
        <source>The address and the notes may be at most %1 characters long.</source>
        <translation>L&apos;indirizzo e le note possono avere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The document type is not one of the known types.</source>
        <translation>Il tipo di documento non è tra quelli previsti.</translation>
    </message>
    <message>
        <source>The text contains invisible characters (control or formatting characters).</source>
        <translation>Il testo contiene caratteri invisibili (di controllo o di formattazione).</translation>
    </message>
    <message>
        <source>The place of birth is not a known town or country: choose it from the list that opens as you type its name (its code, such as H501 or Z404 abroad, is also taken).</source>
        <translation>Il luogo di nascita non è un comune o uno Stato conosciuto: sceglilo dall&apos;elenco che si apre mentre scrivi il nome (va bene anche il codice, come H501 o Z404 per l&apos;estero).</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::CodiceFiscale</name>
    <message>
        <source>Character %1 (%2) should be a letter: characters 1 to 6 come from the surname and name</source>
        <translation>Il carattere %1 (%2) dovrebbe essere una lettera: i caratteri da 1 a 6 derivano da cognome e nome</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the year of birth</source>
        <translation>Il carattere %1 (%2) dovrebbe essere una cifra dell&apos;anno di nascita</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a valid month letter</source>
        <translation>Il carattere %1 (%2) non è una lettera valida per il mese</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the day of birth</source>
        <translation>Il carattere %1 (%2) dovrebbe essere una cifra del giorno di nascita</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be the letter of the place of birth code</source>
        <translation>Il carattere %1 (%2) dovrebbe essere la lettera del codice del luogo di nascita</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit of the place of birth code</source>
        <translation>Il carattere %1 (%2) dovrebbe essere una cifra del codice del luogo di nascita</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be the check letter</source>
        <translation>Il carattere %1 (%2) dovrebbe essere la lettera di controllo</translation>
    </message>
    <message>
        <source>The codice fiscale is empty</source>
        <translation>Il codice fiscale è vuoto</translation>
    </message>
    <message>
        <source>Character %1 is a space; a codice fiscale has no spaces</source>
        <translation>Il carattere %1 è uno spazio; il codice fiscale non contiene spazi</translation>
    </message>
    <message>
        <source>Character %1 (%2) is lower case; a codice fiscale is written in capital letters</source>
        <translation>Il carattere %1 (%2) è minuscolo; il codice fiscale si scrive in maiuscolo</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in a codice fiscale</source>
        <translation>Il carattere %1 (%2) non è ammesso in un codice fiscale</translation>
    </message>
    <message>
        <source>The code has %1 characters; a codice fiscale has 16</source>
        <translation>Il codice ha %1 caratteri; un codice fiscale ne ha 16</translation>
    </message>
    <message>
        <source>The day of birth (characters 10 and 11: %1) must be between 01 and 31 for men or 41 and 71 for women</source>
        <translation>Il giorno di nascita (caratteri 10 e 11: %1) deve essere tra 01 e 31 per gli uomini o tra 41 e 71 per le donne</translation>
    </message>
    <message>
        <source>The birth date is impossible: %1</source>
        <translation>La data di nascita è impossibile: %1</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2</source>
        <translation>Il carattere di controllo dovrebbe essere %1, non %2</translation>
    </message>
    <message>
        <source>The code is empty</source>
        <translation>Il codice è vuoto</translation>
    </message>
    <message>
        <source>Character %1 is a space; the code has no spaces</source>
        <translation>Il carattere %1 è uno spazio; il codice non contiene spazi</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a digit; this code has only digits</source>
        <translation>Il carattere %1 (%2) non è una cifra; questo codice ha solo cifre</translation>
    </message>
    <message>
        <source>The code has %1 digits; a numeric codice fiscale or partita IVA has 11</source>
        <translation>Il codice ha %1 cifre; un codice fiscale numerico o una partita IVA ne ha 11</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2</source>
        <translation>La cifra di controllo dovrebbe essere %1, non %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::Money</name>
    <message>
        <source>The dot at character %1 is not a thousands separator; write the decimals after a comma (e.g. 12,50)</source>
        <translation>Il punto al carattere %1 non separa le migliaia e rende l&apos;importo ambiguo; scrivi i decimali dopo la virgola (es. 12,50)</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>L&apos;importo è vuoto</translation>
    </message>
    <message>
        <source>The amount has no digits</source>
        <translation>L&apos;importo non contiene cifre</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>L&apos;importo non può essere negativo</translation>
    </message>
    <message>
        <source>An amount can have only one decimal comma (character %1 is a second comma)</source>
        <translation>Un importo può avere una sola virgola decimale (il carattere %1 è una seconda virgola)</translation>
    </message>
    <message>
        <source>Character %1 is a space; write the amount without spaces inside (e.g. 1.234,56)</source>
        <translation>Il carattere %1 è uno spazio; scrivi l&apos;importo senza spazi interni (es. 1.234,56)</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in an amount</source>
        <translation>Il carattere %1 (%2) non è ammesso in un importo</translation>
    </message>
    <message>
        <source>Write the euros before the comma (e.g. 0,50)</source>
        <translation>Scrivi gli euro prima della virgola (es. 0,50)</translation>
    </message>
    <message>
        <source>The amount is too large: the maximum is %1</source>
        <translation>L&apos;importo è troppo grande: il massimo è %1</translation>
    </message>
    <message>
        <source>Write one or two digits after the comma</source>
        <translation>Scrivi una o due cifre dopo la virgola</translation>
    </message>
    <message>
        <source>An amount can have at most 2 decimals</source>
        <translation>Un importo può avere al massimo 2 decimali</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::OpeningHours</name>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <source>%1: more than %2 opening ranges</source>
        <translation>%1: più di %2 fasce orarie di apertura</translation>
    </message>
    <message>
        <source>More than %1 extra closed days</source>
        <translation>Più di %1 giorni di chiusura straordinaria</translation>
    </message>
    <message>
        <source>The patron saint&apos;s name is longer than %1 characters</source>
        <translation>Il nome del santo patrono supera i %1 caratteri</translation>
    </message>
    <message>
        <source>%1: an opening range has an invalid time</source>
        <translation>%1: una fascia oraria di apertura ha un orario non valido</translation>
    </message>
    <message>
        <source>%1: opening times must be whole minutes</source>
        <translation>%1: gli orari di apertura devono essere in minuti interi</translation>
    </message>
    <message>
        <source>%1: the range %2 does not end after it starts</source>
        <translation>%1: la fascia %2 non termina dopo il suo inizio</translation>
    </message>
    <message>
        <source>%1: the ranges must be in order of time (%2 is listed after %3)</source>
        <translation>%1: le fasce devono essere in ordine di orario (%2 è indicata dopo %3)</translation>
    </message>
    <message>
        <source>%1: the ranges %2 and %3 overlap</source>
        <translation>%1: le fasce %2 e %3 si sovrappongono</translation>
    </message>
    <message>
        <source>The patron saint&apos;s day (day %1, month %2) does not exist</source>
        <translation>Il giorno del santo patrono (giorno %1, mese %2) non esiste</translation>
    </message>
    <message>
        <source>The patron saint&apos;s name contains invisible characters (control or formatting characters)</source>
        <translation>Il nome del santo patrono contiene caratteri invisibili (caratteri di controllo o di formattazione)</translation>
    </message>
    <message>
        <source>An extra closed day is not a valid date</source>
        <translation>Un giorno di chiusura straordinaria non è una data valida</translation>
    </message>
    <message>
        <source>The extra closed day %1 is outside the years %2 to %3</source>
        <translation>Il giorno di chiusura straordinaria %1 è fuori dagli anni dal %2 al %3</translation>
    </message>
    <message>
        <source>The extra closed days must be in order, without repetitions (%1 is listed after %2)</source>
        <translation>I giorni di chiusura straordinaria devono essere in ordine, senza ripetizioni (%1 è indicato dopo %2)</translation>
    </message>
    <message>
        <source>&quot;week&quot; must be a list of 7 days, Monday to Sunday</source>
        <translation>&quot;week&quot; deve essere un elenco di 7 giorni, da lunedì a domenica</translation>
    </message>
    <message>
        <source>%1: the opening ranges are not a list</source>
        <translation>%1: le fasce orarie di apertura non sono un elenco</translation>
    </message>
    <message>
        <source>%1: opening range %2 is not text</source>
        <translation>%1: la fascia oraria %2 non è un testo</translation>
    </message>
    <message>
        <source>%1: opening range %2 is longer than %3 characters</source>
        <translation>%1: la fascia oraria %2 supera i %3 caratteri</translation>
    </message>
    <message>
        <source>%1: opening range %2 is not written HH:mm-HH:mm (for example 08:30-12:30)</source>
        <translation>%1: la fascia oraria %2 non è scritta HH:mm-HH:mm (per esempio 08:30-12:30)</translation>
    </message>
    <message>
        <source>%1: opening range %2 has an hour above 23 or minutes above 59</source>
        <translation>%1: la fascia oraria %2 ha un&apos;ora oltre 23 o minuti oltre 59</translation>
    </message>
    <message>
        <source>&quot;patron&quot; must be null or an object with month, day and name</source>
        <translation>&quot;patron&quot; deve essere null o un oggetto con mese (month), giorno (day) e nome (name)</translation>
    </message>
    <message>
        <source>The patron saint&apos;s day needs whole numbers for &quot;month&quot; and &quot;day&quot;</source>
        <translation>Il giorno del santo patrono richiede numeri interi per &quot;month&quot; e &quot;day&quot;</translation>
    </message>
    <message>
        <source>The patron saint&apos;s name is missing or is not text</source>
        <translation>Il nome del santo patrono manca o non è un testo</translation>
    </message>
    <message>
        <source>&quot;closedDays&quot; must be a list of dates</source>
        <translation>&quot;closedDays&quot; deve essere un elenco di date</translation>
    </message>
    <message>
        <source>Extra closed day %1 is not text</source>
        <translation>Il giorno di chiusura straordinaria %1 non è un testo</translation>
    </message>
    <message>
        <source>Extra closed day %1 is longer than %2 characters</source>
        <translation>Il giorno di chiusura straordinaria %1 supera i %2 caratteri</translation>
    </message>
    <message>
        <source>Extra closed day %1 is not a date written yyyy-MM-dd (for example 2026-12-24)</source>
        <translation>Il giorno di chiusura straordinaria %1 non è una data scritta aaaa-MM-gg (per esempio 2026-12-24)</translation>
    </message>
    <message>
        <source>Extra closed day %1 is not an existing date</source>
        <translation>Il giorno di chiusura straordinaria %1 non è una data esistente</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Capodanno</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epifania</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Festa della Liberazione</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Festa del Lavoro</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Festa della Repubblica</translation>
    </message>
    <message>
        <source>Assumption of Mary (Ferragosto)</source>
        <translation>Assunzione (Ferragosto)</translation>
    </message>
    <message>
        <source>Saint Francis of Assisi</source>
        <translation>San Francesco d&apos;Assisi</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Ognissanti</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immacolata Concezione</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Natale</translation>
    </message>
    <message>
        <source>Saint Stephen&apos;s Day</source>
        <translation>Santo Stefano</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Pasqua</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lunedì dell&apos;Angelo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Patron saint&apos;s day</source>
        <translation>Festa del santo patrono</translation>
    </message>
    <message>
        <source>Patron saint&apos;s day: %1</source>
        <translation>Festa del santo patrono: %1</translation>
    </message>
    <message>
        <source>Extraordinary closure</source>
        <translation>Chiusura straordinaria</translation>
    </message>
    <message>
        <source>The opening hours lack &quot;%1&quot;</source>
        <translation>Negli orari di apertura manca &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::PagoPa</name>
    <message>
        <source>The notice number is empty</source>
        <translation>Il codice avviso è vuoto</translation>
    </message>
    <message>
        <source>Character %1 is a space in the wrong place; spaces may only separate groups of digits</source>
        <translation>Il carattere %1 è uno spazio fuori posto; gli spazi possono solo separare gruppi di cifre</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not a digit; a notice number has 18 digits</source>
        <translation>Il carattere %1 (%2) non è una cifra; il codice avviso ha 18 cifre</translation>
    </message>
    <message>
        <source>The notice number has %1 digits; it should have 18</source>
        <translation>Il codice avviso ha %1 cifre; dovrebbe averne 18</translation>
    </message>
    <message>
        <source>The notice number starts with %1; it should start with 0, 1, 2 or 3</source>
        <translation>Il codice avviso inizia con %1; dovrebbe iniziare con 0, 1, 2 o 3</translation>
    </message>
    <message>
        <source>The check digits of the notice number should be %1, not %2: compare it with the printed notice</source>
        <translation>Le cifre di controllo del codice avviso dovrebbero essere %1, non %2: confrontalo con l&apos;avviso stampato</translation>
    </message>
    <message>
        <source>The creditor reference is empty</source>
        <translation>Il riferimento del creditore è vuoto</translation>
    </message>
    <message>
        <source>Character %1 is a space in the wrong place; spaces may only separate groups of characters</source>
        <translation>Il carattere %1 è uno spazio fuori posto; gli spazi possono solo separare gruppi di caratteri</translation>
    </message>
    <message>
        <source>Character %1 (%2) is lower case; a creditor reference is written in capital letters</source>
        <translation>Il carattere %1 (%2) è minuscolo; il riferimento del creditore si scrive in maiuscolo</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in a creditor reference: only letters and digits</source>
        <translation>Il carattere %1 (%2) non è ammesso nel riferimento del creditore: solo lettere e cifre</translation>
    </message>
    <message>
        <source>A creditor reference starts with RF</source>
        <translation>Il riferimento del creditore inizia con RF</translation>
    </message>
    <message>
        <source>Character %1 (%2) should be a digit: characters 3 and 4 of a creditor reference are its check digits</source>
        <translation>Il carattere %1 (%2) dovrebbe essere una cifra: i caratteri 3 e 4 del riferimento del creditore sono le cifre di controllo</translation>
    </message>
    <message>
        <source>The creditor reference has %1 characters without spaces; it should have 5 to 25</source>
        <translation>Il riferimento del creditore ha %1 caratteri senza spazi; dovrebbe averne da 5 a 25</translation>
    </message>
    <message>
        <source>The check digits of the creditor reference should be %1, not %2</source>
        <translation>Le cifre di controllo del riferimento del creditore dovrebbero essere %1, non %2</translation>
    </message>
    <message>
        <source>The IUV is empty</source>
        <translation>Lo IUV è vuoto</translation>
    </message>
    <message>
        <source>Character %1 is a space; an IUV has no spaces</source>
        <translation>Il carattere %1 è uno spazio; lo IUV non contiene spazi</translation>
    </message>
    <message>
        <source>Character %1 (%2) is not allowed in an IUV: only letters and digits</source>
        <translation>Il carattere %1 (%2) non è ammesso nello IUV: solo lettere e cifre</translation>
    </message>
    <message>
        <source>The IUV has %1 characters; it can have at most 35</source>
        <translation>Lo IUV ha %1 caratteri; può averne al massimo 35</translation>
    </message>
    <message>
        <source>The QR code is empty</source>
        <translation>Il codice QR è vuoto</translation>
    </message>
    <message>
        <source>This is not a pagoPA QR code: it should start with PAGOPA|</source>
        <translation>Questo non è un codice QR pagoPA: dovrebbe iniziare con PAGOPA|</translation>
    </message>
    <message>
        <source>The QR code has too many fields: it should end after the amount</source>
        <translation>Il codice QR ha troppi campi: dovrebbe terminare dopo l&apos;importo</translation>
    </message>
    <message>
        <source>This pagoPA QR code is not version 002, the only one supported</source>
        <translation>Questo codice QR pagoPA non è della versione 002, l&apos;unica supportata</translation>
    </message>
    <message>
        <source>The QR code is incomplete: it should hold the notice number, the creditor&apos;s fiscal code and the amount</source>
        <translation>Il codice QR è incompleto: deve contenere il codice avviso, il codice fiscale dell&apos;ente creditore e l&apos;importo</translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the notice number has only digits</source>
        <translation>Il carattere %1 (%2) del codice QR non è una cifra; il codice avviso ha solo cifre</translation>
    </message>
    <message>
        <source>The notice number in the QR code has %1 digits; it should have 18</source>
        <translation>Il codice avviso nel codice QR ha %1 cifre; dovrebbe averne 18</translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the creditor&apos;s fiscal code has only digits</source>
        <translation>Il carattere %1 (%2) del codice QR non è una cifra; il codice fiscale dell&apos;ente creditore ha solo cifre</translation>
    </message>
    <message>
        <source>The creditor&apos;s fiscal code in the QR code has %1 digits; it should have 11</source>
        <translation>Il codice fiscale dell&apos;ente creditore nel codice QR ha %1 cifre; dovrebbe averne 11</translation>
    </message>
    <message>
        <source>Character %1 (%2) of the QR code is not a digit; the amount is written in cents, digits only</source>
        <translation>Il carattere %1 (%2) del codice QR non è una cifra; l&apos;importo è in centesimi, solo cifre</translation>
    </message>
    <message>
        <source>The amount in the QR code has %1 digits; it should have 1 to 10</source>
        <translation>L&apos;importo nel codice QR ha %1 cifre; dovrebbe averne da 1 a 10</translation>
    </message>
    <message>
        <source>The creditor&apos;s fiscal code %1 fails its check digit: compare it with the printed notice</source>
        <translation>Il codice fiscale dell&apos;ente creditore %1 non supera il controllo: confrontalo con l&apos;avviso stampato</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::Places</name>
    <message>
        <source>%1 (abroad, until %2)</source>
        <translation>%1 (estero, fino al %2)</translation>
    </message>
    <message>
        <source>%1 (abroad)</source>
        <translation>%1 (estero)</translation>
    </message>
    <message>
        <source>%1 (%2, until %3)</source>
        <translation>%1 (%2, fino al %3)</translation>
    </message>
</context>
<context>
    <name>Sportello::Domain::Queue</name>
    <message>
        <source>No priority</source>
        <translation>Nessuna priorità</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Gravidanza</translation>
    </message>
    <message>
        <source>Over 75</source>
        <translation>Oltre 75 anni</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servita</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Appuntamento fissato</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documenti mancanti</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Inviata ad altro ufficio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>A service needs a name of at most 60 characters.</source>
        <translation>Un servizio ha bisogno di un nome di al massimo 60 caratteri.</translation>
    </message>
    <message>
        <source>The letter of a service is one capital letter from A to Z.</source>
        <translation>La lettera di un servizio è una sola lettera maiuscola dalla A alla Z.</translation>
    </message>
    <message>
        <source>The usual duration is from 1 to 240 minutes.</source>
        <translation>La durata abituale va da 1 a 240 minuti.</translation>
    </message>
    <message>
        <source>The position is from 0 to 99.</source>
        <translation>La posizione va da 0 a 99.</translation>
    </message>
    <message>
        <source>A counter&apos;s number is from 1 to 99.</source>
        <translation>Il numero di uno sportello va da 1 a 99.</translation>
    </message>
    <message>
        <source>A counter&apos;s name has at most 60 characters.</source>
        <translation>Il nome di uno sportello ha al massimo 60 caratteri.</translation>
    </message>
    <message>
        <source>An open counter serves at least one service.</source>
        <translation>Uno sportello aperto serve almeno un servizio.</translation>
    </message>
    <message>
        <source>A counter names each of its services once.</source>
        <translation>Uno sportello indica ciascuno dei suoi servizi una sola volta.</translation>
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
        <translation>nome utente</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nome e cognome</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>deve cambiare la password</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>password (protected)</source>
        <translation>password (protetta)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>%1: the person&apos;s full name, %2: the username, %3: the role (&quot;Maria Bianchi (m.bianchi, Operatore)&quot;).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Activity log entry</source>
        <translation>Voce del registro attività</translation>
    </message>
    <message>
        <source>log of the PC</source>
        <translation>registro della postazione</translation>
    </message>
    <message>
        <source>entry number</source>
        <translation>numero della voce</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quando</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>name of the PC</source>
        <translation>nome della postazione</translation>
    </message>
    <message>
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>tipo di dato</translation>
    </message>
    <message>
        <source>record</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>details</source>
        <translation>dettagli</translation>
    </message>
    <message>
        <source>seal of the previous entry</source>
        <translation>sigillo della voce precedente</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>sigillo</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>campi</translation>
    </message>
    <message>
        <source>Activity log entry no. %1 of %2, %3 (%4)</source>
        <extracomment>%1: its number in the PC&apos;s log, %2: the PC&apos;s name, %3: when, %4: what happened (&quot;Sign-in&quot;).</extracomment>
        <translation>Voce n. %1 del registro attività di %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>codice fiscale</source>
        <translation>codice fiscale</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>tipo di documento</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>numero del documento</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sesso</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>luogo di nascita</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>privacy consent</source>
        <translation>consenso privacy</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>consenso a essere contattato</translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation>data del consenso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identificativo</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versione</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>ultima modifica</translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Messo in sospeso</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Ripreso</translation>
    </message>
    <message>
        <source>Queue service</source>
        <translation>Servizio della coda</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettera</translation>
    </message>
    <message>
        <source>usual minutes</source>
        <translation>minuti abituali</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>Service %1 — %2</source>
        <extracomment>%1: the service&apos;s letter on tickets, %2: its name (&quot;Servizio A — Anagrafe&quot;).</extracomment>
        <translation>Servizio %1 — %2</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>A desk where a clerk serves the public (&quot;sportello&quot;), not a number counter.</extracomment>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servizi</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Sportello %1</translation>
    </message>
    <message>
        <source>Counter %1 (%2)</source>
        <translation>Sportello %1 (%2)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>weekly hours</source>
        <translation>orario settimanale</translation>
    </message>
    <message>
        <source>patron saint&apos;s day</source>
        <translation>festa del santo patrono</translation>
    </message>
    <message>
        <source>extra closures</source>
        <translation>chiusure straordinarie</translation>
    </message>
    <message>
        <source>Opening hours of the branch</source>
        <translation>Orari di apertura della sede</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Biglietto della coda</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorità</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>cittadino</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emesso</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>emesso da</translation>
    </message>
    <message>
        <source>people ahead</source>
        <translation>persone davanti</translation>
    </message>
    <message>
        <source>estimated wait (minutes)</source>
        <translation>attesa stimata (minuti)</translation>
    </message>
    <message>
        <source>served without a ticket</source>
        <translation>servito senza biglietto</translation>
    </message>
    <message>
        <source>Ticket %1, %2</source>
        <extracomment>%1: the ticket&apos;s code (&quot;A 12&quot;), %2: when it was issued.</extracomment>
        <translation>Biglietto %1, %2</translation>
    </message>
    <message>
        <source>Queue event</source>
        <translation>Evento della coda</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>biglietto</translation>
    </message>
    <message>
        <source>previous event</source>
        <translation>evento precedente</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>cosa è successo</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>sportello</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>esito</translation>
    </message>
    <message>
        <source>Queue event: %1, %2 (%3)</source>
        <extracomment>%1: what happened (&quot;Call&quot;), %2: when, %3: the username of who did it.</extracomment>
        <translation>Evento della coda: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: it was called to a counter (a noun).</extracomment>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Call again</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: it was called once more (a noun).</extracomment>
        <translation>Nuova chiamata</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: sent to another service&apos;s queue (a noun).</extracomment>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>queue event</comment>
        <extracomment>What happened to a queue ticket: its request was closed (a noun or participle).</extracomment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
</context>
<context>
    <name>Sportello::Security</name>
    <message>
        <source>No secure keychain is available on this computer, so the sync credentials cannot be stored. Install and unlock a keychain (for example GNOME Keyring) and try again.</source>
        <translation>Su questa postazione non è disponibile un portachiavi sicuro, quindi le credenziali di sincronizzazione non possono essere conservate. Installa e sblocca un portachiavi (ad esempio GNOME Keyring) e riprova.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Il portachiavi ha segnalato un errore: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Il portachiavi non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation>La password è obbligatoria.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>La password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>La password non può essere uguale al nome utente.</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>Operatore di sportello</translation>
    </message>
    <message>
        <source>Digital facilitator</source>
        <translation>Facilitatore digitale</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Il tuo ruolo (%1) non consente questa operazione.</translation>
    </message>
    <message>
        <source>The username must be 3 to 40 characters: lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Il nome utente deve avere da 3 a 40 caratteri: lettere minuscole, cifre, punto, trattino o trattino basso.</translation>
    </message>
    <message>
        <source>The account has no valid id.</source>
        <translation>L&apos;account non ha un identificativo valido.</translation>
    </message>
    <message>
        <source>The full name is required (at most 100 characters).</source>
        <translation>Il nome e cognome è obbligatorio (al massimo 100 caratteri).</translation>
    </message>
    <message>
        <source>The account has no valid password hash.</source>
        <translation>L&apos;account non ha un&apos;impronta della password valida.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Prima devi accedere.</translation>
    </message>
    <message>
        <source>The two passwords are different: type the same password twice.</source>
        <translation>Le due password sono diverse: digita due volte la stessa password.</translation>
    </message>
</context>
<context>
    <name>Sportello::Security::AuditAction</name>
    <message>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>Repeated failed sign-ins</source>
        <translation>Accessi non riusciti ripetuti</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>An event of the activity log: the screen was locked (a noun).</extracomment>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocco</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Scheda creata</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Scheda modificata</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Impostazioni modificate</translation>
    </message>
    <message>
        <source>Connection to the central service</source>
        <translation>Collegamento al servizio centrale</translation>
    </message>
    <message>
        <source>Log verified</source>
        <translation>Registro verificato</translation>
    </message>
</context>
<context>
    <name>Sportello::Security::SignIn</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Questo account è stato disattivato. Rivolgiti a un Amministratore.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Troppe password errate: riprova tra %n secondo.</numerusform>
            <numerusform>Troppe password errate: riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n minute(s).</source>
        <translation>
            <numerusform>Troppe password errate: riprova tra %n minuto.</numerusform>
            <numerusform>Troppe password errate: riprova tra %n minuti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::Storage</name>
    <message>
        <source>The database structure could not be updated: %1</source>
        <translation>Non è stato possibile aggiornare la struttura del database: %1</translation>
    </message>
    <message>
        <source>Simulated database failure (test).</source>
        <translation>Guasto del database simulato (prova).</translation>
    </message>
    <message>
        <source>The database could not save or read the data: %1</source>
        <translation>Il database non ha potuto salvare o leggere i dati: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::AccountRepository</name>
    <message>
        <source>The first administrator has already been created.</source>
        <translation>Il primo Amministratore è già stato creato.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>Il nome utente %1 è già in uso.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>L&apos;account non esiste più.</translation>
    </message>
    <message>
        <source>Someone else changed this account in the meantime. Open it again and repeat your changes.</source>
        <translation>Qualcun altro ha modificato questo account nel frattempo. Riaprilo e ripeti le modifiche.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Non puoi disattivare te stesso.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Prima devi accedere.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La password attuale non è corretta.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa dall&apos;attuale.</translation>
    </message>
    <message>
        <source>This is the last active administrator: appoint another one first.</source>
        <translation>È l&apos;ultimo Amministratore attivo: prima nominane un altro.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::AuditLog</name>
    <message>
        <source>The entry was changed after it was written.</source>
        <translation>La voce è stata modificata dopo essere stata scritta.</translation>
    </message>
    <message>
        <source>Entries before this one are missing.</source>
        <translation>Mancano voci precedenti a questa.</translation>
    </message>
    <message>
        <source>The entry is out of order or does not follow the one before.</source>
        <translation>La voce è fuori ordine o non segue la precedente.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n entries of this PC are missing.</source>
        <translation>
            <numerusform>Manca l&apos;ultima voce di questa postazione.</numerusform>
            <numerusform>Mancano le ultime %n voci di questa postazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last entry of this PC is not the one that was written.</source>
        <translation>L&apos;ultima voce di questa postazione non è quella che era stata scritta.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::CitizenRepository</name>
    <message>
        <source>A citizen with the codice fiscale %1 is already registered.</source>
        <translation>Un cittadino con codice fiscale %1 è già registrato.</translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation>La scheda del cittadino non esiste più.</translation>
    </message>
    <message>
        <source>Someone else changed this citizen record in the meantime. Close it, open it again and repeat your changes.</source>
        <translation>Nel frattempo qualcun altro ha modificato questa scheda. Chiudila, riaprila e ripeti le modifiche.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::Database</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Non è stato possibile aprire il database %1: %2</translation>
    </message>
    <message>
        <source>The folder for the database %1 could not be created.</source>
        <translation>Non è stato possibile creare la cartella del database %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and could not be moved aside. Nothing was changed; please call technical support.</source>
        <translation>Il database %1 è danneggiato e non è stato possibile spostarlo. Non è stato modificato nulla; chiama l&apos;assistenza tecnica.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Sportello (structure %2; this program knows up to %3). It has not been touched. Please install the newer version.</source>
        <translation>Il database %1 è stato scritto da una versione più recente di Sportello (struttura %2; questo programma arriva alla %3). Non è stato toccato. Installa la versione più recente.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It has been moved aside, unchanged, to %2 so that technical support can try to recover it.</source>
        <translation>Il database %1 è danneggiato. È stato spostato, senza modifiche, in %2, perché l&apos;assistenza tecnica possa tentarne il recupero.</translation>
    </message>
    <message>
        <source>The database %1 is not open (it was moved aside or could not be opened).</source>
        <translation>Il database %1 non è aperto (è stato spostato o non è stato possibile aprirlo).</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more can be saved in it. Restart Sportello.</source>
        <translation>Il database è danneggiato: non vi si può più salvare nulla. Riavvia Sportello.</translation>
    </message>
    <message>
        <source>The database %1 could not be read (%2). It has not been changed; check that the file is accessible, or call technical support.</source>
        <translation>Non è stato possibile leggere il database %1 (%2). Non è stato modificato; verifica che il file sia accessibile, oppure chiama l&apos;assistenza tecnica.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::OfficeRepository</name>
    <message>
        <source>The branch code must have 2 to 8 capital letters or digits, without spaces (example: SEDE1).</source>
        <translation>Il codice della sede deve avere da 2 a 8 lettere maiuscole o cifre, senza spazi (esempio: SEDE1).</translation>
    </message>
    <message>
        <source>The names of the comune and of the branch are required.</source>
        <translation>I nomi del comune e della sede sono obbligatori.</translation>
    </message>
    <message>
        <source>This database already belongs to a branch.</source>
        <translation>Questo database appartiene già a una sede.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::QueueFigures</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Biglietto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emesso</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Chiamato</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>Attesa (min)</translation>
    </message>
    <message>
        <source>Service time (min)</source>
        <translation>Durata (min)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::QueueRepository</name>
    <message>
        <source>This service is not offered here any more.</source>
        <translation>Questo servizio non è più offerto qui.</translation>
    </message>
    <message>
        <source>No more tickets can be issued today for %1 at this PC.</source>
        <translation>Oggi questa postazione non può emettere altri biglietti per %1.</translation>
    </message>
    <message>
        <source>This counter is not open here any more.</source>
        <translation>Questo sportello non è più attivo qui.</translation>
    </message>
    <message>
        <source>Close %1 before calling the next person.</source>
        <translation>Chiudi %1 prima di chiamare la persona successiva.</translation>
    </message>
    <message>
        <source>Close %1 before taking up another person.</source>
        <translation>Chiudi %1 prima di prendere un&apos;altra persona.</translation>
    </message>
    <message>
        <source>The notes are too long: at most %1 characters.</source>
        <translation>Le note sono troppo lunghe: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>This ticket is not in this office&apos;s queue.</source>
        <translation>Questo biglietto non è nella coda di questo ufficio.</translation>
    </message>
    <message>
        <source>%1 is %2 now: this cannot be done.</source>
        <translation>%1 ora è in stato «%2»: non è possibile.</translation>
    </message>
</context>
<context>
    <name>Sportello::Storage::QueueSetup</name>
    <message>
        <source>Someone else changed this service meanwhile: open it again.</source>
        <translation>Nel frattempo qualcun altro ha modificato questo servizio: riaprilo.</translation>
    </message>
    <message>
        <source>Another service already uses the letter %1.</source>
        <translation>Un altro servizio usa già la lettera %1.</translation>
    </message>
    <message>
        <source>Someone else changed this counter meanwhile: open it again.</source>
        <translation>Nel frattempo qualcun altro ha modificato questo sportello: riaprilo.</translation>
    </message>
    <message>
        <source>There is already a counter number %1.</source>
        <translation>Esiste già lo sportello numero %1.</translation>
    </message>
</context>
<context>
    <name>Sportello::Sync::Reasons</name>
    <message>
        <source>This PC is not authorised: connect it to the central service again.</source>
        <translation>Questa postazione non è autorizzata: collegala di nuovo al servizio centrale.</translation>
    </message>
    <message>
        <source>The connection code is not valid.</source>
        <translation>Codice di collegamento non valido.</translation>
    </message>
    <message>
        <source>This connection code has already been used: ask for a new one.</source>
        <translation>Questo codice di collegamento è già stato usato: chiedine uno nuovo.</translation>
    </message>
    <message>
        <source>This connection code has expired: ask for a new one.</source>
        <translation>Questo codice di collegamento è scaduto: chiedine uno nuovo.</translation>
    </message>
    <message>
        <source>Too many attempts: try again in a few minutes.</source>
        <translation>Troppi tentativi: riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>The request is too large (at most 1 MiB).</source>
        <translation>L&apos;invio è troppo grande (massimo 1 MiB).</translation>
    </message>
    <message>
        <source>Invalid request.</source>
        <translation>Invio non valido.</translation>
    </message>
    <message>
        <source>Invalid request (unreadable JSON).</source>
        <translation>Invio non valido (JSON illeggibile).</translation>
    </message>
    <message>
        <source>A kind of record the server does not know.</source>
        <translation>Tipo di dato sconosciuto al servizio centrale.</translation>
    </message>
    <message>
        <source>Unknown address.</source>
        <translation>Indirizzo sconosciuto.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Metodo non ammesso.</translation>
    </message>
    <message>
        <source>Server error: the request will be repeated.</source>
        <translation>Errore del servizio centrale: l&apos;invio verrà ripetuto.</translation>
    </message>
    <message>
        <source>Service unavailable for the moment: the request will be repeated.</source>
        <translation>Servizio centrale momentaneamente non disponibile: l&apos;invio verrà ripetuto.</translation>
    </message>
    <message>
        <source>This record belongs to another branch: it cannot be changed from here.</source>
        <translation>Questo dato appartiene a un&apos;altra sede: non può essere modificato da qui.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere meanwhile: this version was not applied.</source>
        <translation>Il dato è stato modificato altrove nel frattempo: questa versione non è stata applicata.</translation>
    </message>
    <message>
        <source>A change to a record the server does not know.</source>
        <translation>Modifica di un dato che il servizio centrale non conosce.</translation>
    </message>
    <message>
        <source>A record with this identifier already exists.</source>
        <translation>Un dato con questo identificativo esiste già.</translation>
    </message>
    <message>
        <source>Operation identifier already used for another change.</source>
        <translation>Identificativo di operazione già usato per un&apos;altra modifica.</translation>
    </message>
    <message>
        <source>This record cannot be changed once recorded.</source>
        <translation>Questo dato non può essere modificato dopo la registrazione.</translation>
    </message>
    <message>
        <source>This username is already used by another account of the comune: choose another one.</source>
        <translation>Questo nome utente è già usato da un altro account del comune: scegline un altro.</translation>
    </message>
    <message>
        <source>The activity log of this PC appears altered or incomplete: the entry was refused. Tell the administrator.</source>
        <translation>Il registro delle attività di questa postazione risulta alterato o incompleto: la voce è stata rifiutata. Avvisa l&apos;Amministratore.</translation>
    </message>
    <message>
        <source>Another counter was first: the ticket had already been called or updated.</source>
        <translation>Un altro sportello è arrivato prima: il biglietto era già stato chiamato o aggiornato.</translation>
    </message>
    <message>
        <source>The ticket of this event is not known to the central service.</source>
        <translation>Il biglietto di questo evento non è noto al servizio centrale.</translation>
    </message>
    <message>
        <source>Data not valid under the server&apos;s rules: correct the record.</source>
        <translation>Dati non validi secondo le regole del servizio centrale: correggi la scheda.</translation>
    </message>
</context>
<context>
    <name>Sportello::Sync::SyncEngine</name>
    <message>
        <source>This computer has no sync credentials: enrol it again with a new code.</source>
        <translation>Questa postazione non ha credenziali di sincronizzazione: collegala di nuovo con un nuovo codice di collegamento.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the central service yet.</source>
        <translation>Questa postazione non è ancora collegata al servizio centrale.</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>Il servizio centrale non è raggiungibile (%1).</translation>
    </message>
    <message>
        <source>The central service answered with an error (HTTP %1).</source>
        <translation>Il servizio centrale ha risposto con un errore (HTTP %1).</translation>
    </message>
    <message>
        <source>The central service sent an answer this program does not understand.</source>
        <translation>Il servizio centrale ha inviato una risposta che questo programma non comprende.</translation>
    </message>
    <message>
        <source>The certificate of the central service is not trusted (%1). Ask the administrator for the comune&apos;s certificate file and connect again.</source>
        <translation>Il certificato del servizio centrale non è riconosciuto come affidabile (%1). Chiedi all&apos;Amministratore il file del certificato del comune e ripeti il collegamento.</translation>
    </message>
    <message>
        <source>The certificate file of the comune holds no PEM certificate.</source>
        <translation>Il file del certificato del comune non contiene alcun certificato PEM.</translation>
    </message>
    <message>
        <source>This change is larger than the central service accepts (%1 bytes at most).</source>
        <translation>Questa modifica è più grande di quanto il servizio centrale accetti (al massimo %1 byte).</translation>
    </message>
    <message>
        <source>This change names an operation this version of Sportello does not know: it was not sent.</source>
        <translation>Questa modifica indica un&apos;operazione che questa versione di Sportello non conosce: non è stata inviata.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AccountFormBase</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>At least %1 characters, not the username</source>
        <translation>Almeno %1 caratteri, diversa dal nome utente</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Conferma la password</translation>
    </message>
    <message>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Conferma la password:</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>The people who sign in to Sportello. Accounts are never deleted: deactivate the ones no longer in use.</source>
        <translation>Le persone che accedono a Sportello. Gli account non si eliminano mai: disattiva quelli non più in uso.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Name, role, and whether the account is active (Return on the list)</source>
        <translation>Nome, ruolo e se l&apos;account è attivo (Invio sull&apos;elenco)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
    <message>
        <source>A new password, to be changed by the person at the next sign-in</source>
        <translation>Una nuova password, che la persona dovrà cambiare al prossimo accesso</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Impossibile leggere gli account: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Deve cambiare la password</translation>
    </message>
    <message>
        <source>Chosen by the person</source>
        <translation>Scelta dalla persona</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ActionRegistry</name>
    <message>
        <source>&amp;Citizens</source>
        <translation>&amp;Cittadini</translation>
    </message>
    <message>
        <source>Show the citizens registry</source>
        <translation>Mostra l&apos;anagrafica dei cittadini</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;Nuovo cittadino…</translation>
    </message>
    <message>
        <source>Register a new citizen</source>
        <translation>Registra un nuovo cittadino</translation>
    </message>
    <message>
        <source>&amp;Find citizen</source>
        <translation>C&amp;erca cittadino</translation>
    </message>
    <message>
        <source>Search by codice fiscale, surname, name or phone</source>
        <translation>Cerca per codice fiscale, cognome, nome o telefono</translation>
    </message>
    <message>
        <source>&amp;Edit citizen…</source>
        <translation>&amp;Modifica cittadino…</translation>
    </message>
    <message>
        <source>Open the selected citizen for editing</source>
        <translation>Apri il cittadino selezionato per modificarlo</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;Informazioni su Sportello</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versione e licenza</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close Sportello</source>
        <translation>Chiudi Sportello</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Send the waiting changes and receive the others&apos; now</source>
        <translation>Invia ora le modifiche in attesa e ricevi quelle degli altri</translation>
    </message>
    <message>
        <source>&amp;Connect to the central service…</source>
        <translation>&amp;Collega al servizio centrale…</translation>
    </message>
    <message>
        <source>Connect this PC to the comune&apos;s central service with a one-time code</source>
        <translation>Collega questa postazione al servizio centrale del comune con un codice di collegamento monouso</translation>
    </message>
    <message>
        <source>&amp;Refused changes and conflicts…</source>
        <translation>Modifiche &amp;respinte e conflitti…</translation>
    </message>
    <message>
        <source>What the central service refused and the versions that lost, to check</source>
        <translation>Ciò che il servizio centrale ha respinto e le versioni superate, da verificare</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>Lock this PC: the screen shows nothing until you type your password</source>
        <translation>Blocca questa postazione: lo schermo non mostra nulla finché non digiti la tua password</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Cambia &amp;utente</translation>
    </message>
    <message>
        <source>Sign out and let a colleague sign in at this PC</source>
        <translation>Esci e lascia accedere un collega a questa postazione</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Scegli una nuova password per il tuo account</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <source>Create staff accounts, change roles, deactivate, reset passwords</source>
        <translation>Crea gli account del personale, cambia i ruoli, disattiva, reimposta le password</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Registro delle attività…</translation>
    </message>
    <message>
        <source>Who did what, when and on which PC; and whether the log is intact</source>
        <translation>Chi ha fatto cosa, quando e su quale postazione; e se il registro è integro</translation>
    </message>
    <message>
        <source>&amp;Settings of this PC…</source>
        <translation>&amp;Impostazioni di questa postazione…</translation>
    </message>
    <message>
        <source>When this PC locks itself</source>
        <translation>Quando questa postazione si blocca da sola</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>&amp;Accoglienza</translation>
    </message>
    <message>
        <source>Issue tickets to the people who come in</source>
        <translation>Emetti i biglietti per chi entra</translation>
    </message>
    <message>
        <source>C&amp;ounter</source>
        <translation>&amp;Sportello</translation>
    </message>
    <message>
        <source>Call, serve and close the requests at this counter</source>
        <translation>Chiama, servi e chiudi le richieste a questo sportello</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Chiama il prossimo</translation>
    </message>
    <message>
        <source>Call the next person for this counter&apos;s services: priority first, then order of arrival</source>
        <translation>Chiama la persona successiva per i servizi di questo sportello: prima le priorità, poi l&apos;ordine di arrivo</translation>
    </message>
    <message>
        <source>Call &amp;again</source>
        <translation>&amp;Richiama</translation>
    </message>
    <message>
        <source>Call the same ticket again</source>
        <translation>Chiama di nuovo lo stesso biglietto</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Assente</translation>
    </message>
    <message>
        <source>The person called did not come</source>
        <translation>La persona chiamata non si è presentata</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Metti in sospeso</translation>
    </message>
    <message>
        <source>Put the person on hold (for example to fetch a document) and call someone else</source>
        <translation>Metti la persona in sospeso (per esempio per recuperare un documento) e chiama qualcun altro</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Trasferisci…</translation>
    </message>
    <message>
        <source>Send the person to another service&apos;s queue, keeping their place</source>
        <translation>Manda la persona nella coda di un altro servizio, mantenendo il suo posto</translation>
    </message>
    <message>
        <source>Serve &amp;without ticket…</source>
        <translation>Servi &amp;senza biglietto…</translation>
    </message>
    <message>
        <source>Record a request of someone who has no ticket</source>
        <translation>Registra la richiesta di chi non ha il biglietto</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Ri&amp;prendi</translation>
    </message>
    <message>
        <source>Take up the person on hold selected in the list</source>
        <translation>Riprendi la persona in sospeso scelta nell&apos;elenco</translation>
    </message>
    <message>
        <source>C&amp;lose request</source>
        <translation>C&amp;hiudi la richiesta</translation>
    </message>
    <message>
        <source>Record how the request ended, with the notes and the citizen</source>
        <translation>Registra come si è conclusa la richiesta, con le note e il cittadino</translation>
    </message>
    <message>
        <source>Queue &amp;setup…</source>
        <translation>&amp;Impostazione della coda…</translation>
    </message>
    <message>
        <source>Services, counters, opening hours and closed days of this office</source>
        <translation>Servizi, sportelli, orari e giorni di chiusura di questo ufficio</translation>
    </message>
    <message>
        <source>&amp;Figures and history…</source>
        <translation>&amp;Dati e storico…</translation>
    </message>
    <message>
        <source>Who is waiting, waits, served and absent today; the history of requests and its export</source>
        <translation>Chi attende, attese, serviti e assenti di oggi; lo storico delle richieste e la sua esportazione</translation>
    </message>
    <message>
        <source>Call &amp;display</source>
        <translation>Schermo delle &amp;chiamate</translation>
    </message>
    <message>
        <source>Open the waiting room screen that shows the tickets called</source>
        <translation>Apri lo schermo della sala d&apos;attesa con i biglietti chiamati</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Coda</translation>
    </message>
    <message>
        <source>C&amp;itizens</source>
        <translation>C&amp;ittadini</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;mministrazione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among what the role %2 may do: it takes the role %3.</source>
        <translation>«%1» non è tra le azioni del ruolo %2: serve il ruolo %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes signing in first.</source>
        <translation>Per «%1» devi prima accedere.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AdministrationArea</name>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <source>Nobody can set up the queue or serve the public yet.</source>
        <translation>Nessuno può ancora impostare la coda né servire il pubblico.</translation>
    </message>
    <message>
        <source>Your role, %1, manages accounts and settings, not the counter&apos;s work. Create now the account of the Responsabile, who sets up services, counters and opening hours; then the accounts of the Operatori.</source>
        <translation>Il tuo ruolo, %1, gestisce gli account e le impostazioni, non il lavoro allo sportello. Crea ora l&apos;account del Responsabile, che imposta servizi, sportelli e orari di apertura; poi gli account degli Operatori.</translation>
    </message>
    <message>
        <source>&amp;Create the Responsabile&apos;s account…</source>
        <translation>&amp;Crea l&apos;account del Responsabile…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::Announcer</name>
    <message>
        <source>Number %1, counter %2</source>
        <translation>Numero %1, sportello %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro delle attività</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dalla data</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Alla data</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Voci del registro delle attività</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Voci mostrate</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Esito della verifica</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Carica altre</translation>
    </message>
    <message>
        <source>The next, older entries</source>
        <translation>Le voci successive, più vecchie</translation>
    </message>
    <message>
        <source>&amp;Verify log</source>
        <translation>&amp;Verifica registro</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or cut off</source>
        <translation>Controlla che nessuna voce sia stata modificata, tolta o troncata</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>Impossibile leggere il registro: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n voce mostrata</numerusform>
            <numerusform>%n voci mostrate</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot verify the log: %1</source>
        <translation>Impossibile verificare il registro: %1</translation>
    </message>
    <message>
        <source>Log intact: %1 in %2 checked.</source>
        <translation>Registro integro: verifica completata su %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n catena</numerusform>
            <numerusform>%n catene</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken link at entry %1 of chain %2: %3</source>
        <translation>Collegamento interrotto alla voce %1 della catena %2: %3</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Catena %1</translation>
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
        <translation>campi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiata</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>minutes before locking</source>
        <translation>minuti prima del blocco</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>biglietti</translation>
    </message>
    <message>
        <source>ticket printer</source>
        <translation>stampante dei biglietti</translation>
    </message>
    <message>
        <source>folder for ticket PDFs</source>
        <translation>cartella dei PDF dei biglietti</translation>
    </message>
    <message>
        <source>spoken announcements</source>
        <translation>annunci a voce</translation>
    </message>
    <message>
        <source>central service</source>
        <translation>servizio centrale</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>integro</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>righe</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CallDisplayWindow</name>
    <message>
        <source>Counter %1</source>
        <translation>Sportello %1</translation>
    </message>
    <message>
        <source>Call display – %1</source>
        <translation>Schermo delle chiamate – %1</translation>
    </message>
    <message>
        <source>Call display</source>
        <translation>Schermo delle chiamate</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Chiamata attuale</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Counter name</source>
        <translation>Nome dello sportello</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Chiamate precedenti</translation>
    </message>
    <message>
        <source>Earlier call %1</source>
        <translation>Chiamata precedente %1</translation>
    </message>
    <message>
        <source>Counter of earlier call %1</source>
        <translation>Sportello della chiamata precedente %1</translation>
    </message>
    <message>
        <source>Time of earlier call %1</source>
        <translation>Ora della chiamata precedente %1</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <source>Current call: none</source>
        <translation>Chiamata attuale: nessuna</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Nuova chiamata</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Current call: %1</source>
        <translation>Chiamata attuale: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ChangeOwnPasswordDialog</name>
    <message>
        <source>Change password: %1</source>
        <translation>Cambia password: %1</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose your own now, before you start.</source>
        <translation>La tua password è stata impostata da un Amministratore: scegline una tua adesso, prima di iniziare.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Password a&amp;ttuale:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nuova &amp;password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizenDialog</name>
    <message>
        <source>New citizen</source>
        <translation>Nuovo cittadino</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Cittadino: %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>What the codice fiscale says</source>
        <translation>Cosa dice il codice fiscale</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo di documento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numero del documento</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale:</source>
        <translation>&amp;Codice fiscale:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>S&amp;esso:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>Nato/a &amp;il:</translation>
    </message>
    <message>
        <source>Born &amp;in:</source>
        <translation>Nato/a &amp;a:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Tipo di documento:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Indiri&amp;zzo:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation>Consenso &amp;dato il:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Salva la scheda (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Without a codice fiscale, give an identity document.</source>
        <translation>Senza codice fiscale, indica un documento d&apos;identità.</translation>
    </message>
    <message>
        <source>Provisional codice fiscale.</source>
        <translation>Codice fiscale provvisorio.</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Controlla i dati</translation>
    </message>
    <message>
        <source>%1

Save anyway?</source>
        <translation>%1

Vuoi salvare comunque?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Salva &amp;comunque</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>C&amp;orreggi</translation>
    </message>
    <message>
        <source>The birth date is not a date (write it as dd/mm/yyyy).</source>
        <translation>La data di nascita non è una data (scrivila come gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>The date of the consent is not a date (write it as dd/mm/yyyy).</source>
        <translation>La data del consenso non è una data (scrivila come gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Già registrato</translation>
    </message>
    <message>
        <source>%1
Open the existing record instead?</source>
        <translation>%1
Vuoi aprire la scheda esistente?</translation>
    </message>
    <message>
        <source>&amp;Open existing record</source>
        <translation>&amp;Apri la scheda esistente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The record was not saved.
%1</source>
        <translation>La scheda non è stata salvata.
%1</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>Co&amp;gnome:</translation>
    </message>
    <message>
        <source>Document nu&amp;mber:</source>
        <translation>N&amp;umero del documento:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Consents to the processing of personal &amp;data</source>
        <translation>Consenso al t&amp;rattamento dei dati personali</translation>
    </message>
    <message>
        <source>Agrees to be contacted by phone or e-mai&amp;l</source>
        <translation>Consenso a essere contattato per te&amp;lefono o e-mail</translation>
    </message>
    <message>
        <source>Valid: female, born on %1 in %2.</source>
        <translation>Valido: femmina, nata il %1 a %2.</translation>
    </message>
    <message>
        <source>Valid: male, born on %1 in %2.</source>
        <translation>Valido: maschio, nato il %1 a %2.</translation>
    </message>
    <message>
        <source>%1 (codice fiscale %2) has a code that differs from this one only by omocodia. They are different people, unless one of the two codes was typed wrong.</source>
        <translation>%1 (codice fiscale %2) ha un codice che differisce da questo solo per omocodia. Sono persone diverse, a meno che uno dei due codici sia stato scritto male.</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Town or country, e.g. Torino</source>
        <translation>Comune o Stato, per esempio Torino</translation>
    </message>
    <message>
        <source>16 characters (11 digits if provisional)</source>
        <translation>16 caratteri (11 cifre se provvisorio)</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizenPicker</name>
    <message>
        <source>Link a citizen</source>
        <translation>Collega un cittadino</translation>
    </message>
    <message>
        <source>&amp;Surname, name or codice fiscale:</source>
        <translation>&amp;Cognome, nome o codice fiscale:</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Cerca cittadini</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Cittadini trovati</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Collega</translation>
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
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Codice fiscale / document</source>
        <translation>Codice fiscale / documento</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Nato/a il</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CitizensPage</name>
    <message>
        <source>Citizens registry</source>
        <translation>Anagrafica cittadini</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Cittadini</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Cerca cittadini</translation>
    </message>
    <message>
        <source>Search by codice fiscale, surname, name or phone…</source>
        <translation>Cerca per codice fiscale, cognome, nome o telefono…</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Cittadini trovati</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Esito della ricerca</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Ricerca non riuscita</translation>
    </message>
    <message>
        <source>No citizens registered yet. Press Ctrl+N to register one.</source>
        <translation>Nessun cittadino registrato. Premi Ctrl+N per registrarne uno.</translation>
    </message>
    <message>
        <source>No citizen found for “%1”. Press Ctrl+N to register a new one.</source>
        <translation>Nessun cittadino trovato per «%1». Premi Ctrl+N per registrarne uno nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>First %n citizens found; scroll down for more.</source>
        <translation>
            <numerusform>Primo cittadino trovato; scorri per vederne altri.</numerusform>
            <numerusform>Primi %n cittadini trovati; scorri per vederne altri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) found.</source>
        <translation>
            <numerusform>%n cittadino trovato.</numerusform>
            <numerusform>%n cittadini trovati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossibile aprire</translation>
    </message>
    <message>
        <source>No citizens registered yet.</source>
        <translation>Nessun cittadino registrato.</translation>
    </message>
    <message>
        <source>No citizen found for “%1”.</source>
        <translation>Nessun cittadino trovato per «%1».</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CounterFormDialog</name>
    <message>
        <source>New counter</source>
        <translation>Nuovo sportello</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Sportello %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>What the display and the announcement say: “counter 3”</source>
        <translation>Ciò che dicono lo schermo delle chiamate e l&apos;annuncio: «sportello 3»</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umero:</translation>
    </message>
    <message>
        <source>Name of the counter</source>
        <translation>Nome dello sportello</translation>
    </message>
    <message>
        <source>optional, e.g. Civil status</source>
        <translation>facoltativo, per es. Stato civile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Services called at this counter</source>
        <translation>Servizi chiamati a questo sportello</translation>
    </message>
    <message>
        <source>Space ticks or unticks the service</source>
        <translation>La barra spaziatrice seleziona o deseleziona il servizio</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (disattivato)</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Servizi:</translation>
    </message>
    <message>
        <source>&amp;Active: the counter calls tickets</source>
        <translation>&amp;Attivo: lo sportello chiama i biglietti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>A deactivated counter stays in the figures and frees its number</source>
        <translation>Uno sportello disattivato resta nei dati e libera il suo numero</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Create counter</source>
        <translation>Crea sportello</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::CounterPage</name>
    <message>
        <source>Counter</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Counter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sportello&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This PC&apos;s counter</source>
        <translation>Sportello di questa postazione</translation>
    </message>
    <message>
        <source>Counter of this &amp;PC:</source>
        <translation>Sportello di &amp;questa postazione:</translation>
    </message>
    <message>
        <source>People waiting for this counter</source>
        <translation>Persone in attesa per questo sportello</translation>
    </message>
    <message>
        <source>Person being served</source>
        <translation>Persona servita</translation>
    </message>
    <message>
        <source>Counter message</source>
        <translation>Messaggio dello sportello</translation>
    </message>
    <message>
        <source>How the request ended</source>
        <translation>Come si è conclusa la richiesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Citizen of the request</source>
        <translation>Cittadino della richiesta</translation>
    </message>
    <message>
        <source>Link a citi&amp;zen…</source>
        <translation>Collega un citta&amp;dino…</translation>
    </message>
    <message>
        <source>Link a citizen to the request</source>
        <translation>Collega un cittadino alla richiesta</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Cittadino:</translation>
    </message>
    <message>
        <source>On hold at this counter</source>
        <translation>In sospeso a questo sportello</translation>
    </message>
    <message>
        <source>Tickets on hold</source>
        <translation>Biglietti in sospeso</translation>
    </message>
    <message>
        <source>Counter %1 (%2)</source>
        <translation>Sportello %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>lo sportello %1</translation>
    </message>
    <message>
        <source>another counter</source>
        <translation>un altro sportello</translation>
    </message>
    <message>
        <source>%1 had already been called by %2: %3 is called instead.</source>
        <translation>%1 era già stato chiamato da %2: al suo posto è chiamato %3.</translation>
    </message>
    <message>
        <source>%1 had already been called by %2; nobody else is waiting.</source>
        <translation>%1 era già stato chiamato da %2; non attende nessun altro.</translation>
    </message>
    <message>
        <source>Nobody at the counter. Press F2 to call the next person.</source>
        <translation>Nessuno allo sportello. Premi F2 per chiamare la persona successiva.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Without a ticket</source>
        <translation>Senza biglietto</translation>
    </message>
    <message numerus="yes">
        <source>Waited %n min</source>
        <translation>
            <numerusform>Ha atteso %n min</numerusform>
            <numerusform>Ha atteso %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter&apos;s services.</source>
        <translation>Nessuno attende per i servizi di questo sportello.</translation>
    </message>
    <message>
        <source>Transfer %1 to</source>
        <translation>Trasferisci %1 a</translation>
    </message>
    <message>
        <source>Serve without a ticket, for</source>
        <translation>Servi senza biglietto, per</translation>
    </message>
    <message>
        <source>%1 closed: %2.</source>
        <translation>%1 chiuso: %2.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servizio:</translation>
    </message>
    <message>
        <source>%1 had already been called by %2; the next person could not be called: %3</source>
        <translation>%1 era già stato chiamato da %2; non è stato possibile chiamare la persona successiva: %3</translation>
    </message>
    <message>
        <source>No counters are set up yet: the role %1 adds them under %2.</source>
        <translation>Non ci sono ancora sportelli: li aggiunge chi ha il ruolo %1, da %2.</translation>
    </message>
    <message>
        <source>%1 called again.</source>
        <translation>%1 richiamato.</translation>
    </message>
    <message>
        <source>%1 marked absent.</source>
        <translation>%1 segnato come assente.</translation>
    </message>
    <message>
        <source>%1 put on hold: take it up again from the list below (Ctrl+R).</source>
        <translation>%1 messo in sospeso: riprendilo dall&apos;elenco qui sotto (Ctrl+R).</translation>
    </message>
    <message>
        <source>%1 sent to %2, keeping its place in the queue.</source>
        <translation>%1 trasferito al servizio %2: mantiene il suo posto in coda.</translation>
    </message>
    <message>
        <source>%1 taken up again.</source>
        <translation>%1 ripreso.</translation>
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
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>&amp;Active: the person can sign in</source>
        <translation>&amp;Attivo: la persona può accedere</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>A deactivated account stays in the list and in the log, and cannot sign in</source>
        <translation>Un account disattivato resta nell&apos;elenco e nel registro, ma non può accedere</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Il nome e cognome è obbligatorio.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::EnrolDialog</name>
    <message>
        <source>Connect to the central service</source>
        <translation>Collegamento al servizio centrale</translation>
    </message>
    <message>
        <source>Ask the administrator for the address of the comune&apos;s central service and for a one-time connection code for this PC.</source>
        <translation>Chiedi all&apos;Amministratore l&apos;indirizzo del servizio centrale del comune e un codice di collegamento monouso per questa postazione.</translation>
    </message>
    <message>
        <source>Address of the central service</source>
        <translation>Indirizzo del servizio centrale</translation>
    </message>
    <message>
        <source>Connection code</source>
        <translation>Codice di collegamento</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Indiri&amp;zzo:</translation>
    </message>
    <message>
        <source>Connection &amp;code:</source>
        <translation>&amp;Codice di collegamento:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;ollega</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The address is not valid (example: https://sportello.comune.example.it).</source>
        <translation>L&apos;indirizzo non è valido (esempio: https://sportello.comune.example.it).</translation>
    </message>
    <message>
        <source>The connection code is required.</source>
        <translation>Il codice di collegamento è obbligatorio.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Collegamento in corso…</translation>
    </message>
    <message>
        <source>Certificate file of the comune (optional)</source>
        <translation>File del certificato del comune (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Scegli il file del certificato</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificato:</translation>
    </message>
    <message>
        <source>This file is too large to be a certificate.</source>
        <translation>Questo file è troppo grande per essere un certificato.</translation>
    </message>
    <message>
        <source>The certificate file cannot be read: %1</source>
        <translation>Il file del certificato non si può leggere: %1</translation>
    </message>
    <message>
        <source>Certificate of the comune</source>
        <translation>Certificato del comune</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Optional: a .pem or .crt file</source>
        <translation>Facoltativo: file .pem o .crt</translation>
    </message>
    <message>
        <source>Only if the administrator gave you one</source>
        <translation>Solo se te l&apos;ha dato l&apos;Amministratore</translation>
    </message>
    <message>
        <source>Warning about the address</source>
        <translation>Avviso sull&apos;indirizzo</translation>
    </message>
    <message>
        <source>Without https, the connection code and the citizens&apos; data travel unprotected: use an http:// address only for a test.</source>
        <translation>Senza https, il codice di collegamento e i dati dei cittadini viaggiano senza protezione: usa un indirizzo http:// solo per una prova.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FiguresDialog</name>
    <message>
        <source>Queue figures</source>
        <translation>Dati della coda</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>La giornata finora</translation>
    </message>
    <message>
        <source>People waiting:</source>
        <translation>Persone in attesa:</translation>
    </message>
    <message>
        <source>Served:</source>
        <translation>Servite:</translation>
    </message>
    <message>
        <source>Did not come:</source>
        <translation>Assenti:</translation>
    </message>
    <message>
        <source>Average wait:</source>
        <translation>Attesa media:</translation>
    </message>
    <message>
        <source>Longest wait:</source>
        <translation>Attesa più lunga:</translation>
    </message>
    <message>
        <source>Average service time:</source>
        <translation>Durata media del servizio:</translation>
    </message>
    <message>
        <source>By &amp;service</source>
        <translation>Per ser&amp;vizio</translation>
    </message>
    <message>
        <source>Figures by service</source>
        <translation>Dati per servizio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attesa più lunga</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servite</translation>
    </message>
    <message>
        <source>By &amp;counter</source>
        <translation>Per s&amp;portello</translation>
    </message>
    <message>
        <source>Figures by counter</source>
        <translation>Dati per sportello</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Assenti</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dalla data</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Alla data</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tutti i servizi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vizio:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;peratore:</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Surname or codice fiscale</source>
        <translation>Cognome o codice fiscale</translation>
    </message>
    <message>
        <source>&amp;Citizen:</source>
        <translation>&amp;Cittadino:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Requests shown</source>
        <translation>Richieste mostrate</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>The previous, newer requests</source>
        <translation>Le richieste precedenti, più recenti</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Ava&amp;nti</translation>
    </message>
    <message>
        <source>The next, older requests</source>
        <translation>Le richieste successive, meno recenti</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Espor&amp;ta CSV…</translation>
    </message>
    <message>
        <source>All the requests of these filters, as a file for spreadsheets</source>
        <translation>Tutte le richieste di questi filtri, in un file per fogli di calcolo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>Impossibile leggere i dati: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Sportello %1</translation>
    </message>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Sportello %1 — %2</translation>
    </message>
    <message>
        <source>Updated at %1; refreshed every 30 seconds.</source>
        <translation>Aggiornato alle %1; si aggiorna ogni 30 secondi.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Cannot read the requests: %1</source>
        <translation>Impossibile leggere le richieste: %1</translation>
    </message>
    <message>
        <source>No requests for these filters.</source>
        <translation>Nessuna richiesta con questi filtri.</translation>
    </message>
    <message>
        <source>Requests %1–%2 of %3</source>
        <translation>Richieste %1–%2 di %3</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Esporta richieste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1.</source>
        <translation>
            <numerusform>%n richiesta esportata in %1.</numerusform>
            <numerusform>%n richieste esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests were not exported: %1</source>
        <translation>Le richieste non sono state esportate: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunAdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>The first account, with which the other staff accounts are created. Keep its password safe: it cannot be recovered.</source>
        <translation>Il primo account, con cui crei gli account del resto del personale. Custodisci la password: non può essere recuperata.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation>Nome e cognome dell&apos;amministratore</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>Username of the administrator</source>
        <translation>Nome utente dell&apos;amministratore</translation>
    </message>
    <message>
        <source>e.g. m.rossi</source>
        <translation>es. m.rossi</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password of the administrator</source>
        <translation>Password dell&apos;amministratore</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ripeti la password:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password di nuovo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Il nome e cognome è obbligatorio.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunBranchPage</name>
    <message>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>The office (sede) where this PC stands. Its short code appears in ticket and receipt numbers, e.g. 2026/SEDE1/000123.</source>
        <translation>L&apos;ufficio in cui si trova questa postazione. Il codice breve compare nei numeri dei biglietti e delle ricevute, es. 2026/SEDE1/000123.</translation>
    </message>
    <message>
        <source>Name of the branch</source>
        <translation>Nome della sede</translation>
    </message>
    <message>
        <source>e.g. Sede centrale</source>
        <translation>es. Sede centrale</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>&amp;Codice breve:</translation>
    </message>
    <message>
        <source>Short code of the branch</source>
        <translation>Codice breve della sede</translation>
    </message>
    <message>
        <source>2–8 capital letters or digits, e.g. SEDE1</source>
        <translation>2–8 lettere maiuscole o cifre, es. SEDE1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Na&amp;me of the branch:</source>
        <translation>&amp;Nome della sede:</translation>
    </message>
    <message>
        <source>Type the name of the branch.</source>
        <translation>Scrivi il nome della sede.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunComunePage</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Ti diamo il benvenuto in Sportello</translation>
    </message>
    <message>
        <source>Which comune does this office belong to?</source>
        <translation>A quale comune appartiene questo ufficio?</translation>
    </message>
    <message>
        <source>Name of the comune</source>
        <translation>Nome del comune</translation>
    </message>
    <message>
        <source>e.g. Comune di Castelnuovo</source>
        <translation>es. Comune di Castelnuovo</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale of the comune:</source>
        <translation>&amp;Codice fiscale del comune:</translation>
    </message>
    <message>
        <source>Codice fiscale of the comune</source>
        <translation>Codice fiscale del comune</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 cifre</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Na&amp;me of the comune:</source>
        <translation>&amp;Nome del comune:</translation>
    </message>
    <message>
        <source>Type the name of the comune.</source>
        <translation>Scrivi il nome del comune.</translation>
    </message>
    <message>
        <source>Type the codice fiscale of the comune (11 digits).</source>
        <translation>Scrivi il codice fiscale del comune (11 cifre).</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunDevicePage</name>
    <message>
        <source>This PC</source>
        <translation>Questa postazione</translation>
    </message>
    <message>
        <source>A name that tells colleagues which PC this is, e.g. the counter it stands at.</source>
        <translation>Un nome che dica ai colleghi quale postazione è, ad esempio lo sportello in cui si trova.</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nome di questa postazione</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>As the system (Italian or English)</source>
        <translation>Come il sistema (italiano o inglese)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A change of language applies at the next start.</source>
        <translation>Il cambio di lingua vale dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Na&amp;me of this PC:</source>
        <translation>&amp;Nome di questa postazione:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Type a name for this PC, e.g. the counter it stands at.</source>
        <translation>Scrivi un nome per questa postazione, per esempio lo sportello dove si trova.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunSummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Check the data and press Finish. The comune and branch cannot be changed later from this PC.</source>
        <translation>Controlla i dati e premi Fine. Comune e sede non potranno poi essere cambiati da questa postazione.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Comune: %1 (codice fiscale %2)</source>
        <translation>Comune: %1 (codice fiscale %2)</translation>
    </message>
    <message>
        <source>Branch: %1, code %2</source>
        <translation>Sede: %1, codice %2</translation>
    </message>
    <message>
        <source>This PC: %1</source>
        <translation>Postazione: %1</translation>
    </message>
    <message>
        <source>Administrator: %1 (%2)</source>
        <translation>Amministratore: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FirstRunWizard</name>
    <message>
        <source>Sportello — first start</source>
        <translation>Sportello — primo avvio</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::FormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Vuoi scartare le modifiche?</translation>
    </message>
    <message>
        <source>What you changed in &quot;%1&quot; has not been saved.</source>
        <translation>Le modifiche fatte in «%1» non sono state salvate.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Scarta le modifiche</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::LoginPanel</name>
    <message>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Sign in with your own account: what you do is recorded under your name.</source>
        <translation>Accedi con il tuo account: ciò che fai viene registrato a tuo nome.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Postazione bloccata</translation>
    </message>
    <message>
        <source>Locked by %1. Type the password to go on, or sign in as someone else: %1&apos;s work is then closed.</source>
        <translation>Bloccata da %1. Digita la password per continuare, oppure accedi come un altro utente: il lavoro di %1 viene allora chiuso.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Digita il tuo nome utente.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ora puoi riprovare.</translation>
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
        <translation>Finestra principale di Sportello</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Aree</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · PC: %4</source>
        <translation>%1 · %2 (%3) · Postazione: %4</translation>
    </message>
    <message>
        <source>Office and PC</source>
        <translation>Ufficio e postazione</translation>
    </message>
    <message>
        <source>About Sportello</source>
        <translation>Informazioni su Sportello</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Collegato</translation>
    </message>
    <message>
        <source>This PC is connected to the central service. Changes are now sent and received in the background.</source>
        <translation>Questa postazione è collegata al servizio centrale. Da ora le modifiche vengono inviate e ricevute in automatico, mentre lavori.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Chi ha fatto l&apos;accesso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>Cannot open it</source>
        <translation>Impossibile aprirlo</translation>
    </message>
    <message>
        <source>This version of Sportello cannot show records of this kind.</source>
        <translation>Questa versione di Sportello non sa mostrare dati di questo tipo.</translation>
    </message>
    <message>
        <source>Your role does not allow opening records of this kind (%1).</source>
        <translation>Il tuo ruolo non consente di aprire dati di questo tipo (%1).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sportello %1&lt;/h3&gt;&lt;p&gt;For the front offices of Italian comuni: the register of citizens, the walk-in queue (tickets, counters, call display and figures), and staff accounts with the log of activities. It works without a network, and synchronises with the comune&apos;s central service when connected.&lt;/p&gt;&lt;p&gt;Free software under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Places of birth: comuni and their history from ANPR, Ministero dell&apos;Interno; foreign states from ISTAT. Both under the Creative Commons Attribution 4.0 licence (CC BY 4.0).&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sportello %1&lt;/h3&gt;&lt;p&gt;Per gli uffici al pubblico dei comuni italiani: il registro dei cittadini, la coda allo sportello (biglietti, sportelli, schermo delle chiamate e dati della coda) e gli account del personale con il registro delle attività. Funziona anche senza rete e si sincronizza con il servizio centrale del comune quando è collegato.&lt;/p&gt;&lt;p&gt;Software libero distribuito con licenza EUPL 1.2 (European Union Public Licence).&lt;/p&gt;&lt;p&gt;Luoghi di nascita: comuni e loro storia da ANPR, Ministero dell&apos;Interno; Stati esteri da ISTAT. Entrambi con licenza Creative Commons Attribuzione 4.0 (CC BY 4.0).&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>%1 · PC: %2</source>
        <translation>%1 · Postazione: %2</translation>
    </message>
    <message>
        <source>Quit Sportello?</source>
        <translation>Vuoi uscire da Sportello?</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Esci comunque</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continua a lavorare</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>e.g. mario.rossi</source>
        <translation>es. mario.rossi</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Password iniziale:</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Password iniziale</translation>
    </message>
    <message>
        <source>The person will choose a new password at the first sign-in.</source>
        <translation>La persona sceglierà una nuova password al primo accesso.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crea account</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Il nome e cognome è obbligatorio.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::PcSettingsDialog</name>
    <message>
        <source>Settings of this PC</source>
        <translation>Impostazioni di questa postazione</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <translation>Minuti prima del blocco</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after this time without input:</source>
        <translation>&amp;Blocca dopo questo tempo senza attività:</translation>
    </message>
    <message>
        <source>Tickets issued at reception</source>
        <translation>Biglietti emessi all&apos;accoglienza</translation>
    </message>
    <message>
        <source>Saved as PDF in a folder</source>
        <translation>Salvati come PDF in una cartella</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Stampati</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non stampati</translation>
    </message>
    <message>
        <source>&amp;Tickets:</source>
        <translation>&amp;Biglietti:</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Stampante dei biglietti</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Stampante:</translation>
    </message>
    <message>
        <source>Folder for ticket PDFs</source>
        <translation>Cartella dei PDF dei biglietti</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>&amp;Cartella dei PDF:</translation>
    </message>
    <message>
        <source>The call display &amp;speaks the number called</source>
        <translation>Lo schermo delle chiamate &amp;annuncia a voce il numero</translation>
    </message>
    <message>
        <source>Spoken announcements</source>
        <translation>Annunci a voce</translation>
    </message>
    <message>
        <source>No speech engine on this PC: only the chime sounds.</source>
        <translation>Nessuna sintesi vocale su questa postazione: suona solo il segnale acustico.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::QueueArea</name>
    <message>
        <source>%1 is being served at this counter and its request is not closed.</source>
        <translation>%1 è allo sportello e la sua richiesta non è chiusa.</translation>
    </message>
    <message>
        <source>Someone without a ticket is being served at this counter and the request is not closed.</source>
        <translation>Allo sportello c&apos;è una persona senza biglietto e la sua richiesta non è chiusa.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::QueueSetupDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Queue setup</source>
        <translation>Impostazione della coda</translation>
    </message>
    <message>
        <source>Parts of the setup</source>
        <translation>Parti dell&apos;impostazione</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servizi</translation>
    </message>
    <message>
        <source>&amp;Counters</source>
        <translation>S&amp;portelli</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Orari</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The services of this office, in the order reception shows them. Each letter starts its tickets&apos; numbers. Services are never deleted: deactivate the ones no longer offered.</source>
        <translation>I servizi di questo ufficio, nell&apos;ordine in cui li mostra l&apos;accoglienza. Ogni lettera precede i numeri dei suoi biglietti. I servizi non si eliminano mai: disattiva quelli non più offerti.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Usual minutes</source>
        <translation>Minuti abituali</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;Nuovo servizio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Name, letter, duration, position and whether it is active (Return on the list)</source>
        <translation>Nome, lettera, durata, posizione e se è attivo (Invio sull&apos;elenco)</translation>
    </message>
    <message>
        <source>Add the &amp;typical services</source>
        <translation>Aggiungi i servizi &amp;tipici</translation>
    </message>
    <message>
        <source>Registry office, Civil status, Identity card, Local taxes, Records office, SPID help and Information, to adjust afterwards</source>
        <translation>Anagrafe, Stato civile, Carta d&apos;identità, Tributi, Protocollo, Assistenza SPID e Informazioni, da adattare poi</translation>
    </message>
    <message>
        <source>The counters of this office and the services each one calls. Counters are never deleted: deactivate the ones no longer in use.</source>
        <translation>Gli sportelli di questo ufficio e i servizi che ciascuno chiama. Gli sportelli non si eliminano mai: disattiva quelli non più in uso.</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Sportelli</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;New counter…</source>
        <translation>&amp;Nuovo sportello…</translation>
    </message>
    <message>
        <source>Number, name, services and whether it is active (Return on the list)</source>
        <translation>Numero, nome, servizi e se è attivo (Invio sull&apos;elenco)</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Orario settimanale</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>E anche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: chiuso</translation>
    </message>
    <message>
        <source>%1: opens at</source>
        <translation>%1: apre alle</translation>
    </message>
    <message>
        <source>%1: closes at</source>
        <translation>%1: chiude alle</translation>
    </message>
    <message>
        <source>%1: open again later</source>
        <translation>%1: riapre più tardi</translation>
    </message>
    <message>
        <source>A second range in the same day, e.g. the afternoon</source>
        <translation>Una seconda fascia nello stesso giorno, per esempio il pomeriggio</translation>
    </message>
    <message>
        <source>%1: opens again at</source>
        <translation>%1: riapre alle</translation>
    </message>
    <message>
        <source>%1: closes again at</source>
        <translation>%1: richiude alle</translation>
    </message>
    <message>
        <source>%1: further ranges</source>
        <translation>%1: altre fasce orarie</translation>
    </message>
    <message>
        <source>&amp;Patron saint&apos;s day</source>
        <translation>Festa del santo pa&amp;trono</translation>
    </message>
    <message>
        <source>Patron saint&apos;s day</source>
        <translation>Festa del santo patrono</translation>
    </message>
    <message>
        <source>The office is closed on that day every year</source>
        <translation>L&apos;ufficio è chiuso in quel giorno ogni anno</translation>
    </message>
    <message>
        <source>Day of the patron saint&apos;s day</source>
        <translation>Giorno della festa del santo patrono</translation>
    </message>
    <message>
        <source>Month of the patron saint&apos;s day</source>
        <translation>Mese della festa del santo patrono</translation>
    </message>
    <message>
        <source>Name of the patron saint</source>
        <translation>Nome del santo patrono</translation>
    </message>
    <message>
        <source>e.g. Saint John the Baptist</source>
        <translation>per es. San Giovanni Battista</translation>
    </message>
    <message>
        <source>Extra closed days</source>
        <translation>Chiusure straordinarie</translation>
    </message>
    <message>
        <source>Closed day to add</source>
        <translation>Giorno di chiusura da aggiungere</translation>
    </message>
    <message>
        <source>&amp;Add closed day</source>
        <translation>&amp;Aggiungi giorno di chiusura</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove closed day</source>
        <translation>Rimuovi giorno di chiusura</translation>
    </message>
    <message>
        <source>Message about the hours</source>
        <translation>Messaggio sugli orari</translation>
    </message>
    <message>
        <source>Sa&amp;ve hours and closed days</source>
        <translation>Sal&amp;va orari e chiusure</translation>
    </message>
    <message>
        <source>Closed days in the next 12 months</source>
        <translation>Giorni di chiusura nei prossimi 12 mesi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cannot read the services: %1</source>
        <translation>Impossibile leggere i servizi: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Registry office</source>
        <translation>Anagrafe</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Stato civile</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carta d&apos;identità</translation>
    </message>
    <message>
        <source>Local taxes</source>
        <translation>Tributi</translation>
    </message>
    <message>
        <source>Records office</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>SPID help</source>
        <translation>Assistenza SPID</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Cannot read the counters: %1</source>
        <translation>Impossibile leggere gli sportelli: %1</translation>
    </message>
    <message>
        <source>Create the services first</source>
        <translation>Prima crea i servizi</translation>
    </message>
    <message>
        <source>Cannot read the opening hours: %1</source>
        <translation>Impossibile leggere gli orari: %1</translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>e %1</translation>
    </message>
    <message>
        <source>At most %1 extra closed days.</source>
        <translation>Al massimo %1 chiusure straordinarie.</translation>
    </message>
    <message>
        <source>Opening hours and closed days saved.</source>
        <translation>Orari e chiusure salvati.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reception&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Accoglienza&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Opening hours today</source>
        <translation>Orario di oggi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Nessuna</translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation>&amp;Disabilità</translation>
    </message>
    <message>
        <source>Pre&amp;gnancy</source>
        <translation>&amp;Gravidanza</translation>
    </message>
    <message>
        <source>&amp;Over 75</source>
        <translation>&amp;Oltre 75 anni</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>A&amp;ppuntamento</translation>
    </message>
    <message>
        <source>Citizen for the next ticket</source>
        <translation>Cittadino del prossimo biglietto</translation>
    </message>
    <message>
        <source>&amp;Link a citizen… (Ctrl+K)</source>
        <translation>&amp;Collega un cittadino… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Link a citizen</source>
        <translation>Collega un cittadino</translation>
    </message>
    <message>
        <source>&amp;Remove citizen</source>
        <translation>&amp;Togli il cittadino</translation>
    </message>
    <message>
        <source>Remove the citizen</source>
        <translation>Togli il cittadino</translation>
    </message>
    <message>
        <source>Issue a ticket: press the service&apos;s letter</source>
        <translation>Emetti un biglietto: premi la lettera del servizio</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Last ticket issued</source>
        <translation>Ultimo biglietto emesso</translation>
    </message>
    <message>
        <source>Print &amp;again (Ctrl+P)</source>
        <translation>&amp;Ristampa (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the last ticket again</source>
        <translation>Ristampa l&apos;ultimo biglietto</translation>
    </message>
    <message>
        <source>Reception problem</source>
        <translation>Problema dell&apos;accoglienza</translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>Aperto fino alle %1.</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>fuori dall&apos;orario di apertura</translation>
    </message>
    <message>
        <source>Closed: %1. Opens again %2.</source>
        <translation>Chiuso: %1. Riapre %2.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Chiuso: %1.</translation>
    </message>
    <message>
        <source>Ticket for %1 (key %2)</source>
        <translation>Biglietto per %1 (tasto %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>circa %n min</numerusform>
            <numerusform>circa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is closed (%1): no ticket was issued.</source>
        <translation>L&apos;ufficio è chiuso (%1): nessun biglietto emesso.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead</source>
        <translation>
            <numerusform>%n persona prima</numerusform>
            <numerusform>%n persone prima</numerusform>
        </translation>
    </message>
    <message>
        <source>Last ticket: &lt;b&gt;%1&lt;/b&gt; · %2 · about %3 min</source>
        <translation>Ultimo biglietto: &lt;b&gt;%1&lt;/b&gt; · %2 · circa %3 min</translation>
    </message>
    <message>
        <source>Ticket %1 issued but not printed: %2</source>
        <translation>Biglietto %1 emesso ma non stampato: %2</translation>
    </message>
    <message>
        <source>the service is unknown here.</source>
        <translation>il servizio non è noto qui.</translation>
    </message>
    <message>
        <source>Citizen: none (optional)</source>
        <translation>Cittadino: nessuno (facoltativo)</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Cittadino: %1</translation>
    </message>
    <message>
        <source>Reception&apos;s state</source>
        <translation>Stato dell&apos;accoglienza</translation>
    </message>
    <message>
        <source>No services are set up yet: the role %1 adds them under %2.</source>
        <translation>Non ci sono ancora servizi: li aggiunge chi ha il ruolo %1, da %2.</translation>
    </message>
    <message>
        <source>The role %1 changes it under %2.</source>
        <translation>La sceglie chi ha il ruolo %1, da %2.</translation>
    </message>
    <message>
        <source>%1 has already been called: its ticket is not printed again.</source>
        <translation>%1 è già stato chiamato: il biglietto non si ristampa.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::RecordViewDialog</name>
    <message>
        <source>Cannot open the record</source>
        <translation>Impossibile aprire la scheda</translation>
    </message>
    <message>
        <source>Not on this PC</source>
        <translation>Non presente su questa postazione</translation>
    </message>
    <message>
        <source>The record is not on this PC.</source>
        <translation>La scheda non è su questa postazione.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fields of the record</source>
        <translation>Campi della scheda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password: %1</source>
        <translation>Reimposta password: %1</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nuova &amp;password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Give it to the person in private: they must change it at the next sign-in.</source>
        <translation>Comunicala alla persona in privato: dovrà cambiarla al prossimo accesso.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::ServiceFormDialog</name>
    <message>
        <source>New service</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servizio: %1</translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation>Nome del servizio</translation>
    </message>
    <message>
        <source>e.g. Registry office</source>
        <translation>per es. Anagrafe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>The letter of the tickets (A 12) and the key that issues them at reception</source>
        <translation>La lettera dei biglietti (A 12) e il tasto che li emette all&apos;accoglienza</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettera:</translation>
    </message>
    <message>
        <source>Usual minutes</source>
        <translation>Minuti abituali</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long a usual request takes: the wait is estimated from it until today&apos;s figures exist</source>
        <translation>Quanto dura una richiesta abituale: l&apos;attesa si stima da qui finché non ci sono i dati di oggi</translation>
    </message>
    <message>
        <source>&amp;Usual duration:</source>
        <translation>&amp;Durata abituale:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>The order of the services at reception: lower first</source>
        <translation>L&apos;ordine dei servizi all&apos;accoglienza: prima i numeri più bassi</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Posizione:</translation>
    </message>
    <message>
        <source>&amp;Active: tickets can be issued for it</source>
        <translation>&amp;Attivo: si possono emettere biglietti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>A deactivated service stays in the figures and frees its letter</source>
        <translation>Un servizio disattivato resta nei dati e libera la sua lettera</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Create service</source>
        <translation>Crea servizio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>Database danneggiato</translation>
    </message>
    <message>
        <source>%1

Create a new, empty database now? Until technical support recovers the old file, its records will not be visible.</source>
        <translation>%1

Vuoi creare ora un nuovo database vuoto? Finché l&apos;assistenza tecnica non recupera il vecchio file, i suoi dati non saranno visibili.</translation>
    </message>
    <message>
        <source>&amp;Create new database</source>
        <translation>&amp;Crea un nuovo database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Sportello cannot start</source>
        <translation>Sportello non può avviarsi</translation>
    </message>
    <message>
        <source>Sportello cannot go on</source>
        <translation>Sportello non può continuare</translation>
    </message>
    <message>
        <source>%1
A record being typed when this was found has not been saved.</source>
        <translation>%1
Ciò che stavi scrivendo in quel momento non è stato salvato.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::SyncReviewDialog</name>
    <message>
        <source>Synchronisation: to check</source>
        <translation>Sincronizzazione: da verificare</translation>
    </message>
    <message>
        <source>Nothing here is lost: refused changes stay on this PC until they are sent again, and versions that lost to another PC&apos;s stay here for you to compare.</source>
        <translation>Qui non si perde nulla: le modifiche respinte restano su questa postazione finché non vengono inviate di nuovo, e le versioni superate da quelle di un&apos;altra postazione restano qui da confrontare.</translation>
    </message>
    <message>
        <source>Changes refused by the central service</source>
        <translation>Modifiche respinte dal servizio centrale</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Salvata il</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motivo del rifiuto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Versions that lost to another PC&apos;s</source>
        <translation>Versioni superate da quelle di un&apos;altra postazione</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Rilevata il</translation>
    </message>
    <message>
        <source>What the lost version said</source>
        <translation>Cosa diceva la versione superata</translation>
    </message>
    <message>
        <source>Lists to check</source>
        <translation>Elenchi da verificare</translation>
    </message>
    <message>
        <source>Show also the ones already &amp;dealt with</source>
        <translation>Mostra anche quelle già &amp;gestite</translation>
    </message>
    <message>
        <source>Show also the ones already dealt with</source>
        <translation>Mostra anche quelle già gestite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Invia di &amp;nuovo</translation>
    </message>
    <message>
        <source>Put the selected change back in the queue, once its cause is corrected</source>
        <translation>Rimetti la modifica selezionata tra quelle da inviare, dopo averne corretto la causa</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Apri scheda</translation>
    </message>
    <message>
        <source>&amp;Mark as dealt with</source>
        <translation>Segna come ge&amp;stita</translation>
    </message>
    <message>
        <source>It stays here for the record and is no longer counted</source>
        <translation>Resta qui come traccia e non viene più conteggiata</translation>
    </message>
    <message>
        <source>Cannot read the lists</source>
        <translation>Impossibile leggere gli elenchi</translation>
    </message>
    <message>
        <source>&amp;Refused changes (%1)</source>
        <translation>Modifiche respin&amp;te (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicting versions (%1)</source>
        <translation>Versioni in &amp;conflitto (%1)</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuova scheda</translation>
    </message>
    <message>
        <source>Dealt with on %1</source>
        <translation>Gestita il %1</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The record is not on this PC.</source>
        <translation>La scheda non è su questa postazione.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The same as the record now.</source>
        <translation>Uguale alla scheda attuale.</translation>
    </message>
    <message>
        <source>Cannot send it again</source>
        <translation>Impossibile inviarla di nuovo</translation>
    </message>
    <message>
        <source>Cannot mark it</source>
        <translation>Impossibile segnarla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::SyncStatusLabel</name>
    <message>
        <source>Synchronisation state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the central service</source>
        <translation>Non collegato al servizio centrale</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Non in linea dalle %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation>nuovo tentativo alle %1</translation>
    </message>
    <message>
        <source>Synchronisation error</source>
        <translation>Errore di sincronizzazione</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Tutto inviato</translation>
    </message>
    <message>
        <source>last synchronised at %1</source>
        <translation>ultima sincronizzazione alle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the central service</source>
        <translation>
            <numerusform>%n modifica respinta</numerusform>
            <numerusform>%n modifiche respinte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting version(s) to check</source>
        <translation>
            <numerusform>%n conflitto da verificare</numerusform>
            <numerusform>%n conflitti da verificare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept here</source>
        <translation>
            <numerusform>%n modifica conservata qui</numerusform>
            <numerusform>%n modifiche conservate qui</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC works on its own: what you save stays here, safe, until an Amministratore connects it to the central service under %1, with the address and a connection code.</source>
        <translation>Questa postazione lavora da sola: ciò che salvi resta qui, al sicuro, finché un Amministratore non la collega al servizio centrale da %1, con l&apos;indirizzo e un codice di collegamento.</translation>
    </message>
    <message>
        <source>The central service cannot be reached now: keep working, what you save is safe on this PC and goes out by itself when the service answers. If it lasts, tell the Amministratore.</source>
        <translation>Il servizio centrale ora non risponde: continua a lavorare, ciò che salvi è al sicuro su questa postazione e parte da solo quando il servizio centrale risponde. Se il problema continua, avvisa l&apos;Amministratore.</translation>
    </message>
    <message>
        <source>Synchronisation needs an Amministratore: %1</source>
        <translation>La sincronizzazione richiede l&apos;intervento di un Amministratore: %1</translation>
    </message>
    <message>
        <source>Sending and receiving changes now.</source>
        <translation>Invio e ricezione delle modifiche in corso.</translation>
    </message>
    <message>
        <source>Everything saved here has reached the central service.</source>
        <translation>Tutto ciò che è stato salvato qui è arrivato al servizio centrale.</translation>
    </message>
    <message>
        <source>Sending the changes saved here now.</source>
        <translation>Invio in corso delle modifiche salvate qui.</translation>
    </message>
</context>
<context>
    <name>Sportello::Ui::TicketPrinter</name>
    <message>
        <source>The ticket printer &quot;%1&quot; is not ready (out of paper, or in error). Check it and print the ticket again.</source>
        <translation>La stampante dei biglietti «%1» non è pronta (carta esaurita o in errore). Controllala e stampa di nuovo il biglietto.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Biglietto %1</translation>
    </message>
    <message>
        <source>The ticket printer &quot;%1&quot; is not ready: the ticket could not be sent to it.</source>
        <translation>La stampante dei biglietti «%1» non è pronta: non è stato possibile inviarle il biglietto.</translation>
    </message>
    <message>
        <source>No ticket printer is chosen. %1</source>
        <translation>Non è stata scelta una stampante per i biglietti. %1</translation>
    </message>
    <message>
        <source>The ticket printer &quot;%1&quot; was not found. Check that it is switched on and connected. %2</source>
        <translation>La stampante dei biglietti «%1» non è stata trovata. Verifica che sia accesa e collegata. %2</translation>
    </message>
    <message>
        <source>The folder for the tickets, &quot;%1&quot;, cannot be made here. %2</source>
        <translation>La cartella dei biglietti «%1» non può essere creata su questa postazione. %2</translation>
    </message>
    <message>
        <source>The tickets cannot be saved in the folder &quot;%1&quot;: it is not writable. %2</source>
        <translation>I biglietti non possono essere salvati nella cartella «%1»: non è scrivibile. %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database file &lt;path&gt;.</source>
        <translation>Usa il file di database &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Use the settings file &lt;path&gt;.</source>
        <translation>Usa il file di impostazioni &lt;path&gt;.</translation>
    </message>
</context>
</TS>
