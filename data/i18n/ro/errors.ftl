# OpenTRM - validation messages: every rule a field can break, in Romanian (română).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = nu poate fi gol
err-too-long = este prea lung: număr de caractere { $len }, permis cel mult { $max }
err-control-characters = nu poate conține caractere de control
err-too-many-entries = prea multe elemente: { $count }, permis cel mult { $max }
err-listed-twice = este trecut de două ori
err-missing = lipsește
err-missing-field = este obligatoriu (`{ $name }`)
err-date-in-future = { $date } este în viitor
err-in-future = este în viitor
err-in-past = este în trecut
err-between = trebuie să fie între { $min } și { $max }
err-longer-than = este prea lung: cel mult { $max } caractere
err-malformed = nu este valid: { $detail }
err-not-an-object = trebuie să fie un obiect JSON, nu o listă
err-already-taken = este deja folosit

## The case

err-stale-version = cazul este la versiunea { $version }, nu { $expected }: reîncărcați-l și refaceți modificarea
err-case-restricted = prelucrarea acestui caz este restricționată la cererea persoanei; mai întâi ridicați restricția
err-case-erased = datele persoanei din acest caz au fost șterse; cazul nu mai poate fi modificat
err-already-restricted = este deja restricționat
err-erased = a fost șters
err-not-restricted = nu este restricționat
err-already-anonymised = a fost deja anonimizat
err-reflection-ends-before-start = perioada de reflecție se încheie ({ $ends_on }) înainte să înceapă ({ $starts_on })
err-no-goals = un plan de asistență are nevoie de cel puțin un obiectiv
err-too-many-goals = cel mult { $max } obiective
err-too-many-countries = cel mult { $max } țări
err-other-exploitation-only = se completează doar dacă printre tipurile de exploatare este „altul”
err-unknown-means-combined = „necunoscut” nu poate fi combinat cu mijloace cunoscute
err-exploitation-ends-before-start = exploatarea nu se poate încheia ({ $ended }) înainte să fi început ({ $began })
err-previously-trafficked-only = se completează doar dacă persoana a mai fost traficată înainte
err-name-required = este nevoie de un nume: scrieți prenumele, numele de familie sau cel puțin o poreclă
err-born-too-early = { $date } este înainte de anul { $year }
err-age-estimate-contradicts = estimarea vârstei „{ $estimate }” contrazice data nașterii { $born }; dacă data este cunoscută, lăsați estimarea necompletată
err-identity-confirmed-only = se trece doar dacă identitatea este confirmată
err-child-needs-guardian = „{ $measure }” nu poate fi marcată ca realizată pentru un copil până când în caz nu este înregistrat un tutore
err-child-needs-best-interests = „{ $measure }” nu poate fi marcată ca realizată pentru un copil fără o decizie înregistrată privind interesul superior al copilului

## Consents and shares

err-only-given-revocable = doar un consimțământ dat poate fi retras; pentru a schimba un refuz, înregistrați un consimțământ nou
err-already-revoked = acest consimțământ este deja retras
err-revoked-before-given = { $revoked_on } este înainte de data consimțământului ({ $decided_on })
err-no-sections = alegeți cel puțin o secțiune de partajat
err-no-consent-to-share = persoana nu și-a dat consimțământul ca datele sale să fie partajate cu { $organisation } ({ $country }), scop: { $purpose }. Înregistrați consimțământul sau indicați temeiul legal
err-emergency-too-short = descrieți urgența într-o propoziție (cel puțin { $min } caractere)
err-already-withdrawn = este deja retrasă
err-erasure-needs-reason = indicați cererea la care răspunde ștergerea

## Accounts and API tokens

err-password-too-short = este prea scurtă: număr de caractere { $len }, sunt necesare cel puțin { $min }
err-repeated-character = nu poate repeta un singur caracter
err-not-current-password = nu este parola dumneavoastră actuală
err-totp-or-recovery-code = trimiteți `totp` sau `recovery_code`, nu pe amândouă
err-totp-not-current = nu este codul actual al noului secret: verificați secretul introdus în aplicație și ceasul dispozitivului
err-token-name-required = este nevoie de un nume
err-no-scopes = alegeți cel puțin un domeniu de acces
err-own-account = nu vă puteți dezactiva propriul cont
err-no-such-organisation = această organizație nu există pe acest nod
err-no-such-user = acest utilizator nu există pe acest nod
err-not-user-of-your-organisation = { $user } nu este utilizator al organizației dumneavoastră
err-not-a-sop = trebuie să fie numărul unei SOP, de la 1 la 5
err-not-a-page-cursor = nu este identificatorul unui caz de pe o pagină anterioară
err-not-one-of = `{ $value }` nu este printre valorile permise: { $options }
err-not-a-node-language = `{ $tag }` nu este o limbă a acestui nod; limbile sunt: { $offered }

## Referrals

