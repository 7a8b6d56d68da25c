# OpenTRM - validation messages, in English: every rule a field can break (the `Rule`
# type of crates/domain/src/rule.rs), keyed err-<rule>, its arguments as variables.
# English is the source: the domain renders the API's, the CLI's and the logs' messages
# from this file, and the web interface shows the rule in the reader's language.
# Dates are written YYYY-MM-DD; codes (countries, languages, lists) stay codes.
# Every other language has the same keys; `trm template check` and the tests fail on any gap.

## Free text and lists

err-empty = must not be empty
err-too-long = is { $len } characters long; at most { $max } are allowed
err-control-characters = must not contain control characters
err-too-many-entries = has { $count } entries; at most { $max } are allowed
err-listed-twice = is listed twice
err-missing = is missing
err-missing-field = missing field `{ $name }`
err-date-in-future = { $date } is in the future
err-in-future = is in the future
err-in-past = is in the past
err-between = must be between { $min } and { $max }
err-longer-than = is longer than { $max } characters
err-malformed = { $detail }
err-not-an-object = must be a JSON object, not an array
err-already-taken = is already taken

## The case

err-stale-version = the case is at version { $version }, not { $expected }: reload it and apply the change again
err-case-restricted = processing of this case is restricted at the person's request; lift the restriction first
err-case-erased = the person's data in this case has been erased; it can no longer change
err-already-restricted = is already restricted
err-erased = has been erased
err-not-restricted = is not restricted
err-already-anonymised = has already been anonymised
err-reflection-ends-before-start = the reflection period ends ({ $ends_on }) before it starts ({ $starts_on })
err-no-goals = an assistance plan needs at least one goal
err-too-many-goals = at most { $max } goals
err-too-many-countries = at most { $max } countries
err-other-exploitation-only = is only filled when `other` is among the exploitation types
err-unknown-means-combined = `unknown` cannot be combined with known means
err-exploitation-ends-before-start = exploitation cannot end ({ $ended }) before it began ({ $began })
err-previously-trafficked-only = is only filled when previously_trafficked is true
err-name-required = a name is required: give a given name, a family name or at least one nickname
err-born-too-early = { $date } is before { $year }
err-age-estimate-contradicts = the age estimate { $estimate } contradicts the date of birth { $born }; leave the estimate out when the date is known
err-identity-confirmed-only = is only recorded when identity_confirmed is true
err-child-needs-guardian = { $measure } cannot be marked done for a child until a guardian is recorded on the case
err-child-needs-best-interests = { $measure } cannot be marked done for a child without a best-interests determination record

## Consents and shares

err-only-given-revocable = only a given consent can be revoked; record a new consent to change a refusal
err-already-revoked = this consent is already revoked
err-revoked-before-given = { $revoked_on } is before the consent was given ({ $decided_on })
err-no-sections = name at least one section to share
err-no-consent-to-share = the person has not consented to share their data with { $organisation } ({ $country }) for { $purpose }: record that consent, or give the legal basis
err-emergency-too-short = state the emergency in a sentence (at least { $min } characters)
err-already-withdrawn = is already withdrawn
err-erasure-needs-reason = state the request the erasure answers

## Accounts and API tokens

err-password-too-short = is { $len } characters long; use at least { $min }
err-repeated-character = must not repeat a single character
err-not-current-password = is not your current password
err-totp-or-recovery-code = send either `totp` or `recovery_code`, not both
err-totp-not-current = is not the current code of the new secret: check the secret typed into the app and the device's clock
err-token-name-required = a name is required
err-no-scopes = name at least one scope
err-own-account = you cannot disable your own account
err-no-such-organisation = no such organisation on this node
err-no-such-user = no such user on this node
err-not-user-of-your-organisation = { $user } is not a user of your organisation
err-not-a-sop = must be a SOP number from 1 to 5
err-not-a-page-cursor = is not a case id from a previous page
err-not-one-of = `{ $value }` is not one of: { $options }
err-not-a-node-language = `{ $tag }` is not a language of this node; it offers { $offered }

