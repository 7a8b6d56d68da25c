# OpenTRM - validation messages: every rule a field can break, in Slovak (slovenčina).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = nesmie byť prázdne
err-too-long = je príliš dlhé: počet znakov { $len }, povolené najviac { $max }
err-control-characters = nesmie obsahovať riadiace znaky
err-too-many-entries = príliš veľa položiek: { $count }, povolené najviac { $max }
err-listed-twice = je uvedené dvakrát
err-missing = chýba
err-missing-field = je povinné (`{ $name }`)
err-date-in-future = { $date } je dátum v budúcnosti
err-in-future = je v budúcnosti
err-in-past = je v minulosti
err-between = musí byť od { $min } do { $max }
err-longer-than = je príliš dlhé: najviac { $max } znakov
err-malformed = nie je platné: { $detail }
err-not-an-object = musí byť objekt JSON, nie zoznam
err-already-taken = je už obsadené

## The case

err-stale-version = prípad je vo verzii { $version }, nie { $expected }: znova ho načítajte a zopakujte zmenu
err-case-restricted = spracúvanie tohto prípadu je obmedzené na žiadosť osoby; najprv zrušte obmedzenie
err-case-erased = údaje osoby v tomto prípade boli vymazané; prípad sa už nemôže meniť
err-already-restricted = je už obmedzený
err-erased = bol vymazaný
err-not-restricted = nie je obmedzený
err-already-anonymised = už bol anonymizovaný
err-reflection-ends-before-start = obdobie na zotavenie a rozmyslenie sa končí ({ $ends_on }) skôr, ako sa začína ({ $starts_on })
err-no-goals = plán pomoci potrebuje aspoň jeden cieľ
err-too-many-goals = najviac { $max } cieľov
err-too-many-countries = najviac { $max } krajín
err-other-exploitation-only = vypĺňa sa len vtedy, keď je medzi druhmi vykorisťovania „iné“
err-unknown-means-combined = „neznáme“ sa nedá kombinovať so známymi prostriedkami
err-exploitation-ends-before-start = vykorisťovanie nemôže skončiť ({ $ended }) skôr, ako začalo ({ $began })
err-previously-trafficked-only = vypĺňa sa len vtedy, keď bola osoba už predtým obeťou obchodovania s ľuďmi
err-name-required = je potrebné meno: zadajte meno, priezvisko alebo aspoň jednu prezývku
err-born-too-early = { $date } je pred rokom { $year }
err-age-estimate-contradicts = odhad veku „{ $estimate }“ je v rozpore s dátumom narodenia { $born }; ak je dátum známy, odhad vynechajte
err-identity-confirmed-only = uvádza sa len vtedy, keď je totožnosť potvrdená
err-child-needs-guardian = „{ $measure }“ sa nedá označiť ako vykonané pre dieťa, kým v prípade nie je zapísaný opatrovník
err-child-needs-best-interests = „{ $measure }“ sa nedá označiť ako vykonané pre dieťa bez zapísaného určenia najlepšieho záujmu dieťaťa

## Consents and shares

err-only-given-revocable = odvolať sa dá len udelený súhlas; ak chcete zmeniť odmietnutie, zapíšte nový súhlas
err-already-revoked = tento súhlas je už odvolaný
err-revoked-before-given = { $revoked_on } je pred dátumom súhlasu ({ $decided_on })
err-no-sections = vyberte aspoň jednu časť na zdieľanie
err-no-consent-to-share = osoba nedala súhlas so zdieľaním svojich údajov s { $organisation } ({ $country }), účel: { $purpose }. Zapíšte súhlas alebo uveďte právny základ
err-emergency-too-short = opíšte núdzovú situáciu jednou vetou (aspoň { $min } znakov)
err-already-withdrawn = je už odvolané
err-erasure-needs-reason = uveďte žiadosť, na ktorú vymazanie odpovedá

## Accounts and API tokens

