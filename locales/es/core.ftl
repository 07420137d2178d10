# Convene — catálogo de mensajes en español.
# Las claves son estables; es/core.ftl debe tener las mismas claves que en/core.ftl. Los argumentos se escriben { $name }.
# Plurales: categorías CLDR del español (one, many, other); [many] corresponde a los múltiplos
# exactos de un millón («1000000 de eventos») y [other] es siempre la variante por defecto.

## Navegación y diseño de la página
nav-skip = Ir al contenido
nav-label = Principal
nav-events = Eventos
nav-organiser = Organización
nav-checkin = Registro de entrada
nav-audit = Registro de auditoría
nav-account = Cuenta
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-language = Idioma
footer-text = Convene — eventos de la Oficina de Asuntos de Desarme.

## Acciones genéricas
action-change = Cambiar
action-save = Guardar
action-edit = Editar
action-delete = Eliminar
action-filter = Filtrar
action-new-event = Nuevo evento
action-clone = Duplicar
action-publish = Publicar
action-cancel-event = Cancelar el evento
action-cancel-edit = Volver sin guardar
action-view-public = Ver la página pública
action-add-session = Añadir una sesión
confirm-cancel-event = ¿Desea cancelar este evento? Seguirá visible con un aviso y ya no podrá modificarse.
confirm-delete-session = ¿Desea eliminar esta sesión del programa?

## Formularios
form-has-errors = Corrija lo siguiente
form-required = obligatorio
form-choose = Elija…
field-email = Dirección de correo electrónico
field-password = Contraseña
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
field-confirm-password = Repita la nueva contraseña
field-title = Título
field-kind = Tipo
field-programme = Programa
field-unit = Dependencia organizadora
field-series = Serie
field-mandate = Mandato
field-venue = Lugar
field-city = Ciudad
field-country = País
field-time-zone = Huso horario
field-date-precision = Precisión de las fechas
field-start-date = Fecha de inicio
field-end-date = Fecha de finalización
field-dates = Fechas
field-registration-mode = Inscripción
field-approval-required = Las inscripciones requieren aprobación (acreditación)
field-registration-opens = Apertura de la inscripción
field-registration-closes = Cierre de la inscripción
field-capacity = Capacidad (plazas)
field-languages = Idiomas de trabajo
field-description = Descripción
field-status = Estado
field-search = Buscar en los títulos
field-year = Año
field-when = Período
field-session-title = Título de la sesión
field-session-kind = Tipo de sesión
field-session-date = Fecha
field-start-time = Hora de inicio
field-end-time = Hora de finalización
field-room = Sala
hint-mandate = Resolución o decisión, por ejemplo, la resolución 62/24 de la Asamblea General o la resolución 1540 (2004) del Consejo de Seguridad.
hint-time-zone = Nombre IANA del huso horario del lugar, por ejemplo, Europe/Zurich, America/New_York, Asia/Kathmandu.
hint-date = AAAA-MM-DD, o AAAA-MM si solo se conoce el mes.
hint-local-time = Hora local del lugar.
hint-capacity = Déjelo vacío si no hay límite.
hint-password = Al menos 12 caracteres. Una frase corta es fácil de recordar y difícil de adivinar.

