# Convene — mensajes en español: correos electrónicos (el crate emails, un grupo por mensaje).
# Cada texto en una sola línea: un salto de línea dentro de un texto Fluent es un salto de línea en el correo
# (las variantes de un selector pueden ir cada una en su propia línea).

## Comunes a todos los mensajes

# Entre una etiqueta y su valor («Lugar: Lomé, Togo»), y entre el encabezamiento del asunto y el
# título del evento («Invitación: Taller regional…»). Entre comillas para que se conserven los espacios.
email-colon = {": "}
# El saludo, con el nombre de la persona destinataria.
email-greeting-named = Estimado/a { $name }:
# El saludo cuando no se conoce el nombre de la persona destinataria.
email-greeting = Buenos días:
# Etiquetas del bloque del evento (título, fechas, lugar, enlace a la página del evento).
email-event-dates = Fechas
email-event-place = Lugar
email-event-page = Página del evento
# Debajo de cada botón, para los programas de correo que no lo muestran.
email-button-fallback = Si el botón no funciona, copie esta dirección en su navegador:
# El enlace a la inscripción de cada participante, y la advertencia de mantenerlo en privado.
email-manage-registration = Gestionar mi inscripción
email-manage-registration-note = Le rogamos que conserve este mensaje y no lo reenvíe: el enlace da acceso a su inscripción.
# La despedida y, en la línea siguiente, la firma.
email-sign-off-closing = Atentamente,
email-sign-off-signature = La secretaría

## invitation: una invitación personal, con un enlace para inscribirse o declinar

email-invitation-heading = Invitación
# $role es la función en calidad de la cual se invita a la persona.
email-invitation-intro = La secretaría tiene el honor de invitarle a participar en el evento que figura a continuación en calidad de { $role ->
        [delegate] miembro de la delegación
        [head_of_delegation] jefe o jefa de la delegación
        [observer] observador u observadora
        [expert] especialista o ponente
        [trainer] instructor o instructora
        [trainee] participante en la capacitación
       *[staff] miembro del personal
    }.
email-invitation-deadline = Plazo de respuesta
email-invitation-how = Para inscribirse, o para declinar la invitación, utilice el enlace que figura a continuación.
email-invitation-button = Inscribirse o declinar
email-invitation-personal = Esta invitación es personal: le rogamos que no reenvíe este mensaje, ya que el enlace está reservado para usted.

## nomination_request: solicita al punto de contacto de un Estado que designe participantes

email-nomination-request-heading = Solicitud de designaciones
email-nomination-request-intro = La secretaría tiene el honor de dirigirse a usted en su calidad de punto de contacto para invitar a su Gobierno a designar participantes en el evento que figura a continuación y a indicar quién encabezará la delegación.
email-nomination-request-country = País
email-nomination-request-seats-label = Número de participantes
# Cuántos participantes puede designar el Estado: exactamente uno, o como máximo $seats.
email-nomination-request-seats = { $seats ->
        [1] { $seats }
       *[other] hasta { $seats }
    }
email-nomination-request-deadline = Plazo para las designaciones
email-nomination-request-how = Le rogamos que presente las designaciones mediante el enlace que figura a continuación. En la misma página puede adjuntarse la nota verbal de su misión permanente en la que se confirme la composición de la delegación.
email-nomination-request-button = Presentar las designaciones
email-nomination-request-personal = Este enlace está reservado para las designaciones de su país: le rogamos que lo comparta únicamente con los colegas encargados de ellas.

## registration_received: la inscripción está pendiente de acreditación por la secretaría

email-registration-received-heading = Inscripción recibida
email-registration-received-thanks = Le agradecemos su inscripción en el evento que figura a continuación.
email-registration-received-pending = Su inscripción está pendiente: la secretaría la examinará a efectos de acreditación y le comunicará su decisión por correo electrónico.
email-registration-received-manage = Puede consultar su inscripción, o cancelarla, mediante el enlace que figura a continuación.

## registration_confirmed: aprobada por la secretaría, o confirmada directamente (sin etapa de aprobación)

email-registration-confirmed-heading = Inscripción confirmada
# Cuando el evento tiene una etapa de aprobación.
email-registration-confirmed-approved = La secretaría tiene el placer de confirmarle que su inscripción en el evento que figura a continuación ha sido aprobada.
# Cuando el evento no tiene etapa de aprobación: no se menciona ninguna aprobación.
email-registration-confirmed-confirmed = Su inscripción en el evento que figura a continuación está confirmada.
email-registration-confirmed-welcome = Esperamos contar con su participación.
email-registration-confirmed-cancel = Si finalmente no pudiera asistir, le rogamos que cancele su inscripción mediante el enlace que figura a continuación, para que su plaza pueda ofrecerse a otra persona.
email-registration-confirmed-checkin = En la entrada, muestre su código de entrada (un código QR) en su teléfono o impreso. También figura en la página de su inscripción.
email-registration-confirmed-checkin-link = Mi código de entrada

