# Calendarios: descargas, suscripciones, horario, calendario de los programas, importación y avisos de cambios.

cal-download = Añadir a mi calendario (.ics)
cal-timetable = Horario para imprimir
cal-timetable-title = Horario: { $title }
cal-import-link = Importar sesiones desde un archivo de calendario
cal-changes-link = Notificar los cambios a los participantes
cal-home-calendar = Calendario de los programas
cal-home-subscribe = Suscribirse a estos eventos (.ics)

cal-manage-title = Calendario
cal-feed-explain = Su enlace personal de calendario enumera todos los eventos en los que se ha inscrito y mantiene su calendario al día. No lo comparta; puede sustituirlo o desactivarlo en cualquier momento.
cal-feed-issue = Obtener mi enlace personal de calendario (sustituye al anterior, si lo hubiera)
cal-feed-revoke = Desactivar mi enlace personal de calendario
cal-feed-title = Enlace personal de calendario
cal-feed-once = Añada esta dirección a su aplicación de calendario como suscripción. Solo se muestra una vez: cópiela ahora. Si obtiene un nuevo enlace, este dejará de funcionar.
cal-feed-url = Dirección de suscripción
cal-feed-revoked = Su enlace personal de calendario ya no funciona.
cal-back-to-registration = Volver a mi inscripción

cal-programme-title = Calendario de los programas
cal-views = Vistas del calendario
cal-view-month = Mes
cal-view-list = Lista
cal-subscribe = Suscribirse (.ics)
cal-previous = Anterior
cal-next = Siguiente
cal-err-month = Indique un mes en formato AAAA-MM, por ejemplo, 2026-12.

cal-import-title = Importar sesiones desde un archivo de calendario
cal-import-explain = Cargue un archivo .ics exportado desde otra herramienta de calendario, o pegue su texto. Antes de que se guarde nada, verá las sesiones que se crearían y cada entrada descartada con el motivo. Las horas sin huso horario se interpretan en el huso horario del evento ({ $zone }).
cal-import-file = Archivo de calendario (.ics)
cal-import-paste = O pegue el texto del archivo
cal-import-preview = Vista previa
cal-import-summary = { $sessions ->
    [one] Se crearía una sesión
    [many] Se crearían { $sessions } de sesiones
   *[other] Se crearían { $sessions } sesiones
}; { $problems ->
    [0] no se descarta ninguna entrada.
    [one] se descarta una entrada.
    [many] se descartan { $problems } de entradas.
   *[other] se descartan { $problems } entradas.
}
cal-import-problems = Entradas descartadas
cal-import-entry = Entrada
cal-import-reason = Motivo
cal-import-sessions = Sesiones que se crearán
cal-import-confirm = { $count ->
    [one] Crear esta sesión
    [many] Crear estas { $count } de sesiones
   *[other] Crear estas { $count } sesiones
}
cal-import-again = Elegir otro archivo
cal-err-utf8 = El archivo no es texto UTF-8.
cal-err-no-file = Elija un archivo o pegue su texto.
cal-import-not-calendar = No es un archivo iCalendar (debe empezar por BEGIN:VCALENDAR y estar bien formado).
cal-import-empty = El archivo no contiene ningún evento.
cal-import-too-many = El archivo contiene más de { $max } eventos; solo se han leído los primeros.
cal-import-event-zone = El huso horario del evento no es válido; corrija primero el evento.
cal-import-nothing = El archivo no contiene ninguna sesión que pueda importarse.
cal-import-no-summary = Sin título (SUMMARY).
cal-import-title-long = El título tiene más de { $max } caracteres.
cal-import-repeating = Las entradas periódicas (RRULE, RDATE) no se importan; añada cada sesión por separado.
cal-import-cancelled = La entrada está marcada como cancelada.
cal-import-no-start = Sin hora de inicio (DTSTART).
cal-import-no-end = Sin hora de finalización (DTEND o DURATION).
cal-import-all-day = Una entrada de día completo no es una sesión.
cal-import-bad-time = Fecha u hora ilegible: { $value }.
cal-import-bad-duration = Duración ilegible: { $value }.
cal-import-unknown-zone = Huso horario desconocido: { $zone }.
cal-import-time-gap = { $time } no existe en { $zone } (ese día cambia la hora).
cal-import-end-before-start = La finalización no es posterior al inicio.
cal-import-outside = Fuera de las fechas del evento ({ $date }).
cal-import-room-taken = La sala ya está reservada a esa hora (para { $title }).
cal-import-several-days = La sesión termina otro día; divídala en una sesión por día.

cal-changes-title = Cambios que se notificarán
cal-changes-last = Los participantes recibieron el último aviso sobre la revisión { $revision } el { $when }; el evento está ahora en la revisión { $current }.
cal-changes-no-baseline = No consta ningún aviso anterior para este evento: el aviso incluirá todo el programa actual.
cal-changes-none = Los participantes ya están al corriente de todo: nada ha cambiado desde el último aviso.
cal-changes-list = Qué ha cambiado
cal-changes-unknown = Se enviará el programa completo.
cal-changes-recipients = { $count ->
    [0] Ningún participante confirmado
    [one] Se notificará a un participante confirmado
    [many] Se notificará a { $count } de participantes confirmados
   *[other] Se notificará a { $count } participantes confirmados
}
cal-changes-send = { $count ->
    [0] Registrar los cambios como notificados
    [one] Enviar el correo electrónico de actualización
    [many] Enviar { $count } de correos electrónicos de actualización
   *[other] Enviar { $count } correos electrónicos de actualización
}
cal-changes-sent = { $count ->
    [0] No hay nada nuevo que enviar.
    [one] Se está enviando un correo electrónico de actualización.
    [many] Se están enviando { $count } de correos electrónicos de actualización.
   *[other] Se están enviando { $count } correos electrónicos de actualización.
}
cal-notice-already-sent = Estos cambios ya se notificaron.
cal-change-cancelled = El evento se ha cancelado.
cal-change-dates = Nuevas fechas: { $to } (antes, { $from }).
cal-change-venue = Nuevo lugar: { $to } (antes, { $from }).
cal-change-added = Nueva sesión: { $title }, { $when }.
cal-change-removed = Sesión suprimida: { $title }, { $when }.
cal-change-moved = Cambio en { $title }: { $from } → { $to }.
cal-change-details = Se han modificado otros datos del evento.