## Errores en los campos
err-required = Este campo es obligatorio.
err-too-long = Utilice { $max } caracteres como máximo.
err-control-chars = Elimine los caracteres de control de este campo.
err-choice = Elija una de las opciones de la lista.
err-email = Introduzca una dirección de correo electrónico, por ejemplo, nombre@example.org.
err-country = Introduzca un código de país ISO de tres letras, por ejemplo, BWA.
err-country-unknown = Este código de país no corresponde a ningún Estado Miembro ni Estado observador.
err-time-zone = Introduzca el nombre de un huso horario, por ejemplo, Europe/Zurich o Asia/Kathmandu.
err-date = Introduzca una fecha en formato AAAA-MM-DD.
err-month = Introduzca un mes en formato AAAA-MM.
err-time = Introduzca una hora en formato HH:MM (reloj de 24 horas).
err-datetime = Introduzca una fecha y una hora en formato AAAA-MM-DDTHH:MM.
err-year = Introduzca un año, por ejemplo, 2008.
err-page = Introduzca un número de página a partir de 1.
err-end-before-start = La fecha de finalización debe ser igual o posterior a la fecha de inicio.
err-event-too-long = Un evento puede durar un año como máximo; divida las actividades más largas en una serie.
err-closes-before-opens = El cierre de la inscripción debe ser posterior a su apertura.
err-capacity = Introduzca un número entero de plazas entre 1 y { $max }.
err-languages = Marque al menos un idioma de trabajo.
err-local-time-gap = Esta hora local no existe ese día (por el cambio de hora); elija otra hora.
err-session-end-before-start = La sesión debe terminar después de comenzar, el mismo día.
err-session-outside-event = La sesión debe quedar comprendida en las fechas del evento.
err-sessions-outside = { $count ->
    [one] Una sesión del programa queda fuera de estas fechas; trasládela o elimínela primero.
    [many] { $count } de sesiones del programa quedan fuera de estas fechas; trasládelas o elimínelas primero.
   *[other] { $count } sesiones del programa quedan fuera de estas fechas; trasládelas o elimínelas primero.
}
err-room-overlap = Esta sala ya está reservada para “{ $title }” desde { $start } hasta { $end }.
err-password-short = Utilice al menos { $min } caracteres.
err-password-mismatch = Las dos contraseñas nuevas no coinciden.
err-password-wrong = La contraseña actual no es correcta.
err-sign-in-failed = La dirección de correo electrónico o la contraseña no son correctas.
err-sign-in-throttled = Demasiados intentos fallidos para esta dirección. Vuelva a intentarlo dentro de { $minutes ->
    [one] un minuto.
   *[other] { $minutes } minutos.
}
err-user-exists = Ya existe una cuenta con esta dirección de correo electrónico.
err-unknown-programme = Programa desconocido: { $code }.
err-checkin-role = Solo las cuentas del personal de registro de entrada se asignan a un evento concreto.
err-checkin-event = Evento desconocido.
err-json = El cuerpo de la solicitud no es un JSON válido para esta operación: { $reason }
err-csrf = El formulario ha caducado o procede de otro sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
err-link-invalid = Este enlace no es válido, ha caducado o ya se ha utilizado. Solicite uno nuevo.
err-event-cancelled = Este evento está cancelado y ya no puede modificarse.
err-event-already-published = Este evento ya está publicado.

## Páginas de error
err-page-title = Error { $status }
err-page-home = Ir a la lista de eventos
err-page-400 = No se ha podido interpretar la solicitud.
err-page-401 = Inicie sesión para continuar.
err-page-403 = No tiene autorización para realizar esta operación.
err-page-404 = Esta página no existe.
err-page-409 = Este cambio es incompatible con el estado actual del registro.
err-page-410 = Este enlace ya no es válido.
err-page-413 = La solicitud es demasiado grande.
err-page-422 = Parte de la información enviada no es válida.
err-page-429 = Demasiados intentos. Espere un momento y vuelva a intentarlo.
err-page-500 = Se ha producido un error de nuestra parte. El problema ha quedado registrado; vuelva a intentarlo más tarde.

## Inicio de sesión y cuenta
sign-in-title = Inicio de sesión del personal
sign-in-submit = Iniciar sesión
sign-in-link-title = Iniciar sesión en Convene
sign-in-link-text = Este enlace de un solo uso le permite iniciar sesión. Pulse el botón para continuar; después, el enlace dejará de funcionar.
password-title = Su contraseña
password-signed-in-as = Sesión iniciada como { $email }.
password-set-first = Establezca ahora una contraseña para poder iniciar sesión sin enlace la próxima vez.
password-submit = Guardar la nueva contraseña
password-changed = Su contraseña se ha cambiado. Se han cerrado sus demás sesiones.

## Registro de auditoría
audit-title = Registro de auditoría
audit-when = Fecha
audit-who = Autor
audit-action = Acción
audit-record = Registro
audit-change = Cambio
audit-show = Mostrar
audit-before = Antes
audit-after = Después

## Paginación
pagination-label = Páginas
pagination-previous = Anterior
pagination-next = Siguiente
pagination-position = Página { $page } de { $pages }

