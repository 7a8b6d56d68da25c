# OpenTRM - validation messages: every rule a field can break, in Italian (italiano).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = non può essere vuoto
err-too-long = è troppo lungo: { $len } caratteri, al massimo { $max }
err-control-characters = non può contenere caratteri di controllo
err-too-many-entries = ha troppe voci: { $count }, al massimo { $max }
err-listed-twice = è indicato due volte
err-missing = manca
err-missing-field = è obbligatorio (`{ $name }`)
err-date-in-future = { $date } è una data futura
err-in-future = è una data futura
err-in-past = è una data passata
err-between = deve essere tra { $min } e { $max }
err-longer-than = è troppo lungo: al massimo { $max } caratteri
err-malformed = non è valido: { $detail }
err-not-an-object = deve essere un oggetto JSON, non una lista
err-already-taken = è già in uso

## The case

err-stale-version = il caso è alla versione { $version }, non { $expected }: ricaricalo e ripeti la modifica
err-case-restricted = il trattamento di questo caso è limitato su richiesta della persona; prima togli la limitazione
err-case-erased = i dati della persona in questo caso sono stati cancellati; il caso non può più cambiare
err-already-restricted = è già limitato
err-erased = è stato cancellato
err-not-restricted = non è limitato
err-already-anonymised = è già stato reso anonimo
err-reflection-ends-before-start = il periodo di riflessione finisce ({ $ends_on }) prima di iniziare ({ $starts_on })
err-no-goals = un piano di assistenza deve avere almeno un obiettivo
err-too-many-goals = al massimo { $max } obiettivi
err-too-many-countries = al massimo { $max } paesi
err-other-exploitation-only = si compila solo se tra i tipi di sfruttamento c'è «altro»
err-unknown-means-combined = «non noto» non può stare insieme a mezzi noti
err-exploitation-ends-before-start = lo sfruttamento non può finire ({ $ended }) prima di essere iniziato ({ $began })
err-previously-trafficked-only = si compila solo se la persona è già stata vittima di tratta in passato
err-name-required = serve un nome: indica il nome, il cognome o almeno un soprannome
err-born-too-early = { $date } è prima del { $year }
err-age-estimate-contradicts = la stima dell'età «{ $estimate }» contraddice la data di nascita { $born }; se la data è nota, lascia vuota la stima
err-identity-confirmed-only = si indica solo se l'identità è confermata
err-child-needs-guardian = «{ $measure }» non può essere segnata come fatta per un minore finché nel caso non è registrato un tutore
err-child-needs-best-interests = «{ $measure }» non può essere segnata come fatta per un minore senza una determinazione dell'interesse superiore registrata

## Consents and shares

err-only-given-revocable = si può revocare solo un consenso dato; per cambiare un rifiuto registra un nuovo consenso
err-already-revoked = questo consenso è già revocato
err-revoked-before-given = { $revoked_on } è prima della data del consenso ({ $decided_on })
err-no-sections = indica almeno una sezione da condividere
err-no-consent-to-share = la persona non ha dato il consenso a condividere i suoi dati con { $organisation } ({ $country }) per: { $purpose }. Registra il consenso o indica la base giuridica
err-emergency-too-short = descrivi l'emergenza con una frase (almeno { $min } caratteri)
err-already-withdrawn = è già ritirata
err-erasure-needs-reason = indica la richiesta a cui risponde la cancellazione

## Accounts and API tokens

err-password-too-short = è troppo corta: { $len } caratteri, ne servono almeno { $min }
err-repeated-character = non può ripetere un solo carattere
err-not-current-password = non è la tua password attuale
err-totp-or-recovery-code = invia `totp` oppure `recovery_code`, non entrambi
err-totp-not-current = non è il codice attuale del nuovo segreto: controlla il segreto inserito nell'app e l'ora del dispositivo
err-token-name-required = serve un nome
err-no-scopes = indica almeno un ambito
err-own-account = non puoi disattivare il tuo account
err-no-such-organisation = questa organizzazione non esiste su questo nodo
err-no-such-user = questo utente non esiste su questo nodo
err-not-user-of-your-organisation = { $user } non è un utente della tua organizzazione
err-not-a-sop = deve essere il numero di una SOP, da 1 a 5
err-not-a-page-cursor = non è l'identificativo di un caso di una pagina precedente
err-not-one-of = `{ $value }` non è tra i valori ammessi: { $options }
err-not-a-node-language = `{ $tag }` non è una lingua di questo nodo; le lingue sono: { $offered }

## Referrals

