# Convene — каталог сообщений на русском языке.
# Ключи неизменны; они совпадают с ключами en/core.ftl. Аргументы записываются как { $name }.
# Формы множественного числа (CLDR, русский язык): one, few, many, other.

## Навигация и макет
nav-skip = Перейти к содержанию
nav-label = Главное меню
nav-events = Мероприятия
nav-organiser = Организатор
nav-checkin = Отметка прибытия
nav-audit = Журнал аудита
nav-account = Учетная запись
nav-sign-in = Войти
nav-sign-out = Выйти
nav-language = Язык
footer-text = Convene — мероприятия Управления по вопросам разоружения.

## Общие действия
action-change = Изменить
action-save = Сохранить
action-edit = Редактировать
action-delete = Удалить
action-filter = Фильтровать
action-new-event = Новое мероприятие
action-clone = Создать копию
action-publish = Опубликовать
action-cancel-event = Отменить мероприятие
action-cancel-edit = Вернуться без сохранения
action-view-public = Открыть общедоступную страницу
action-add-session = Добавить заседание
confirm-cancel-event = Отменить это мероприятие? Оно останется видимым с соответствующим уведомлением, и изменить его будет уже нельзя.
confirm-delete-session = Удалить это заседание из расписания?

## Формы
form-has-errors = Просьба исправить следующее
form-required = обязательно
form-choose = Выберите…
field-email = Адрес электронной почты
field-password = Пароль
field-current-password = Текущий пароль
field-new-password = Новый пароль
field-confirm-password = Новый пароль еще раз
field-title = Название
field-kind = Вид
field-programme = Программа
field-unit = Организующее подразделение
field-series = Серия
field-mandate = Мандат
field-venue = Место проведения
field-city = Город
field-country = Страна
field-time-zone = Часовой пояс
field-date-precision = Даты известны
field-start-date = Дата начала
field-end-date = Дата окончания
field-dates = Даты
field-registration-mode = Регистрация
field-approval-required = Регистрация требует утверждения (аккредитации)
field-registration-opens = Начало регистрации
field-registration-closes = Окончание регистрации
field-capacity = Вместимость (число мест)
field-languages = Рабочие языки
field-description = Описание
field-status = Статус
field-search = Поиск по названиям
field-year = Год
field-when = Когда
field-session-title = Название заседания
field-session-kind = Вид заседания
field-session-date = Дата
field-start-time = Время начала
field-end-time = Время окончания
field-room = Зал
hint-mandate = Резолюция или решение, например резолюция 62/24 Генеральной Ассамблеи или резолюция 1540 (2004) Совета Безопасности.
hint-time-zone = Название часового пояса места проведения по базе IANA, например Europe/Zurich, America/New_York, Asia/Kathmandu.
hint-date = ГГГГ-ММ-ДД или ГГГГ-ММ, если известен только месяц.
hint-local-time = Местное время в месте проведения.
hint-capacity = Оставьте поле пустым, если число мест не ограничено.
hint-password = Не менее 12 символов. Короткую фразу легко запомнить и трудно угадать.