## registration_waitlisted: el evento está completo y la inscripción está en la lista de espera

email-registration-waitlisted-heading = Lista de espera
email-registration-waitlisted-thanks = Le agradecemos su inscripción en el evento que figura a continuación.
# $position es el puesto en la lista de espera, a partir de 1.
email-registration-waitlisted-position = En este momento todas las plazas están ocupadas, por lo que su inscripción se ha incluido en la lista de espera, en el puesto { $position }.
email-registration-waitlisted-offer = Si queda libre una plaza para usted, se la ofreceremos por correo electrónico; dispondrá entonces de un plazo limitado para aceptarla.
email-registration-waitlisted-withdraw = Si ya no desea asistir, puede retirar su inscripción mediante el enlace que figura a continuación.

## seat_offered: ha quedado libre una plaza, que debe aceptarse antes de una fecha límite

email-seat-offered-heading = Plaza disponible
email-seat-offered-offered = Ha quedado libre una plaza en el evento que figura a continuación y se le ofrece a usted, por ser la siguiente persona en la lista de espera.
email-seat-offered-deadline = Plazo de aceptación
email-seat-offered-how = Para ocupar la plaza, acéptela mediante el enlace que figura a continuación antes de que venza este plazo. Después, se ofrecerá a la siguiente persona de la lista.
email-seat-offered-button = Aceptar la plaza
email-seat-offered-no-action = Si ya no desea asistir, no es necesario que haga nada.

## registration_declined: la secretaría no ha podido aceptar la inscripción

email-registration-declined-heading = Inscripción no aceptada
email-registration-declined-declined = La secretaría lamenta comunicarle que no ha podido aceptar su inscripción en el evento que figura a continuación.
email-registration-declined-reason = Motivo
email-registration-declined-questions = Si tiene alguna pregunta, le rogamos que se ponga en contacto con la secretaría.

## registration_cancelled: confirma una cancelación

email-registration-cancelled-heading = Inscripción cancelada
email-registration-cancelled-cancelled = Le confirmamos que su inscripción en el evento que figura a continuación ha sido cancelada y que su plaza ha quedado libre.
email-registration-cancelled-mistake = Si esta cancelación se debe a un error, le rogamos que se ponga en contacto con la secretaría.

## schedule_changed: han cambiado las fechas, el lugar o el programa del evento (la lista de cambios sigue a la introducción), o el evento se ha cancelado

email-schedule-changed-heading = Programa actualizado
email-schedule-changed-intro = La secretaría ha introducido los siguientes cambios en el evento que figura a continuación.
email-schedule-changed-attachment = El archivo de calendario adjunto actualiza la entrada de su calendario; ábralo si su programa de correo no lo hace automáticamente.
email-schedule-changed-cancelled-heading = Evento cancelado
email-schedule-changed-cancelled-intro = La secretaría lamenta comunicarle que el evento que figura a continuación ha sido cancelado.
email-schedule-changed-cancelled-attachment = El archivo de calendario adjunto elimina el evento de su calendario.

## email_verification: confirmar una dirección de correo electrónico para continuar una inscripción abierta

email-verification-heading = Confirme su dirección de correo electrónico
email-verification-ask = Para continuar con su inscripción en el evento indicado más abajo, confirme su dirección de correo electrónico mediante el siguiente enlace.
email-verification-button = Confirmar mi dirección de correo electrónico
email-verification-ignore = Si no ha hecho esta solicitud, puede hacer caso omiso de este mensaje: no se realizará ninguna inscripción.

## event_reminder: el evento en el que está confirmada una persona participante empieza dentro de unos días

email-event-reminder-heading = Recordatorio
# $days es el número de días completos que faltan para que empiece el evento (1 = mañana).
email-event-reminder-soon = { $days ->
        [1] Le recordamos que el evento que figura a continuación, en el que su inscripción está confirmada, empieza mañana.
       *[other] Le recordamos que el evento que figura a continuación, en el que su inscripción está confirmada, empieza dentro de { $days } días.
    }
email-event-reminder-details = El programa y la información práctica figuran en la página del evento.
email-event-reminder-changes = Para actualizar sus datos o cancelar su inscripción, utilice el enlace que figura en su correo electrónico de confirmación. Si ya no puede asistir, al cancelar su inscripción dejará libre su plaza para una persona de la lista de espera.

