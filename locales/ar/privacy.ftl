# Convene — الرسائل باللغة العربية: الاحتفاظ بالبيانات الشخصية ومحوها.
nav-privacy = البيانات الشخصية
footer-privacy = البيانات الشخصية
job-privacy-erasure = محو البيانات الشخصية بعد انقضاء فترة الاحتفاظ بها
audit-do-privacy-erase-event = محو البيانات الشخصية لمناسبة
audit-do-privacy-erase-person = محو البيانات الشخصية لشخص بناءً على طلبه
field-retention-months = فترة الاحتفاظ بالبيانات الشخصية (بالأشهر)
hint-retention-months = عدد الأشهر التي يُحتفظ خلالها بالبيانات الشخصية للمشاركين في المناسبة بعد يومها الأخير. اتركه فارغًا لتطبيق الفترة التي يحددها المكتب.
err-retention-months = أدخل عددًا صحيحًا من الأشهر بين 1 و{ $max }، أو اترك الحقل فارغًا.
privacy-err-not-due = يُحتفظ بالبيانات الشخصية لهذه المناسبة حتى { $date }: ولا يجوز محوها قبل انقضاء فترة الاحتفاظ بها.
privacy-err-nothing-left = لم تعد في هذه المناسبة أي بيانات شخصية يمكن محوها.
privacy-err-person-erased = سبق محو البيانات الشخصية لهذا الشخص.
privacy-err-file-erased = مُحيت هذه المذكرة الشفوية مع سائر البيانات الشخصية للمناسبة عند انقضاء فترة الاحتفاظ بها.
privacy-err-confirm = ضع علامة في المربع لتأكيد أن المحو لا يمكن التراجع عنه.
privacy-rule = يُحتفظ بالبيانات الشخصية للمشاركين في أي مناسبة لمدة { $months ->
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} بعد يومها الأخير (ويجوز أن تحدد المناسبة فترة خاصة بها)، ثم تُمحى.
privacy-lists-kept = قوائم المشاركين الصادرة من الوثائق الرسمية للاجتماع، ولذلك يُحتفظ بها بما فيها من أسماء.
privacy-lists-erased = تُمحى قوائم المشاركين الصادرة مع سائر البيانات الشخصية للمناسبة.
privacy-counts = { $registrations ->
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $registrations } تسجيلات
    [many] { $registrations } تسجيلًا
   *[other] { $registrations } تسجيل
}، و{ $invitations ->
    [one] دعوة واحدة
    [two] دعوتان
    [few] { $invitations } دعوات
    [many] { $invitations } دعوة
   *[other] { $invitations } دعوة
}، و{ $people ->
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}، و{ $files ->
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}
privacy-notice-title = البيانات الشخصية
privacy-notice-what = لأغراض تقديم الخدمات لاجتماعاته وحلقات العمل والدورات التدريبية التي ينظمها، يسجِّل المكتب أسماء المدعوين والمشاركين، وبيانات الاتصال الخاصة بهم، ومناصبهم، ومنظماتهم، واحتياجاتهم، وحضورهم، والمذكرات الشفوية المتعلقة بترشيحات الدول. ولا تُستخدم هذه البيانات إلا لأغراض المناسبة، ولا يُطلع عليها المانحون أبدًا، إذ لا يرون سوى أرقام إجمالية.
privacy-notice-retention = فترة الاحتفاظ بالبيانات
privacy-what-stays = ما يُحتفظ به، دون أسماء: نوع جنس كل مشارك، ودولته، ونوع منظمته، ودوره، وحضوره، كي تظل إحصاءات المناسبات السابقة على حالها.
privacy-notice-records = الوثائق الرسمية
privacy-notice-request = المحو بناءً على الطلب
privacy-notice-request-text = يجوز لك أن تطلب إلى منظِّمي مناسبتك محو بياناتك الشخصية قبل انقضاء هذه الفترة. ويمحوها المكتب من جميع المناسبات ويسجِّل الطلب، دون بياناتك.
privacy-title = البيانات الشخصية
privacy-next-title = عملية المحو التالية
privacy-next-at = يمحو التشغيل التالي، في { $at }، البيانات الشخصية للمناسبات المبينة أدناه.
privacy-next-off = لا تعمل مهمة المحو وفق جدول زمني في هذا الإعداد: تُمحى البيانات الشخصية للمناسبات المبينة أدناه عند تشغيل المهمة (`convene jobs run privacy_erasure`) أو كلٌّ منها على حدة من هذه الصفحة.
privacy-nothing-due = لا توجد أي مناسبة انقضت فترة الاحتفاظ الخاصة بها وما زالت تتضمن بيانات شخصية.
privacy-due-caption = المناسبات التي يمحو التشغيل التالي بياناتها الشخصية
privacy-event = المناسبة
privacy-kept-until = يُحتفظ بها حتى
privacy-registrations = التسجيلات
privacy-invitations = الدعوات
privacy-people = الأشخاص
privacy-files = الملفات
privacy-emails = رسائل البريد الإلكتروني
privacy-scans = أسماء أجهزة تسجيل الحضور
privacy-actions = الإجراءات
privacy-erase-now = المحو الآن
privacy-event-erased = مُحيت البيانات الشخصية: { $counts }.
privacy-request-title = المحو بناءً على الطلب
privacy-request-hint = ابحث عن الشخص بعنوان بريده الإلكتروني، أو افتح أحد تسجيلاته واتبع الرابط الوارد في أسفل الصفحة.
privacy-find = بحث
privacy-not-found = لا يوجد أي شخص بعنوان البريد الإلكتروني هذا.
privacy-audit-link = عمليات المحو في سجل التدقيق
privacy-event-title = محو البيانات الشخصية لمناسبة { $title }
privacy-kept-until-sentence = كان من المقرر الاحتفاظ ببياناتها الشخصية حتى { $date }.
privacy-what-goes = ما يُمحى
privacy-confirm = أدرك أن المحو لا يمكن التراجع عنه.
privacy-person-title = البيانات الشخصية الخاصة بـ { $name }
privacy-erased-person = الشخص رقم { $id }
privacy-erased = مُحيت
privacy-person-erased = مُحيت البيانات الشخصية من جميع المناسبات: { $counts }.
privacy-person-events = المناسبات
privacy-person-no-events = هذا الشخص غير مرتبط بأي مناسبة.
privacy-person-already = مُحيت البيانات الشخصية لهذا الشخص.
privacy-reason-hint = اذكر السبب: الطلب الوارد وتاريخه ورقمه المرجعي. ولا تكتب اسم الشخص أو عنوانه: إذ يُحفظ السبب في سجل التدقيق.
privacy-reason = السبب
privacy-erase-person = محو البيانات الشخصية لهذا الشخص
privacy-erase-person-link = محو البيانات الشخصية لهذا الشخص بناءً على طلبه
privacy-notice-version = الإصدار { $version }
privacy-notice-access = بياناتك
privacy-notice-access-text = يؤدي الرابط الخاص الوارد في رسائل تسجيلك الإلكترونية إلى صفحة «بياناتك» التي تعرض كل ما يحتفظ به المكتب عنك في جميع المناسبات، وتتيح لك تنزيله في ملف.
data-notice-link = إشعار حماية البيانات
data-title = بياناتك الشخصية
data-lead = كل ما يحتفظ به المكتب عنك في جميع المناسبات، حتى { $at }.
data-download = تنزيل (JSON)
data-back = تسجيلك
data-record = سجلك
data-language = لغة رسائلك الإلكترونية
data-registrations = التسجيلات
data-notice = إشعار حماية البيانات
data-notice-accepted = الإصدار { $version }، قُبل في { $at }
data-notice-none = لم يُسجَّل أي إصدار (سجّلتك الأمانة، أو سُجِّلت قبل ترقيم إصدارات الإشعار)
data-invitations = الدعوات
data-col-event = المناسبة
data-col-kind = النوع
data-col-state = الحالة
data-col-sent = أُرسلت
data-col-answered = الرد
data-kind-personal = دعوة شخصية
data-kind-nomination = طلب تسمية وفد
data-nominations = التسميات
data-nominated-by = سمّتك { $state }
data-head = رئيس الوفد
data-focal-point = الوفود التي سمّيتها بصفتك جهة اتصال
data-focal-point-item = { $state }، حصة المقاعد: { $quota }
data-scans = تسجيلات الحضور
data-col-scan = التسجيل
data-col-time = الوقت
data-emails = الرسائل الإلكترونية الموجهة إليك
data-emails-hint = المواضيع والتواريخ فقط؛ ولا تتضمن هذه النسخة نص الرسائل.
data-col-subject = الموضوع
data-col-queued = حُرِّرت
data-certificates = الشهادات
data-col-code = رمز التحقق
data-col-days = أيام الحضور
data-col-issued = صدرت
data-days = { $attended } من { $total }
data-revoked = أُلغيت
data-none = لا شيء.
privacy-person-data = تنزيل كل البيانات المحفوظة عن هذا الشخص (JSON)، للرد على طلب الاطلاع على البيانات
