# OpenTRM - validation messages: every rule a field can break, in Macedonian (македонски).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = не смее да биде празно
err-too-long = предолго е: број на знаци { $len }, дозволено најмногу { $max }
err-control-characters = не смее да содржи контролни знаци
err-too-many-entries = премногу ставки: { $count }, дозволено најмногу { $max }
err-listed-twice = наведено е двапати
err-missing = недостасува
err-missing-field = задолжително е (`{ $name }`)
err-date-in-future = { $date } е во иднина
err-in-future = е во иднина
err-in-past = е во минатото
err-between = мора да биде меѓу { $min } и { $max }
err-longer-than = предолго е: најмногу { $max } знаци
err-malformed = не е исправно: { $detail }
err-not-an-object = мора да биде JSON објект, а не листа
err-already-taken = веќе е зафатено

## The case

err-stale-version = случајот е во верзија { $version }, а не { $expected }: вчитајте го повторно и повторете ја промената
err-case-restricted = обработката на овој случај е ограничена на барање на лицето; прво отстранете го ограничувањето
err-case-erased = податоците на лицето во овој случај се избришани; случајот повеќе не може да се менува
err-already-restricted = веќе е ограничен
err-erased = избришан е
err-not-restricted = не е ограничен
err-already-anonymised = веќе е анонимизиран
err-reflection-ends-before-start = периодот за размислување завршува ({ $ends_on }) пред да започне ({ $starts_on })
err-no-goals = планот за помош треба да има барем една цел
err-too-many-goals = најмногу { $max } цели
err-too-many-countries = најмногу { $max } земји
err-other-exploitation-only = се пополнува само ако меѓу видовите експлоатација е „друго“
err-unknown-means-combined = „непознато“ не може да оди заедно со познати средства
err-exploitation-ends-before-start = експлоатацијата не може да заврши ({ $ended }) пред да започне ({ $began })
err-previously-trafficked-only = се пополнува само ако лицето и порано било жртва на трговија со луѓе
err-name-required = потребно е име: внесете име, презиме или барем еден прекар
err-born-too-early = { $date } е пред { $year } година
err-age-estimate-contradicts = проценката на возраста „{ $estimate }“ е во спротивност со датумот на раѓање { $born }; ако датумот е познат, изоставете ја проценката
err-identity-confirmed-only = се бележи само ако идентитетот е потврден
err-child-needs-guardian = „{ $measure }“ не може да се означи како завршена за дете додека во случајот не е заведен старател
err-child-needs-best-interests = „{ $measure }“ не може да се означи како завршена за дете без заведена одлука за најдобриот интерес на детето

## Consents and shares

err-only-given-revocable = може да се повлече само дадена согласност; за да промените одбивање, заведете нова согласност
err-already-revoked = оваа согласност е веќе повлечена
err-revoked-before-given = { $revoked_on } е пред датумот на согласноста ({ $decided_on })
err-no-sections = изберете барем еден дел за споделување
err-no-consent-to-share = лицето не дало согласност за споделување на своите податоци со { $organisation } ({ $country }), цел: { $purpose }. Заведете ја согласноста или наведете правна основа
err-emergency-too-short = опишете ја итноста со една реченица (најмалку { $min } знаци)
err-already-withdrawn = веќе е повлечено
err-erasure-needs-reason = наведете го барањето на кое одговара бришењето

## Accounts and API tokens

err-password-too-short = прекратка е: број на знаци { $len }, потребни се најмалку { $min }
err-repeated-character = не смее да повторува само еден знак
err-not-current-password = ова не е вашата тековна лозинка
err-totp-or-recovery-code = испратете `totp` или `recovery_code`, не двете
err-totp-not-current = ова не е тековниот код на новата тајна: проверете ја тајната внесена во апликацијата и часовникот на уредот
err-token-name-required = потребно е име
err-no-scopes = изберете барем едно овластување
err-own-account = не можете да ја оневозможите сопствената сметка
err-no-such-organisation = оваа организација не постои на овој јазол
err-no-such-user = овој корисник не постои на овој јазол
err-not-user-of-your-organisation = { $user } не е корисник на вашата организација
err-not-a-sop = мора да биде број на СОП, од 1 до 5
err-not-a-page-cursor = не е ознака на случај од претходна страница
err-not-one-of = `{ $value }` не е меѓу дозволените вредности: { $options }
err-not-a-node-language = `{ $tag }` не е јазик на овој јазол; јазиците се: { $offered }

## Referrals