err-password-too-short = je príliš krátke: počet znakov { $len }, potrebných aspoň { $min }
err-repeated-character = nesmie opakovať jediný znak
err-not-current-password = nie je to vaše aktuálne heslo
err-totp-or-recovery-code = pošlite `totp` alebo `recovery_code`, nie oboje
err-totp-not-current = nie je to aktuálny kód nového tajomstva: skontrolujte tajomstvo zadané do aplikácie a čas zariadenia
err-token-name-required = je potrebný názov
err-no-scopes = vyberte aspoň jeden rozsah oprávnení
err-own-account = nemôžete vypnúť vlastný účet
err-no-such-organisation = taká organizácia na tomto uzle neexistuje
err-no-such-user = taký používateľ na tomto uzle neexistuje
err-not-user-of-your-organisation = { $user } nie je používateľom vašej organizácie
err-not-a-sop = musí byť číslo SOP, od 1 do 5
err-not-a-page-cursor = nie je identifikátor prípadu z predchádzajúcej strany
err-not-one-of = `{ $value }` nie je medzi povolenými hodnotami: { $options }
err-not-a-node-language = `{ $tag }` nie je jazykom tohto uzla; jazyky sú: { $offered }

## Referrals

err-no-version-to-follow = nemá verziu, na ktorú by sa dalo nadviazať
err-draft-exists = verzia { $version } je už koncept; upravte ju
err-sent-no-draft = nemá koncept: bolo odoslané; začnite novú verziu, ak chcete niečo doplniť
err-next-version-is-theirs = verzia { $version } bola odoslaná odtiaľto; ďalšiu verziu píše druhá krajina (medzitým jej môžete poslať žiadosť)
err-no-draft-to-send = nemá koncept na odoslanie
err-draft-in-progress = verzia { $version } sa tu pripravuje; treba ju odoslať alebo zahodiť, skôr ako sa prijme iná verzia
err-unexpected-version = je { $version }; tento uzol teraz očakáva verziu { $expected }
err-same-side-twice = predchádzajúcu verziu napísala tá istá strana; verzie sa medzi krajinami striedajú
err-own-country = je to krajina tohto uzla ({ $country }); odporúčanie ide do inej krajiny
err-transfers-blocked = prenosy osobných údajov do { $peer } ({ $country }) zablokoval správca tohto uzla; nič sa neodoslalo
err-no-consent-for-referral = prípad nemá platný súhlas osoby so zdieľaním údajov s { $country } na účel odporúčania (stav súhlasu: { $state ->
        [refused] odmietnutý
        [revoked] odvolaný
       *[other] nezapísaný
    }); najprv zapíšte súhlas do prípadu
err-author-is-our-side = je `{ $side }`, strana, ktorú tento uzol vypĺňa pre odporúčanie { $referral }
err-no-consent-to-send = je „nie“: bez súhlasu osoby so zdieľaním údajov medzi krajinami sa odporúčanie nedá odoslať
err-child-templates-missing = deti sa majú vrátiť: vyplňte formulár dieťaťa pre každé dieťa
err-child-template-for-person = obeť obchodovania s ľuďmi má menej ako 18 rokov alebo jej vek nie je známy: vyplňte pre ňu formulár dieťaťa (opatrovník, najlepší záujem)
err-required-because-yes = je povinné, pretože `{ $other }` je „áno“
err-required-because-includes = je povinné, pretože `{ $other }` obsahuje `{ $code }`
err-required-before-sending = je povinné pred odoslaním
err-before-field = je pred `{ $other }`
err-filled-by-origin = vypĺňa ho krajina pôvodu alebo tretia krajina po návrate; krajina vykorisťovania ho nemôže zadať ani zmeniť
err-filled-by-exploitation = vypĺňa ho krajina vykorisťovania; krajina pôvodu ho nemôže zadať ani zmeniť
err-author-side-either = musí byť `exploitation` alebo `origin`
err-template-version-changed = je { $version }, ale odporúčanie vzniklo vo verzii { $original }; odporúčanie si zachováva svoju verziu formulára
err-unknown-template-version = tento uzol nepozná verziu { $version } formulára odporúčania (pozná: { $known }); odporúčanie sa dá prečítať až po aktualizácii uzla
err-document-template-version = je { $version }, ale dokument uvádza verziu formulára { $document }
err-not-a-field-of = nie je pole { $part ->
        [child] formulára dieťaťa
       *[other] formulára odporúčania
    }, verzia { $version }
