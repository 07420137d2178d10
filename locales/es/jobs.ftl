# Convene — mensajes en español: tareas programadas y recordatorios antes de los eventos.
nav-jobs = Tareas
jobs-title = Tareas programadas
jobs-hint = Trabajo que el servicio realiza según un calendario. Cada ejecución programada se realiza en una sola instancia; las horas están en UTC y las expresiones cron empiezan por los segundos.
jobs-scheduler-off = El planificador está desactivado en esta configuración (jobs.scheduler): las tareas solo se ejecutan cuando se inician aquí o con `convene jobs run`.
jobs-ran = { $job }: { $outcome }; elementos tratados: { $items }.
jobs-job = Tarea
jobs-schedule = Programación (UTC)
jobs-last-start = Inicio de la última ejecución
jobs-last-end = Fin
jobs-outcome = Resultado
jobs-items = Elementos
jobs-next = Próxima ejecución
jobs-actions = Acciones
jobs-off = desactivada
jobs-never-run = Nunca ejecutada
jobs-run-now = Ejecutar ahora
jobs-outcome-running = en curso
jobs-outcome-succeeded = completada
jobs-outcome-failed = fallida
jobs-err-limit = Introduzca un número entero de ejecuciones entre 1 y 200.
jobs-err-already-running = Esta tarea ya se ha iniciado para este momento; vuelva a intentarlo dentro de un segundo.
job-event-reminders = Recordatorios antes de los eventos
job-invitation-follow-ups = Seguimiento de las invitaciones sin respuesta
job-offer-expiry = Vencimiento de las ofertas de plaza
job-token-purge = Depuración de enlaces y sesiones antiguos
job-outbox-dispatch = Envío de la cola de salida
field-reminders-enabled = Enviar recordatorios a los participantes confirmados antes del evento
reminders-title = Recordatorios antes del evento
reminders-hint = Los participantes confirmados reciben un correo electrónico antes del evento, en los momentos indicados a continuación (en el huso horario del evento). Las personas que se inscriban después del momento de un recordatorio no lo recibirán.
reminders-off = Los recordatorios están desactivados para este evento: nadie los recibirá.
reminders-switch = Puede cambiarlo en los datos del evento.
reminders-job-off = La tarea de recordatorios no se ejecuta en esta configuración.
reminders-approximate = Las fechas de este evento son aproximadas, por lo que no se envían recordatorios.
reminders-none = Todavía no hay participantes confirmados.
reminders-participant = Participante
reminders-kind = Recordatorio
reminders-due = Fecha prevista ({ $zone })
reminders-state = Estado
reminders-days-before = { $days ->
    [one] 1 día antes
    [many] { $days } de días antes
   *[other] { $days } días antes
}
reminders-sent = enviado el { $at }
reminders-scheduled = programado
reminders-due-now = pendiente: se enviará en la próxima ejecución
reminders-skipped = no enviado (su momento ya pasó)
reminders-not-sent-off = no enviado (los recordatorios están desactivados)
event-reminders-link = Recordatorios