## Referrals

err-no-version-to-follow = has no version to follow
err-draft-exists = version { $version } is a draft already; edit it
err-sent-no-draft = has no draft: it was sent; start a new version to add to it
err-next-version-is-theirs = version { $version } was sent from here; the next version is the other country's to write (ask them with a request meanwhile)
err-no-draft-to-send = has no draft to send
err-draft-in-progress = version { $version } is being drafted here; it must be sent or discarded before another version is received
err-unexpected-version = is { $version }; this node expects version { $expected } next
err-same-side-twice = the same side wrote the previous version; versions alternate between the countries
err-own-country = is this node's own country ({ $country }); a referral goes to another country
err-transfers-blocked = transfers of personal data to { $peer } ({ $country }) are blocked by this node's administrator; nothing was sent
err-no-consent-for-referral = the case has no current consent of the person to share data with { $country } for a referral (it is { $state ->
        [refused] refused
        [revoked] revoked
       *[other] not recorded
    }); record the consent on the case first
err-author-is-our-side = is `{ $side }`, the side this node fills for referral { $referral }
err-no-consent-to-send = is no: without the person's consent to share data between the countries, the referral cannot be sent
err-child-templates-missing = children are to be returned: fill in the child's template for each child
err-child-template-for-person = the trafficked person is under 18 or of unknown age: fill in the child's template for them (guardian, best interests)
err-required-because-yes = is required because `{ $other }` is yes
err-required-because-includes = is required because `{ $other }` includes `{ $code }`
err-required-before-sending = is required before sending
err-before-field = is before `{ $other }`
err-filled-by-origin = is filled in by the country of origin or third country after the return; the country of exploitation cannot set or change it
err-filled-by-exploitation = is filled in by the country of exploitation; the country of origin cannot set or change it
err-author-side-either = must be `exploitation` or `origin`
err-template-version-changed = is { $version }, but the referral was made with version { $original }; a referral keeps its template version
err-unknown-template-version = version { $version } of the referral template is not known to this node (it knows { $known }); the referral cannot be read until this node is updated
err-document-template-version = is { $version }, but the document says template version { $document }
err-not-a-field-of = is not a field of { $part ->
        [child] the child's template
       *[other] the referral template
    } version { $version }
err-not-a-field-of-profile = is not a field of { $part ->
        [child] the child's template
       *[other] the referral template
    } version { $version } with the { $country } profile version { $profile_version }

## Values of the referral template's fields