## Ошибки в полях
err-required = Это поле является обязательным.
err-too-long = Допускается не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}.
err-control-chars = Удалите из этого поля управляющие символы.
err-choice = Выберите один из предложенных вариантов.
err-email = Введите адрес электронной почты, например name@example.org.
err-country = Введите трехбуквенный код страны ISO, например BWA.
err-country-unknown = Этот код страны не соответствует ни государству-члену, ни государству-наблюдателю.
err-time-zone = Введите название часового пояса, например Europe/Zurich или Asia/Kathmandu.
err-date = Введите дату в формате ГГГГ-ММ-ДД.
err-month = Введите месяц в формате ГГГГ-ММ.
err-time = Введите время в формате ЧЧ:ММ (24-часовой формат).
err-datetime = Введите дату и время в формате ГГГГ-ММ-ДДTЧЧ:ММ.
err-year = Введите год, например 2008.
err-page = Введите номер страницы, начиная с 1.
err-end-before-start = Дата окончания не может быть раньше даты начала.
err-event-too-long = Мероприятие может длиться не более года; более продолжительную деятельность разбейте на серию.
err-closes-before-opens = Регистрация должна заканчиваться после ее начала.
err-capacity = Введите целое число мест от 1 до { $max }.
err-languages = Отметьте хотя бы один рабочий язык.
err-local-time-gap = Такого местного времени в этот день не существует (из-за перевода часов); выберите другое время.
err-session-end-before-start = Заседание должно заканчиваться после его начала и в тот же день.
err-session-outside-event = Заседание должно проходить в сроки проведения мероприятия.
err-sessions-outside = { $count ->
    [one] { $count } заседание из расписания выходит за эти даты; сначала перенесите или удалите его.
    [few] { $count } заседания из расписания выходят за эти даты; сначала перенесите или удалите их.
    [many] { $count } заседаний из расписания выходят за эти даты; сначала перенесите или удалите их.
   *[other] { $count } заседания из расписания выходят за эти даты; сначала перенесите или удалите их.
}
err-room-overlap = Этот зал уже забронирован для «{ $title }» с { $start } до { $end }.
err-password-short = Пароль должен содержать не менее { $min ->
    [one] { $min } символа
    [few] { $min } символов
    [many] { $min } символов
   *[other] { $min } символа
}.
err-password-mismatch = Два новых пароля не совпадают.
err-password-wrong = Текущий пароль указан неверно.
err-sign-in-failed = Адрес электронной почты или пароль указаны неверно.
err-sign-in-throttled = Слишком много неудачных попыток входа с этим адресом. Повторите попытку через { $minutes } мин.
err-user-exists = Учетная запись с этим адресом электронной почты уже существует.
err-unknown-programme = Неизвестная программа: { $code }.
err-checkin-role = Только учетная запись сотрудника пункта отметки прибытия привязывается к одному мероприятию.
err-checkin-event = Неизвестное мероприятие.
err-json = Тело запроса не является допустимым JSON для этой операции: { $reason }
err-csrf = Срок действия формы истек, или она была отправлена с другого сайта. Вернитесь назад, обновите страницу и повторите попытку.
err-link-invalid = Эта ссылка недействительна, срок ее действия истек или она уже была использована. Запросите новую.
err-event-cancelled = Это мероприятие отменено, и изменить его больше нельзя.
err-event-already-published = Это мероприятие уже опубликовано.

## Страницы ошибок
err-page-title = Ошибка { $status }
err-page-home = Перейти к списку мероприятий
err-page-400 = Запрос не удалось обработать.
err-page-401 = Для продолжения просьба войти в систему.
err-page-403 = У Вас нет разрешения на это действие.
err-page-404 = Такой страницы не существует.
err-page-409 = Это изменение противоречит текущему состоянию записи.
err-page-410 = Эта ссылка больше не действует.
err-page-413 = Запрос слишком велик.
err-page-422 = Часть отправленных сведений недействительна.
err-page-429 = Слишком много попыток. Просьба подождать и повторить попытку.
err-page-500 = На нашей стороне произошла ошибка. Сведения о проблеме записаны в журнал; просьба повторить попытку позднее.

## Вход и учетная запись
sign-in-title = Вход для сотрудников
sign-in-submit = Войти
sign-in-link-title = Вход в Convene
sign-in-link-text = Эта одноразовая ссылка выполняет вход в систему. Нажмите кнопку, чтобы продолжить; после этого ссылка перестанет действовать.
password-title = Ваш пароль
password-signed-in-as = Вы вошли как { $email }.
password-set-first = Задайте пароль сейчас, чтобы в следующий раз входить без ссылки.
password-submit = Сохранить новый пароль
password-changed = Ваш пароль изменен. Все другие Ваши сеансы завершены.

## Журнал аудита
audit-title = Журнал аудита
audit-when = Когда
audit-who = Кто
audit-action = Действие
audit-record = Запись
audit-change = Изменение
audit-show = Показать
audit-before = До
audit-after = После

## Постраничная навигация
pagination-label = Страницы
pagination-previous = Предыдущая
pagination-next = Следующая
pagination-position = Страница { $page } из { $pages }

