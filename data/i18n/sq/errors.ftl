# OpenTRM - validation messages: every rule a field can break, in Albanian (shqip).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = nuk mund të jetë bosh
err-too-long = është shumë i gjatë: { $len } shkronja, lejohen deri në { $max }
err-control-characters = nuk mund të përmbajë shenja kontrolli
err-too-many-entries = ka shumë zëra: { $count }, lejohen deri në { $max }
err-listed-twice = është shënuar dy herë
err-missing = mungon
err-missing-field = është i detyrueshëm (`{ $name }`)
err-date-in-future = { $date } është në të ardhmen
err-in-future = është në të ardhmen
err-in-past = është në të kaluarën
err-between = duhet të jetë midis { $min } dhe { $max }
err-longer-than = është shumë i gjatë: deri në { $max } shkronja
err-malformed = nuk është i vlefshëm: { $detail }
err-not-an-object = duhet të jetë një objekt JSON, jo një listë
err-already-taken = është i zënë tashmë

## The case

err-stale-version = rasti është në versionin { $version }, jo { $expected }: ringarkojeni dhe bëjeni ndryshimin përsëri
err-case-restricted = përpunimi i këtij rasti është i kufizuar me kërkesë të personit; së pari hiqni kufizimin
err-case-erased = të dhënat e personit në këtë rast janë fshirë; rasti nuk mund të ndryshojë më
err-already-restricted = është i kufizuar tashmë
err-erased = është fshirë
err-not-restricted = nuk është i kufizuar
err-already-anonymised = është bërë anonim tashmë
err-reflection-ends-before-start = periudha e reflektimit mbaron ({ $ends_on }) para se të fillojë ({ $starts_on })
err-no-goals = një plan ndihme ka nevojë për të paktën një objektiv
err-too-many-goals = jo më shumë se { $max } objektiva
err-too-many-countries = jo më shumë se { $max } vende
err-other-exploitation-only = plotësohet vetëm kur ndër llojet e shfrytëzimit është "tjetër"
err-unknown-means-combined = "e panjohur" nuk mund të bashkohet me mjete të njohura
err-exploitation-ends-before-start = shfrytëzimi nuk mund të mbarojë ({ $ended }) para se të fillojë ({ $began })
err-previously-trafficked-only = plotësohet vetëm kur personi ka qenë viktimë trafikimi edhe më parë
err-name-required = nevojitet një emër: jepni emrin, mbiemrin ose të paktën një nofkë
err-born-too-early = { $date } është para vitit { $year }
err-age-estimate-contradicts = vlerësimi i moshës "{ $estimate }" bie ndesh me datën e lindjes { $born }; kur data dihet, lëreni bosh vlerësimin
err-identity-confirmed-only = shënohet vetëm kur identiteti është konfirmuar
err-child-needs-guardian = "{ $measure }" nuk mund të shënohet e kryer për një fëmijë derisa në rast të regjistrohet një kujdestar
err-child-needs-best-interests = "{ $measure }" nuk mund të shënohet e kryer për një fëmijë pa një vendim të regjistruar për interesin më të lartë

## Consents and shares

err-only-given-revocable = vetëm një pëlqim i dhënë mund të revokohet; për të ndryshuar një refuzim regjistroni një pëlqim të ri
err-already-revoked = ky pëlqim është revokuar tashmë
err-revoked-before-given = { $revoked_on } është para datës së pëlqimit ({ $decided_on })
err-no-sections = zgjidhni të paktën një seksion për të ndarë
err-no-consent-to-share = personi nuk ka dhënë pëlqim për të ndarë të dhënat e tij me { $organisation } ({ $country }) për: { $purpose }. Regjistroni pëlqimin ose jepni bazën ligjore
err-emergency-too-short = përshkruani emergjencën me një fjali (të paktën { $min } shkronja)
err-already-withdrawn = është tërhequr tashmë
err-erasure-needs-reason = shënoni kërkesën të cilës i përgjigjet fshirja

## Accounts and API tokens

