# OpenTRM - validation messages: every rule a field can break, in Bulgarian (български).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = не може да е празно
err-too-long = твърде дълго е: брой знаци { $len }, позволени най-много { $max }
err-control-characters = не може да съдържа контролни знаци
err-too-many-entries = твърде много записи: { $count }, позволени най-много { $max }
err-listed-twice = посочено е два пъти
err-missing = липсва
err-missing-field = задължително е (`{ $name }`)
err-date-in-future = { $date } е в бъдещето
err-in-future = е в бъдещето
err-in-past = е в миналото
err-between = трябва да е между { $min } и { $max }
err-longer-than = твърде дълго е: най-много { $max } знака
err-malformed = не е валидно: { $detail }
err-not-an-object = трябва да е JSON обект, а не списък
err-already-taken = вече е заето

## The case

err-stale-version = случаят е във версия { $version }, а не { $expected }: заредете го отново и повторете промяната
err-case-restricted = обработването на този случай е ограничено по искане на лицето; първо премахнете ограничението
err-case-erased = данните на лицето в този случай са изтрити; случаят вече не може да се променя
err-already-restricted = вече е ограничен
err-erased = изтрит е
err-not-restricted = не е ограничен
err-already-anonymised = вече е анонимизиран
err-reflection-ends-before-start = периодът за размисъл свършва ({ $ends_on }) преди да е започнал ({ $starts_on })
err-no-goals = планът за помощ трябва да има поне една цел
err-too-many-goals = най-много { $max } цели
err-too-many-countries = най-много { $max } държави
err-other-exploitation-only = попълва се само ако сред видовете експлоатация има „друго“
err-unknown-means-combined = „неизвестно“ не може да се съчетава с известни средства
err-exploitation-ends-before-start = експлоатацията не може да е приключила ({ $ended }) преди да е започнала ({ $began })
err-previously-trafficked-only = попълва се само ако лицето и преди е било жертва на трафик
err-name-required = нужно е име: въведете име, фамилия или поне един прякор
err-born-too-early = { $date } е преди { $year } г.
err-age-estimate-contradicts = оценката на възрастта „{ $estimate }“ противоречи на датата на раждане { $born }; ако датата е известна, оставете оценката празна
err-identity-confirmed-only = отбелязва се само ако самоличността е потвърдена
err-child-needs-guardian = „{ $measure }“ не може да се отбележи като изпълнена за дете, докато в случая няма вписан настойник
err-child-needs-best-interests = „{ $measure }“ не може да се отбележи като изпълнена за дете без вписано решение за висшия интерес на детето

## Consents and shares

err-only-given-revocable = може да се оттегли само дадено съгласие; за да промените отказ, впишете ново съгласие
err-already-revoked = това съгласие вече е оттеглено
err-revoked-before-given = { $revoked_on } е преди датата на съгласието ({ $decided_on })
err-no-sections = изберете поне един раздел за споделяне
err-no-consent-to-share = лицето не е дало съгласие данните му да се споделят с { $organisation } ({ $country }), цел: { $purpose }. Впишете съгласието или посочете правното основание
err-emergency-too-short = опишете спешния случай с едно изречение (поне { $min } знака)
err-already-withdrawn = вече е оттеглено
err-erasure-needs-reason = посочете искането, на което отговаря изтриването

## Accounts and API tokens

err-password-too-short = твърде кратка е: брой знаци { $len }, нужни са поне { $min }
err-repeated-character = не може да повтаря само един знак
err-not-current-password = това не е текущата ви парола
err-totp-or-recovery-code = изпратете `totp` или `recovery_code`, не и двете
err-totp-not-current = това не е текущият код на новата тайна: проверете тайната, въведена в приложението, и часовника на устройството
err-token-name-required = нужно е име
err-no-scopes = изберете поне един обхват
err-own-account = не можете да деактивирате собствения си профил
err-no-such-organisation = такава организация няма на този възел
err-no-such-user = такъв потребител няма на този възел
err-not-user-of-your-organisation = { $user } не е потребител на вашата организация
err-not-a-sop = трябва да е номер на СОП, от 1 до 5
err-not-a-page-cursor = не е идентификатор на случай от предишна страница
err-not-one-of = `{ $value }` не е сред позволените стойности: { $options }
err-not-a-node-language = `{ $tag }` не е език на този възел; езиците са: { $offered }

## Referrals