## Eventos
events-count = { $count ->
    [one] { $count } evento
    [many] { $count } de eventos
   *[other] { $count } eventos
}
public-upcoming-title = Próximos eventos
public-programmes = Programas
public-all-programmes = Todos los programas
public-no-events = Todavía no se ha publicado aquí ningún evento próximo.
organiser-events-title = Eventos
event-new-title = Nuevo evento
event-edit-title = Editar el evento
event-section-what = Objeto
event-section-where = Lugar y fechas
event-section-registration = Inscripción
event-cancelled-notice = Este evento se ha cancelado.
event-capacity = Capacidad: { $count ->
    [one] { $count } plaza.
    [many] { $count } de plazas.
   *[other] { $count } plazas.
}
event-updated = Última modificación: { $when } (revisión { $revision }).
dates-to-be-confirmed = (fechas exactas por confirmar)
when-upcoming = Próximos
when-past = Pasados
kind-meeting = Reunión
kind-workshop = Taller
kind-training_course = Curso de capacitación
kind-conference = Conferencia
kind-briefing = Sesión informativa
status-draft = Borrador
status-published = Publicado
status-cancelled = Cancelado
precision-day = día exacto
precision-month = solo el mes
registration-invitation = Por invitación
registration-open = Inscripción abierta
language-ar = Árabe
language-zh = Chino
language-en = Inglés
language-fr = Francés
language-ru = Ruso
language-es = Español

## Programa
schedule-title = Programa
schedule-time-zone = Las horas son las locales del lugar ({ $zone }).
schedule-empty = Todavía no hay ninguna sesión programada.
schedule-time = Hora
schedule-session = Sesión
schedule-room = Sala
schedule-actions = Acciones
session-add-title = Añadir una sesión
session-edit-title = Editar la sesión
session-kind-plenary = sesión plenaria
session-kind-working_group = grupo de trabajo
session-kind-side_event = actividad paralela
session-kind-field_visit = visita sobre el terreno
session-kind-break = pausa
session-kind-other = otra

## Fechas
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

## Cuentas del personal (administradores)
nav-users = Usuarios
users-title = Cuentas del personal
users-add = Añadir una cuenta
users-created = Se ha creado la cuenta { $email }. Envíe este enlace de inicio de sesión de un solo uso a su titular; solo se muestra ahora:
users-active = activa
users-disabled = desactivada
users-no-password = sin contraseña todavía
users-link-title = Enlace de inicio de sesión
users-link-text = Un nuevo enlace de un solo uso permite a la persona iniciar sesión y elegir una contraseña (para un primer inicio de sesión o si ha olvidado la contraseña).
users-link-button = Generar un nuevo enlace de inicio de sesión
users-link-issued = Nuevo enlace de inicio de sesión de un solo uso (solo se muestra ahora):
field-name = Nombre
field-role = Función
field-programmes = Programas
field-disabled = Desactivada (se cierran todas las sesiones; los tokens de la API dejan de funcionar)
role-admin = Administración
role-organiser = Organización de eventos
role-checkin = Personal de registro de entrada (un evento)
err-self-lockout = No puede retirarse a sí mismo la función de administración ni desactivar su propia cuenta.
err-programme-needed = Una cuenta de organización de eventos necesita al menos un programa.
err-user-disabled = Esta cuenta está desactivada.

## Inicio de sesión único
sso-sign-in = Iniciar sesión mediante inicio de sesión único
sso-or-password = o con su contraseña
sso-password-off = El personal inicia sesión mediante el inicio de sesión único.
sso-refused-title = Inicio de sesión denegado
sso-back = Volver al inicio de sesión
err-sso-unreachable = En este momento no es posible comunicarse con el proveedor de identidad. Vuelva a intentarlo dentro de unos minutos; si el problema persiste, avise a un administrador.
err-sso-no-account = Ninguna cuenta del personal corresponde a { $email }, la dirección facilitada por el proveedor de identidad. Pida a un administrador que cree una cuenta para esa dirección.
err-sso-unverified = El proveedor de identidad no confirmó que su dirección de correo electrónico esté verificada, por lo que Convene no puede asociarla a una cuenta del personal.
err-sso-state = Este inicio de sesión ha caducado o se inició en otro navegador. Vuelva a empezar desde la página de inicio de sesión.
err-sso-provider = El proveedor de identidad no completó el inicio de sesión. Vuelva a empezar desde la página de inicio de sesión.
err-password-sign-in-off = El inicio de sesión con contraseña o con un enlace de un solo uso está desactivado; el personal inicia sesión mediante el inicio de sesión único.

