# Convene — English messages: certificates of attendance and badges.

field-certificate-percent = Certificate of attendance: minimum attendance (%)
hint-certificate-percent = Workshops and training courses: the share of the event's days a participant must attend (1–100). Leave empty for no certificates.
err-certificate-percent = Enter a whole percentage from 1 to 100, or leave empty for no certificates.
err-certificate-kind = Certificates of attendance are issued for workshops and training courses only.

tab-certificates = Certificates and badges
cert-title = Certificates of attendance
cert-no-rule = This event issues no certificates of attendance.
cert-set-rule = Set a minimum attendance on the event.
cert-rule = A certificate goes to each confirmed participant who attended at least { $percent } % of the event's { $days } days (distinct days with an entry at the check-in desk).
cert-figures = { $qualifying } of { $confirmed } confirmed participants qualify; { $issued ->
    [one] { $issued } certificate issued.
   *[other] { $issued } certificates issued.
}
cert-issue = Issue certificates
cert-issue-hint = Issues a certificate to every participant who qualifies and has none yet, and emails each a link to download it. Issuing again sends nothing twice. The daily job does the same after the event.
cert-not-ended = Certificates can be issued once the event has ended.
cert-issued-now = { $issued ->
    [one] { $issued } certificate issued and emailed now;
   *[other] { $issued } certificates issued and emailed now;
} { $already ->
    [one] { $already } participant already had one.
   *[other] { $already } participants already had one.
}
cert-nobody = No confirmed participants yet.
cert-col-name = Name
cert-col-days = Days attended
cert-col-certificate = Certificate
cert-col-badge = Badge
cert-badge = Badge (PDF)
cert-badges-all = Badges of every confirmed participant (PDF)
cert-revoke = Revoke
cert-revoked-on = Revoked on { $date }
cert-download = Download my certificate (PDF)
cert-verify-title = Verify a certificate of attendance
cert-verify-intro = Enter the verification code printed at the foot of the certificate.
cert-code = Verification code
cert-verify = Verify
cert-valid = This certificate is valid.
cert-revoked = This certificate was revoked on { $date }: it is no longer valid.
cert-unknown = No certificate has this code. Check it against the certificate and try again.
cert-event = Event
cert-dates = Dates
cert-issued-on = Issued on

cert-pdf-title = Certificate of attendance
cert-pdf-certify = This is to certify that
cert-pdf-attended = attended
cert-pdf-days = Days attended: { $attended } of { $total }
cert-pdf-issued = Issued on { $date } by the secretariat
cert-pdf-code = Verification code: { $code }
cert-pdf-verify = To check this certificate, visit:

cert-err-code = A verification code has 16 letters and digits, as printed on the certificate (for example K7QM-4XPD-9TWA-2HCE).
cert-err-no-rule = This event issues no certificates of attendance: set a minimum attendance on the event first.
cert-err-not-held = Certificates are issued only for events that took place (published, not cancelled).
cert-err-dates = Certificates need the event's exact days: its dates are given by month only.
cert-err-not-ended = Certificates can be issued once the event has ended.
cert-err-revoked = This certificate is already revoked.
cert-err-none = No certificate of attendance has been issued for this registration.
cert-err-withdrawn = This certificate of attendance was revoked by the secretariat.
