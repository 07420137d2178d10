# Convene — mensajes en español: inscripción.

## Funciones de los participantes, géneros y tipos de organización (etiquetas compartidas)
role-p-delegate = Delegado
role-p-head_of_delegation = Jefe de la delegación
role-p-observer = Observador
role-p-expert = Especialista o ponente
role-p-trainer = Instructor
role-p-trainee = Participante en la capacitación
role-p-staff = Personal
gender-woman = Mujer
gender-man = Hombre
gender-another = Otro género
gender-undisclosed = Prefiero no indicarlo
org-type-government = Gobierno o misión permanente
org-type-intergovernmental = Organización intergubernamental o regional
org-type-un_entity = Entidad de las Naciones Unidas
org-type-ngo = Organización no gubernamental o sociedad civil
org-type-academia = Institución académica o de investigación
org-type-parliament = Parlamento
org-type-media = Medios de comunicación
org-type-private = Sector privado
reg-state-pending = Pendiente de aprobación
reg-state-confirmed = Confirmada
reg-state-waitlisted = En lista de espera
reg-state-offered = Plaza ofrecida
reg-state-rejected = No aceptada
reg-state-cancelled = Cancelada
reg-state-lapsed = Oferta vencida

## Formulario de inscripción
reg-title = Tratamiento
reg-title-hint = Por ejemplo, Sr., Sra., Excmo. Sr., Excma. Sra., Dr., Dra.
reg-given-name = Nombre
reg-family-name = Apellidos
reg-gender = Género
reg-country = Estado representado o nacionalidad
reg-group = Grupo regional
reg-organisation = Organización o ministerio
reg-organisation-type = Tipo de organización
reg-position = Cargo o funciones
reg-phone = Teléfono (opcional)
reg-needs = Necesidades de accesibilidad o alimentarias (opcional)
reg-visa-letter = Necesito una carta de apoyo a mi solicitud de visado
reg-privacy-notice = La secretaría utiliza estos datos únicamente para organizar este evento, publicar la lista de participantes e informar sobre la participación en cifras agregadas (recuentos por Estado, grupo regional y género). No se comunican a los donantes ni a terceros, y usted puede corregirlos o cancelar su inscripción en cualquier momento mediante su enlace privado.
reg-consent = He leído el aviso de protección de datos que figura más arriba y estoy de acuerdo
reg-submit = Inscribirse
reg-language = Idioma de los mensajes
reg-role = Función

## Página de invitación
reg-event-page = página del evento
reg-invited-as = { $name }, se le invita con la siguiente función: { $role }.
reg-email-fixed = Los mensajes relativos a esta inscripción se envían a { $email }.
reg-already-registered = Ya se ha inscrito en este evento. Su enlace personal para consultar, modificar o cancelar su inscripción figura en el correo electrónico que le enviamos.
reg-new-link-ask = ¿Ha perdido ese correo? Obtenga un nuevo enlace
reg-new-link-hint = Enviaremos un nuevo enlace personal a la dirección de su inscripción. El enlace que tiene ahora dejará de funcionar.
reg-new-link-button = Enviarme un nuevo enlace
reg-new-link-sent = Hemos enviado un nuevo enlace personal a la dirección de su inscripción. El enlace anterior ya no funciona.
reg-new-link-recent = Hace unos minutos se envió un nuevo enlace a la dirección de su inscripción. Búsquelo en su bandeja de entrada (y en la carpeta de correo no deseado) antes de volver a solicitarlo.
reg-you-declined = Ha declinado esta invitación. Si cambia de opinión, póngase en contacto con la secretaría.
reg-decline-title = ¿No puede asistir?
reg-decline-reason = Motivo (opcional)
reg-decline = Declinar la invitación
reg-declined-thanks = Gracias por comunicárnoslo. Hemos registrado su respuesta.