## Мероприятия
events-count = { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}
public-upcoming-title = Предстоящие мероприятия
public-programmes = Программы
public-all-programmes = Все программы
public-no-events = Здесь пока не опубликовано ни одного предстоящего мероприятия.
organiser-events-title = Мероприятия
event-new-title = Новое мероприятие
event-edit-title = Редактирование мероприятия
event-section-what = Что
event-section-where = Где и когда
event-section-registration = Регистрация
event-cancelled-notice = Это мероприятие отменено.
event-capacity = Число мест: { $count }.
event-updated = Последнее изменение: { $when } (версия { $revision }).
dates-to-be-confirmed = (точные даты будут уточнены)
when-upcoming = Предстоящие
when-past = Прошедшие
kind-meeting = Совещание
kind-workshop = Практикум
kind-training_course = Учебный курс
kind-conference = Конференция
kind-briefing = Брифинг
status-draft = Проект
status-published = Опубликовано
status-cancelled = Отменено
precision-day = с точностью до дня
precision-month = только с точностью до месяца
registration-invitation = По приглашению
registration-open = Открытая регистрация
language-ar = Арабский
language-zh = Китайский
language-en = Английский
language-fr = Французский
language-ru = Русский
language-es = Испанский

## Расписание
schedule-title = Расписание
schedule-time-zone = Указано местное время места проведения ({ $zone }).
schedule-empty = Заседания пока не запланированы.
schedule-time = Время
schedule-session = Заседание
schedule-room = Зал
schedule-actions = Действия
session-add-title = Добавление заседания
session-edit-title = Редактирование заседания
session-kind-plenary = пленарное заседание
session-kind-working_group = рабочая группа
session-kind-side_event = параллельное мероприятие
session-kind-field_visit = выездное мероприятие
session-kind-break = перерыв
session-kind-other = иное

## Даты
weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье

## Учетные записи сотрудников (администраторы)
nav-users = Пользователи
users-title = Учетные записи сотрудников
users-add = Добавить учетную запись
users-created = Учетная запись { $email } создана. Направьте ее владельцу эту одноразовую ссылку для входа; она показывается только сейчас:
users-active = активна
users-disabled = отключена
users-no-password = пароль еще не задан
users-link-title = Ссылка для входа
users-link-text = Новая одноразовая ссылка позволяет пользователю войти в систему и задать пароль (при первом входе или если пароль забыт).
users-link-button = Выдать новую ссылку для входа
users-link-issued = Новая одноразовая ссылка для входа (показывается только сейчас):
field-name = Имя
field-role = Роль
field-programmes = Программы
field-disabled = Отключена (все сеансы завершаются; токены API перестают действовать)
role-admin = Администратор
role-organiser = Организатор
role-checkin = Сотрудник пункта отметки прибытия (одно мероприятие)
err-self-lockout = Вы не можете снять с себя роль администратора или отключить собственную учетную запись.
err-programme-needed = Организатору необходимо назначить хотя бы одну программу.
err-user-disabled = Эта учетная запись отключена.

## Единый вход
sso-sign-in = Войти через единый вход
sso-or-password = или с помощью пароля
sso-password-off = Сотрудники входят в систему через единый вход.
sso-refused-title = Вход отклонен
sso-back = Вернуться к странице входа
err-sso-unreachable = Поставщик удостоверений в настоящее время недоступен. Повторите попытку через несколько минут; если он останется недоступным, сообщите администратору.
err-sso-no-account = Ни одна учетная запись сотрудника не соответствует адресу { $email }, переданному поставщиком удостоверений. Попросите администратора создать учетную запись для этого адреса.
err-sso-unverified = Поставщик удостоверений не подтвердил, что ваш адрес электронной почты проверен, поэтому Convene не может сопоставить его с учетной записью сотрудника.
err-sso-state = Срок этой попытки входа истек, или она была начата в другом браузере. Начните заново со страницы входа.
err-sso-provider = Поставщик удостоверений не завершил вход. Начните заново со страницы входа.
err-password-sign-in-off = Вход по паролю или по одноразовой ссылке отключен; сотрудники входят в систему через единый вход.

