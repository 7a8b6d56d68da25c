# OpenTRM - validation messages: every rule a field can break, in Croatian (hrvatski).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = ne smije biti prazno
err-too-long = predugo je: broj znakova { $len }, najviše dopušteno { $max }
err-control-characters = ne smije sadržavati kontrolne znakove
err-too-many-entries = previše unosa: { $count }, najviše dopušteno { $max }
err-listed-twice = navedeno je dvaput
err-missing = nedostaje
err-missing-field = obavezno je (`{ $name }`)
err-date-in-future = { $date } je u budućnosti
err-in-future = je u budućnosti
err-in-past = je u prošlosti
err-between = mora biti između { $min } i { $max }
err-longer-than = predugo je: najviše { $max } znakova
err-malformed = nije valjano: { $detail }
err-not-an-object = mora biti JSON objekt, a ne popis
err-already-taken = već je zauzeto

## The case

err-stale-version = slučaj je u verziji { $version }, a ne { $expected }: ponovno ga učitajte i ponovite promjenu
err-case-restricted = obrada ovog slučaja ograničena je na zahtjev osobe; najprije uklonite ograničenje
err-case-erased = podaci osobe u ovom slučaju su izbrisani; slučaj se više ne može mijenjati
err-already-restricted = već je ograničen
err-erased = izbrisan je
err-not-restricted = nije ograničen
err-already-anonymised = već je anonimiziran
err-reflection-ends-before-start = razdoblje razmišljanja završava ({ $ends_on }) prije nego što počinje ({ $starts_on })
err-no-goals = plan pomoći treba barem jedan cilj
err-too-many-goals = najviše { $max } ciljeva
err-too-many-countries = najviše { $max } zemalja
err-other-exploitation-only = popunjava se samo ako je među vrstama iskorištavanja „drugo”
err-unknown-means-combined = „nepoznato” ne može ići zajedno s poznatim sredstvima
err-exploitation-ends-before-start = iskorištavanje ne može završiti ({ $ended }) prije nego što je počelo ({ $began })
err-previously-trafficked-only = popunjava se samo ako je osoba već ranije bila žrtva trgovanja ljudima
err-name-required = potrebno je ime: upišite ime, prezime ili barem jedan nadimak
err-born-too-early = { $date } je prije { $year }.
err-age-estimate-contradicts = procjena dobi „{ $estimate }” proturječi datumu rođenja { $born }; ako je datum poznat, izostavite procjenu
err-identity-confirmed-only = bilježi se samo ako je identitet potvrđen
err-child-needs-guardian = „{ $measure }” ne može se označiti kao obavljeno za dijete dok u slučaju nije zabilježen skrbnik
err-child-needs-best-interests = „{ $measure }” ne može se označiti kao obavljeno za dijete bez zabilježene odluke o najboljem interesu djeteta

## Consents and shares

err-only-given-revocable = opozvati se može samo dani pristanak; za promjenu odbijanja zabilježite novi pristanak
err-already-revoked = ovaj pristanak je već opozvan
err-revoked-before-given = { $revoked_on } je prije datuma pristanka ({ $decided_on })
err-no-sections = odaberite barem jedan dio za dijeljenje
err-no-consent-to-share = osoba nije dala pristanak na dijeljenje svojih podataka s { $organisation } ({ $country }), svrha: { $purpose }. Zabilježite pristanak ili navedite pravnu osnovu
err-emergency-too-short = opišite hitni slučaj jednom rečenicom (najmanje { $min } znakova)
err-already-withdrawn = već je povučeno
err-erasure-needs-reason = navedite zahtjev na koji brisanje odgovara

## Accounts and API tokens

err-password-too-short = prekratka je: broj znakova { $len }, potrebno najmanje { $min }
err-repeated-character = ne smije ponavljati samo jedan znak
err-not-current-password = to nije vaša trenutna lozinka
err-totp-or-recovery-code = pošaljite `totp` ili `recovery_code`, ne oboje
err-totp-not-current = to nije trenutni kôd nove tajne: provjerite tajnu upisanu u aplikaciju i sat uređaja
err-token-name-required = potrebno je ime
err-no-scopes = odaberite barem jedno područje ovlasti
err-own-account = ne možete onemogućiti vlastiti račun
err-no-such-organisation = ta organizacija ne postoji na ovom čvoru
err-no-such-user = taj korisnik ne postoji na ovom čvoru
err-not-user-of-your-organisation = { $user } nije korisnik vaše organizacije
err-not-a-sop = mora biti broj SOP-a, od 1 do 5
err-not-a-page-cursor = nije oznaka slučaja s prethodne stranice
err-not-one-of = `{ $value }` nije među dopuštenim vrijednostima: { $options }
err-not-a-node-language = `{ $tag }` nije jezik ovog čvora; jezici su: { $offered }

## Referrals