err-password-too-short = është shumë e shkurtër: { $len } shkronja, nevojiten të paktën { $min }
err-repeated-character = nuk mund të përsërisë vetëm një shkronjë
err-not-current-password = nuk është fjalëkalimi juaj aktual
err-totp-or-recovery-code = dërgoni `totp` ose `recovery_code`, jo të dyja
err-totp-not-current = nuk është kodi aktual i sekretit të ri: kontrolloni sekretin e futur në aplikacion dhe orën e pajisjes
err-token-name-required = nevojitet një emër
err-no-scopes = zgjidhni të paktën një fushë veprimi
err-own-account = nuk mund të çaktivizoni llogarinë tuaj
err-no-such-organisation = kjo organizatë nuk ekziston në këtë nyje
err-no-such-user = ky përdorues nuk ekziston në këtë nyje
err-not-user-of-your-organisation = { $user } nuk është përdorues i organizatës suaj
err-not-a-sop = duhet të jetë numri i një SOP-i, nga 1 deri në 5
err-not-a-page-cursor = nuk është identifikues rasti nga një faqe e mëparshme
err-not-one-of = `{ $value }` nuk është ndër vlerat e lejuara: { $options }
err-not-a-node-language = `{ $tag }` nuk është gjuhë e kësaj nyjeje; gjuhët janë: { $offered }

## Referrals

