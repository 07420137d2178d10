# Convene — الرسائل باللغة العربية: المهام المجدولة ورسائل التذكير قبل المناسبات.
nav-jobs = المهام
jobs-title = المهام المجدولة
jobs-hint = أعمال تؤديها الخدمة وفق جدول زمني. وتُنفَّذ كل دورة على نسخة واحدة فقط من الخدمة؛ والأوقات مبينة بالتوقيت العالمي المنسق (UTC)، وتبدأ تعبيرات cron بالثواني.
jobs-scheduler-off = المُجدوِل معطَّل في هذا الإعداد (jobs.scheduler): لا تُنفَّذ المهام إلا عند تشغيلها من هنا أو باستخدام `convene jobs run`.
jobs-ran = { $job }: { $outcome }، عدد العناصر المعالَجة: { $items }.
jobs-job = المهمة
jobs-schedule = الجدول الزمني (UTC)
jobs-last-start = بدء آخر تشغيل
jobs-last-end = الانتهاء
jobs-outcome = النتيجة
jobs-items = العناصر
jobs-next = التشغيل التالي
jobs-actions = الإجراءات
jobs-off = معطَّلة
jobs-never-run = لم تُشغَّل قط
jobs-run-now = التشغيل الآن
jobs-outcome-running = قيد التشغيل
jobs-outcome-succeeded = نجحت
jobs-outcome-failed = فشلت
jobs-err-limit = أدخل عددًا صحيحًا من مرات التشغيل بين 1 و200.
jobs-err-already-running = سبق تشغيل هذه المهمة لهذه اللحظة؛ حاول مرة أخرى بعد ثانية.
job-event-reminders = رسائل التذكير قبل المناسبات
job-invitation-follow-ups = متابعة الدعوات التي لم يُرد عليها
job-offer-expiry = انقضاء عروض المقاعد
job-token-purge = حذف الروابط والجلسات القديمة
job-outbox-dispatch = إرسال الرسائل الصادرة
field-reminders-enabled = إرسال رسائل تذكير إلى المشاركين المؤكَّدين قبل المناسبة
reminders-title = رسائل التذكير قبل المناسبة
reminders-hint = يتلقى المشاركون المؤكَّدون رسالة بالبريد الإلكتروني قبل المناسبة، في الأوقات المبينة أدناه (وفق المنطقة الزمنية للمناسبة). ولا يتلقى رسالة التذكير من يسجِّل بعد موعدها.
reminders-off = رسائل التذكير معطَّلة لهذه المناسبة: لن يتلقاها أحد.
reminders-switch = يمكن تغيير ذلك في بيانات المناسبة.
reminders-job-off = مهمة رسائل التذكير لا تعمل في هذا الإعداد.
reminders-approximate = تواريخ هذه المناسبة تقريبية، ولذلك لا تُرسل رسائل تذكير.
reminders-none = لا يوجد مشاركون مؤكَّدون حتى الآن.
reminders-participant = المشارك
reminders-kind = التذكير
reminders-due = الموعد ({ $zone })
reminders-state = الحالة
reminders-days-before = { $days ->
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
reminders-sent = أُرسلت في { $at }
reminders-scheduled = مجدولة
reminders-due-now = حان موعدها: تُرسل في التشغيل التالي
reminders-skipped = لم تُرسل (فات موعدها)
reminders-not-sent-off = لم تُرسل (رسائل التذكير معطَّلة)
event-reminders-link = رسائل التذكير