## Inscripción abierta
reg-open-intro = Introduzca su dirección de correo electrónico. Le enviaremos un enlace para confirmarla y, a continuación, podrá rellenar el formulario de inscripción.
reg-open-submit = Enviarme el enlace
reg-check-email = Consulte su correo electrónico: si la dirección es válida, se le está enviando un enlace para continuar con su inscripción. Es válido durante un tiempo limitado.

## Página de gestión
reg-status = Estado de su inscripción: { $state }.
reg-waitlist-position = Su posición en la lista de espera: { $position }.
reg-saved = Sus datos se han guardado.
reg-offer = Ha quedado libre una plaza para usted. Acéptela antes del { $until }; de lo contrario, se ofrecerá a la siguiente persona.
reg-accept = Aceptar la plaza
reg-calendar = Añadir el evento a su calendario (.ics)
reg-details = Sus datos
reg-update-approval = En este evento, si modifica sus datos, su inscripción vuelve a la secretaría para su aprobación.
reg-cancel-title = Cancelar su inscripción
reg-cancel = Cancelar mi inscripción
reg-cancel-confirm = ¿Desea cancelar su inscripción? Su plaza se ofrecerá a otra persona.
reg-cancelled = Su inscripción se ha cancelado y su plaza ha quedado libre. Se le está enviando una confirmación por correo electrónico.
reg-back-to-approval-title = Datos guardados
reg-back-to-approval = Sus datos se han guardado y su inscripción vuelve a la secretaría para su aprobación. Se le está enviando un nuevo correo electrónico con su enlace privado; el enlace de esta página ya no funciona.

## Página de gestión: el recuadro del estado de la inscripción
reg-panel-title = Su inscripción
reg-panel-confirmed = Su plaza está confirmada. Presente su código de entrada al llegar, en su teléfono o impreso.
reg-panel-pending = Su plaza queda reservada mientras la secretaría examina su inscripción. Recibirá un correo electrónico en cuanto haya adoptado una decisión.
reg-panel-waitlisted = El evento está completo y usted figura en la lista de espera. Si queda libre una plaza, se le ofrecerá por correo electrónico cuando le llegue el turno.
reg-panel-offered = Ha quedado libre una plaza para usted. Acéptela cuanto antes; de lo contrario, se ofrecerá a la siguiente persona.
reg-panel-rejected = La secretaría no ha podido aceptar su inscripción en este evento.
reg-panel-reason = Motivo indicado por la secretaría:
reg-panel-cancelled = Esta inscripción está cancelada: ya no dispone de plaza en este evento.
reg-panel-lapsed = La plaza que se le ofreció no se aceptó a tiempo y se ha ofrecido a la siguiente persona.
reg-offer-decline = Renunciar a la plaza
reg-offer-decline-confirm = ¿Desea renunciar a esta plaza? Se ofrecerá a la siguiente persona de la lista de espera.
reg-contact = Para cualquier consulta, escriba a la secretaría:
reg-contact-secretariat = Para cualquier consulta, póngase en contacto con la secretaría del evento.
reg-qr-now = El evento está en curso: muestre este código en la entrada.

## Lista de la organización
reg-list-title = Inscripciones
reg-add = Inscribir a alguien
reg-seats = Plazas: { $taken } de { $capacity }
reg-notify = Enviar un correo electrónico a la persona (confirmación con la invitación de calendario)
reg-notify-ended = Este evento ha terminado: no se envía ninguna invitación de calendario. Deje la casilla sin marcar para registrar la inscripción sin escribir a la persona.
reg-offers-paused = Las plazas que quedan libres no se ofrecen a la lista de espera: faltan menos de { $minutes } minutos para { $limit ->
    [event_starts] el comienzo del evento
    [registration_closes] el cierre de la inscripción
   *[other] el vencimiento de una oferta
} ({ $when }).
reg-count = { $count ->
    [one] { $count } inscripción
    [many] { $count } de inscripciones
   *[other] { $count } inscripciones
}
reg-export = Exportar en CSV
reg-select = Seleccionar
reg-state-filters = Inscripciones por estado
reg-state-all = Todas
reg-select-all = Seleccionar todas
reg-select-none = Borrar la selección
reg-name = Nombre
reg-with-selected = Con las inscripciones seleccionadas:
reg-approve = Aprobar
reg-reject = Rechazar (no aceptada)
reg-cancel-by-organiser = Cancelar
reg-reset = Devolver a pendiente
reg-reason = Motivo (se comunica a la persona en caso de rechazo)
reg-apply = Aplicar
field-search-people = Buscar nombres y correos electrónicos