err-no-version-to-follow = нема верзија на која би се надоврзало
err-draft-exists = верзијата { $version } веќе е нацрт; уредете ја неа
err-sent-no-draft = нема нацрт: испратено е; започнете нова верзија за да додадете нешто
err-next-version-is-theirs = верзијата { $version } е испратена од тука; следната верзија ја пишува другата земја (во меѓувреме можете да ѝ испратите барање)
err-no-draft-to-send = нема нацрт за испраќање
err-draft-in-progress = верзијата { $version } се подготвува тука; треба да се испрати или отфрли пред да се прими друга верзија
err-unexpected-version = е { $version }; овој јазол сега очекува верзија { $expected }
err-same-side-twice = претходната верзија ја напиша истата страна; верзиите се менуваат наизменично меѓу земјите
err-own-country = ова е земјата на овој јазол ({ $country }); упатувањето оди во друга земја
err-transfers-blocked = преносите на лични податоци кон { $peer } ({ $country }) се блокирани од администраторот на овој јазол; ништо не е испратено
err-no-consent-for-referral = случајот нема важечка согласност од лицето за споделување податоци со { $country } за упатување (согласноста е { $state ->
        [refused] одбиена
        [revoked] повлечена
       *[other] незаведена
    }); прво заведете ја согласноста во случајот
err-author-is-our-side = е `{ $side }`, страната што овој јазол ја пополнува за упатувањето { $referral }
err-no-consent-to-send = е „не“: без согласност од лицето за споделување податоци меѓу земјите, упатувањето не може да се испрати
err-child-templates-missing = има деца што треба да се вратат: пополнете го образецот за дете за секое дете
err-child-template-for-person = жртвата на трговија со луѓе е помлада од 18 години или возраста не е позната: пополнете за неа образец за дете (старател, најдобар интерес)
err-required-because-yes = задолжително е бидејќи `{ $other }` е „да“
err-required-because-includes = задолжително е бидејќи `{ $other }` содржи `{ $code }`
err-required-before-sending = задолжително е пред испраќање
err-before-field = е пред `{ $other }`
err-filled-by-origin = го пополнува земјата на потекло или трета земја по враќањето; земјата на експлоатација не може да го внесе ниту да го промени
err-filled-by-exploitation = го пополнува земјата на експлоатација; земјата на потекло не може да го внесе ниту да го промени
err-author-side-either = мора да биде `exploitation` или `origin`
err-template-version-changed = е { $version }, но упатувањето е направено со верзија { $original }; упатувањето ја задржува својата верзија на образецот
err-unknown-template-version = овој јазол не ја познава верзијата { $version } на образецот за упатување (познава: { $known }); упатувањето може да се прочита дури по ажурирањето на јазолот
err-document-template-version = е { $version }, но документот ја наведува верзијата { $document } на образецот
err-not-a-field-of = не е поле од { $part ->
        [child] образецот за дете
       *[other] образецот за упатување
    }, верзија { $version }
err-not-a-field-of-profile = не е поле од { $part ->
        [child] образецот за дете
       *[other] образецот за упатување
    }, верзија { $version }, со профилот { $country } верзија { $profile_version }

## Values of the referral template's fields