err-no-version-to-follow = nu are o versiune care să fie continuată
err-draft-exists = versiunea { $version } este deja o ciornă; editați-o pe aceea
err-sent-no-draft = nu are ciornă: a fost trimisă; începeți o versiune nouă pentru a adăuga ceva
err-next-version-is-theirs = versiunea { $version } a fost trimisă de aici; următoarea versiune o scrie cealaltă țară (între timp îi puteți trimite o cerere)
err-no-draft-to-send = nu are o ciornă de trimis
err-draft-in-progress = versiunea { $version } este în lucru aici; trebuie trimisă sau renunțată înainte de a primi o altă versiune
err-unexpected-version = este { $version }; acest nod așteaptă acum versiunea { $expected }
err-same-side-twice = versiunea anterioară a fost scrisă de aceeași parte; versiunile alternează între țări
err-own-country = este țara acestui nod ({ $country }); o referire merge către o altă țară
err-transfers-blocked = transferurile de date personale către { $peer } ({ $country }) sunt blocate de administratorul acestui nod; nu s-a trimis nimic
err-no-consent-for-referral = cazul nu are un consimțământ valabil al persoanei pentru partajarea datelor cu { $country } pentru o referire (consimțământul este { $state ->
        [refused] refuzat
        [revoked] retras
       *[other] neînregistrat
    }); mai întâi înregistrați consimțământul în caz
err-author-is-our-side = este `{ $side }`, partea pe care acest nod o completează pentru referirea { $referral }
err-no-consent-to-send = este „nu”: fără consimțământul persoanei pentru partajarea datelor între țări, referirea nu poate fi trimisă
err-child-templates-missing = există copii care trebuie să se întoarcă: completați formularul pentru copil pentru fiecare copil
err-child-template-for-person = persoana traficată are sub 18 ani sau vârsta nu este cunoscută: completați pentru ea formularul pentru copil (tutore, interesul superior)
err-required-because-yes = este obligatoriu pentru că `{ $other }` este „da”
err-required-because-includes = este obligatoriu pentru că `{ $other }` include `{ $code }`
err-required-before-sending = este obligatoriu înainte de trimitere
err-before-field = este înainte de `{ $other }`
err-filled-by-origin = este completat de țara de origine sau de o țară terță după întoarcere; țara de exploatare nu îl poate introduce sau modifica
err-filled-by-exploitation = este completat de țara de exploatare; țara de origine nu îl poate introduce sau modifica
err-author-side-either = trebuie să fie `exploitation` sau `origin`
err-template-version-changed = este { $version }, dar referirea a fost făcută cu versiunea { $original }; o referire își păstrează versiunea formularului
err-unknown-template-version = acest nod nu cunoaște versiunea { $version } a formularului de referire (cunoaște: { $known }); referirea poate fi citită doar după actualizarea nodului
err-document-template-version = este { $version }, dar documentul indică versiunea { $document } a formularului
err-not-a-field-of = nu este un câmp al { $part ->
        [child] formularului pentru copil
       *[other] formularului de referire
    }, versiunea { $version }
err-not-a-field-of-profile = nu este un câmp al { $part ->
        [child] formularului pentru copil
       *[other] formularului de referire
    }, versiunea { $version }, cu profilul { $country } versiunea { $profile_version }

## Values of the referral template's fields

