# OpenTRM - validation messages: every rule a field can break, in Ukrainian (українська).
# Keys are err-<rule>; the variables are the rule's arguments, as in English (en/errors.ftl).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Free text and lists

err-empty = не може бути порожнім
err-too-long = задовге: кількість символів { $len }, дозволено щонайбільше { $max }
err-control-characters = не може містити керівні символи
err-too-many-entries = забагато записів: { $count }, дозволено щонайбільше { $max }
err-listed-twice = зазначено двічі
err-missing = відсутнє
err-missing-field = обов'язкове (`{ $name }`)
err-date-in-future = { $date } — дата в майбутньому
err-in-future = дата в майбутньому
err-in-past = дата в минулому
err-between = має бути від { $min } до { $max }
err-longer-than = задовге: щонайбільше { $max } символів
err-malformed = недійсне: { $detail }
err-not-an-object = має бути об'єктом JSON, а не списком
err-already-taken = уже зайняте

## The case

err-stale-version = справа має версію { $version }, а не { $expected }: перезавантажте її і повторіть зміну
err-case-restricted = обробку цієї справи обмежено на прохання особи; спочатку зніміть обмеження
err-case-erased = дані особи в цій справі видалено; справа більше не може змінюватися
err-already-restricted = уже обмежена
err-erased = видалена
err-not-restricted = не обмежена
err-already-anonymised = уже знеособлена
err-reflection-ends-before-start = період для роздумів закінчується ({ $ends_on }) раніше, ніж починається ({ $starts_on })
err-no-goals = план допомоги має містити щонайменше одну мету
err-too-many-goals = щонайбільше { $max } цілей
err-too-many-countries = щонайбільше { $max } країн
err-other-exploitation-only = заповнюється лише тоді, коли серед видів експлуатації є «інше»
err-unknown-means-combined = «невідомо» не можна поєднувати з відомими засобами
err-exploitation-ends-before-start = експлуатація не може закінчитися ({ $ended }) раніше, ніж почалася ({ $began })
err-previously-trafficked-only = заповнюється лише тоді, коли особа вже раніше постраждала від торгівлі людьми
err-name-required = потрібне ім'я: вкажіть ім'я, прізвище або хоча б одне прізвисько
err-born-too-early = { $date } — раніше за { $year } рік
err-age-estimate-contradicts = оцінка віку «{ $estimate }» суперечить даті народження { $born }; якщо дата відома, не заповнюйте оцінку
err-identity-confirmed-only = зазначається лише тоді, коли особу підтверджено
err-child-needs-guardian = «{ $measure }» не можна позначити виконаним для дитини, доки в справі не записано опікуна
err-child-needs-best-interests = «{ $measure }» не можна позначити виконаним для дитини без записаного рішення щодо найкращих інтересів дитини

## Consents and shares

err-only-given-revocable = відкликати можна лише надану згоду; щоб змінити відмову, запишіть нову згоду
err-already-revoked = цю згоду вже відкликано
err-revoked-before-given = { $revoked_on } — раніше за дату згоди ({ $decided_on })
err-no-sections = виберіть щонайменше один розділ для передання
err-no-consent-to-share = особа не дала згоди на передання своїх даних до { $organisation } ({ $country }), мета: { $purpose }. Запишіть згоду або вкажіть правову підставу
err-emergency-too-short = опишіть надзвичайну ситуацію одним реченням (щонайменше { $min } символів)
err-already-withdrawn = уже відкликано
err-erasure-needs-reason = вкажіть запит, на який відповідає видалення

## Accounts and API tokens

err-password-too-short = закороткий: кількість символів { $len }, потрібно щонайменше { $min }
err-repeated-character = не може складатися з одного повторюваного символу
err-not-current-password = це не ваш поточний пароль
err-totp-or-recovery-code = надішліть `totp` або `recovery_code`, але не обидва
err-totp-not-current = це не поточний код нового секрету: перевірте секрет, введений у застосунок, і годинник пристрою
err-token-name-required = потрібна назва
err-no-scopes = виберіть щонайменше одну область доступу
err-own-account = ви не можете вимкнути власний обліковий запис
err-no-such-organisation = такої організації немає на цьому вузлі
err-no-such-user = такого користувача немає на цьому вузлі
err-not-user-of-your-organisation = { $user } не є користувачем вашої організації
err-not-a-sop = має бути номер СОП, від 1 до 5
err-not-a-page-cursor = це не ідентифікатор справи з попередньої сторінки
err-not-one-of = `{ $value }` немає серед дозволених значень: { $options }
err-not-a-node-language = `{ $tag }` не є мовою цього вузла; мови вузла: { $offered }

## Referrals