## Разделы мероприятия
event-tabs = Разделы мероприятия
tab-invitations = Приглашения
tab-delegations = Делегации
tab-registrations = Регистрации
action-register = Зарегистрироваться
clone-title = Копия мероприятия «{ $title }»
clone-explain = Копия создается как новый проект с теми же сведениями и { $sessions ->
    [1] тем же заседанием
    [one] теми же { $sessions } заседанием
    [few] теми же { $sessions } заседаниями
    [many] теми же { $sessions } заседаниями
   *[other] теми же { $sessions } заседаниями
}. Укажите ее первый день: даты, заседания и сроки регистрации сдвигаются на одно и то же число дней по местному времени мероприятия ({ $zone }), поэтому заседание в 09:00 остается в 09:00, даже если в этот промежуток переводятся часы. Регистрации, приглашения и места не копируются.
clone-explain-month = Для этого мероприятия известны только месяцы: укажите первый месяц копии. Его месяцы, а также заседания и сроки регистрации сдвигаются на одно и то же число месяцев; заседание, назначенное на день, которого нет в новом месяце (31-е число), переносится на последний день месяца.
clone-field-start-date = Первый день копии
clone-field-start-month = Первый месяц копии
clone-hint-month = ГГГГ-ММ, например 2027-09.
clone-submit = Создать копию
clone-done = Этот проект является копией.
clone-moved-days = Его даты, заседания и сроки регистрации { $direction ->
    [earlier] перенесены на более ранний срок
   *[later] перенесены на более поздний срок
} — на { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
} — с сохранением местного времени.
clone-moved-months = Его даты, заседания и сроки регистрации { $direction ->
    [earlier] перенесены на более ранний срок
   *[later] перенесены на более поздний срок
} — на { $count ->
    [one] { $count } месяц
    [few] { $count } месяца
    [many] { $count } месяцев
   *[other] { $count } месяца
} — с сохранением местного времени.
clone-check-text = Проверьте название и описание: они скопированы без изменений.
clone-adjusted = У этих заседаний время не существует в их новый день (в этот день часы переводятся вперед) или день отсутствует в новом месяце, поэтому они перенесены на минимально возможный срок. Просьба проверить их:
clone-adjusted-window = Один из сроков регистрации пришелся на время, которого не существует в новый день (в этот день часы переводятся вперед), и был сдвинут на величину перевода часов: проверьте сроки регистрации в форме мероприятия.
err-clone-day-needed = Для этого мероприятия известны точные даты: укажите первый день копии в формате ГГГГ-ММ-ДД.
# Сводные панели: главная страница организатора и первая вкладка мероприятия.
nav-home = Главная
home-title = Мои мероприятия
home-needs-action = Требуют Ваших действий
home-nothing-waiting = По Вашим мероприятиям ничего не требует Вашего внимания.
home-my-events = Текущие и предстоящие
home-no-events = У Вас нет текущих или предстоящих мероприятий.
home-all-events = Все мероприятия, включая прошедшие
home-running = Проходит
home-upcoming = Предстоит
home-confirmed = подтверждено: { $count }
dash-title = Краткая сводка
dash-seats = занято мест
dash-invited = приглашено
dash-opened = открыли приглашение
dash-answered = ответили
dash-present-today = присутствуют сегодня
dash-certificates = выдано сертификатов
dash-registrations = Регистрации
dash-funding = Финансирование:
dash-regular-budget = регулярный бюджет
dash-extrabudgetary = внебюджетные средства: выделено { $allocated } из запланированных { $planned }
dash-nothing-waiting = По этому мероприятию ничего не требует Вашего внимания.
dash-pending = { $count ->
    [one] { $count } регистрация ожидает утверждения
    [few] { $count } регистрации ожидают утверждения
    [many] { $count } регистраций ожидают утверждения
   *[other] { $count } регистрации ожидают утверждения
}
dash-failed-emails = { $count ->
    [one] { $count } письмо не удалось доставить
    [few] { $count } письма не удалось доставить
    [many] { $count } писем не удалось доставить
   *[other] { $count } письма не удалось доставить
}
dash-offers-lapsing = { $count ->
    [one] { $count } предложение места утратит силу в течение суток
    [few] { $count } предложения места утратят силу в течение суток
    [many] { $count } предложений места утратят силу в течение суток
   *[other] { $count } предложения места утратят силу в течение суток
}
dash-list-not-issued = Список участников еще не выпущен
audit-record-id = Номер записи
audit-from = С
audit-to = По
audit-count = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
audit-none = Нет записей, отвечающих этим фильтрам.
audit-record-event = Мероприятие
audit-record-registration = Регистрация
audit-record-invitation = Приглашение
audit-record-delegation = Делегация
audit-record-session = Заседание
audit-record-user = Учетная запись сотрудника
audit-record-donor = Донор
audit-record-donor-contact = Контактное лицо донора
audit-record-contribution = Взнос
audit-record-allocation = Выделение средств
audit-record-participant-list = Список участников
audit-record-certificate = Сертификат
audit-record-person = Лицо
audit-do-event-create = Мероприятие создано
audit-do-event-update = Мероприятие изменено
audit-do-event-publish = Мероприятие опубликовано
audit-do-event-cancel = Мероприятие отменено
audit-do-event-clone = Создана копия мероприятия
audit-do-event-email-paragraph = Изменен абзац писем
audit-do-event-notify-changes = Направлено уведомление об изменениях в расписании
audit-do-session-create = Заседание добавлено
audit-do-session-update = Заседание изменено
audit-do-session-delete = Заседание удалено
audit-do-session-import = Заседания импортированы
audit-do-invitation-create = Приглашение направлено
audit-do-invitation-resend = Приглашение направлено повторно
audit-do-invitation-remind = Направлено напоминание о приглашении
audit-do-invitation-extend = Срок действия приглашения продлен
audit-do-invitation-revoke = Приглашение отозвано
audit-do-invitation-decline = Приглашение отклонено
audit-do-delegation-create = Делегация создана
audit-do-delegation-nominate = Представлен состав делегации
audit-do-registration-create = Регистрация создана
audit-do-registration-update = Регистрационные данные изменены
audit-do-registration-approve = Регистрация утверждена
audit-do-registration-reject = Регистрация не принята
audit-do-registration-cancel = Регистрация аннулирована
audit-do-registration-reset = Регистрация возвращена в статус ожидания
audit-do-registration-offer = Предложено место
audit-do-registration-accept-offer = Предложенное место принято
audit-do-registration-lapse = Срок предложения места истек
audit-do-registration-new-link = Новая персональная ссылка направлена по электронной почте
audit-do-registration-revoke-checkin-code = Код отметки прибытия заменен
audit-do-participants-issue = Список участников выпущен
audit-do-certificates-issue = Сертификаты выданы
audit-do-certificate-revoke = Сертификат отозван
audit-do-user-create = Учетная запись сотрудника создана
audit-do-user-access = Права доступа сотрудника изменены
audit-do-user-checkin-event = Назначено мероприятие для отметки прибытия
audit-do-user-password-change = Пароль изменен
audit-do-user-sign-in-link = Использована ссылка для входа
audit-do-user-sign-in-link-issue = Выдана ссылка для входа
audit-do-donor-create = Донор добавлен
audit-do-donor-update = Сведения о доноре изменены
audit-do-donor-contact-create = Контактное лицо донора добавлено
audit-do-donor-contact-update = Сведения о контактном лице донора изменены
audit-do-donor-contact-delete = Контактное лицо донора удалено
audit-do-donor-contact-sign-in = Контактное лицо донора вошло в систему
audit-do-contribution-create = Взнос зарегистрирован
audit-do-contribution-update = Сведения о взносе исправлены
audit-do-contribution-delete = Взнос удален
audit-do-allocation-create = Средства выделены
audit-do-allocation-withdraw = Выделение средств отменено
audit-do-budget-line-set = Задана бюджетная статья
audit-do-calendar-feed-issue = Выдана ссылка на календарь
audit-do-calendar-feed-revoke = Ссылка на календарь отозвана
audit-do-api-token-create = Токен API создан
audit-do-api-token-revoke = Токен API отозван
audit-do-document-upload = Документ загружен
audit-clear = Сбросить фильтры