err-not-a-date = trebuie să fie o dată în formatul AAAA-LL-ZZ
err-not-a-date-time = trebuie să fie o dată și o oră în formatul RFC 3339, de ex. 2026-03-01T14:30:00+01:00
err-not-yes-no = trebuie să fie da (true) sau nu (false)
err-not-one-code = trebuie să fie un singur cod (text)
err-not-a-code-string = trebuie să fie un cod (text)
err-not-a-list = trebuie să fie o listă de coduri
err-not-in-list = `{ $code }` nu este în lista de coduri `{ $list }` ({ $codes })
err-not-a-country-string = trebuie să fie un cod de țară (text)
err-not-country-code = `{ $code }` nu este un cod de țară ISO 3166-1 alpha-2 (două majuscule, de ex. AL, IT, MD)
err-not-language-code = `{ $code }` nu este un cod de limbă ISO 639-1 (două litere mici, de ex. sq, it, ro)
err-not-an-email = nu este o adresă de e-mail
err-contact-needs-who = este nevoie de organizație sau de o persoană de contact
err-not-a-contact = trebuie să fie un contact { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = o măsură poate fi acceptată doar după ce a fost oferită
err-not-an-offer = trebuie să fie { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = nu face parte dintr-un text; se așteaptă `text` și `lang`
err-not-text = trebuie să fie text: un șir sau { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = trebuie să fie pe un singur rând

## Requests between countries

err-due-in-past = este { $due_by }, în trecut (astăzi este { $today })
err-due-too-far = este la mai mult de { $days } zile în viitor; cereți un răspuns cel târziu până la { $latest }
err-no-dispatch-target = indicați organizația sau utilizatorul (sau pe amândouă) către care merge cererea
err-only-incoming-opened = doar o cerere primită din altă țară poate fi deschisă aici
err-only-incoming-dispatched = doar o cerere primită din altă țară poate fi repartizată
err-only-incoming-answered = doar unei cereri primite din altă țară i se poate răspunde aici
err-only-outgoing-opened = doar o cerere trimisă de aici poate fi deschisă de cealaltă țară
err-only-outgoing-answered = doar unei cereri trimise de aici îi poate răspunde cealaltă țară
err-already-answered = a primit deja răspuns ({ $at })
err-not-the-requests-referral = nu este referirea la care se referă cererea
err-not-organisation-of-node = nu este o organizație a acestui nod
err-user-disabled = este dezactivat
err-user-not-in-organisation = nu lucrează pentru acea organizație
err-role-sees-no-personal-data = are rolul { $role }, care nu vede niciodată datele unei persoane
err-not-user-of-node = nu este utilizator al acestui nod

## Messages from other countries' nodes

err-unknown-payload-format = este { $format }; acest nod citește formatul { $expected }
err-not-a-request = nu este o cerere: { $detail }
err-not-a-reply = nu este un răspuns: { $detail }
err-not-a-referral-document = nu este un document de referire: { $detail }
err-not-an-opened-notice = nu este o notificare de deschidere: { $detail }
err-not-a-revocation-notice = nu este o notificare de retragere: { $detail }
err-not-a-key-handover = nu este un transfer de cheie: { $detail }
err-envelope-refused = mesajul a fost refuzat: { $detail }
err-no-case-reference = un mesaj fără referință la un caz
err-referral-not-from-sender = referirea nu a venit din țara expeditorului
err-kind-not-taken-in = mesajele `{ $kind }` nu sunt încă primite
err-not-the-envelopes-referral = nu este referirea indicată în plic
err-no-shared-referral = aici nu există referirea { $referral } schimbată cu { $country }: o cerere privește o referire pe care o au ambele noduri
err-referral-restricted-here = este restricționată aici: consimțământul cu care a fost trimisă a fost retras
err-request-received-already = cererea { $request } a fost deja primită
err-no-such-sent-request = de aici nu s-a trimis cererea { $request } către { $country }: un răspuns trebuie să răspundă unei cereri
err-rotated-out-key = semnat cu o cheie înlocuită: cheia { $key } a acestui nod partener a fost retrasă la { $retired_at }; cu ea se acceptă doar mesajele create până atunci
err-handover-refused = transferul cheii este refuzat: { $detail }
err-peer-handover-refused = transferul cheii nodului partener este refuzat: { $detail }

## The node's settings

err-not-positive = trebuie să fie mai mare decât zero
err-not-after = { $value } nu este după { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } este mai lung decât { $max }, timpul cât sunt păstrate cheile de decriptare retrase
err-not-a-duration = `{ $text }` nu este o durată: scrieți un număr întreg și o unitate (s, m, h sau d), de ex. "30m"
err-longer-than-a-year = `{ $text }` este mai lung de un an

## Template, profile and crosswalk files

err-template-unreadable = nu este un fișier de formular valid: { $detail }
err-profile-unreadable = nu este un fișier de profil valid: { $detail }
err-crosswalk-unreadable = nu este un fișier de corespondențe valid: { $detail }
err-template-file-version = fișierul versiunii { $version } indică { $found }
err-profile-file-country = fișierul pentru { $country } indică { $found }
err-wrong-format = este `{ $found }`; se aștepta `{ $expected }`
err-not-a-code = nu este un cod
err-empty-list = este gol
err-code-not-a-code = `{ $code }` nu este un cod
err-code-listed-twice = `{ $code }` este trecut de două ori
err-defined-twice = este definit de două ori
err-not-a-field-code = `{ $code }` nu este un cod de câmp: se așteaptă `grup.câmp` cu litere mici, cifre și `_`
err-bad-condition = `{ $condition }`: codul de după `=` nu este un cod
err-no-such-list = indică lista de coduri `{ $list }`, care nu există
err-needs-list = este nevoie de o listă de coduri (`list`)
err-takes-no-list = are o listă de coduri, dar tipul său nu primește listă
err-required-twice = este și required, și required_when; alegeți una
err-condition-unknown-field = required_when indică `{ $field }`, care nu este un câmp din aceeași parte
err-condition-needs-yes-no = required_when `{ $field }` cere un câmp da/nu (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: acel câmp nu poate conține `{ $code }`
err-profile-template-version = este { $version }, dar formularul este la versiunea { $template }
err-not-a-template-field = `{ $code }` nu este un câmp al versiunii { $version } a formularului
err-removes-required = `{ $code }` este obligatoriu în formular; un profil poate elimina doar câmpuri opționale
err-remove-both-or-neither = `{ $code }` decide dacă `{ $dependant }` este obligatoriu; eliminați-le pe amândouă sau pe niciunul
err-bad-profile-field-code = `{ $code }` trebuie să înceapă cu `x_` și un cod de țară (de ex. `x_{ $country }_`) și să folosească litere mici, cifre și `_`
err-needs-english-label = este nevoie de o etichetă în engleză (`en`)
err-label-length = trebuie să aibă între 1 și { $max } caractere
err-not-a-group = `{ $group }` nu este un grup al formularului
err-crosswalk-version = este { $version }, dar corespondențele HTCDS sunt pentru versiunea { $mapped } a formularului