## Secciones de un evento
event-tabs = Secciones del evento
tab-invitations = Invitaciones
tab-delegations = Delegaciones
tab-registrations = Inscripciones
action-register = Inscribirse
clone-title = Duplicar “{ $title }”
clone-explain = La copia es un nuevo borrador con los mismos datos y { $sessions ->
    [one] su única sesión
    [many] sus { $sessions } de sesiones
   *[other] sus { $sessions } sesiones
}. Indique su primer día: sus fechas, sus sesiones y sus fechas de inscripción se desplazan todas el mismo número de días en la hora local del evento ({ $zone }), de modo que una sesión a las 09:00 sigue a las 09:00 aunque entretanto cambie la hora. No se copian las inscripciones, las invitaciones ni las plazas.
clone-explain-month = Las fechas de este evento solo se conocen por meses: indique el primer mes de la copia. Sus meses, y en su caso sus sesiones y fechas de inscripción, se desplazan el mismo número de meses; una sesión en un día que el nuevo mes no tiene (el 31) pasa al último día del mes.
clone-field-start-date = Primer día de la copia
clone-field-start-month = Primer mes de la copia
clone-hint-month = AAAA-MM, por ejemplo, 2027-09.
clone-submit = Crear la copia
clone-done = Este borrador es una copia.
clone-moved-days = Sus fechas, sesiones y fechas de inscripción se han { $direction ->
    [earlier] adelantado
   *[later] retrasado
} { $count ->
    [one] un día
    [many] { $count } de días
   *[other] { $count } días
}, conservando sus horas locales.
clone-moved-months = Sus fechas, sesiones y fechas de inscripción se han { $direction ->
    [earlier] adelantado
   *[later] retrasado
} { $count ->
    [one] un mes
    [many] { $count } de meses
   *[other] { $count } meses
}, conservando sus horas locales.
clone-check-text = Revise su título y su descripción: se han copiado tal como estaban.
clone-adjusted = Estas sesiones tenían una hora que no existe en su nuevo día (ese día se adelanta la hora) o un día que el nuevo mes no tiene, y se han desplazado lo menos posible. Revíselas:
clone-adjusted-window = Una fecha de inscripción caía en una hora que no existe en su nuevo día (ese día se adelanta la hora) y se ha desplazado en la duración del cambio: revise las fechas de inscripción en el formulario del evento.
err-clone-day-needed = Este evento tiene fechas exactas: indique el primer día de la copia en formato AAAA-MM-DD.
# Paneles: la página de inicio de la organización y la primera pestaña de un evento.
nav-home = Inicio
home-title = Mis eventos
home-needs-action = Requiere su intervención
home-nothing-waiting = Nada de sus eventos está pendiente de su intervención.
home-my-events = En curso y próximos
home-no-events = No tiene ningún evento en curso ni próximo.
home-all-events = Todos los eventos, incluidos los pasados
home-running = En curso
home-upcoming = Próximos
home-confirmed = { $count ->
    [one] { $count } confirmado
    [many] { $count } de confirmados
   *[other] { $count } confirmados
}
dash-title = Resumen
dash-seats = plazas ocupadas
dash-invited = invitados
dash-opened = han abierto su invitación
dash-answered = han respondido
dash-present-today = presentes hoy
dash-certificates = certificados expedidos
dash-registrations = Inscripciones
dash-funding = Financiación:
dash-regular-budget = presupuesto ordinario
dash-extrabudgetary = extrapresupuestaria, { $allocated } asignados de { $planned } previstos
dash-nothing-waiting = Nada de este evento está pendiente de su intervención.
dash-pending = { $count ->
    [one] { $count } inscripción pendiente de aprobación
    [many] { $count } de inscripciones pendientes de aprobación
   *[other] { $count } inscripciones pendientes de aprobación
}
dash-failed-emails = { $count ->
    [one] { $count } correo electrónico no se pudo entregar
    [many] { $count } de correos electrónicos no se pudieron entregar
   *[other] { $count } correos electrónicos no se pudieron entregar
}
dash-offers-lapsing = { $count ->
    [one] { $count } oferta de plaza vence en menos de un día
    [many] { $count } de ofertas de plaza vencen en menos de un día
   *[other] { $count } ofertas de plaza vencen en menos de un día
}
dash-list-not-issued = Todavía no se ha publicado la lista de participantes
audit-record-id = Número del registro
audit-from = Desde
audit-to = Hasta
audit-count = { $count ->
    [one] { $count } entrada
    [many] { $count } de entradas
   *[other] { $count } entradas
}
audit-none = Ninguna entrada coincide con estos filtros.
audit-record-event = Evento
audit-record-registration = Inscripción
audit-record-invitation = Invitación
audit-record-delegation = Delegación
audit-record-session = Sesión
audit-record-user = Cuenta del personal
audit-record-donor = Donante
audit-record-donor-contact = Contacto del donante
audit-record-contribution = Contribución
audit-record-allocation = Asignación
audit-record-participant-list = Lista de participantes
audit-record-certificate = Certificado
audit-record-person = Persona
audit-do-event-create = Evento creado
audit-do-event-update = Evento modificado
audit-do-event-publish = Evento publicado
audit-do-event-cancel = Evento cancelado
audit-do-event-clone = Evento duplicado
audit-do-event-email-paragraph = Párrafo de los correos electrónicos modificado
audit-do-event-notify-changes = Cambios del programa notificados
audit-do-session-create = Sesión añadida
audit-do-session-update = Sesión modificada
audit-do-session-delete = Sesión eliminada
audit-do-session-import = Sesiones importadas
audit-do-invitation-create = Invitación enviada
audit-do-invitation-resend = Invitación reenviada
audit-do-invitation-remind = Recordatorio de invitación enviado
audit-do-invitation-extend = Invitación prorrogada
audit-do-invitation-revoke = Invitación retirada
audit-do-invitation-decline = Invitación declinada
audit-do-delegation-create = Delegación creada
audit-do-delegation-nominate = Delegación designada
audit-do-registration-create = Inscripción realizada
audit-do-registration-update = Datos de la inscripción modificados
audit-do-registration-approve = Inscripción aprobada
audit-do-registration-reject = Inscripción no aceptada
audit-do-registration-cancel = Inscripción cancelada
audit-do-registration-reset = Inscripción devuelta a pendiente
audit-do-registration-offer = Plaza ofrecida
audit-do-registration-accept-offer = Plaza ofrecida aceptada
audit-do-registration-lapse = Oferta de plaza vencida
audit-do-registration-new-link = Nuevo enlace personal enviado por correo electrónico
audit-do-registration-revoke-checkin-code = Código de entrada sustituido
audit-do-participants-issue = Lista de participantes publicada
audit-do-certificates-issue = Certificados expedidos
audit-do-certificate-revoke = Certificado revocado
audit-do-user-create = Cuenta del personal creada
audit-do-user-access = Acceso del personal modificado
audit-do-user-checkin-event = Evento de registro de entrada asignado
audit-do-user-password-change = Contraseña cambiada
audit-do-user-sign-in-link = Enlace de inicio de sesión utilizado
audit-do-user-sign-in-link-issue = Enlace de inicio de sesión generado
audit-do-donor-create = Donante añadido
audit-do-donor-update = Donante modificado
audit-do-donor-contact-create = Contacto del donante añadido
audit-do-donor-contact-update = Contacto del donante modificado
audit-do-donor-contact-delete = Contacto del donante retirado
audit-do-donor-contact-sign-in = Inicio de sesión de un contacto del donante
audit-do-contribution-create = Contribución registrada
audit-do-contribution-update = Contribución corregida
audit-do-contribution-delete = Contribución eliminada
audit-do-allocation-create = Fondos asignados
audit-do-allocation-withdraw = Asignación retirada
audit-do-budget-line-set = Partida presupuestaria fijada
audit-do-calendar-feed-issue = Suscripción de calendario generada
audit-do-calendar-feed-revoke = Suscripción de calendario revocada
audit-do-api-token-create = Token de la API creado
audit-do-api-token-revoke = Token de la API revocado
audit-do-document-upload = Documento cargado
audit-clear = Borrar los filtros

