# Convene — mensajes en español: certificados de asistencia y pases.

field-certificate-percent = Certificado de asistencia: asistencia mínima (%)
hint-certificate-percent = Talleres y cursos de capacitación: proporción de los días del evento a la que debe asistir cada participante (de 1 a 100). Déjelo vacío si no se expiden certificados.
err-certificate-percent = Introduzca un porcentaje entero entre 1 y 100, o déjelo vacío si no se expiden certificados.
err-certificate-kind = Los certificados de asistencia solo se expiden para talleres y cursos de capacitación.

tab-certificates = Certificados y pases
cert-title = Certificados de asistencia
cert-no-rule = Este evento no expide certificados de asistencia.
cert-set-rule = Fije una asistencia mínima en el evento.
cert-rule = Se expide un certificado a cada participante confirmado que haya asistido al menos al { $percent } % { $days ->
    [one] del único día del evento
    [many] de los { $days } de días del evento
   *[other] de los { $days } días del evento
} (días distintos con una entrada registrada en el mostrador de registro de entrada).
cert-figures = Reúnen las condiciones: { $qualifying } de { $confirmed } participantes confirmados; { $issued ->
    [one] { $issued } certificado expedido.
    [many] { $issued } de certificados expedidos.
   *[other] { $issued } certificados expedidos.
}
cert-issue = Expedir los certificados
cert-issue-hint = Expide un certificado a cada participante que reúna las condiciones y aún no lo tenga, y envía a cada uno por correo electrónico un enlace para descargarlo. Si se vuelve a expedir, no se envía nada dos veces. La tarea diaria hace lo mismo una vez terminado el evento.
cert-not-ended = Los certificados podrán expedirse una vez terminado el evento.
cert-issued-now = { $issued ->
    [one] { $issued } certificado expedido y enviado ahora;
    [many] { $issued } de certificados expedidos y enviados ahora;
   *[other] { $issued } certificados expedidos y enviados ahora;
} { $already ->
    [one] { $already } participante ya tenía uno.
    [many] { $already } de participantes ya tenían uno.
   *[other] { $already } participantes ya tenían uno.
}
cert-nobody = Todavía no hay participantes confirmados.
cert-col-name = Nombre
cert-col-days = Días de asistencia
cert-col-certificate = Certificado
cert-col-badge = Pase
cert-badge = Pase (PDF)
cert-badges-all = Pases de todos los participantes confirmados (PDF)
cert-revoke = Revocar
cert-revoked-on = Revocado el { $date }
cert-download = Descargar mi certificado (PDF)
cert-verify-title = Verificar un certificado de asistencia
cert-verify-intro = Introduzca el código de verificación impreso al pie del certificado.
cert-code = Código de verificación
cert-verify = Verificar
cert-valid = Este certificado es válido.
cert-revoked = Este certificado fue revocado el { $date }: ya no es válido.
cert-unknown = Ningún certificado tiene este código. Compárelo con el del certificado y vuelva a intentarlo.
cert-event = Evento
cert-dates = Fechas
cert-issued-on = Expedido el

cert-pdf-title = Certificado de asistencia
cert-pdf-certify = Se certifica que
cert-pdf-attended = asistió a
cert-pdf-days = Días de asistencia: { $attended } de { $total }
cert-pdf-issued = Expedido el { $date } por la secretaría
cert-pdf-code = Código de verificación: { $code }
cert-pdf-verify = Para verificar este certificado, visite:

cert-err-code = Un código de verificación consta de 16 letras y cifras, tal como figura impreso en el certificado (por ejemplo, K7QM-4XPD-9TWA-2HCE).
cert-err-no-rule = Este evento no expide certificados de asistencia: fije primero una asistencia mínima en el evento.
cert-err-not-held = Solo se expiden certificados para los eventos que se han celebrado (publicados y no cancelados).
cert-err-dates = Los certificados requieren los días exactos del evento, pero sus fechas solo se conocen por meses.
cert-err-not-ended = Los certificados podrán expedirse una vez terminado el evento.
cert-err-revoked = Este certificado ya está revocado.
cert-err-none = No se ha expedido ningún certificado de asistencia para esta inscripción.
cert-err-withdrawn = La secretaría ha revocado este certificado de asistencia.
