# OpenTRM - validation messages: every rule a field can break, in Polish (polski).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = nie może być puste
err-too-long = za długie: liczba znaków { $len }, dozwolone najwyżej { $max }
err-control-characters = nie może zawierać znaków sterujących
err-too-many-entries = za dużo pozycji: { $count }, dozwolone najwyżej { $max }
err-listed-twice = podano dwa razy
err-missing = brakuje
err-missing-field = jest wymagane (`{ $name }`)
err-date-in-future = { $date } to data w przyszłości
err-in-future = to data w przyszłości
err-in-past = to data w przeszłości
err-between = musi mieścić się w przedziale od { $min } do { $max }
err-longer-than = za długie: najwyżej { $max } znaków
err-malformed = jest nieprawidłowe: { $detail }
err-not-an-object = musi być obiektem JSON, a nie listą
err-already-taken = jest już zajęte

## The case

err-stale-version = sprawa ma wersję { $version }, a nie { $expected }: wczytaj ją ponownie i powtórz zmianę
err-case-restricted = przetwarzanie tej sprawy jest ograniczone na prośbę osoby; najpierw zdejmij ograniczenie
err-case-erased = dane osoby w tej sprawie zostały usunięte; sprawy nie można już zmieniać
err-already-restricted = jest już ograniczona
err-erased = została usunięta
err-not-restricted = nie jest ograniczona
err-already-anonymised = została już zanonimizowana
err-reflection-ends-before-start = okres do namysłu kończy się ({ $ends_on }) przed rozpoczęciem ({ $starts_on })
err-no-goals = plan pomocy musi mieć co najmniej jeden cel
err-too-many-goals = najwyżej { $max } celów
err-too-many-countries = najwyżej { $max } krajów
err-other-exploitation-only = wypełnia się tylko wtedy, gdy wśród form wyzysku jest „inne”
err-unknown-means-combined = „nieznane” nie może występować razem ze znanymi środkami
err-exploitation-ends-before-start = wyzysk nie może się zakończyć ({ $ended }) przed rozpoczęciem ({ $began })
err-previously-trafficked-only = wypełnia się tylko wtedy, gdy osoba już wcześniej była ofiarą handlu ludźmi
err-name-required = potrzebne jest imię: podaj imię, nazwisko lub co najmniej jeden pseudonim
err-born-too-early = { $date } to data sprzed roku { $year }
err-age-estimate-contradicts = szacowany wiek „{ $estimate }” jest sprzeczny z datą urodzenia { $born }; gdy data jest znana, pomiń szacunek
err-identity-confirmed-only = podaje się tylko wtedy, gdy tożsamość jest potwierdzona
err-child-needs-guardian = „{ $measure }” nie może zostać oznaczone jako wykonane dla dziecka, dopóki w sprawie nie zapisano opiekuna
err-child-needs-best-interests = „{ $measure }” nie może zostać oznaczone jako wykonane dla dziecka bez zapisanego ustalenia najlepszego interesu dziecka

## Consents and shares

err-only-given-revocable = cofnąć można tylko udzieloną zgodę; aby zmienić odmowę, zapisz nową zgodę
err-already-revoked = ta zgoda została już cofnięta
err-revoked-before-given = { $revoked_on } to data sprzed udzielenia zgody ({ $decided_on })
err-no-sections = wybierz co najmniej jedną sekcję do udostępnienia
err-no-consent-to-share = osoba nie zgodziła się na udostępnienie swoich danych: { $organisation } ({ $country }), cel: { $purpose }. Zapisz zgodę lub podaj podstawę prawną
err-emergency-too-short = opisz sytuację nagłą jednym zdaniem (co najmniej { $min } znaków)
err-already-withdrawn = zostało już wycofane
err-erasure-needs-reason = podaj wniosek, na który odpowiada usunięcie

## Accounts and API tokens