err-no-version-to-follow = non ha una versione a cui far seguito
err-draft-exists = la versione { $version } è già una bozza; modificala
err-sent-no-draft = non ha una bozza: è stata inviata; inizia una nuova versione per aggiungere qualcosa
err-next-version-is-theirs = la versione { $version } è stata inviata da qui; la prossima versione spetta all'altro paese (nel frattempo puoi inviargli una richiesta)
err-no-draft-to-send = non ha una bozza da inviare
err-draft-in-progress = la versione { $version } è in preparazione qui; va inviata o scartata prima di ricevere un'altra versione
err-unexpected-version = è { $version }; questo nodo si aspetta ora la versione { $expected }
err-same-side-twice = la versione precedente è stata scritta dalla stessa parte; le versioni si alternano tra i paesi
err-own-country = è il paese di questo nodo ({ $country }); una segnalazione va a un altro paese
err-transfers-blocked = i trasferimenti di dati personali verso { $peer } ({ $country }) sono bloccati dall'amministratore di questo nodo; non è stato inviato nulla
err-no-consent-for-referral = nel caso manca un consenso valido della persona a condividere i dati con { $country } per una segnalazione (il consenso è { $state ->
        [refused] rifiutato
        [revoked] revocato
       *[other] non registrato
    }); prima registra il consenso nel caso
err-author-is-our-side = è `{ $side }`, la parte che questo nodo compila per la segnalazione { $referral }
err-no-consent-to-send = è «no»: senza il consenso della persona a condividere i dati tra i paesi la segnalazione non può essere inviata
err-child-templates-missing = ci sono figli da far rientrare: compila la scheda del minore per ciascuno
err-child-template-for-person = la persona vittima di tratta ha meno di 18 anni o un'età non nota: compila per lei la scheda del minore (tutore, interesse superiore)
err-required-because-yes = è obbligatorio perché `{ $other }` è «sì»
err-required-because-includes = è obbligatorio perché `{ $other }` comprende `{ $code }`
err-required-before-sending = è obbligatorio prima dell'invio
err-before-field = è prima di `{ $other }`
err-filled-by-origin = lo compila il paese di origine o il paese terzo dopo il rientro; il paese di sfruttamento non può inserirlo né cambiarlo
err-filled-by-exploitation = lo compila il paese di sfruttamento; il paese di origine non può inserirlo né cambiarlo
err-author-side-either = deve essere `exploitation` oppure `origin`
err-template-version-changed = è { $version }, ma la segnalazione è stata creata con la versione { $original }; una segnalazione mantiene la sua versione del modulo
err-unknown-template-version = questo nodo non conosce la versione { $version } del modulo di segnalazione (conosce: { $known }); la segnalazione potrà essere letto solo dopo l'aggiornamento del nodo
err-document-template-version = è { $version }, ma il documento indica la versione { $document } del modulo
err-not-a-field-of = non è un campo { $part ->
        [child] della scheda del minore
       *[other] del modulo di segnalazione
    }, versione { $version }
err-not-a-field-of-profile = non è un campo { $part ->
        [child] della scheda del minore
       *[other] del modulo di segnalazione
    }, versione { $version }, con il profilo { $country } versione { $profile_version }

## Values of the referral template's fields