## certificate_issued: un certificado de asistencia está listo para su descarga

email-certificate-issued-heading = Certificado de asistencia
email-certificate-issued-issued = Le agradecemos su participación en el evento que figura a continuación. La secretaría ha expedido su certificado de asistencia.
email-certificate-issued-days-label = Asistencia
# Días de asistencia sobre el total de días del evento, por ejemplo, «4 de 5 días».
email-certificate-issued-days = { $attended } de { $total } { $total ->
        [one] día
        [many] de días
       *[other] días
    }
email-certificate-issued-code-label = Código de verificación
email-certificate-issued-keep = Cualquier persona a la que muestre el certificado puede verificarlo en nuestro sitio web con su código de verificación. Le rogamos que conserve este correo electrónico: el enlace que figura a continuación es personal.
email-certificate-issued-link = Descargar mi certificado (PDF)

## donor_sign_in: el enlace de un solo uso de un contacto de un donante al portal de donantes

email-donor-sign-in-heading = Su enlace al portal de donantes
email-donor-sign-in-ask = Utilice el enlace que figura a continuación para consultar las actividades que financian sus contribuciones y sus resultados.
email-donor-sign-in-button = Abrir el portal de donantes
# $minutes es el tiempo durante el cual el enlace sigue siendo válido.
email-donor-sign-in-expiry = El enlace solo funciona una vez, durante { $minutes } { $minutes ->
        [one] minuto
        [many] de minutos
       *[other] minutos
    }. Le rogamos que no lo reenvíe.
email-donor-sign-in-ignore = Si no lo ha solicitado, puede hacer caso omiso de este mensaje.

## donor_report: el informe trimestral de un contacto de un donante está listo

email-donor-report-heading = Su informe trimestral de donante
# $quarter es, por ejemplo, «2026-Q3»; $activities es el número de eventos que financian las contribuciones del donante.
email-donor-report-body = El informe de { $quarter } sobre { $activities ->
        [one] la actividad que financian
        [many] las { $activities } de actividades que financian
       *[other] las { $activities } actividades que financian
    } sus contribuciones ya está disponible: eventos celebrados, Estados y participantes alcanzados, y fondos asignados y gastados. Puede imprimirse o descargarse en PDF, CSV o XLSX.
email-donor-report-button = Ver el informe
# $days es el tiempo durante el cual el enlace sigue siendo válido.
email-donor-report-expiry = El enlace solo funciona una vez, durante { $days } { $days ->
        [one] día
        [many] de días
       *[other] días
    }; después, solicite un nuevo enlace en la página de inicio de sesión del portal de donantes.

# Actos paralelos de una reunión
email-side-event-title = Acto paralelo
email-side-event-room = Sala
email-side-event-when = Fecha y hora
email-side-event-request-heading = Confirme su solicitud de acto paralelo
email-side-event-request-ask = Gracias por su solicitud. Confírmela mediante el enlace que figura a continuación: solo las solicitudes confirmadas llegan a la secretaría.
email-side-event-request-button = Confirmar mi solicitud
email-side-event-request-ignore = Si usted no envió esta solicitud, puede ignorar este mensaje: no se hará nada.
email-side-event-approved-heading = Su acto paralelo ha sido aprobado
email-side-event-approved = La secretaría ha aprobado su acto paralelo y le ha asignado la sala y el horario que figuran a continuación. Ya aparece en el programa de actos paralelos.
email-side-event-programme-button = Ver el programa de actos paralelos
email-side-event-declined-heading = Su solicitud de acto paralelo no ha sido aceptada
email-side-event-declined = La secretaría no ha podido aprobar su acto paralelo.
# Solicitud de acreditación de una ONG
email-ngo-verify-heading = Confirme la dirección de contacto de su organización
email-ngo-verify-ask = Para enviar la solicitud de acreditación de { $organisation } a la reunión indicada a continuación, confirme esta dirección de contacto mediante el enlace siguiente.
email-ngo-verify-button = Confirmar y enviar la solicitud
email-ngo-verify-ignore = Si no presentó ninguna solicitud, puede ignorar este mensaje: no se enviará ninguna solicitud.
email-ngo-accredited-heading = Su organización está acreditada
email-ngo-accredited-body = La secretaría ha acreditado a { $organisation } para la reunión indicada a continuación. Cada uno de sus { $count } representantes recibe por correo electrónico una invitación personal para inscribirse.
email-ngo-declined-heading = Su solicitud de acreditación
email-ngo-declined-body = La secretaría no pudo acreditar a { $organisation } para la reunión indicada a continuación.
email-ngo-declined-reason = Motivo