err-not-a-date = мора да биде датум во форматот ГГГГ-ММ-ДД
err-not-a-date-time = мора да биде датум и време во форматот RFC 3339, на пр. 2026-03-01T14:30:00+01:00
err-not-yes-no = мора да биде да (true) или не (false)
err-not-one-code = мора да биде еден код (текст)
err-not-a-code-string = мора да биде код (текст)
err-not-a-list = мора да биде листа на кодови
err-not-in-list = `{ $code }` не е во листата на кодови `{ $list }` ({ $codes })
err-not-a-country-string = мора да биде код на земја (текст)
err-not-country-code = `{ $code }` не е код на земја ISO 3166-1 alpha-2 (две големи букви, на пр. AL, IT, MD)
err-not-language-code = `{ $code }` не е код на јазик ISO 639-1 (две мали букви, на пр. sq, it, ro)
err-not-an-email = не е адреса на е-пошта
err-contact-needs-who = потребна е организацијата или лице за контакт
err-not-a-contact = мора да биде контакт { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = мерката може да се прифати само откако е понудена
err-not-an-offer = мора да биде { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = не е дел од текст; се очекуваат `text` и `lang`
err-not-text = мора да биде текст: низа знаци или { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = мора да биде во еден ред

## Requests between countries

err-due-in-past = е { $due_by }, во минатото (денес е { $today })
err-due-too-far = е повеќе од { $days } дена однапред; побарајте одговор најдоцна до { $latest }
err-no-dispatch-target = наведете ја организацијата или корисникот (или двете) на кои им оди барањето
err-only-incoming-opened = тука може да се отвори само барање примено од друга земја
err-only-incoming-dispatched = може да се додели само барање примено од друга земја
err-only-incoming-answered = тука може да се одговори само на барање примено од друга земја
err-only-outgoing-opened = другата земја може да отвори само барање испратено од тука
err-only-outgoing-answered = другата земја може да одговори само на барање испратено од тука
err-already-answered = веќе е одговорено ({ $at })
err-not-the-requests-referral = не е упатувањето на кое се однесува барањето
err-not-organisation-of-node = не е организација на овој јазол
err-user-disabled = оневозможен е
err-user-not-in-organisation = не работи за таа организација
err-role-sees-no-personal-data = има улога { $role }, која никогаш не ги гледа податоците на лицето
err-not-user-of-node = не е корисник на овој јазол

## Messages from other countries' nodes

err-unknown-payload-format = е { $format }; овој јазол го чита форматот { $expected }
err-not-a-request = не е барање: { $detail }
err-not-a-reply = не е одговор: { $detail }
err-not-a-referral-document = не е документ за упатување: { $detail }
err-not-an-opened-notice = не е известување за отворање: { $detail }
err-not-a-revocation-notice = не е известување за повлекување: { $detail }
err-not-a-key-handover = не е предавање на клуч: { $detail }
err-envelope-refused = пораката е одбиена: { $detail }
err-no-case-reference = порака без ознака на случај
err-referral-not-from-sender = упатувањето не дошло од земјата на испраќачот
err-kind-not-taken-in = пораките `{ $kind }` сè уште не се примаат
err-not-the-envelopes-referral = не е упатувањето што го наведува пликот
err-no-shared-referral = тука нема упатување { $referral } разменето со { $country }: барањето се однесува на упатување што го имаат двата јазли
err-referral-restricted-here = тука е ограничено: согласноста со која е испратено е повлечена
err-request-received-already = барањето { $request } е веќе примено
err-no-such-sent-request = од тука не е испратено барање { $request } кон { $country }: одговорот мора да одговара на барање
err-rotated-out-key = потпишано со заменет клуч: клучот { $key } на овој партнерски јазол е повлечен на { $retired_at }; со него се прифаќаат само пораки создадени до тогаш
err-handover-refused = предавањето на клучот е одбиено: { $detail }
err-peer-handover-refused = предавањето на клучот на партнерскиот јазол е одбиено: { $detail }

## The node's settings

err-not-positive = мора да биде поголемо од нула
err-not-after = { $value } не е по { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } е подолго од { $max }, времето за кое се чуваат повлечените клучеви за дешифрирање
err-not-a-duration = `{ $text }` не е времетраење: внесете цел број и единица (s, m, h или d), на пр. "30m"
err-longer-than-a-year = `{ $text }` е подолго од една година

## Template, profile and crosswalk files

err-template-unreadable = не е исправна датотека на образец: { $detail }
err-profile-unreadable = не е исправна датотека на профил: { $detail }
err-crosswalk-unreadable = не е исправна датотека на кореспонденции: { $detail }
err-template-file-version = датотеката на верзијата { $version } наведува { $found }
err-profile-file-country = датотеката за { $country } наведува { $found }
err-wrong-format = е `{ $found }`; се очекуваше `{ $expected }`
err-not-a-code = не е код
err-empty-list = празно е
err-code-not-a-code = `{ $code }` не е код
err-code-listed-twice = `{ $code }` е наведено двапати
err-defined-twice = дефинирано е двапати
err-not-a-field-code = `{ $code }` не е код на поле: се очекува `група.поле` со мали букви, цифри и `_`
err-bad-condition = `{ $condition }`: кодот по `=` не е код
err-no-such-list = ја наведува листата на кодови `{ $list }`, која не постои
err-needs-list = потребна е листа на кодови (`list`)
err-takes-no-list = има листа на кодови, но неговиот вид не прима листа
err-required-twice = е и required и required_when; изберете едно
err-condition-unknown-field = required_when наведува `{ $field }`, што не е поле од истиот дел
err-condition-needs-yes-no = required_when `{ $field }` бара поле да/не (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: тоа поле не може да содржи `{ $code }`
err-profile-template-version = е { $version }, но образецот е во верзија { $template }
err-not-a-template-field = `{ $code }` не е поле од верзијата { $version } на образецот
err-removes-required = `{ $code }` е задолжително во образецот; профилот може да отстранува само незадолжителни полиња
err-remove-both-or-neither = `{ $code }` одлучува дали `{ $dependant }` е задолжително; отстранете ги двете или ниедно
err-bad-profile-field-code = `{ $code }` мора да започнува со `x_` и код на земја (на пр. `x_{ $country }_`) и да користи мали букви, цифри и `_`
err-needs-english-label = потребна е ознака на англиски (`en`)
err-label-length = мора да има од 1 до { $max } знаци
err-not-a-group = `{ $group }` не е група од образецот
err-crosswalk-version = е { $version }, но кореспонденциите HTCDS се однесуваат на верзијата { $mapped } на образецот