err-not-a-date = deve essere una data nel formato AAAA-MM-GG
err-not-a-date-time = deve essere una data con ora in formato RFC 3339, per esempio 2026-03-01T14:30:00+01:00
err-not-yes-no = deve essere sì (true) o no (false)
err-not-one-code = deve essere un solo codice (un testo)
err-not-a-code-string = deve essere un codice (un testo)
err-not-a-list = deve essere una lista di codici
err-not-in-list = `{ $code }` non è nella lista dei codici `{ $list }` ({ $codes })
err-not-a-country-string = deve essere un codice di paese (un testo)
err-not-country-code = `{ $code }` non è un codice di paese ISO 3166-1 alpha-2 (due lettere maiuscole, per esempio AL, IT, MD)
err-not-language-code = `{ $code }` non è un codice di lingua ISO 639-1 (due lettere minuscole, per esempio sq, it, ro)
err-not-an-email = non è un indirizzo e-mail
err-contact-needs-who = serve l'organizzazione o una persona di contatto
err-not-a-contact = deve essere un contatto { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = una misura può essere accettata solo dopo essere stata offerta
err-not-an-offer = deve essere { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = non fa parte di un testo; sono previsti `text` e `lang`
err-not-text = deve essere un testo: una stringa oppure { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = deve stare su una sola riga

## Requests between countries

err-due-in-past = è { $due_by }, una data passata (oggi è { $today })
err-due-too-far = è oltre { $days } giorni da oggi; chiedi una risposta entro il { $latest } al più tardi
err-no-dispatch-target = indica l'organizzazione o l'utente (o entrambi) a cui va la richiesta
err-only-incoming-opened = solo una richiesta ricevuta da un altro paese può essere aperta qui
err-only-incoming-dispatched = solo una richiesta ricevuta da un altro paese può essere assegnata
err-only-incoming-answered = solo una richiesta ricevuta da un altro paese può avere risposta qui
err-only-outgoing-opened = solo una richiesta inviata da qui può essere aperta dall'altro paese
err-only-outgoing-answered = solo una richiesta inviata da qui può avere risposta dall'altro paese
err-already-answered = ha già avuto risposta ({ $at })
err-not-the-requests-referral = non è la segnalazione a cui si riferisce la richiesta
err-not-organisation-of-node = non è un'organizzazione di questo nodo
err-user-disabled = è disattivato
err-user-not-in-organisation = non lavora per quell'organizzazione
err-role-sees-no-personal-data = ha il ruolo { $role }, che non vede mai i dati di una persona
err-not-user-of-node = non è un utente di questo nodo

## Messages from other countries' nodes

err-unknown-payload-format = è { $format }; questo nodo legge il formato { $expected }
err-not-a-request = non è una richiesta: { $detail }
err-not-a-reply = non è una risposta: { $detail }
err-not-a-referral-document = non è un documento di segnalazione: { $detail }
err-not-an-opened-notice = non è un avviso di apertura: { $detail }
err-not-a-revocation-notice = non è un avviso di revoca: { $detail }
err-not-a-key-handover = non è un passaggio di chiave: { $detail }
err-envelope-refused = il messaggio è stato rifiutato: { $detail }
err-no-case-reference = un messaggio senza riferimento a un caso
err-referral-not-from-sender = la segnalazione non proviene dal paese del mittente
err-kind-not-taken-in = i messaggi `{ $kind }` non sono ancora accettati
err-not-the-envelopes-referral = non è la segnalazione indicata nella busta
err-no-shared-referral = qui non c'è una segnalazione { $referral } scambiata con { $country }: una richiesta riguarda una segnalazione che hanno entrambi i nodi
err-referral-restricted-here = qui è limitata: il consenso con cui era stata inviata è stato revocato
err-request-received-already = la richiesta { $request } è già stata ricevuta
err-no-such-sent-request = nessuna richiesta { $request } è stata inviata da qui a { $country }: una risposta deve rispondere a una richiesta
err-rotated-out-key = firmato con una chiave sostituita: la chiave { $key } di questo nodo partner è stata ritirata il { $retired_at }; con essa si accettano solo messaggi creati fino ad allora
err-handover-refused = il passaggio di chiave è rifiutato: { $detail }
err-peer-handover-refused = il passaggio di chiave del nodo partner è rifiutato: { $detail }

## The node's settings

err-not-positive = deve essere maggiore di zero
err-not-after = { $value } non è dopo { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } è più lungo di { $max }, il tempo per cui si conservano le chiavi di decifratura ritirate
err-not-a-duration = `{ $text }` non è una durata: scrivi un numero intero e un'unità (s, m, h o d), per esempio "30m"
err-longer-than-a-year = `{ $text }` è più lungo di un anno

## Template, profile and crosswalk files

err-template-unreadable = non è un file di modulo valido: { $detail }
err-profile-unreadable = non è un file di profilo valido: { $detail }
err-crosswalk-unreadable = non è un file di corrispondenze valido: { $detail }
err-template-file-version = il file della versione { $version } indica { $found }
err-profile-file-country = il file per { $country } indica { $found }
err-wrong-format = è `{ $found }`; era previsto `{ $expected }`
err-not-a-code = non è un codice
err-empty-list = è vuota
err-code-not-a-code = `{ $code }` non è un codice
err-code-listed-twice = `{ $code }` è indicato due volte
err-defined-twice = è definito due volte
err-not-a-field-code = `{ $code }` non è un codice di campo: serve `gruppo.campo` con lettere minuscole, cifre e `_`
err-bad-condition = `{ $condition }`: il codice dopo `=` non è un codice
err-no-such-list = indica la lista di codici `{ $list }`, che non esiste
err-needs-list = serve una lista di codici (`list`)
err-takes-no-list = ha una lista di codici, ma il suo tipo non ne prevede
err-required-twice = è sia required sia required_when; scegline uno
err-condition-unknown-field = required_when indica `{ $field }`, che non è un campo della stessa parte
err-condition-needs-yes-no = required_when `{ $field }` richiede un campo sì/no (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: quel campo non può contenere `{ $code }`
err-profile-template-version = è { $version }, ma il modulo è alla versione { $template }
err-not-a-template-field = `{ $code }` non è un campo della versione { $version } del modulo
err-removes-required = `{ $code }` è obbligatorio nel modulo; un profilo può togliere solo campi facoltativi
err-remove-both-or-neither = `{ $code }` decide se `{ $dependant }` è obbligatorio; togli entrambi o nessuno dei due
err-bad-profile-field-code = `{ $code }` deve iniziare con `x_` e un codice di paese (per esempio `x_{ $country }_`) e usare lettere minuscole, cifre e `_`
err-needs-english-label = serve un'etichetta in inglese (`en`)
err-label-length = deve avere da 1 a { $max } caratteri
err-not-a-group = `{ $group }` non è un gruppo del modulo
err-crosswalk-version = è { $version }, ma le corrispondenze HTCDS riguardano la versione { $mapped } del modulo