## Положение с регистрацией на общедоступных страницах мероприятий
situation-invitation-title = Регистрация только по приглашениям
situation-invitation = Участники приглашаются секретариатом и регистрируются по персональной ссылке, содержащейся в их приглашении.
situation-not-yet-title = Регистрация еще не открыта
situation-not-yet = Регистрация открывается { $when }.
situation-open-title = Регистрация открыта
situation-open-until = Зарегистрируйтесь не позднее { $when }.
situation-open-no-deadline = Регистрация открыта до окончания мероприятия.
situation-seats-left = { $count ->
    [one] Осталось { $count } свободное место.
    [few] Осталось { $count } свободных места.
    [many] Осталось { $count } свободных мест.
   *[other] Осталось { $count } свободного места.
}
situation-full-title = Мест нет: открыт лист ожидания
situation-full = Все места заняты. Вы по-прежнему можете зарегистрироваться: Вы будете включены в лист ожидания, и, если место освободится, оно будет предложено Вам по электронной почте.
situation-join-waitlist = Записаться в лист ожидания
situation-closed-title = Регистрация закрыта
situation-closed-deadline = Срок регистрации ({ $when }) истек.
situation-closed-over = Это мероприятие завершилось.
situation-closed-cancelled = Мероприятие отменено: регистрация не проводится.