err-not-a-date = must be a date written YYYY-MM-DD
err-not-a-date-time = must be a date and time in RFC 3339, e.g. 2026-03-01T14:30:00+01:00
err-not-yes-no = must be true (yes) or false (no)
err-not-one-code = must be one code (a string)
err-not-a-code-string = must be a code (a string)
err-not-a-list = must be a list of codes
err-not-in-list = `{ $code }` is not in the code list `{ $list }` ({ $codes })
err-not-a-country-string = must be a country code (a string)
err-not-country-code = `{ $code }` is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. AL, IT, MD)
err-not-language-code = `{ $code }` is not an ISO 639-1 language code (two small letters, e.g. sq, it, ro)
err-not-an-email = is not an e-mail address
err-contact-needs-who = needs the organisation or a contact person
err-not-a-contact = must be a contact { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = a measure can be accepted only once it has been offered
err-not-an-offer = must be { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = is not a part of a text; expected `text` and `lang`
err-not-text = must be text: a string or { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = must be one line

## Requests between countries

err-due-in-past = is { $due_by }, in the past (today is { $today })
err-due-too-far = is more than { $days } days ahead; ask for an answer by { $latest } at the latest
err-no-dispatch-target = name the organisation or the user (or both) the request goes to
err-only-incoming-opened = only a request received from another country can be opened here
err-only-incoming-dispatched = only a request received from another country can be dispatched
err-only-incoming-answered = only a request received from another country can be answered here
err-only-outgoing-opened = only a request sent from here can be opened by the other country
err-only-outgoing-answered = only a request sent from here can be answered by the other country
err-already-answered = was answered already (at { $at })
err-not-the-requests-referral = is not the referral the request is about
err-not-organisation-of-node = is not an organisation of this node
err-user-disabled = is disabled
err-user-not-in-organisation = does not work for that organisation
err-role-sees-no-personal-data = has the role { $role }, which never sees a person's data
err-not-user-of-node = is not a user of this node

## Messages from other countries' nodes

err-unknown-payload-format = is { $format }; this node reads format { $expected }
err-not-a-request = is not a request: { $detail }
err-not-a-reply = is not a reply: { $detail }
err-not-a-referral-document = is not a referral document: { $detail }
err-not-an-opened-notice = is not an opened notice: { $detail }
err-not-a-revocation-notice = is not a revocation notice: { $detail }
err-not-a-key-handover = is not a key handover: { $detail }
err-envelope-refused = { $detail }
err-no-case-reference = a message without a case reference
err-referral-not-from-sender = the referral did not come from the sender's country
err-kind-not-taken-in = `{ $kind }` messages are not taken in yet
err-not-the-envelopes-referral = is not the referral the envelope names
err-no-shared-referral = no referral { $referral } exchanged with { $country } is held here: a request is about a referral both nodes hold
err-referral-restricted-here = is restricted here: the consent it was sent under was revoked
err-request-received-already = request { $request } was received already
err-no-such-sent-request = no request { $request } was sent from here to { $country }: a reply must answer one
err-rotated-out-key = signed with a rotated-out key: key { $key } of this peer was retired at { $retired_at }; only messages created until then are accepted under it
err-handover-refused = the key handover is refused: { $detail }
err-peer-handover-refused = the peer's key handover is refused: { $detail }

## The node's settings

err-not-positive = must be longer than zero
err-not-after = { $value } is not after { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } is longer than { $max }, the time retired decryption keys are kept
err-not-a-duration = `{ $text }` is not a duration: write a whole number and a unit (s, m, h or d), e.g. "30m"
err-longer-than-a-year = `{ $text }` is longer than a year

## Template, profile and crosswalk files

err-template-unreadable = is not a valid template file: { $detail }
err-profile-unreadable = is not a valid profile file: { $detail }
err-crosswalk-unreadable = is not a valid crosswalk file: { $detail }
err-template-file-version = file of version { $version } says { $found }
err-profile-file-country = the file for { $country } says { $found }
err-wrong-format = is `{ $found }`; expected `{ $expected }`
err-not-a-code = is not a code
err-empty-list = is empty
err-code-not-a-code = `{ $code }` is not a code
err-code-listed-twice = `{ $code }` is listed twice
err-defined-twice = is defined twice
err-not-a-field-code = `{ $code }` is not a field code: expected `group.field` in lower-case letters, digits and `_`
err-bad-condition = `{ $condition }`: the code after `=` is not a code
err-no-such-list = names the code list `{ $list }`, which does not exist
err-needs-list = needs a code list (`list`)
err-takes-no-list = has a code list but its type takes none
err-required-twice = is both required and required_when; choose one
err-condition-unknown-field = required_when names `{ $field }`, which is not a field of the same part
err-condition-needs-yes-no = required_when `{ $field }` needs a yes_no field
err-condition-cannot-hold = required_when `{ $field }={ $code }`: that field cannot hold `{ $code }`
err-profile-template-version = is { $version }, but the template is version { $template }
err-not-a-template-field = `{ $code }` is not a field of template version { $version }
err-removes-required = `{ $code }` is required by the template; a profile may remove only optional fields
err-remove-both-or-neither = `{ $code }` decides whether `{ $dependant }` is required; remove both or neither
err-bad-profile-field-code = `{ $code }` must start with `x_` and a country code (e.g. `x_{ $country }_`) and use lower-case letters, digits and `_`
err-needs-english-label = needs an English label (`en`)
err-label-length = must have 1 to { $max } characters
err-not-a-group = `{ $group }` is not a group of the template
err-crosswalk-version = is { $version }, but the HTCDS crosswalk maps template version { $mapped }