err-not-a-field-of-profile = nie je pole { $part ->
        [child] formulára dieťaťa
       *[other] formulára odporúčania
    }, verzia { $version }, s profilom { $country } vo verzii { $profile_version }

## Values of the referral template's fields

err-not-a-date = musí byť dátum vo formáte RRRR-MM-DD
err-not-a-date-time = musí byť dátum a čas vo formáte RFC 3339, napr. 2026-03-01T14:30:00+01:00
err-not-yes-no = musí byť áno (true) alebo nie (false)
err-not-one-code = musí byť jeden kód (text)
err-not-a-code-string = musí byť kód (text)
err-not-a-list = musí byť zoznam kódov
err-not-in-list = `{ $code }` nie je v zozname kódov `{ $list }` ({ $codes })
err-not-a-country-string = musí byť kód krajiny (text)
err-not-country-code = `{ $code }` nie je kód krajiny ISO 3166-1 alpha-2 (dve veľké písmená, napr. AL, IT, MD)
err-not-language-code = `{ $code }` nie je kód jazyka ISO 639-1 (dve malé písmená, napr. sq, it, ro)
err-not-an-email = nie je e-mailová adresa
err-contact-needs-who = je potrebná organizácia alebo kontaktná osoba
err-not-a-contact = musí byť kontakt { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = opatrenie možno prijať až po tom, ako bolo ponúknuté
err-not-an-offer = musí byť { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = nie je súčasťou textu; očakávajú sa `text` a `lang`
err-not-text = musí byť text: reťazec alebo { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = musí byť na jednom riadku

## Requests between countries

err-due-in-past = je { $due_by }, v minulosti (dnes je { $today })
err-due-too-far = je viac ako { $days } dní dopredu; požiadajte o odpoveď najneskôr do { $latest }
err-no-dispatch-target = uveďte organizáciu alebo používateľa (alebo oboch), ktorým žiadosť ide
err-only-incoming-opened = tu sa dá otvoriť len žiadosť prijatá z inej krajiny
err-only-incoming-dispatched = prideliť sa dá len žiadosť prijatá z inej krajiny
err-only-incoming-answered = tu sa dá odpovedať len na žiadosť prijatú z inej krajiny
err-only-outgoing-opened = druhá krajina môže otvoriť len žiadosť odoslanú odtiaľto
err-only-outgoing-answered = druhá krajina môže odpovedať len na žiadosť odoslanú odtiaľto
err-already-answered = už bolo odpovedané ({ $at })
err-not-the-requests-referral = nie je to odporúčanie, ktorého sa žiadosť týka
err-not-organisation-of-node = nie je organizáciou tohto uzla
err-user-disabled = je vypnutý
err-user-not-in-organisation = nepracuje pre túto organizáciu
err-role-sees-no-personal-data = má rolu { $role }, ktorá nikdy nevidí údaje osoby
err-not-user-of-node = nie je používateľom tohto uzla

## Messages from other countries' nodes

err-unknown-payload-format = je { $format }; tento uzol číta formát { $expected }
err-not-a-request = nie je žiadosť: { $detail }
err-not-a-reply = nie je odpoveď: { $detail }
err-not-a-referral-document = nie je dokument odporúčania: { $detail }
err-not-an-opened-notice = nie je oznámenie o otvorení: { $detail }
err-not-a-revocation-notice = nie je oznámenie o odvolaní: { $detail }
err-not-a-key-handover = nie je odovzdanie kľúča: { $detail }
err-envelope-refused = správa bola odmietnutá: { $detail }
err-no-case-reference = správa bez odkazu na prípad
err-referral-not-from-sender = odporúčanie neprišlo z krajiny odosielateľa
err-kind-not-taken-in = správy `{ $kind }` sa zatiaľ neprijímajú
err-not-the-envelopes-referral = nie je to odporúčanie uvedené v obálke
err-no-shared-referral = tu nie je odporúčanie { $referral } vymenené s { $country }: žiadosť sa týka odporúčania, ktoré majú oba uzly
err-referral-restricted-here = je tu obmedzené: súhlas, na základe ktorého bolo odoslané, bol odvolaný
err-request-received-already = žiadosť { $request } už bola prijatá
err-no-such-sent-request = odtiaľto nebola odoslaná žiadosť { $request } do { $country }: odpoveď musí odpovedať na žiadosť
err-rotated-out-key = podpísané vymeneným kľúčom: kľúč { $key } tohto partnerského uzla bol vyradený { $retired_at }; prijímajú sa ním len správy vytvorené do toho času
err-handover-refused = odovzdanie kľúča je odmietnuté: { $detail }
err-peer-handover-refused = odovzdanie kľúča partnerského uzla je odmietnuté: { $detail }

## The node's settings

err-not-positive = musí byť väčšie ako nula
err-not-after = { $value } nie je neskôr ako { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } je dlhšie ako { $max }, čas, počas ktorého sa uchovávajú vyradené dešifrovacie kľúče
err-not-a-duration = `{ $text }` nie je trvanie: napíšte celé číslo a jednotku (s, m, h alebo d), napr. "30m"
err-longer-than-a-year = `{ $text }` je dlhšie ako rok

## Template, profile and crosswalk files

err-template-unreadable = nie je platný súbor formulára: { $detail }
err-profile-unreadable = nie je platný súbor profilu: { $detail }
err-crosswalk-unreadable = nie je platný súbor prevodov: { $detail }
err-template-file-version = súbor verzie { $version } uvádza { $found }
err-profile-file-country = súbor pre { $country } uvádza { $found }
err-wrong-format = je `{ $found }`; očakávalo sa `{ $expected }`
err-not-a-code = nie je kód
err-empty-list = je prázdny
err-code-not-a-code = `{ $code }` nie je kód
err-code-listed-twice = `{ $code }` je uvedené dvakrát
err-defined-twice = je definované dvakrát
err-not-a-field-code = `{ $code }` nie je kód poľa: očakáva sa `skupina.pole` s malými písmenami, číslicami a `_`
err-bad-condition = `{ $condition }`: kód za `=` nie je kód
err-no-such-list = uvádza zoznam kódov `{ $list }`, ktorý neexistuje
err-needs-list = je potrebný zoznam kódov (`list`)
err-takes-no-list = má zoznam kódov, ale jeho typ žiadny neprijíma
err-required-twice = je zároveň required aj required_when; vyberte jedno
err-condition-unknown-field = required_when uvádza `{ $field }`, ktoré nie je poľom tej istej časti
err-condition-needs-yes-no = required_when `{ $field }` potrebuje pole áno/nie (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: toto pole nemôže obsahovať `{ $code }`
err-profile-template-version = je { $version }, ale formulár je vo verzii { $template }
err-not-a-template-field = `{ $code }` nie je pole verzie { $version } formulára
err-removes-required = `{ $code }` je vo formulári povinné; profil môže odstrániť len nepovinné polia
err-remove-both-or-neither = `{ $code }` rozhoduje, či je `{ $dependant }` povinné; odstráňte obe alebo ani jedno
err-bad-profile-field-code = `{ $code }` sa musí začínať `x_` a kódom krajiny (napr. `x_{ $country }_`) a používať malé písmená, číslice a `_`
err-needs-english-label = je potrebný štítok v angličtine (`en`)
err-label-length = musí mať od 1 do { $max } znakov
err-not-a-group = `{ $group }` nie je skupina formulára
err-crosswalk-version = je { $version }, ale prevody HTCDS sú pre verziu formulára { $mapped }