## Situación de la inscripción en las páginas públicas de los eventos
situation-invitation-title = Inscripción solo por invitación
situation-invitation = La secretaría invita a los participantes, que se inscriben mediante el enlace personal que figura en su invitación.
situation-not-yet-title = Inscripción aún no abierta
situation-not-yet = La inscripción se abre el { $when }.
situation-open-title = Inscripción abierta
situation-open-until = Inscríbase a más tardar el { $when }.
situation-open-no-deadline = La inscripción permanece abierta hasta el final del evento.
situation-seats-left = { $count ->
    [one] Todavía queda una plaza libre.
    [many] Todavía quedan { $count } de plazas libres.
   *[other] Todavía quedan { $count } plazas libres.
}
situation-full-title = Completo: lista de espera abierta
situation-full = Todas las plazas están ocupadas. Todavía puede inscribirse: pasará a la lista de espera y, si queda libre una plaza, se le ofrecerá por correo electrónico.
situation-join-waitlist = Inscribirse en la lista de espera
situation-closed-title = Inscripción cerrada
situation-closed-deadline = Ha vencido el plazo de inscripción ({ $when }).
situation-closed-over = Este evento ha terminado.
situation-closed-cancelled = El evento se ha cancelado: no se admiten inscripciones.

## Event content in several languages
event-section-content = Título, lugar y descripción
hint-content-versions = Redáctelos en el idioma original del evento; añada versiones en otros idiomas si dispone de ellas. Una versión puede dejar vacíos el lugar o la descripción: el lector verá entonces el original.
field-original-language = Idioma original
content-original-legend = Original ({ $language })
content-version-legend = Versión en { $language }
content-original-language = Redactado en { $language }
content-versions-list = también en { $languages }
session-titles-other-languages = Título en otros idiomas
content-in-ar = Título en árabe
content-in-zh = Título en chino
content-in-en = Título en inglés
content-in-fr = Título en francés
content-in-ru = Título en ruso
content-in-es = Título en español
err-content-language = «{ $code }» no es un idioma del servicio: utilice ar, zh, en, fr, ru o es.
## Staff access: sessions and API tokens
err-api-token-days = Indique un número entero de días entre 1 y { $max }.
err-api-token-scopes = Marque al menos un ámbito: lectura, escritura o registro de asistencia.
sessions-title = Sus sesiones
sessions-intro = Los navegadores en los que ha iniciado sesión. Ponga fin a toda sesión que no reconozca: ese navegador queda desconectado de inmediato.
sessions-opened = Inicio de sesión
sessions-last-seen = Última actividad
sessions-browser = Navegador
sessions-address = Dirección
sessions-current = Sesión actual
sessions-end = Poner fin a la sesión
sessions-end-others = Cerrar todas las demás sesiones
sessions-ended = Se ha puesto fin a la sesión.
tokens-title = Tokens de API
tokens-intro = Un token permite a un programa utilizar la API JSON en su nombre (Authorization: Bearer <token>). Conceda a cada token solo los ámbitos que necesite y revóquelo cuando deje de utilizarse.
tokens-created = Su nuevo token solo se muestra ahora. Cópielo en el programa que lo utilizará:
tokens-revoked = Se ha revocado el token.
tokens-label = Etiqueta
tokens-scopes = Ámbitos
tokens-expires = Vencimiento
tokens-last-used = Último uso
tokens-never = Nunca
tokens-revoke = Revocar
tokens-state-active = Activo
tokens-state-revoked = Revocado
tokens-state-expired = Vencido
tokens-scope-read = lectura
tokens-scope-write = escritura
tokens-scope-checkin = registro de asistencia
tokens-scope-read-hint = Lectura: consultar datos (solo solicitudes GET)
tokens-scope-write-hint = Escritura: crear, modificar y eliminar
tokens-scope-checkin-hint = Registro de asistencia: solo el puesto de acreditación (lecturas de códigos, anulaciones, credenciales)
tokens-new = Nuevo token
tokens-days = Validez (días)
tokens-days-max = Déjelo vacío para el período por defecto. Como máximo { $max } días.
tokens-create = Crear el token
users-sessions-title = Sesiones
users-sessions-text = Desconecta esta cuenta de todos los navegadores a la vez (computadora extraviada, partida). Sus tokens de API no se ven afectados.
users-sessions-button = Poner fin a todas las sesiones
audit-do-user-session-end = Sesión terminada
audit-do-user-sessions-end-others = Otras sesiones terminadas
audit-do-user-sessions-end = Todas las sesiones terminadas

