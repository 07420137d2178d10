# Convene — сообщения на русском языке: плановые задания и напоминания перед мероприятиями.
nav-jobs = Задания
jobs-title = Плановые задания
jobs-hint = Работа, которую служба выполняет по расписанию. Каждый запуск выполняется только на одном экземпляре; время указано в UTC, а в выражениях cron первыми указываются секунды.
jobs-scheduler-off = В этой конфигурации планировщик отключен (jobs.scheduler): задания выполняются только при запуске отсюда или командой `convene jobs run`.
jobs-ran = { $job }: { $outcome }, обработано элементов: { $items }.
jobs-job = Задание
jobs-schedule = Расписание (UTC)
jobs-last-start = Начало последнего запуска
jobs-last-end = Завершение
jobs-outcome = Результат
jobs-items = Элементы
jobs-next = Следующий запуск
jobs-actions = Действия
jobs-off = отключено
jobs-never-run = Не запускалось
jobs-run-now = Запустить сейчас
jobs-outcome-running = выполняется
jobs-outcome-succeeded = выполнено успешно
jobs-outcome-failed = сбой
jobs-err-limit = Введите целое число запусков от 1 до 200.
jobs-err-already-running = Это задание уже запущено на этот момент времени; повторите попытку через секунду.
job-event-reminders = Напоминания перед мероприятиями
job-invitation-follow-ups = Повторные обращения по приглашениям без ответа
job-offer-expiry = Истечение срока предложений мест
job-token-purge = Удаление устаревших ссылок и сеансов
job-outbox-dispatch = Отправка исходящих сообщений
field-reminders-enabled = Направлять подтвержденным участникам напоминания перед мероприятием
reminders-title = Напоминания перед мероприятием
reminders-hint = Подтвержденные участники получают письмо перед мероприятием в указанные ниже сроки (по часовому поясу мероприятия). Лица, зарегистрировавшиеся после срока напоминания, его не получают.
reminders-off = Напоминания для этого мероприятия отключены: их никто не получит.
reminders-switch = Изменить это можно в сведениях о мероприятии.
reminders-job-off = В этой конфигурации задание по рассылке напоминаний не выполняется.
reminders-approximate = Даты этого мероприятия указаны приблизительно, поэтому напоминания не направляются.
reminders-none = Подтвержденных участников пока нет.
reminders-participant = Участник
reminders-kind = Напоминание
reminders-due = Срок ({ $zone })
reminders-state = Состояние
reminders-days-before = { $days ->
    [one] за { $days } день
    [few] за { $days } дня
    [many] за { $days } дней
   *[other] за { $days } дня
}
reminders-sent = отправлено { $at }
reminders-scheduled = запланировано
reminders-due-now = срок наступил: будет отправлено при следующем запуске
reminders-skipped = не отправлено (срок прошел)
reminders-not-sent-off = не отправлено (напоминания отключены)
event-reminders-link = Напоминания