err-no-version-to-follow = nema verzije na koju bi se nastavilo
err-draft-exists = verzija { $version } već je nacrt; uredite nju
err-sent-no-draft = nema nacrta: poslano je; započnite novu verziju da nešto dodate
err-next-version-is-theirs = verzija { $version } poslana je odavde; sljedeću verziju piše druga zemlja (u međuvremenu joj možete poslati zahtjev)
err-no-draft-to-send = nema nacrta za slanje
err-draft-in-progress = verzija { $version } ovdje se priprema; treba je poslati ili odbaciti prije primanja druge verzije
err-unexpected-version = je { $version }; ovaj čvor sada očekuje verziju { $expected }
err-same-side-twice = prethodnu verziju napisala je ista strana; verzije se izmjenjuju između zemalja
err-own-country = to je zemlja ovog čvora ({ $country }); upućivanje ide u drugu zemlju
err-transfers-blocked = prijenosi osobnih podataka prema { $peer } ({ $country }) blokirani su od administratora ovog čvora; ništa nije poslano
err-no-consent-for-referral = slučaj nema važeći pristanak osobe na dijeljenje podataka sa zemljom { $country } radi upućivanja (pristanak je { $state ->
        [refused] odbijen
        [revoked] opozvan
       *[other] nije zabilježen
    }); najprije zabilježite pristanak u slučaju
err-author-is-our-side = je `{ $side }`, strana koju ovaj čvor popunjava za upućivanje { $referral }
err-no-consent-to-send = je „ne”: bez pristanka osobe na dijeljenje podataka između zemalja upućivanje se ne može poslati
err-child-templates-missing = djeca se trebaju vratiti: popunite obrazac za dijete za svako dijete
err-child-template-for-person = žrtva trgovanja ljudima mlađa je od 18 godina ili joj dob nije poznata: popunite za nju obrazac za dijete (skrbnik, najbolji interes)
err-required-because-yes = obavezno je jer je `{ $other }` „da”
err-required-because-includes = obavezno je jer `{ $other }` sadrži `{ $code }`
err-required-before-sending = obavezno je prije slanja
err-before-field = je prije `{ $other }`
err-filled-by-origin = popunjava ga zemlja podrijetla ili treća zemlja nakon povratka; zemlja iskorištavanja ne može ga unijeti ni promijeniti
err-filled-by-exploitation = popunjava ga zemlja iskorištavanja; zemlja podrijetla ne može ga unijeti ni promijeniti
err-author-side-either = mora biti `exploitation` ili `origin`
err-template-version-changed = je { $version }, ali je upućivanje napravljeno s verzijom { $original }; upućivanje zadržava svoju verziju obrasca
err-unknown-template-version = ovaj čvor ne poznaje verziju { $version } obrasca za upućivanje (poznaje: { $known }); upućivanje se može pročitati tek nakon ažuriranja čvora
err-document-template-version = je { $version }, ali dokument navodi verziju obrasca { $document }
err-not-a-field-of = nije polje { $part ->
        [child] obrasca za dijete
       *[other] obrasca za upućivanje
    }, verzija { $version }
err-not-a-field-of-profile = nije polje { $part ->
        [child] obrasca za dijete
       *[other] obrasca za upućivanje
    }, verzija { $version }, s profilom { $country } verzije { $profile_version }

## Values of the referral template's fields