err-password-too-short = za krótkie: liczba znaków { $len }, potrzeba co najmniej { $min }
err-repeated-character = nie może powtarzać jednego znaku
err-not-current-password = to nie jest Twoje obecne hasło
err-totp-or-recovery-code = wyślij `totp` albo `recovery_code`, nie oba
err-totp-not-current = to nie jest bieżący kod nowego sekretu: sprawdź sekret wpisany w aplikacji i zegar urządzenia
err-token-name-required = potrzebna jest nazwa
err-no-scopes = wybierz co najmniej jeden zakres uprawnień
err-own-account = nie możesz wyłączyć własnego konta
err-no-such-organisation = nie ma takiej organizacji w tym węźle
err-no-such-user = nie ma takiego użytkownika w tym węźle
err-not-user-of-your-organisation = { $user } nie jest użytkownikiem Twojej organizacji
err-not-a-sop = musi być numerem SOP, od 1 do 5
err-not-a-page-cursor = nie jest identyfikatorem sprawy z poprzedniej strony
err-not-one-of = `{ $value }` nie należy do dozwolonych wartości: { $options }
err-not-a-node-language = `{ $tag }` nie jest językiem tego węzła; dostępne języki: { $offered }

## Referrals

err-no-version-to-follow = nie ma wersji, którą można kontynuować
err-draft-exists = wersja { $version } jest już szkicem; edytuj ją
err-sent-no-draft = nie ma szkicu: zostało wysłane; zacznij nową wersję, aby coś dodać
err-next-version-is-theirs = wersję { $version } wysłano stąd; następną wersję pisze drugi kraj (w międzyczasie możesz wysłać mu zapytanie)
err-no-draft-to-send = nie ma szkicu do wysłania
err-draft-in-progress = wersja { $version } jest tu przygotowywana; trzeba ją wysłać lub odrzucić przed przyjęciem innej wersji
err-unexpected-version = ma numer { $version }; ten węzeł oczekuje teraz wersji { $expected }
err-same-side-twice = poprzednią wersję napisała ta sama strona; wersje powstają na przemian w obu krajach
err-own-country = to kraj tego węzła ({ $country }); skierowanie trafia do innego kraju
err-transfers-blocked = przekazywanie danych osobowych do { $peer } ({ $country }) zostało zablokowane przez administratora tego węzła; nic nie wysłano
err-no-consent-for-referral = w sprawie brak ważnej zgody osoby na udostępnienie danych do { $country } w celu skierowania (stan zgody: { $state ->
        [refused] odmowa
        [revoked] cofnięta
       *[other] niezapisana
    }); najpierw zapisz zgodę w sprawie
err-author-is-our-side = ma wartość `{ $side }` — to strona, którą ten węzeł wypełnia dla skierowania { $referral }
err-no-consent-to-send = ma wartość „nie”: bez zgody osoby na udostępnianie danych między krajami skierowania nie można wysłać
err-child-templates-missing = dzieci mają wrócić: wypełnij formularz dziecka dla każdego dziecka
err-child-template-for-person = osoba pokrzywdzona ma mniej niż 18 lat lub jej wiek jest nieznany: wypełnij dla niej formularz dziecka (opiekun, najlepszy interes)
err-required-because-yes = jest wymagane, ponieważ `{ $other }` ma wartość „tak”
err-required-because-includes = jest wymagane, ponieważ `{ $other }` zawiera `{ $code }`
err-required-before-sending = jest wymagane przed wysłaniem
err-before-field = jest wcześniej niż `{ $other }`
err-filled-by-origin = wypełnia je kraj pochodzenia lub kraj trzeci po powrocie; kraj wyzysku nie może go wpisać ani zmienić
err-filled-by-exploitation = wypełnia je kraj wyzysku; kraj pochodzenia nie może go wpisać ani zmienić
err-author-side-either = musi mieć wartość `exploitation` albo `origin`
err-template-version-changed = ma numer { $version }, ale skierowanie utworzono w wersji { $original }; skierowanie zachowuje swoją wersję formularza
err-unknown-template-version = ten węzeł nie zna wersji { $version } formularza skierowania (zna: { $known }); skierowanie będzie można odczytać dopiero po aktualizacji węzła
err-document-template-version = ma numer { $version }, ale dokument podaje wersję formularza { $document }
err-not-a-field-of = nie jest polem { $part ->
        [child] formularza dziecka
       *[other] formularza skierowania
    }, wersja { $version }