err-no-version-to-follow = nuk ka version për t'u vazhduar
err-draft-exists = versioni { $version } është tashmë draft; ndryshojeni atë
err-sent-no-draft = nuk ka draft: është dërguar; filloni një version të ri për të shtuar diçka
err-next-version-is-theirs = versioni { $version } u dërgua nga këtu; versionin e radhës e shkruan vendi tjetër (ndërkohë mund t'i dërgoni një kërkesë)
err-no-draft-to-send = nuk ka draft për t'u dërguar
err-draft-in-progress = versioni { $version } po përgatitet këtu; duhet dërguar ose hedhur poshtë para se të merret një version tjetër
err-unexpected-version = është { $version }; kjo nyje pret tani versionin { $expected }
err-same-side-twice = versioni i mëparshëm u shkrua nga e njëjta palë; versionet alternohen midis vendeve
err-own-country = është vendi i kësaj nyjeje ({ $country }); një referim shkon në një vend tjetër
err-transfers-blocked = transferimet e të dhënave personale drejt { $peer } ({ $country }) janë bllokuar nga administratori i kësaj nyjeje; nuk u dërgua asgjë
err-no-consent-for-referral = rasti nuk ka pëlqim të vlefshëm të personit për të ndarë të dhënat me { $country } për një referim (pëlqimi është { $state ->
        [refused] refuzuar
        [revoked] revokuar
       *[other] i paregjistruar
    }); së pari regjistroni pëlqimin në rast
err-author-is-our-side = është `{ $side }`, pala që kjo nyje plotëson për referimin { $referral }
err-no-consent-to-send = është "jo": pa pëlqimin e personit për të ndarë të dhënat midis vendeve, referimi nuk mund të dërgohet
err-child-templates-missing = ka fëmijë për t'u kthyer: plotësoni formularin e fëmijës për secilin
err-child-template-for-person = personi i trafikuar është nën 18 vjeç ose me moshë të panjohur: plotësoni për të formularin e fëmijës (kujdestari, interesi më i lartë)
err-required-because-yes = është i detyrueshëm sepse `{ $other }` është "po"
err-required-because-includes = është i detyrueshëm sepse `{ $other }` përfshin `{ $code }`
err-required-before-sending = është i detyrueshëm para dërgimit
err-before-field = është para `{ $other }`
err-filled-by-origin = plotësohet nga vendi i origjinës ose vendi i tretë pas kthimit; vendi i shfrytëzimit nuk mund ta vendosë ose ndryshojë
err-filled-by-exploitation = plotësohet nga vendi i shfrytëzimit; vendi i origjinës nuk mund ta vendosë ose ndryshojë
err-author-side-either = duhet të jetë `exploitation` ose `origin`
err-template-version-changed = është { $version }, por referimi u krijua me versionin { $original }; një referim e mban versionin e formularit
err-unknown-template-version = kjo nyje nuk e njeh versionin { $version } të formularit të referimit (njeh: { $known }); referimi mund të lexohet vetëm pasi të përditësohet nyja
err-document-template-version = është { $version }, por dokumenti tregon versionin { $document } të formularit
err-not-a-field-of = nuk është fushë e { $part ->
        [child] formularit të fëmijës
       *[other] formularit të referimit
    }, versioni { $version }
err-not-a-field-of-profile = nuk është fushë e { $part ->
        [child] formularit të fëmijës
       *[other] formularit të referimit
    }, versioni { $version }, me profilin { $country } versioni { $profile_version }

## Values of the referral template's fields

err-not-a-date = duhet të jetë datë në formatin VVVV-MM-DD
err-not-a-date-time = duhet të jetë datë dhe orë në formatin RFC 3339, p.sh. 2026-03-01T14:30:00+01:00
err-not-yes-no = duhet të jetë po (true) ose jo (false)
err-not-one-code = duhet të jetë një kod i vetëm (tekst)
err-not-a-code-string = duhet të jetë një kod (tekst)
err-not-a-list = duhet të jetë një listë kodesh
err-not-in-list = `{ $code }` nuk është në listën e kodeve `{ $list }` ({ $codes })
err-not-a-country-string = duhet të jetë kod vendi (tekst)
err-not-country-code = `{ $code }` nuk është kod vendi ISO 3166-1 alpha-2 (dy shkronja të mëdha, p.sh. AL, IT, MD)
err-not-language-code = `{ $code }` nuk është kod gjuhe ISO 639-1 (dy shkronja të vogla, p.sh. sq, it, ro)
err-not-an-email = nuk është adresë e-maili
err-contact-needs-who = nevojitet organizata ose një person kontakti
err-not-a-contact = duhet të jetë një kontakt { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = një masë mund të pranohet vetëm pasi të jetë ofruar
err-not-an-offer = duhet të jetë { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = nuk është pjesë e një teksti; priten `text` dhe `lang`
err-not-text = duhet të jetë tekst: një varg ose { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = duhet të jetë në një rresht

## Requests between countries

err-due-in-past = është { $due_by }, në të kaluarën (sot është { $today })
err-due-too-far = është më shumë se { $days } ditë përpara; kërkoni përgjigje jo më vonë se { $latest }
err-no-dispatch-target = zgjidhni organizatën ose përdoruesin (ose të dy) të cilëve u shkon kërkesa
err-only-incoming-opened = vetëm një kërkesë e marrë nga një vend tjetër mund të hapet këtu
err-only-incoming-dispatched = vetëm një kërkesë e marrë nga një vend tjetër mund t'i caktohet dikujt
err-only-incoming-answered = vetëm një kërkesë e marrë nga një vend tjetër mund të marrë përgjigje këtu
err-only-outgoing-opened = vetëm një kërkesë e dërguar nga këtu mund të hapet nga vendi tjetër
err-only-outgoing-answered = vetëm një kërkesë e dërguar nga këtu mund të marrë përgjigje nga vendi tjetër
err-already-answered = ka marrë përgjigje tashmë ({ $at })
err-not-the-requests-referral = nuk është referimi për të cilin bëhet kërkesa
err-not-organisation-of-node = nuk është organizatë e kësaj nyjeje
err-user-disabled = është çaktivizuar
err-user-not-in-organisation = nuk punon për atë organizatë
err-role-sees-no-personal-data = ka rolin { $role }, i cili nuk sheh kurrë të dhënat e një personi
err-not-user-of-node = nuk është përdorues i kësaj nyjeje

## Messages from other countries' nodes

err-unknown-payload-format = është { $format }; kjo nyje lexon formatin { $expected }
err-not-a-request = nuk është kërkesë: { $detail }
err-not-a-reply = nuk është përgjigje: { $detail }
err-not-a-referral-document = nuk është dokument referimi: { $detail }
err-not-an-opened-notice = nuk është njoftim hapjeje: { $detail }
err-not-a-revocation-notice = nuk është njoftim revokimi: { $detail }
err-not-a-key-handover = nuk është dorëzim çelësi: { $detail }
err-envelope-refused = mesazhi u refuzua: { $detail }
err-no-case-reference = një mesazh pa referencë rasti
err-referral-not-from-sender = referimi nuk erdhi nga vendi i dërguesit
err-kind-not-taken-in = mesazhet `{ $kind }` ende nuk pranohen
err-not-the-envelopes-referral = nuk është referimi që përmend zarfi
err-no-shared-referral = këtu nuk ka referim { $referral } të shkëmbyer me { $country }: një kërkesë ka të bëjë me një referim që e kanë të dyja nyjet
err-referral-restricted-here = është i kufizuar këtu: pëlqimi me të cilin u dërgua është revokuar
err-request-received-already = kërkesa { $request } është marrë tashmë
err-no-such-sent-request = asnjë kërkesë { $request } nuk është dërguar nga këtu në { $country }: një përgjigje duhet t'i përgjigjet një kërkese
err-rotated-out-key = nënshkruar me një çelës të zëvendësuar: çelësi { $key } i kësaj nyjeje partnere u tërhoq më { $retired_at }; me të pranohen vetëm mesazhet e krijuara deri atëherë
err-handover-refused = dorëzimi i çelësit refuzohet: { $detail }
err-peer-handover-refused = dorëzimi i çelësit të nyjes partnere refuzohet: { $detail }

## The node's settings

err-not-positive = duhet të jetë më i madh se zero
err-not-after = { $value } nuk është pas { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } është më i gjatë se { $max }, koha për të cilën ruhen çelësat e tërhequr të deshifrimit
err-not-a-duration = `{ $text }` nuk është kohëzgjatje: shkruani një numër të plotë dhe një njësi (s, m, h ose d), p.sh. "30m"
err-longer-than-a-year = `{ $text }` është më i gjatë se një vit

## Template, profile and crosswalk files

err-template-unreadable = nuk është skedar i vlefshëm formulari: { $detail }
err-profile-unreadable = nuk është skedar i vlefshëm profili: { $detail }
err-crosswalk-unreadable = nuk është skedar i vlefshëm korrespondencash: { $detail }
err-template-file-version = skedari i versionit { $version } tregon { $found }
err-profile-file-country = skedari për { $country } tregon { $found }
err-wrong-format = është `{ $found }`; pritej `{ $expected }`
err-not-a-code = nuk është kod
err-empty-list = është bosh
err-code-not-a-code = `{ $code }` nuk është kod
err-code-listed-twice = `{ $code }` është shënuar dy herë
err-defined-twice = është përcaktuar dy herë
err-not-a-field-code = `{ $code }` nuk është kod fushe: pritet `grupi.fusha` me shkronja të vogla, shifra dhe `_`
err-bad-condition = `{ $condition }`: kodi pas `=` nuk është kod
err-no-such-list = përmend listën e kodeve `{ $list }`, e cila nuk ekziston
err-needs-list = nevojitet një listë kodesh (`list`)
err-takes-no-list = ka një listë kodesh, por lloji i saj nuk merr listë
err-required-twice = është edhe required edhe required_when; zgjidhni njërën
err-condition-unknown-field = required_when përmend `{ $field }`, që nuk është fushë e së njëjtës pjesë
err-condition-needs-yes-no = required_when `{ $field }` kërkon një fushë po/jo (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: ajo fushë nuk mund të mbajë `{ $code }`
err-profile-template-version = është { $version }, por formulari është në versionin { $template }
err-not-a-template-field = `{ $code }` nuk është fushë e versionit { $version } të formularit
err-removes-required = `{ $code }` është i detyrueshëm në formular; një profil mund të heqë vetëm fusha jo të detyrueshme
err-remove-both-or-neither = `{ $code }` vendos nëse `{ $dependant }` është i detyrueshëm; hiqni të dyja ose asnjërën
err-bad-profile-field-code = `{ $code }` duhet të fillojë me `x_` dhe një kod vendi (p.sh. `x_{ $country }_`) dhe të përdorë shkronja të vogla, shifra dhe `_`
err-needs-english-label = nevojitet një etiketë në anglisht (`en`)
err-label-length = duhet të ketë nga 1 deri në { $max } shkronja
err-not-a-group = `{ $group }` nuk është grup i formularit
err-crosswalk-version = është { $version }, por korrespondencat HTCDS janë për versionin { $mapped } të formularit