err-not-a-date = mora biti datum u obliku GGGG-MM-DD
err-not-a-date-time = mora biti datum i vrijeme u obliku RFC 3339, npr. 2026-03-01T14:30:00+01:00
err-not-yes-no = mora biti da (true) ili ne (false)
err-not-one-code = mora biti jedan kôd (tekst)
err-not-a-code-string = mora biti kôd (tekst)
err-not-a-list = mora biti popis kôdova
err-not-in-list = `{ $code }` nije na popisu kôdova `{ $list }` ({ $codes })
err-not-a-country-string = mora biti kôd zemlje (tekst)
err-not-country-code = `{ $code }` nije kôd zemlje ISO 3166-1 alpha-2 (dva velika slova, npr. AL, IT, MD)
err-not-language-code = `{ $code }` nije kôd jezika ISO 639-1 (dva mala slova, npr. sq, it, ro)
err-not-an-email = nije adresa e-pošte
err-contact-needs-who = potrebna je organizacija ili kontaktna osoba
err-not-a-contact = mora biti kontakt { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = mjera se može prihvatiti tek kad je ponuđena
err-not-an-offer = mora biti { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = nije dio teksta; očekuju se `text` i `lang`
err-not-text = mora biti tekst: niz znakova ili { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = mora biti u jednom retku

## Requests between countries

err-due-in-past = je { $due_by }, u prošlosti (danas je { $today })
err-due-too-far = je više od { $days } dana unaprijed; zatražite odgovor najkasnije do { $latest }
err-no-dispatch-target = navedite organizaciju ili korisnika (ili oboje) kojima ide zahtjev
err-only-incoming-opened = ovdje se može otvoriti samo zahtjev primljen iz druge zemlje
err-only-incoming-dispatched = dodijeliti se može samo zahtjev primljen iz druge zemlje
err-only-incoming-answered = ovdje se može odgovoriti samo na zahtjev primljen iz druge zemlje
err-only-outgoing-opened = druga zemlja može otvoriti samo zahtjev poslan odavde
err-only-outgoing-answered = druga zemlja može odgovoriti samo na zahtjev poslan odavde
err-already-answered = već je odgovoreno ({ $at })
err-not-the-requests-referral = nije upućivanje na koje se zahtjev odnosi
err-not-organisation-of-node = nije organizacija ovog čvora
err-user-disabled = onemogućen je
err-user-not-in-organisation = ne radi za tu organizaciju
err-role-sees-no-personal-data = ima ulogu { $role }, koja nikad ne vidi podatke osobe
err-not-user-of-node = nije korisnik ovog čvora

## Messages from other countries' nodes

err-unknown-payload-format = je { $format }; ovaj čvor čita format { $expected }
err-not-a-request = nije zahtjev: { $detail }
err-not-a-reply = nije odgovor: { $detail }
err-not-a-referral-document = nije dokument upućivanja: { $detail }
err-not-an-opened-notice = nije obavijest o otvaranju: { $detail }
err-not-a-revocation-notice = nije obavijest o opozivu: { $detail }
err-not-a-key-handover = nije predaja ključa: { $detail }
err-envelope-refused = poruka je odbijena: { $detail }
err-no-case-reference = poruka bez oznake slučaja
err-referral-not-from-sender = upućivanje nije stiglo iz zemlje pošiljatelja
err-kind-not-taken-in = poruke `{ $kind }` još se ne primaju
err-not-the-envelopes-referral = nije upućivanje koje navodi omotnica
err-no-shared-referral = ovdje nema upućivanja { $referral } razmijenjenog sa zemljom { $country }: zahtjev se odnosi na upućivanje koje imaju oba čvora
err-referral-restricted-here = ovdje je ograničeno: pristanak pod kojim je poslano je opozvan
err-request-received-already = zahtjev { $request } već je primljen
err-no-such-sent-request = odavde nije poslan zahtjev { $request } prema { $country }: odgovor mora odgovarati na zahtjev
err-rotated-out-key = potpisano zamijenjenim ključem: ključ { $key } ovog partnerskog čvora povučen je { $retired_at }; njime se prihvaćaju samo poruke nastale do tada
err-handover-refused = predaja ključa je odbijena: { $detail }
err-peer-handover-refused = predaja ključa partnerskog čvora je odbijena: { $detail }

## The node's settings

err-not-positive = mora biti veće od nule
err-not-after = { $value } nije nakon { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } je duže od { $max }, vremena čuvanja povučenih ključeva za dešifriranje
err-not-a-duration = `{ $text }` nije trajanje: upišite cijeli broj i jedinicu (s, m, h ili d), npr. "30m"
err-longer-than-a-year = `{ $text }` je duže od godine dana

## Template, profile and crosswalk files

err-template-unreadable = nije valjana datoteka obrasca: { $detail }
err-profile-unreadable = nije valjana datoteka profila: { $detail }
err-crosswalk-unreadable = nije valjana datoteka korespondencije: { $detail }
err-template-file-version = datoteka verzije { $version } navodi { $found }
err-profile-file-country = datoteka za { $country } navodi { $found }
err-wrong-format = je `{ $found }`; očekivano je `{ $expected }`
err-not-a-code = nije kôd
err-empty-list = prazno je
err-code-not-a-code = `{ $code }` nije kôd
err-code-listed-twice = `{ $code }` navedeno je dvaput
err-defined-twice = definirano je dvaput
err-not-a-field-code = `{ $code }` nije kôd polja: očekuje se `grupa.polje` malim slovima, znamenkama i `_`
err-bad-condition = `{ $condition }`: kôd nakon `=` nije kôd
err-no-such-list = navodi popis kôdova `{ $list }`, koji ne postoji
err-needs-list = potreban je popis kôdova (`list`)
err-takes-no-list = ima popis kôdova, ali njegova vrsta ga ne prima
err-required-twice = je i required i required_when; odaberite jedno
err-condition-unknown-field = required_when navodi `{ $field }`, koje nije polje istog dijela
err-condition-needs-yes-no = required_when `{ $field }` traži polje da/ne (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: to polje ne može sadržavati `{ $code }`
err-profile-template-version = je { $version }, ali obrazac je u verziji { $template }
err-not-a-template-field = `{ $code }` nije polje verzije { $version } obrasca
err-removes-required = `{ $code }` je obavezno u obrascu; profil može ukloniti samo neobavezna polja
err-remove-both-or-neither = `{ $code }` određuje je li `{ $dependant }` obavezno; uklonite oba ili nijedno
err-bad-profile-field-code = `{ $code }` mora početi s `x_` i kôdom zemlje (npr. `x_{ $country }_`) i koristiti mala slova, znamenke i `_`
err-needs-english-label = potrebna je oznaka na engleskom (`en`)
err-label-length = mora imati od 1 do { $max } znakova
err-not-a-group = `{ $group }` nije grupa obrasca
err-crosswalk-version = je { $version }, ali HTCDS korespondencija odnosi se na verziju obrasca { $mapped }
