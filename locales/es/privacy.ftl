# Convene — mensajes en español: conservación y supresión de datos personales.
nav-privacy = Datos personales
footer-privacy = Datos personales
job-privacy-erasure = Supresión de los datos personales cuyo período de conservación ha vencido
audit-do-privacy-erase-event = Datos personales del evento suprimidos
audit-do-privacy-erase-person = Datos personales de una persona suprimidos a solicitud de esta
field-retention-months = Conservación de los datos personales (meses)
hint-retention-months = Número de meses, contados a partir del último día del evento, durante los cuales se conservan los datos personales de sus participantes. Déjelo vacío para aplicar el período fijado por la Oficina.
err-retention-months = Introduzca un número entero de meses entre 1 y { $max }, o deje el campo vacío.
privacy-err-not-due = Los datos personales de este evento se conservan hasta el { $date }: no pueden suprimirse antes de que venza su período de conservación.
privacy-err-nothing-left = Este evento ya no contiene datos personales que suprimir.
privacy-err-person-erased = Los datos personales de esta persona ya se han suprimido.
privacy-err-file-erased = Esta nota verbal se suprimió junto con los demás datos personales del evento al vencer su período de conservación.
privacy-err-confirm = Marque la casilla para confirmar que la supresión es irreversible.
privacy-rule = Los datos personales de los participantes en un evento se conservan durante { $months ->
    [one] 1 mes
    [many] { $months } de meses
   *[other] { $months } meses
} a partir de su último día (cada evento puede fijar su propio período) y después se suprimen.
privacy-lists-kept = Las listas de participantes publicadas son documentos oficiales de la reunión y se conservan, nombres incluidos.
privacy-lists-erased = Las listas de participantes publicadas se suprimen junto con los demás datos personales del evento.
privacy-counts = { $registrations ->
    [one] 1 inscripción
    [many] { $registrations } de inscripciones
   *[other] { $registrations } inscripciones
}, { $invitations ->
    [one] 1 invitación
    [many] { $invitations } de invitaciones
   *[other] { $invitations } invitaciones
}, { $people ->
    [one] 1 persona
    [many] { $people } de personas
   *[other] { $people } personas
}, { $files ->
    [one] 1 archivo
    [many] { $files } de archivos
   *[other] { $files } archivos
}
privacy-notice-title = Datos personales
privacy-notice-what = Para prestar servicios a sus reuniones, talleres y cursos de capacitación, la Oficina registra el nombre, los datos de contacto, el cargo, la organización, las necesidades y la asistencia de las personas invitadas y de los participantes, así como las notas verbales con las designaciones de los Estados. Estos datos se utilizan únicamente para el evento y nunca se comunican a los donantes, que solo ven cifras agregadas.
privacy-notice-retention = Período de conservación
privacy-what-stays = Lo que se conserva, sin nombres: el género, el Estado, el tipo de organización, la función y la asistencia de cada participante, de modo que las estadísticas de los eventos pasados no varíen.
privacy-notice-records = Documentos oficiales
privacy-notice-request = Supresión previa solicitud
privacy-notice-request-text = Puede pedir a los organizadores de su evento que supriman sus datos personales antes de que venza el período de conservación. La Oficina los suprime en todos los eventos y deja constancia de la solicitud, sin sus datos.
privacy-title = Datos personales
privacy-next-title = Próxima supresión
privacy-next-at = La próxima ejecución, el { $at }, suprimirá los datos personales de los eventos que figuran a continuación.
privacy-next-off = En esta configuración, la tarea de supresión no se ejecuta según una programación: los datos personales de los eventos que figuran a continuación se suprimen cuando se inicia la tarea (`convene jobs run privacy_erasure`) o evento por evento desde esta página.
privacy-nothing-due = Ningún evento cuyo período de conservación haya vencido contiene datos personales.
privacy-due-caption = Eventos cuyos datos personales suprimirá la próxima ejecución
privacy-event = Evento
privacy-kept-until = Se conservan hasta
privacy-registrations = Inscripciones
privacy-invitations = Invitaciones
privacy-people = Personas
privacy-files = Archivos
privacy-emails = Correos electrónicos
privacy-scans = Nombres de los dispositivos de registro de entrada
privacy-actions = Acciones
privacy-erase-now = Suprimir ahora
privacy-event-erased = Datos personales suprimidos: { $counts }.
privacy-request-title = Supresión previa solicitud
privacy-request-hint = Busque a la persona por su dirección de correo electrónico, o abra una de sus inscripciones y siga el enlace que figura al final de la página.
privacy-find = Buscar
privacy-not-found = Ninguna persona tiene esta dirección de correo electrónico.
privacy-audit-link = Supresiones en el registro de auditoría
privacy-event-title = Suprimir los datos personales de { $title }
privacy-kept-until-sentence = Sus datos personales debían conservarse hasta el { $date }.
privacy-what-goes = Lo que se suprime
privacy-confirm = Entiendo que la supresión es irreversible.
privacy-person-title = Datos personales de { $name }
privacy-erased-person = persona n.º { $id }
privacy-erased = Datos suprimidos
privacy-person-erased = Datos personales suprimidos en todos los eventos: { $counts }.
privacy-person-events = Eventos
privacy-person-no-events = Esta persona no está vinculada a ningún evento.
privacy-person-already = Los datos personales de esta persona se han suprimido.
privacy-reason-hint = Indique el motivo: la solicitud recibida, su fecha y su referencia. No escriba el nombre ni la dirección de la persona: el motivo se conserva en el registro de auditoría.
privacy-reason = Motivo
privacy-erase-person = Suprimir los datos personales de esta persona
privacy-erase-person-link = Suprimir los datos personales de esta persona previa solicitud
privacy-notice-version = Versión { $version }
privacy-notice-access = Sus datos
privacy-notice-access-text = El enlace personal de sus correos de inscripción lleva a una página, «Sus datos», que muestra todos los datos que la Oficina conserva sobre usted en todos los eventos y permite descargarlos en un archivo.
data-notice-link = Aviso de protección de datos
data-title = Sus datos personales
data-lead = Todos los datos que la Oficina conserva sobre usted, en todos los eventos, a fecha de { $at }.
data-download = Descargar (JSON)
data-back = Su inscripción
data-record = Su ficha
data-language = Idioma de sus correos
data-registrations = Inscripciones
data-notice = Aviso de protección de datos
data-notice-accepted = Versión { $version }, aceptada el { $at }
data-notice-none = No consta ninguna versión (inscripción hecha por la secretaría, o anterior a la numeración de los avisos)
data-invitations = Invitaciones
data-col-event = Evento
data-col-kind = Tipo
data-col-state = Situación
data-col-sent = Enviada
data-col-answered = Respuesta
data-kind-personal = Invitación personal
data-kind-nomination = Solicitud de designación de una delegación
data-nominations = Designaciones
data-nominated-by = Designado(a) por { $state }
data-head = jefe(a) de delegación
data-focal-point = Delegaciones que designó como coordinador(a)
data-focal-point-item = { $state }, cupo de plazas: { $quota }
data-scans = Registros de entrada
data-col-scan = Paso
data-col-time = Hora
data-emails = Correos que se le enviaron
data-emails-hint = Solo asuntos y fechas; el texto de los mensajes no forma parte de esta copia.
data-col-subject = Asunto
data-col-queued = Redactado
data-certificates = Certificados
data-col-code = Código de verificación
data-col-days = Días de asistencia
data-col-issued = Expedido
data-days = { $attended } de { $total }
data-revoked = revocado
data-none = Ninguno.
privacy-person-data = Descargar todos los datos que se conservan sobre esta persona (JSON), para responder a una solicitud de acceso
