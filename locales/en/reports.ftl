# Convene — English messages: reports.

rep-err-programme = There is no programme with the code “{ $code }”.
rep-err-unit = There is no unit with the code “{ $code }”.
rep-err-series = There is no series with the code “{ $code }”.
rep-err-date = Enter a date as YYYY-MM-DD, for example 2007-01-31.
rep-err-range = The end date is before the start date.
