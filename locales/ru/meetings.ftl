# Обслуживаемые заседания: повестка дня и списки ораторов.
meet-agenda = Повестка дня
meet-agenda-manage = Повестка дня и ораторы
meet-agenda-public-link = Повестка дня и списки ораторов
meet-agenda-empty = В повестке дня пока нет пунктов.
meet-add-item = Добавить пункт повестки дня
meet-speakers-link = Список ораторов
meet-field-number = Номер пункта
meet-field-number-hint = Как в предварительной повестке дня, например 5 или 5(a).
meet-field-title = Название
meet-field-list-open = Запись в список ораторов открыта
meet-field-time-limit = Регламент выступления (минуты)
meet-field-time-limit-hint = Оставьте пустым, если регламента нет.
meet-col-number = №
meet-col-title = Название
meet-col-list = Список ораторов
meet-col-actions = Действия
meet-col-place = Очередь
meet-col-speaker = Оратор
meet-col-level = Уровень
meet-col-state = Статус
meet-col-inscribed = Время записи
meet-list-open = Список открыт
meet-list-closed = Список закрыт
meet-time-limit = { $minutes ->
    [one] Регламент: { $minutes } минута на выступление
    [few] Регламент: { $minutes } минуты на выступление
   *[other] Регламент: { $minutes } минут на выступление
}
meet-level-head-of-state = Глава государства или правительства
meet-level-minister = Министр
meet-level-head-of-delegation = Глава делегации
meet-level-other = Другой представитель
meet-on-behalf-regional = от имени региональной группы «{ $group }»
meet-on-behalf = от имени: { $group }
meet-heard = Выступил
meet-speakers-title = Список ораторов: { $item }
meet-speaking-now = Выступает
meet-next = Следующий оратор
meet-nobody = Никто
meet-not-yet-heard = Ораторы, ещё не выступившие
meet-heard-title = Выступившие ораторы
meet-withdrawn-title = Снятые записи
meet-action-spoke = Выступил
meet-action-up = Выше
meet-action-down = Ниже
meet-action-withdraw = Снять
meet-inscribe-title = Запись в список ораторов
meet-inscribe = Записать
meet-field-speaker = Оратор
meet-speaker-state = Государство
meet-speaker-observer = Наблюдатель или организация
meet-field-country = Государство
meet-field-observer = Наблюдатель или организация
meet-field-observer-hint = Для наблюдателя — его название, например Международный комитет Красного Креста.
meet-field-level = Уровень оратора
meet-field-group = От имени региональной группы
meet-field-other-group = От имени другой группы
meet-field-item = Пункт повестки дня
meet-list-closed-notice = Запись в список ораторов по этому пункту закрыта.
meet-pdf-link = Список ораторов (PDF)
meet-public-title = Повестка дня: { $title }
meet-list-of-speakers = Список ораторов
meet-no-speakers = Пока никто не записался.
meet-link-title = Список ораторов: { $state }
meet-own-title = Записи вашей делегации
meet-own-none = Ваша делегация не записана ни в один список ораторов.
meet-own-place = очередь { $place }
meet-no-open-list = Ни один список ораторов не открыт для записи.
meet-back-to-nominations = Вернуться к назначениям
meet-err-number = Введите номер пункта, начинающийся с цифр, например 5 или 5(a) (не более 16 знаков).
meet-err-number-taken = Этот номер уже есть в повестке дня.
meet-err-time-limit = Введите целое число минут от 1 до { $max } или оставьте поле пустым.
meet-err-not-meeting = Повестка дня и списки ораторов есть только у заседаний; у семинаров, курсов и других мероприятий их нет.
meet-err-list-closed = Запись в список ораторов по этому пункту закрыта.
meet-err-inscribed-already = Этот оратор уже записан в этот список от имени той же группы.
meet-err-item-unknown = Выберите пункт повестки дня этого заседания.
meet-err-not-waiting = Этот оратор уже выступил или снят со списка.
audit-do-agenda-add-item = Пункт повестки дня добавлен
audit-do-agenda-update-item = Пункт повестки дня изменён
audit-do-speakers-inscribe = Оратор записан
audit-do-speakers-spoke = Оратор выступил
audit-do-speakers-withdraw = Запись снята
audit-do-speakers-move = Оратор перемещён
cred-title = Полномочия
cred-manage = Полномочия
cred-nomination-link = Полномочия вашей делегации
cred-col-state = Государство
cred-col-code = Код
cred-col-group = Региональная группа
cred-col-status = Статус
cred-col-original = Оригинал получен
cred-col-changed = Последнее изменение
cred-col-note = Примечание
cred-col-document = Документ
cred-status-none = Нет
cred-status-copy-received = Получена копия
cred-status-original-received = Получен оригинал
cred-status-in-order = В надлежащей форме
cred-action-record = Записать
cred-csv = Экспорт в CSV
cred-count = { $shown } из { $total } делегаций
cred-empty = У этого заседания пока нет делегаций.
cred-empty-next = Пригласить государства
cred-none-match = Ни одна делегация не соответствует этим фильтрам.
cred-report-title = Проект доклада Комитета по проверке полномочий
cred-report-hint = Составлен по полномочиям, записанным на данный момент; проверьте его, прежде чем включать в доклад.
cred-report-formal = { $count ->
    [0] Ни одно государство пока не представило официальных полномочий.
    [one] { $count } государство представило официальные полномочия, выданные главой государства или правительства или министром иностранных дел: { $states }.
    [few] { $count } государства представили официальные полномочия, выданные главой государства или правительства или министром иностранных дел: { $states }.
   *[other] { $count } государств представили официальные полномочия, выданные главой государства или правительства или министром иностранных дел: { $states }.
}
cred-report-copy = { $count ->
    [0] Ни одно государство не сообщило свои полномочия только в копии.
    [one] { $count } государство сообщило о назначении своих представителей копией полномочий (по факсу или электронной почте): { $states }.
    [few] { $count } государства сообщили о назначении своих представителей копией полномочий (по факсу или электронной почте): { $states }.
   *[other] { $count } государств сообщили о назначении своих представителей копией полномочий (по факсу или электронной почте): { $states }.
}
cred-report-none = { $count ->
    [one] { $count } государство ещё не сообщило полномочий: { $states }.
    [few] { $count } государства ещё не сообщили полномочий: { $states }.
   *[other] { $count } государств ещё не сообщили полномочий: { $states }.
}
cred-record-title = Полномочия: { $state }
cred-no-document = Документ не получен.
cred-field-note = Примечание секретариата
cred-field-note-hint = Координатор делегации видит это примечание на своей странице полномочий.
cred-link-title = Полномочия: { $state }
cred-original-awaited = Секретариат получил копию ваших полномочий. Просим передать оригинал в секретариат.
cred-upload-title = Отправить полномочия
cred-replace-title = Отправить новый документ
cred-field-document = Полномочия (PDF)
cred-field-document-hint = PDF не более { $megabytes } МБ. Новый документ заменяет отправленный ранее.
cred-upload = Отправить
cred-err-concurrent = Кто-то другой изменил эти полномочия в тот же момент. Ничего не сохранено; повторите попытку.
audit-do-credentials-record = Полномочия записаны
audit-do-credentials-upload = Документ о полномочиях отправлен