err-no-version-to-follow = немає версії, яку можна продовжити
err-draft-exists = версія { $version } уже є чернеткою; редагуйте її
err-sent-no-draft = немає чернетки: її надіслано; почніть нову версію, щоб щось додати
err-next-version-is-theirs = версію { $version } надіслано звідси; наступну версію пише інша країна (тим часом ви можете надіслати їй запит)
err-no-draft-to-send = немає чернетки для надсилання
err-draft-in-progress = версія { $version } готується тут; її треба надіслати або відкинути, перш ніж отримати іншу версію
err-unexpected-version = має номер { $version }; цей вузол зараз очікує версію { $expected }
err-same-side-twice = попередню версію написала та сама сторона; версії чергуються між країнами
err-own-country = це країна цього вузла ({ $country }); направлення надсилається до іншої країни
err-transfers-blocked = передання персональних даних до { $peer } ({ $country }) заблоковано адміністратором цього вузла; нічого не надіслано
err-no-consent-for-referral = у справі немає чинної згоди особи на передання даних до { $country } для направлення (стан згоди: { $state ->
        [refused] відмова
        [revoked] відкликано
       *[other] не записано
    }); спочатку запишіть згоду в справі
err-author-is-our-side = має значення `{ $side }` — це сторона, яку заповнює цей вузол для направлення { $referral }
err-no-consent-to-send = має значення «ні»: без згоди особи на передання даних між країнами направлення не можна надіслати
err-child-templates-missing = є діти, яких треба повернути: заповніть форму дитини для кожної дитини
err-child-template-for-person = постраждала від торгівлі людьми особа молодша за 18 років або її вік невідомий: заповніть для неї форму дитини (опікун, найкращі інтереси)
err-required-because-yes = обов'язкове, бо `{ $other }` має значення «так»
err-required-because-includes = обов'язкове, бо `{ $other }` містить `{ $code }`
err-required-before-sending = обов'язкове перед надсиланням
err-before-field = раніше за `{ $other }`
err-filled-by-origin = заповнює країна походження або третя країна після повернення; країна експлуатації не може його вводити чи змінювати
err-filled-by-exploitation = заповнює країна експлуатації; країна походження не може його вводити чи змінювати
err-author-side-either = має бути `exploitation` або `origin`
err-template-version-changed = має номер { $version }, але направлення створено з версією { $original }; направлення зберігає свою версію форми
err-unknown-template-version = цей вузол не знає версії { $version } форми направлення (знає: { $known }); направлення можна буде прочитати лише після оновлення вузла
err-document-template-version = має номер { $version }, але документ зазначає версію форми { $document }
err-not-a-field-of = не є полем { $part ->
        [child] форми дитини
       *[other] форми направлення
    }, версія { $version }
err-not-a-field-of-profile = не є полем { $part ->
        [child] форми дитини
       *[other] форми направлення
    }, версія { $version }, з профілем { $country } версії { $profile_version }

## Values of the referral template's fields

err-not-a-date = має бути дата у форматі РРРР-ММ-ДД
err-not-a-date-time = має бути дата й час у форматі RFC 3339, напр. 2026-03-01T14:30:00+01:00
err-not-yes-no = має бути так (true) або ні (false)
err-not-one-code = має бути один код (текст)
err-not-a-code-string = має бути код (текст)
err-not-a-list = має бути список кодів
err-not-in-list = `{ $code }` немає у списку кодів `{ $list }` ({ $codes })
err-not-a-country-string = має бути код країни (текст)
err-not-country-code = `{ $code }` не є кодом країни ISO 3166-1 alpha-2 (дві великі літери, напр. AL, IT, MD)
err-not-language-code = `{ $code }` не є кодом мови ISO 639-1 (дві малі літери, напр. sq, it, ro)
err-not-an-email = не є адресою електронної пошти
err-contact-needs-who = потрібна організація або контактна особа
err-not-a-contact = має бути контакт { "{" }organisation, person, title, address, telephone, fax, mobile, email, other{ "}" }: { $detail }
err-accepted-not-offered = захід можна прийняти лише після того, як його запропоновано
err-not-an-offer = має бути { "{" }"offered": true|false, "accepted": true|false, "comment"?{ "}" }: { $detail }
err-not-a-text-part = не є частиною тексту; очікуються `text` і `lang`
err-not-text = має бути текст: рядок або { "{" }"text": …, "lang": …{ "}" }
err-not-one-line = має бути в одному рядку

## Requests between countries

err-due-in-past = { $due_by } — дата в минулому (сьогодні { $today })
err-due-too-far = більше ніж на { $days } днів уперед; попросіть відповідь не пізніше { $latest }
err-no-dispatch-target = вкажіть організацію або користувача (або обох), кому передається запит
err-only-incoming-opened = тут можна відкрити лише запит, отриманий з іншої країни
err-only-incoming-dispatched = передати виконавцю можна лише запит, отриманий з іншої країни
err-only-incoming-answered = тут можна відповісти лише на запит, отриманий з іншої країни
err-only-outgoing-opened = інша країна може відкрити лише запит, надісланий звідси
err-only-outgoing-answered = інша країна може відповісти лише на запит, надісланий звідси
err-already-answered = відповідь уже надано ({ $at })
err-not-the-requests-referral = це не те направлення, якого стосується запит
err-not-organisation-of-node = не є організацією цього вузла
err-user-disabled = вимкнений
err-user-not-in-organisation = не працює в цій організації
err-role-sees-no-personal-data = має роль { $role }, яка ніколи не бачить даних особи
err-not-user-of-node = не є користувачем цього вузла