# Uploaded files (official documents, statements, credentials)
file-err-empty = Elija un archivo para cargar.
file-err-too-large = El archivo supera { $megabytes } MB; envíe uno más pequeño.
file-err-not-pdf = El archivo no es un documento PDF; solo se aceptan archivos PDF.
file-err-interrupted = La carga se interrumpió antes del final del archivo; envíelo de nuevo.

## Inicio de sesión en dos pasos
two-factor-title = Inicio de sesión en dos pasos
two-factor-intro = Con el inicio de sesión en dos pasos activado, la contraseña sola ya no basta: también escribe un código de seis dígitos de una aplicación de autenticación en su teléfono. El inicio de sesión único y los enlaces enviados por correo no lo piden.
two-factor-state-on = Activado
two-factor-state-off = Desactivado
two-factor-start = Activar el inicio de sesión en dos pasos
two-factor-enrol-step-scan = Escanee este código QR con una aplicación de autenticación (o escriba en ella la clave de abajo).
two-factor-enrol-step-code = Escriba el código de seis dígitos que muestra la aplicación para confirmar.
two-factor-enrol-text = Clave para escribir en lugar de escanear:
two-factor-enrol-submit = Confirmar y activar
two-factor-required = Los administradores deben activar el inicio de sesión en dos pasos antes de hacer cualquier otra cosa. Configúrelo ahora para terminar de iniciar sesión.
two-factor-recovery-title = Códigos de recuperación
two-factor-recovery-intro = Guarde estos códigos en un lugar seguro: cada uno le permite iniciar sesión una vez si pierde el teléfono. Solo se muestran ahora.
two-factor-recovery-left = Códigos de recuperación restantes: { $count }
two-factor-recovery-few = { $count ->
    [0] No queda ningún código de recuperación: genere otros a continuación, o la pérdida de su teléfono le impedirá entrar.
    [one] Solo queda un código de recuperación: genere otros a continuación antes de quedarse sin ellos.
   *[other] Solo quedan { $count } códigos de recuperación: genere otros a continuación antes de quedarse sin ellos.
}
two-factor-recovery-regenerate = Crear nuevos códigos de recuperación (los anteriores dejan de funcionar)
two-factor-continue = Continuar
two-factor-off-title = Desactivar el inicio de sesión en dos pasos
two-factor-off-submit = Desactivar
two-factor-turned-off = El inicio de sesión en dos pasos está desactivado.
two-factor-code-title = Escriba su código
two-factor-code-intro = Abra su aplicación de autenticación y escriba el código de seis dígitos de Convene, o uno de sus códigos de recuperación.
field-two-factor-code = Código
hint-two-factor-code = Seis dígitos de la aplicación, o un código de recuperación como ABCDE-FGHJK.
field-two-factor-confirm = Su contraseña o un código actual
users-two-factor-reset-text = Desactívelo si la persona perdió su teléfono; entonces podrá iniciar sesión con su contraseña y configurarlo de nuevo.
users-two-factor-reset-button = Restablecer el inicio de sesión en dos pasos
err-two-factor-code-wrong = Este código no es correcto o ya se utilizó. Pruebe el siguiente código que muestre la aplicación.
err-two-factor-expired = Este inicio de sesión esperó demasiado. Vuelva a iniciar sesión con su contraseña.
err-two-factor-no-key = El inicio de sesión en dos pasos no está disponible: el servidor no tiene clave para él (security.totp_key).
err-two-factor-already-on = El inicio de sesión en dos pasos ya está activado.
err-two-factor-not-started = Empiece primero a configurar el inicio de sesión en dos pasos.
err-two-factor-off = El inicio de sesión en dos pasos está desactivado.
err-two-factor-confirm-wrong = No es su contraseña ni un código válido.
# Remote participation
field-remote-attendance = Los participantes pueden asistir a distancia
remote-attendance-offered = Presencial o a distancia
field-remote-url = Enlace de participación a distancia
hint-remote-url = Una dirección https:// (seminario web o videoconferencia). Solo la ven los participantes confirmados, en su página y en su calendario.
session-remote-link = Enlace a distancia
err-remote-url = Introduzca una dirección web completa que empiece por https://, por ejemplo https://meet.example.org/j/123.
err-remote-url-https = Use un enlace seguro: la dirección debe empezar por https://.