err-not-a-field-of-profile = nie jest polem { $part ->
        [child] formularza dziecka
       *[other] formularza skierowania
    }, wersja { $version }, z profilem { $country } w wersji { $profile_version }

## Values of the referral template's fields

err-not-a-date = musi być datą w formacie RRRR-MM-DD
err-not-a-date-time = musi być datą i godziną w formacie RFC 3339, np. 2026-03-01T14:30:00+01:00
err-not-yes-no = musi mieć wartość tak (true) lub nie (false)
err-not-one-code = musi być jednym kodem (tekstem)
err-not-a-code-string = musi być kodem (tekstem)
err-not-a-list = musi być listą kodów
err-not-in-list = `{ $code }` nie występuje na liście kodów `{ $list }` ({ $codes })
err-not-a-country-string = musi być kodem kraju (tekstem)
err-not-country-code = `{ $code }` nie jest kodem kraju ISO 3166-1 alpha-2 (dwie wielkie litery, np. AL, IT, MD)
err-not-language-code = `{ $code }` nie jest kodem języka ISO 639-1 (dwie małe litery, np. sq, it, ro)
err-not-an-email = nie jest adresem e-mail
err-contact-needs-who = potrzebna jest organizacja lub osoba kontaktowa
err-not-a-contact = musi być kontaktem { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = działanie można przyjąć dopiero po jego zaproponowaniu
err-not-an-offer = musi mieć postać { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = nie jest częścią tekstu; oczekiwane są `text` i `lang`
err-not-text = musi być tekstem: ciągiem znaków lub { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = musi mieścić się w jednym wierszu

## Requests between countries

err-due-in-past = to { $due_by }, data w przeszłości (dziś jest { $today })
err-due-too-far = wypada dalej niż za { $days } dni; poproś o odpowiedź najpóźniej do { $latest }
err-no-dispatch-target = wskaż organizację lub użytkownika (albo oboje), do których trafia zapytanie
err-only-incoming-opened = tutaj można otworzyć tylko zapytanie otrzymane z innego kraju
err-only-incoming-dispatched = przydzielić można tylko zapytanie otrzymane z innego kraju
err-only-incoming-answered = tutaj można odpowiedzieć tylko na zapytanie otrzymane z innego kraju
err-only-outgoing-opened = drugi kraj może otworzyć tylko zapytanie wysłane stąd
err-only-outgoing-answered = drugi kraj może odpowiedzieć tylko na zapytanie wysłane stąd
err-already-answered = odpowiedź została już udzielona ({ $at })
err-not-the-requests-referral = nie jest skierowaniem, którego dotyczy zapytanie
err-not-organisation-of-node = nie jest organizacją tego węzła
err-user-disabled = jest wyłączony
err-user-not-in-organisation = nie pracuje w tej organizacji
err-role-sees-no-personal-data = ma rolę { $role }, która nigdy nie widzi danych osoby
err-not-user-of-node = nie jest użytkownikiem tego węzła

## Messages from other countries' nodes

err-unknown-payload-format = ma format { $format }; ten węzeł odczytuje format { $expected }
err-not-a-request = nie jest zapytaniem: { $detail }
err-not-a-reply = nie jest odpowiedzią: { $detail }
err-not-a-referral-document = nie jest dokumentem skierowania: { $detail }
err-not-an-opened-notice = nie jest powiadomieniem o otwarciu: { $detail }
err-not-a-revocation-notice = nie jest powiadomieniem o cofnięciu: { $detail }
err-not-a-key-handover = nie jest przekazaniem klucza: { $detail }
err-envelope-refused = wiadomość odrzucono: { $detail }
err-no-case-reference = wiadomość bez odniesienia do sprawy
err-referral-not-from-sender = skierowanie nie pochodzi z kraju nadawcy
err-kind-not-taken-in = wiadomości `{ $kind }` nie są jeszcze przyjmowane
err-not-the-envelopes-referral = nie jest skierowaniem wskazanym w kopercie
err-no-shared-referral = nie ma tu skierowania { $referral } wymienionego z { $country }: zapytanie dotyczy skierowania, które mają oba węzły
err-referral-restricted-here = jest tu ograniczone: zgoda, na podstawie której je wysłano, została cofnięta
err-request-received-already = zapytanie { $request } zostało już otrzymane
err-no-such-sent-request = stąd nie wysłano zapytania { $request } do { $country }: odpowiedź musi dotyczyć zapytania
err-rotated-out-key = podpisano wymienionym kluczem: klucz { $key } tego węzła partnerskiego wycofano { $retired_at }; przyjmuje się nim tylko wiadomości utworzone do tego czasu
err-handover-refused = przekazanie klucza odrzucono: { $detail }
err-peer-handover-refused = przekazanie klucza węzła partnerskiego odrzucono: { $detail }

## The node's settings

err-not-positive = musi być większe od zera
err-not-after = { $value } nie jest później niż { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } to dłużej niż { $max }, czyli czas przechowywania wycofanych kluczy deszyfrujących
err-not-a-duration = `{ $text }` nie jest czasem trwania: wpisz liczbę całkowitą i jednostkę (s, m, h lub d), np. "30m"
err-longer-than-a-year = `{ $text }` to dłużej niż rok

## Template, profile and crosswalk files

err-template-unreadable = nie jest prawidłowym plikiem formularza: { $detail }
err-profile-unreadable = nie jest prawidłowym plikiem profilu: { $detail }
err-crosswalk-unreadable = nie jest prawidłowym plikiem odwzorowań: { $detail }
err-template-file-version = plik wersji { $version } podaje { $found }
err-profile-file-country = plik dla { $country } podaje { $found }
err-wrong-format = ma wartość `{ $found }`; oczekiwano `{ $expected }`
err-not-a-code = nie jest kodem
err-empty-list = jest pusta
err-code-not-a-code = `{ $code }` nie jest kodem
err-code-listed-twice = `{ $code }` podano dwa razy
err-defined-twice = zdefiniowano dwa razy
err-not-a-field-code = `{ $code }` nie jest kodem pola: oczekiwano `grupa.pole` z małych liter, cyfr i `_`
err-bad-condition = `{ $condition }`: kod po `=` nie jest kodem
err-no-such-list = wskazuje listę kodów `{ $list }`, która nie istnieje
err-needs-list = potrzebna jest lista kodów (`list`)
err-takes-no-list = ma listę kodów, ale jego typ jej nie przyjmuje
err-required-twice = ma jednocześnie required i required_when; wybierz jedno
err-condition-unknown-field = required_when wskazuje `{ $field }`, które nie jest polem tej samej części
err-condition-needs-yes-no = required_when `{ $field }` wymaga pola tak/nie (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: to pole nie może zawierać `{ $code }`
err-profile-template-version = ma numer { $version }, ale formularz ma wersję { $template }
err-not-a-template-field = `{ $code }` nie jest polem formularza w wersji { $version }
err-removes-required = `{ $code }` jest wymagane w formularzu; profil może usuwać tylko pola nieobowiązkowe
err-remove-both-or-neither = `{ $code }` decyduje, czy `{ $dependant }` jest wymagane; usuń oba albo żadnego
err-bad-profile-field-code = `{ $code }` musi zaczynać się od `x_` i kodu kraju (np. `x_{ $country }_`) i składać się z małych liter, cyfr i `_`
err-needs-english-label = potrzebna jest etykieta po angielsku (`en`)
err-label-length = musi mieć od 1 do { $max } znaków
err-not-a-group = `{ $group }` nie jest grupą formularza
err-crosswalk-version = ma numer { $version }, ale odwzorowanie HTCDS dotyczy wersji formularza { $mapped }