## Event content in several languages
event-section-content = Название, место проведения и описание
hint-content-versions = Укажите их на языке оригинала мероприятия; при наличии добавьте версии на других языках. В версии можно не указывать место проведения или описание: в этом случае читатель увидит оригинал.
field-original-language = Язык оригинала
content-original-legend = Оригинал ({ $language })
content-version-legend = Версия: { $language }
content-original-language = Язык оригинала: { $language }
content-versions-list = другие версии: { $languages }
session-titles-other-languages = Название на других языках
content-in-ar = Название на арабском языке
content-in-zh = Название на китайском языке
content-in-en = Название на английском языке
content-in-fr = Название на французском языке
content-in-ru = Название на русском языке
content-in-es = Название на испанском языке
err-content-language = «{ $code }» не является языком сервиса: используйте ar, zh, en, fr, ru или es.
## Staff access: sessions and API tokens
err-api-token-days = Укажите целое число дней от 1 до { $max }.
err-api-token-scopes = Отметьте хотя бы одну область действия: чтение, запись или регистрацию присутствия.
sessions-title = Ваши сеансы
sessions-intro = Браузеры, в которых вы вошли в систему. Завершите любой сеанс, который вам незнаком: этот браузер будет немедленно отключен.
sessions-opened = Вход
sessions-last-seen = Последняя активность
sessions-browser = Браузер
sessions-address = Адрес
sessions-current = Текущий сеанс
sessions-end = Завершить сеанс
sessions-end-others = Завершить все остальные сеансы
sessions-ended = Сеанс завершен.
tokens-title = Токены API
tokens-intro = Токен позволяет программе пользоваться API JSON от вашего имени (Authorization: Bearer <токен>). Предоставляйте каждому токену только необходимые области действия и отзывайте его, когда он больше не используется.
tokens-created = Новый токен показывается только сейчас. Скопируйте его в программу, которая будет его использовать:
tokens-revoked = Токен отозван.
tokens-label = Название
tokens-scopes = Области действия
tokens-expires = Срок действия
tokens-last-used = Последнее использование
tokens-never = Никогда
tokens-revoke = Отозвать
tokens-state-active = Действует
tokens-state-revoked = Отозван
tokens-state-expired = Истек
tokens-scope-read = чтение
tokens-scope-write = запись
tokens-scope-checkin = регистрация присутствия
tokens-scope-read-hint = Чтение: просмотр данных (только запросы GET)
tokens-scope-write-hint = Запись: создание, изменение и удаление
tokens-scope-checkin-hint = Регистрация присутствия: только пункт регистрации (сканирование, отмена, бейджи)
tokens-new = Новый токен
tokens-days = Срок действия (дни)
tokens-days-max = Оставьте пустым для срока по умолчанию. Не более { $max } дней.
tokens-create = Создать токен
users-sessions-title = Сеансы
users-sessions-text = Завершает все сеансы этой учетной записи во всех браузерах сразу (утерянный компьютер, уход сотрудника). Токены API не затрагиваются.
users-sessions-button = Завершить все сеансы
audit-do-user-session-end = Сеанс завершен
audit-do-user-sessions-end-others = Остальные сеансы завершены
audit-do-user-sessions-end = Все сеансы завершены