err-no-version-to-follow = няма версия, която да бъде продължена
err-draft-exists = версия { $version } вече е чернова; редактирайте нея
err-sent-no-draft = няма чернова: изпратено е; започнете нова версия, за да добавите нещо
err-next-version-is-theirs = версия { $version } е изпратена от тук; следващата версия се пише от другата държава (междувременно можете да ѝ изпратите искане)
err-no-draft-to-send = няма чернова за изпращане
err-draft-in-progress = версия { $version } се подготвя тук; трябва да бъде изпратена или отхвърлена, преди да се получи друга версия
err-unexpected-version = е { $version }; този възел сега очаква версия { $expected }
err-same-side-twice = предишната версия е написана от същата страна; версиите се редуват между държавите
err-own-country = това е държавата на този възел ({ $country }); насочването отива в друга държава
err-transfers-blocked = предаването на лични данни към { $peer } ({ $country }) е блокирано от администратора на този възел; нищо не е изпратено
err-no-consent-for-referral = случаят няма валидно съгласие на лицето за споделяне на данни с { $country } за насочване (съгласието е { $state ->
        [refused] отказано
        [revoked] оттеглено
       *[other] невписано
    }); първо впишете съгласието в случая
err-author-is-our-side = е `{ $side }`, страната, която този възел попълва за насочване { $referral }
err-no-consent-to-send = е „не“: без съгласието на лицето за споделяне на данни между държавите насочването не може да се изпрати
err-child-templates-missing = има деца за връщане: попълнете формуляра за дете за всяко дете
err-child-template-for-person = жертвата на трафик е под 18 години или възрастта ѝ не е известна: попълнете за нея формуляра за дете (настойник, висш интерес)
err-required-because-yes = задължително е, защото `{ $other }` е „да“
err-required-because-includes = задължително е, защото `{ $other }` съдържа `{ $code }`
err-required-before-sending = задължително е преди изпращане
err-before-field = е преди `{ $other }`
err-filled-by-origin = попълва се от държавата на произход или трета държава след връщането; държавата на експлоатация не може да го въвежда или променя
err-filled-by-exploitation = попълва се от държавата на експлоатация; държавата на произход не може да го въвежда или променя
err-author-side-either = трябва да е `exploitation` или `origin`
err-template-version-changed = е { $version }, но насочването е създадено с версия { $original }; насочването запазва своята версия на формуляра
err-unknown-template-version = този възел не познава версия { $version } на формуляра за насочване (познава: { $known }); насочването може да се прочете едва след обновяване на възела
err-document-template-version = е { $version }, но документът посочва версия { $document } на формуляра
err-not-a-field-of = не е поле от { $part ->
        [child] формуляра за дете
       *[other] формуляра за насочване
    }, версия { $version }
err-not-a-field-of-profile = не е поле от { $part ->
        [child] формуляра за дете
       *[other] формуляра за насочване
    }, версия { $version }, с профила { $country } версия { $profile_version }

## Values of the referral template's fields