## Errores
err-consent = Para inscribirse, acepte el aviso de protección de datos.
err-phone = Utilice solo cifras, espacios y los signos + - ( ).
err-registration-not-open = Este evento no admite inscripciones.
err-registration-not-yet = Todavía no se ha abierto la inscripción para este evento.
err-registration-closed = La inscripción para este evento está cerrada.
err-registration-invitation-only = La inscripción para este evento es solo por invitación.
err-registration-ended = Esta inscripción ha finalizado; ya no puede modificarse. Póngase en contacto con la secretaría.
err-already-registered = Ya se ha inscrito en este evento.
err-invitation-declined = Esta invitación se declinó.
err-quota-full = Todas las plazas de su delegación están ocupadas.
err-offer-not-open = Esta oferta de plaza ya no está abierta.
err-move-not-allowed = Este cambio no es posible para una inscripción en el estado { $state }.
err-none-selected = Seleccione al menos una inscripción.
err-too-many-requests = Demasiadas solicitudes desde su dirección. Espere un minuto y vuelva a intentarlo.
# La página de detalle de una inscripción.
reg-detail-given = Datos facilitados
reg-detail-reason = Motivo comunicado a la persona:
reg-detail-needs = Necesidades de accesibilidad o alimentarias
reg-detail-visa = Carta de apoyo para el visado
reg-detail-yes = Sí
reg-detail-no = No
reg-detail-registered = Fecha de inscripción
reg-detail-offer-until = Plaza ofrecida hasta
reg-detail-moves = Decidir
reg-detail-history = Historial
reg-detail-emails = Correos electrónicos enviados
reg-detail-no-emails = No se ha enviado ningún correo electrónico sobre esta inscripción.
reg-detail-checkins = Registros de entrada
reg-detail-no-checkins = Todavía no se ha registrado su entrada.
reg-detail-open = Abrir la inscripción de { $name }
# «Enviarme un nuevo enlace», adonde lleva un enlace personal que ya no funciona.
new-links-title = Enviarme un nuevo enlace
new-links-intro = Introduzca la dirección con la que se inscribió. Si tiene una inscripción en un evento próximo, se enviará a esa dirección un nuevo enlace personal; el enlace anterior dejará entonces de funcionar.
new-links-submit = Enviarme un nuevo enlace
new-links-sent = Si esta dirección tiene una inscripción en un evento próximo, se le está enviando un nuevo enlace personal. Consulte su bandeja de entrada (y la carpeta de correo no deseado) dentro de unos minutos.
reg-indicators = Necesidades y cartas
reg-indicator-needs = Necesidades
reg-indicator-visa = Carta de visado
reg-notice-link = Leer el aviso de protección de datos (versión { $version })
err-notice-changed = El aviso de protección de datos cambió mientras este formulario estaba abierto. Lea la versión vigente y vuelva a enviar el formulario.
reg-your-data-title = Sus datos
reg-your-data-text = Consulte todos los datos que la Oficina conserva sobre usted, en todos los eventos, y descargue una copia.
reg-your-data-link = Sus datos personales

# Remote participation
reg-attendance-mode = ¿Cómo participará?
reg-attendance-in_person = Presencialmente
reg-attendance-remote = A distancia
err-remote-not-offered = Este evento no ofrece participación a distancia.
reg-remote-title = Participación a distancia
reg-remote-hint = Enlaces para seguir las sesiones a distancia. No los comparta: son solo para los participantes confirmados.
reg-remote-join = Unirse a distancia
reg-detail-attendance = Modalidad de participación