# Uploaded files (official documents, statements, credentials)
file-err-empty = Выберите файл для загрузки.
file-err-too-large = Файл больше { $megabytes } МБ; отправьте файл меньшего размера.
file-err-not-pdf = Файл не является документом PDF; принимаются только файлы PDF.
file-err-interrupted = Загрузка прервалась до конца файла; отправьте его снова.

## Двухфакторный вход
two-factor-title = Двухфакторный вход
two-factor-intro = При включённом двухфакторном входе одного пароля недостаточно: нужно также ввести шестизначный код из приложения-аутентификатора на телефоне. Единый вход и ссылки для входа, отправленные по электронной почте, его не запрашивают.
two-factor-state-on = Включён
two-factor-state-off = Выключен
two-factor-start = Включить двухфакторный вход
two-factor-enrol-step-scan = Отсканируйте этот QR-код приложением-аутентификатором (или введите в него ключ ниже).
two-factor-enrol-step-code = Для подтверждения введите шестизначный код, который показывает приложение.
two-factor-enrol-text = Ключ для ввода вместо сканирования:
two-factor-enrol-submit = Подтвердить и включить
two-factor-required = Администраторы должны включить двухфакторный вход, прежде чем делать что-либо ещё. Настройте его сейчас, чтобы завершить вход.
two-factor-recovery-title = Коды восстановления
two-factor-recovery-intro = Храните эти коды в надёжном месте: каждый из них позволяет войти один раз, если вы потеряете телефон. Они показываются только сейчас.
two-factor-recovery-left = Осталось кодов восстановления: { $count }
two-factor-recovery-few = { $count ->
    [0] Кодов восстановления не осталось: создайте новые ниже, иначе при потере телефона вы не сможете войти.
    [one] Остался только { $count } код восстановления: создайте новые ниже, пока они не закончились.
    [few] Осталось только { $count } кода восстановления: создайте новые ниже, пока они не закончились.
   *[other] Осталось только { $count } кодов восстановления: создайте новые ниже, пока они не закончились.
}
two-factor-recovery-regenerate = Создать новые коды восстановления (старые перестанут действовать)
two-factor-continue = Продолжить
two-factor-off-title = Выключить двухфакторный вход
two-factor-off-submit = Выключить
two-factor-turned-off = Двухфакторный вход выключен.
two-factor-code-title = Введите код
two-factor-code-intro = Откройте приложение-аутентификатор и введите шестизначный код для Convene или один из ваших кодов восстановления.
field-two-factor-code = Код
hint-two-factor-code = Шесть цифр из приложения или код восстановления вида ABCDE-FGHJK.
field-two-factor-confirm = Ваш пароль или текущий код
users-two-factor-reset-text = Выключите его, если человек потерял телефон; после этого он сможет войти с паролем и снова настроить вход.
users-two-factor-reset-button = Сбросить двухфакторный вход
err-two-factor-code-wrong = Код неверен или уже использован. Попробуйте следующий код из приложения.
err-two-factor-expired = Этот вход ожидал слишком долго. Войдите снова с паролем.
err-two-factor-no-key = Двухфакторный вход недоступен: на сервере нет ключа для него (security.totp_key).
err-two-factor-already-on = Двухфакторный вход уже включён.
err-two-factor-not-started = Сначала начните настройку двухфакторного входа.
err-two-factor-off = Двухфакторный вход выключен.
err-two-factor-confirm-wrong = Это не ваш пароль и не действительный код.
# Remote participation
field-remote-attendance = Участники могут участвовать дистанционно
remote-attendance-offered = Очно или дистанционно
field-remote-url = Ссылка для дистанционного участия
hint-remote-url = Адрес https:// (вебинар или видеоконференция). Его видят только подтверждённые участники — на своей странице и в своём календаре.
session-remote-link = Дистанционная ссылка
err-remote-url = Введите полный веб-адрес, начинающийся с https://, например https://meet.example.org/j/123.
err-remote-url-https = Используйте защищённую ссылку: адрес должен начинаться с https://.