err-not-a-date = трябва да е дата във формат ГГГГ-ММ-ДД
err-not-a-date-time = трябва да е дата и час във формат RFC 3339, напр. 2026-03-01T14:30:00+01:00
err-not-yes-no = трябва да е да (true) или не (false)
err-not-one-code = трябва да е един код (текст)
err-not-a-code-string = трябва да е код (текст)
err-not-a-list = трябва да е списък с кодове
err-not-in-list = `{ $code }` не е в списъка с кодове `{ $list }` ({ $codes })
err-not-a-country-string = трябва да е код на държава (текст)
err-not-country-code = `{ $code }` не е код на държава по ISO 3166-1 alpha-2 (две главни букви, напр. AL, IT, MD)
err-not-language-code = `{ $code }` не е код на език по ISO 639-1 (две малки букви, напр. sq, it, ro)
err-not-an-email = не е имейл адрес
err-contact-needs-who = нужна е организацията или лице за контакт
err-not-a-contact = трябва да е контакт { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = мярката може да се приеме само след като е предложена
err-not-an-offer = трябва да е { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = не е част от текст; очакват се `text` и `lang`
err-not-text = трябва да е текст: низ или { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = трябва да е на един ред

## Requests between countries

err-due-in-past = е { $due_by }, в миналото (днес е { $today })
err-due-too-far = е повече от { $days } дни напред; поискайте отговор най-късно до { $latest }
err-no-dispatch-target = посочете организацията или потребителя (или двете), към които отива искането
err-only-incoming-opened = тук може да се отвори само искане, получено от друга държава
err-only-incoming-dispatched = може да се възложи само искане, получено от друга държава
err-only-incoming-answered = тук може да се отговори само на искане, получено от друга държава
err-only-outgoing-opened = другата държава може да отвори само искане, изпратено от тук
err-only-outgoing-answered = другата държава може да отговори само на искане, изпратено от тук
err-already-answered = вече е отговорено ({ $at })
err-not-the-requests-referral = не е насочването, за което е искането
err-not-organisation-of-node = не е организация на този възел
err-user-disabled = деактивиран е
err-user-not-in-organisation = не работи за тази организация
err-role-sees-no-personal-data = има ролята { $role }, която никога не вижда данните на лицето
err-not-user-of-node = не е потребител на този възел

## Messages from other countries' nodes

err-unknown-payload-format = е { $format }; този възел чете формат { $expected }
err-not-a-request = не е искане: { $detail }
err-not-a-reply = не е отговор: { $detail }
err-not-a-referral-document = не е документ за насочване: { $detail }
err-not-an-opened-notice = не е известие за отваряне: { $detail }
err-not-a-revocation-notice = не е известие за оттегляне: { $detail }
err-not-a-key-handover = не е предаване на ключ: { $detail }
err-envelope-refused = съобщението е отхвърлено: { $detail }
err-no-case-reference = съобщение без препратка към случай
err-referral-not-from-sender = насочването не е дошло от държавата на подателя
err-kind-not-taken-in = съобщенията `{ $kind }` все още не се приемат
err-not-the-envelopes-referral = не е насочването, посочено в плика
err-no-shared-referral = тук няма насочване { $referral }, обменено с { $country }: искането се отнася до насочване, което имат и двата възела
err-referral-restricted-here = тук е ограничено: съгласието, с което е изпратено, е оттеглено
err-request-received-already = искането { $request } вече е получено
err-no-such-sent-request = от тук не е изпращано искане { $request } към { $country }: отговорът трябва да отговаря на искане
err-rotated-out-key = подписано със заменен ключ: ключът { $key } на този партньорски възел е изведен от употреба на { $retired_at }; с него се приемат само съобщения, създадени дотогава
err-handover-refused = предаването на ключа е отхвърлено: { $detail }
err-peer-handover-refused = предаването на ключа на партньорския възел е отхвърлено: { $detail }

## The node's settings

err-not-positive = трябва да е по-голямо от нула
err-not-after = { $value } не е след { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } е по-дълго от { $max }, времето, за което се пазят изведените ключове за дешифриране
err-not-a-duration = `{ $text }` не е продължителност: въведете цяло число и единица (s, m, h или d), напр. "30m"
err-longer-than-a-year = `{ $text }` е по-дълго от една година

## Template, profile and crosswalk files

err-template-unreadable = не е валиден файл на формуляр: { $detail }
err-profile-unreadable = не е валиден файл на профил: { $detail }
err-crosswalk-unreadable = не е валиден файл със съответствия: { $detail }
err-template-file-version = файлът на версия { $version } посочва { $found }
err-profile-file-country = файлът за { $country } посочва { $found }
err-wrong-format = е `{ $found }`; очаква се `{ $expected }`
err-not-a-code = не е код
err-empty-list = празно е
err-code-not-a-code = `{ $code }` не е код
err-code-listed-twice = `{ $code }` е посочено два пъти
err-defined-twice = определено е два пъти
err-not-a-field-code = `{ $code }` не е код на поле: очаква се `група.поле` с малки букви, цифри и `_`
err-bad-condition = `{ $condition }`: кодът след `=` не е код
err-no-such-list = посочва списъка с кодове `{ $list }`, който не съществува
err-needs-list = нужен е списък с кодове (`list`)
err-takes-no-list = има списък с кодове, но видът му не приема такъв
err-required-twice = е едновременно required и required_when; изберете едното
err-condition-unknown-field = required_when посочва `{ $field }`, което не е поле от същата част
err-condition-needs-yes-no = required_when `{ $field }` изисква поле да/не (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: това поле не може да съдържа `{ $code }`
err-profile-template-version = е { $version }, но формулярът е във версия { $template }
err-not-a-template-field = `{ $code }` не е поле от версия { $version } на формуляра
err-removes-required = `{ $code }` е задължително във формуляра; профилът може да премахва само незадължителни полета
err-remove-both-or-neither = `{ $code }` определя дали `{ $dependant }` е задължително; премахнете и двете или нито едно
err-bad-profile-field-code = `{ $code }` трябва да започва с `x_` и код на държава (напр. `x_{ $country }_`) и да използва малки букви, цифри и `_`
err-needs-english-label = нужен е етикет на английски (`en`)
err-label-length = трябва да има от 1 до { $max } знака
err-not-a-group = `{ $group }` не е група от формуляра
err-crosswalk-version = е { $version }, но съответствията с HTCDS са за версия { $mapped } на формуляра