## Messages from other countries' nodes

err-unknown-payload-format = має формат { $format }; цей вузол читає формат { $expected }
err-not-a-request = не є запитом: { $detail }
err-not-a-reply = не є відповіддю: { $detail }
err-not-a-referral-document = не є документом направлення: { $detail }
err-not-an-opened-notice = не є повідомленням про відкриття: { $detail }
err-not-a-revocation-notice = не є повідомленням про відкликання: { $detail }
err-not-a-key-handover = не є передаванням ключа: { $detail }
err-envelope-refused = повідомлення відхилено: { $detail }
err-no-case-reference = повідомлення без посилання на справу
err-referral-not-from-sender = направлення надійшло не з країни відправника
err-kind-not-taken-in = повідомлення `{ $kind }` поки що не приймаються
err-not-the-envelopes-referral = це не те направлення, яке зазначено в конверті
err-no-shared-referral = тут немає направлення { $referral }, яким обмінювалися з { $country }: запит стосується направлення, яке є в обох вузлів
err-referral-restricted-here = тут обмежене: згоду, на підставі якої його надіслано, відкликано
err-request-received-already = запит { $request } уже отримано
err-no-such-sent-request = звідси не надсилали запиту { $request } до { $country }: відповідь має відповідати на запит
err-rotated-out-key = підписано заміненим ключем: ключ { $key } цього партнерського вузла виведено з ужитку { $retired_at }; ним приймаються лише повідомлення, створені до того часу
err-handover-refused = передавання ключа відхилено: { $detail }
err-peer-handover-refused = передавання ключа партнерського вузла відхилено: { $detail }

## The node's settings

err-not-positive = має бути більше за нуль
err-not-after = { $value } не пізніше за { $other_field } ({ $other })
err-longer-than-keys-kept = { $value } довше за { $max } — час, протягом якого зберігаються виведені ключі розшифрування
err-not-a-duration = `{ $text }` не є тривалістю: напишіть ціле число й одиницю (s, m, h або d), напр. "30m"
err-longer-than-a-year = `{ $text }` довше за рік

## Template, profile and crosswalk files

err-template-unreadable = не є дійсним файлом форми: { $detail }
err-profile-unreadable = не є дійсним файлом профілю: { $detail }
err-crosswalk-unreadable = не є дійсним файлом відповідностей: { $detail }
err-template-file-version = файл версії { $version } зазначає { $found }
err-profile-file-country = файл для { $country } зазначає { $found }
err-wrong-format = має значення `{ $found }`; очікується `{ $expected }`
err-not-a-code = не є кодом
err-empty-list = порожній
err-code-not-a-code = `{ $code }` не є кодом
err-code-listed-twice = `{ $code }` зазначено двічі
err-defined-twice = визначено двічі
err-not-a-field-code = `{ $code }` не є кодом поля: очікується `група.поле` малими літерами, цифрами та `_`
err-bad-condition = `{ $condition }`: код після `=` не є кодом
err-no-such-list = посилається на список кодів `{ $list }`, якого не існує
err-needs-list = потрібен список кодів (`list`)
err-takes-no-list = має список кодів, але його тип списку не приймає
err-required-twice = має і required, і required_when; виберіть одне
err-condition-unknown-field = required_when посилається на `{ $field }`, яке не є полем тієї самої частини
err-condition-needs-yes-no = required_when `{ $field }` потребує поля так/ні (yes_no)
err-condition-cannot-hold = required_when `{ $field }={ $code }`: це поле не може містити `{ $code }`
err-profile-template-version = має номер { $version }, але форма має версію { $template }
err-not-a-template-field = `{ $code }` не є полем версії { $version } форми
err-removes-required = `{ $code }` обов'язкове у формі; профіль може вилучати лише необов'язкові поля
err-remove-both-or-neither = `{ $code }` визначає, чи обов'язкове `{ $dependant }`; вилучіть обидва або жодного
err-bad-profile-field-code = `{ $code }` має починатися з `x_` і коду країни (напр. `x_{ $country }_`) та містити малі літери, цифри й `_`
err-needs-english-label = потрібна назва англійською (`en`)
err-label-length = має містити від 1 до { $max } символів
err-not-a-group = `{ $group }` не є групою форми
err-crosswalk-version = має номер { $version }, але відповідності HTCDS складено для версії форми { $mapped }
