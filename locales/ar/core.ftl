# Convene — فهرس الرسائل باللغة العربية.
# المفاتيح ثابتة، ويجب أن يتضمن هذا الملف المفاتيح نفسها الواردة في الملف الإنكليزي. تُكتب المتغيرات على شكل { $name } ولا تُترجم.
# Plural selectors use the CLDR categories of Arabic: zero, one, two, few (3–10), many (11–99), other (100–102…).

## التنقل وتخطيط الصفحة
nav-skip = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-events = المناسبات
nav-organiser = التنظيم
nav-checkin = تسجيل الحضور
nav-audit = سجل التدقيق
nav-account = الحساب
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-language = اللغة
footer-text = Convene — مناسبات مكتب شؤون نزع السلاح.

## إجراءات عامة
action-change = تغيير
action-save = حفظ
action-edit = تعديل
action-delete = حذف
action-filter = تصفية
action-new-event = مناسبة جديدة
action-clone = نسخ
action-publish = نشر
action-cancel-event = إلغاء المناسبة
action-cancel-edit = العودة دون حفظ
action-view-public = عرض الصفحة العامة
action-add-session = إضافة جلسة
confirm-cancel-event = هل تريد إلغاء هذه المناسبة؟ ستظل ظاهرة مع إشعار بإلغائها، ولن يمكن تعديلها بعد ذلك.
confirm-delete-session = هل تريد حذف هذه الجلسة من الجدول الزمني؟

## الاستمارات
form-has-errors = يُرجى تصحيح ما يلي
form-required = إلزامي
form-choose = اختر…
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-confirm-password = كلمة المرور الجديدة مرة أخرى
field-title = العنوان
field-kind = النوع
field-programme = البرنامج
field-unit = الوحدة المنظِّمة
field-series = السلسلة
field-mandate = الولاية
field-venue = مكان الانعقاد
field-city = المدينة
field-country = البلد
field-time-zone = المنطقة الزمنية
field-date-precision = دقة التواريخ
field-start-date = تاريخ البدء
field-end-date = تاريخ الانتهاء
field-dates = التواريخ
field-registration-mode = التسجيل
field-approval-required = التسجيلات تخضع للموافقة (الاعتماد)
field-registration-opens = بدء التسجيل
field-registration-closes = انتهاء التسجيل
field-capacity = السعة (عدد المقاعد)
field-languages = لغات العمل
field-description = الوصف
field-status = الحالة
field-search = البحث في العناوين
field-year = السنة
field-when = الفترة
field-session-title = عنوان الجلسة
field-session-kind = نوع الجلسة
field-session-date = التاريخ
field-start-time = وقت البدء
field-end-time = وقت الانتهاء
field-room = القاعة
hint-mandate = قرار أو مقرر، مثل قرار الجمعية العامة 62/24 أو قرار مجلس الأمن 1540 (2004).
hint-time-zone = اسم المنطقة الزمنية لمكان الانعقاد وفق تسمية IANA، مثل Europe/Zurich أو America/New_York أو Asia/Kathmandu.
hint-date = بصيغة YYYY-MM-DD، أو YYYY-MM إذا لم يكن معروفًا إلا الشهر.
hint-local-time = بالتوقيت المحلي لمكان الانعقاد.
hint-capacity = اتركه فارغًا إذا لم يكن هناك حد أقصى.
hint-password = 12 حرفًا على الأقل. والجملة القصيرة سهلة التذكر وصعبة التخمين.

## أخطاء الحقول
err-required = هذا الحقل إلزامي.
err-too-long = لا يجوز أن يتجاوز عدد الأحرف { $max }.
err-control-chars = احذف أحرف التحكم من هذا الحقل.
err-choice = اختر أحد الخيارات المدرجة.
err-email = أدخل عنوان بريد إلكتروني مثل name@example.org.
err-country = أدخل رمز البلد المؤلف من ثلاثة أحرف وفق معيار ISO، مثل BWA.
err-country-unknown = رمز البلد هذا لا يقابل دولة عضوًا أو دولة مراقبة.
err-time-zone = أدخل اسم منطقة زمنية مثل Europe/Zurich أو Asia/Kathmandu.
err-date = أدخل التاريخ بصيغة YYYY-MM-DD.
err-month = أدخل الشهر بصيغة YYYY-MM.
err-time = أدخل الوقت بصيغة HH:MM (بنظام 24 ساعة).
err-datetime = أدخل التاريخ والوقت بصيغة YYYY-MM-DDTHH:MM.
err-year = أدخل سنة مثل 2008.
err-page = أدخل رقم صفحة يبدأ من 1.
err-end-before-start = يجب أن يكون تاريخ الانتهاء مطابقًا لتاريخ البدء أو لاحقًا له.
err-event-too-long = لا يجوز أن تتجاوز مدة المناسبة سنة واحدة؛ قسِّم الأنشطة الأطول إلى سلسلة.
err-closes-before-opens = يجب أن ينتهي التسجيل بعد بدئه.
err-capacity = أدخل عددًا صحيحًا من المقاعد بين 1 و{ $max }.
err-languages = اختر لغة عمل واحدة على الأقل.
err-local-time-gap = هذا الوقت المحلي غير موجود في ذلك اليوم (بسبب تغيير التوقيت)؛ اختر وقتًا آخر.
err-session-end-before-start = يجب أن تنتهي الجلسة بعد بدئها، وفي اليوم نفسه.
err-session-outside-event = يجب أن تقع الجلسة ضمن تواريخ المناسبة.
err-sessions-outside = { $count ->
    [one] تقع جلسة واحدة من الجدول الزمني خارج هذه التواريخ؛ انقلها أو احذفها أولًا.
    [two] تقع جلستان من الجدول الزمني خارج هذه التواريخ؛ انقلهما أو احذفهما أولًا.
    [few] تقع { $count } جلسات من الجدول الزمني خارج هذه التواريخ؛ انقلها أو احذفها أولًا.
    [many] تقع { $count } جلسة من الجدول الزمني خارج هذه التواريخ؛ انقلها أو احذفها أولًا.
   *[other] تقع { $count } جلسة من الجدول الزمني خارج هذه التواريخ؛ انقلها أو احذفها أولًا.
}
err-room-overlap = هذه القاعة محجوزة بالفعل لـ«{ $title }» من { $start } إلى { $end }.
err-password-short = يجب ألا يقل عدد الأحرف عن { $min }.
err-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
err-password-wrong = كلمة المرور الحالية غير صحيحة.
err-sign-in-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
err-sign-in-throttled = تجاوزت المحاولات الفاشلة لهذا العنوان الحد المسموح به. حاول مرة أخرى بعد { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
err-user-exists = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
err-unknown-programme = برنامج غير معروف: { $code }.
err-checkin-role = لا يرتبط بمناسبة واحدة إلا حساب موظف تسجيل الحضور.
err-checkin-event = مناسبة غير معروفة.
err-json = متن الطلب ليس بصيغة JSON صالحة لهذه العملية: { $reason }
err-csrf = انتهت صلاحية الاستمارة أو وردت من موقع آخر. عُد إلى الصفحة السابقة، وأعد تحميلها، ثم حاول مرة أخرى.
err-link-invalid = هذا الرابط غير صالح، أو انتهت صلاحيته، أو سبق استخدامه. اطلب رابطًا جديدًا.
err-event-cancelled = أُلغيت هذه المناسبة ولم يعد من الممكن تغييرها.
err-event-already-published = هذه المناسبة منشورة بالفعل.

## صفحات الخطأ
err-page-title = خطأ { $status }
err-page-home = الانتقال إلى قائمة المناسبات
err-page-400 = تعذر فهم الطلب.
err-page-401 = يُرجى تسجيل الدخول للمتابعة.
err-page-403 = ليس لديك إذن بالقيام بهذا الإجراء.
err-page-404 = هذه الصفحة غير موجودة.
err-page-409 = يتعارض هذا التغيير مع الحالة الراهنة للسجل.
err-page-410 = لم يعد هذا الرابط صالحًا.
err-page-413 = حجم الطلب كبير جدًا.
err-page-422 = بعض المعلومات المرسلة غير صالحة.
err-page-429 = عدد المحاولات كبير جدًا. يُرجى الانتظار ثم المحاولة مرة أخرى.
err-page-500 = حدث خلل من جهتنا. وقد سُجلت المشكلة؛ يُرجى المحاولة مرة أخرى لاحقًا.

## تسجيل الدخول والحساب
sign-in-title = تسجيل دخول الموظفين
sign-in-submit = تسجيل الدخول
sign-in-link-title = تسجيل الدخول إلى Convene
sign-in-link-text = يتيح لك هذا الرابط الصالح لمرة واحدة تسجيل الدخول. اضغط الزر للمتابعة؛ وبعد ذلك يتوقف الرابط عن العمل.
password-title = كلمة المرور الخاصة بك
password-signed-in-as = أنت مسجَّل الدخول بصفتك { $email }.
password-set-first = حدِّد كلمة مرور الآن، لتتمكن في المرة القادمة من تسجيل الدخول دون رابط.
password-submit = حفظ كلمة المرور الجديدة
password-changed = تم تغيير كلمة المرور الخاصة بك. وأُنهيت جلساتك الأخرى.

## سجل التدقيق
audit-title = سجل التدقيق
audit-when = التوقيت
audit-who = المستخدم
audit-action = الإجراء
audit-record = السجل
audit-change = التغيير
audit-show = عرض
audit-before = قبل
audit-after = بعد

## ترقيم الصفحات
pagination-label = الصفحات
pagination-previous = السابقة
pagination-next = التالية
pagination-position = الصفحة { $page } من { $pages }

## المناسبات
events-count = { $count ->
    [zero] لا توجد مناسبات
    [one] مناسبة واحدة
    [two] مناسبتان
    [few] { $count } مناسبات
    [many] { $count } مناسبة
   *[other] { $count } مناسبة
}
public-upcoming-title = المناسبات المقبلة
public-programmes = البرامج
public-all-programmes = جميع البرامج
public-no-events = لم تُنشر هنا أي مناسبة مقبلة حتى الآن.
organiser-events-title = المناسبات
event-new-title = مناسبة جديدة
event-edit-title = تعديل المناسبة
event-section-what = الموضوع
event-section-where = المكان والزمان
event-section-registration = التسجيل
event-cancelled-notice = أُلغيت هذه المناسبة.
event-capacity = السعة (عدد المقاعد): { $count }.
event-updated = آخر تغيير في { $when } (التنقيح { $revision }).
dates-to-be-confirmed = (التواريخ الدقيقة رهن التأكيد)
when-upcoming = المقبلة
when-past = السابقة
kind-meeting = اجتماع
kind-workshop = حلقة عمل
kind-training_course = دورة تدريبية
kind-conference = مؤتمر
kind-briefing = إحاطة
status-draft = مسودة
status-published = منشورة
status-cancelled = ملغاة
precision-day = محددة باليوم
precision-month = محددة بالشهر فقط
registration-invitation = بالدعوة
registration-open = تسجيل مفتوح
language-ar = العربية
language-zh = الصينية
language-en = الإنكليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية

## الجدول الزمني
schedule-title = الجدول الزمني
schedule-time-zone = الأوقات مبينة بالتوقيت المحلي لمكان الانعقاد ({ $zone }).
schedule-empty = لم تُدرج أي جلسة في الجدول الزمني حتى الآن.
schedule-time = الوقت
schedule-session = الجلسة
schedule-room = القاعة
schedule-actions = الإجراءات
session-add-title = إضافة جلسة
session-edit-title = تعديل الجلسة
session-kind-plenary = جلسة عامة
session-kind-working_group = فريق عامل
session-kind-side_event = مناسبة جانبية
session-kind-field_visit = زيارة ميدانية
session-kind-break = استراحة
session-kind-other = أخرى

## التواريخ
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## حسابات الموظفين (مديرو النظام)
nav-users = المستخدمون
users-title = حسابات الموظفين
users-add = إضافة حساب
users-created = أُنشئ الحساب { $email }. أرسل رابط تسجيل الدخول هذا الصالح لمرة واحدة إلى صاحب الحساب؛ فهو لا يُعرض إلا الآن:
users-active = نشط
users-disabled = معطَّل
users-no-password = لم تُحدَّد كلمة مرور بعد
users-link-title = رابط تسجيل الدخول
users-link-text = يتيح رابط جديد صالح لمرة واحدة للشخص تسجيل الدخول واختيار كلمة مرور (عند تسجيل الدخول لأول مرة أو عند نسيان كلمة المرور).
users-link-button = إصدار رابط جديد لتسجيل الدخول
users-link-issued = رابط جديد لتسجيل الدخول صالح لمرة واحدة (لا يُعرض إلا الآن):
field-name = الاسم
field-role = الدور
field-programmes = البرامج
field-disabled = معطَّل (يُسجَّل خروجه من جميع الأجهزة، وتتوقف رموز API الخاصة به عن العمل)
role-admin = مدير النظام
role-organiser = منظِّم
role-checkin = موظف تسجيل الحضور (لمناسبة واحدة)
err-self-lockout = لا يمكنك سحب دور مدير النظام من نفسك أو تعطيل حسابك.
err-programme-needed = يجب أن يُسند إلى المنظِّم برنامج واحد على الأقل.
err-user-disabled = هذا الحساب معطَّل.

## تسجيل الدخول الموحَّد
sso-sign-in = الدخول عبر تسجيل الدخول الموحَّد
sso-or-password = أو باستخدام كلمة المرور
sso-password-off = يسجّل الموظفون الدخول عبر تسجيل الدخول الموحَّد.
sso-refused-title = رُفض تسجيل الدخول
sso-back = العودة إلى صفحة تسجيل الدخول
err-sso-unreachable = يتعذّر الاتصال بمقدِّم الهوية في الوقت الحالي. أعد المحاولة بعد بضع دقائق؛ وإذا استمر تعذّر الاتصال، فأبلغ أحد المسؤولين.
err-sso-no-account = لا يوجد حساب موظف يطابق العنوان { $email } الذي قدّمه مقدِّم الهوية. اطلب من أحد المسؤولين إنشاء حساب لهذا العنوان.
err-sso-unverified = لم يؤكد مقدِّم الهوية أن عنوان بريدك الإلكتروني قد تم التحقق منه، ولذلك لا يمكن لـ Convene ربطه بحساب موظف.
err-sso-state = انتهت صلاحية محاولة تسجيل الدخول هذه أو بدأت في متصفح آخر. ابدأ من جديد من صفحة تسجيل الدخول.
err-sso-provider = لم يُكمل مقدِّم الهوية عملية تسجيل الدخول. ابدأ من جديد من صفحة تسجيل الدخول.
err-password-sign-in-off = تم إيقاف تسجيل الدخول بكلمة المرور أو برابط يُستخدم مرة واحدة؛ يسجّل الموظفون الدخول عبر تسجيل الدخول الموحَّد.

## أقسام المناسبة
event-tabs = أقسام المناسبة
tab-invitations = الدعوات
tab-delegations = الوفود
tab-registrations = التسجيلات
action-register = التسجيل
clone-title = نسخ «{ $title }»
clone-explain = النسخة مسودة جديدة تتضمن التفاصيل نفسها و{ $sessions ->
    [zero] لا تتضمن أي جلسة
    [one] جلستها الوحيدة
    [two] جلستيها الاثنتين
   *[other] جلساتها البالغ عددها { $sessions }
}. حدِّد يومها الأول: ستُنقل تواريخها وجلساتها وتواريخ التسجيل فيها جميعًا بعدد الأيام نفسه وفق التوقيت المحلي للمناسبة ({ $zone })، بحيث تبقى الجلسة المقررة في الساعة 09:00 في الساعة 09:00 حتى لو تغيّر التوقيت في الأثناء. ولا تُنسخ التسجيلات والدعوات والمقاعد.
clone-explain-month = هذه المناسبة مؤرخة بالشهر فقط: حدِّد الشهر الأول للنسخة. وتُنقل أشهرها، وما قد يكون لها من جلسات وتواريخ تسجيل، بعدد الأشهر نفسه؛ أما الجلسة المقررة في يوم لا وجود له في الشهر الجديد (اليوم 31) فتُنقل إلى آخر يوم في ذلك الشهر.
clone-field-start-date = اليوم الأول للنسخة
clone-field-start-month = الشهر الأول للنسخة
clone-hint-month = بصيغة YYYY-MM، مثل 2027-09.
clone-submit = إنشاء النسخة
clone-done = هذه المسودة نسخة.
clone-moved-days = { $direction ->
    [earlier] قُدِّمت
   *[later] أُخِّرت
} تواريخها وجلساتها وتواريخ التسجيل فيها بمقدار { $count ->
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}، مع الإبقاء على أوقاتها المحلية.
clone-moved-months = { $direction ->
    [earlier] قُدِّمت
   *[later] أُخِّرت
} تواريخها وجلساتها وتواريخ التسجيل فيها بمقدار { $count ->
    [one] شهر واحد
    [two] شهرين
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}، مع الإبقاء على أوقاتها المحلية.
clone-check-text = راجع عنوانها ووصفها: فقد نُسخا كما هما.
clone-adjusted = كان لهذه الجلسات وقت لا وجود له في يومها الجديد (إذ تُقدَّم الساعة حينها) أو يوم لا وجود له في الشهر الجديد، فنُقلت بأقل قدر ممكن. يُرجى مراجعتها:
clone-adjusted-window = وقع أحد تواريخ التسجيل في وقت لا وجود له في يومه الجديد (إذ تُقدَّم الساعة حينها)، فنُقل بمقدار فرق التوقيت: راجع تواريخ التسجيل في استمارة المناسبة.
err-clone-day-needed = لهذه المناسبة تواريخ محددة باليوم: حدِّد اليوم الأول للنسخة بصيغة YYYY-MM-DD.
# لوحات المتابعة: الصفحة الرئيسية للمنظِّم والتبويب الأول للمناسبة.
nav-home = الرئيسية
home-title = مناسباتي
home-needs-action = بانتظار إجراء منك
home-nothing-waiting = لا يوجد ما ينتظر إجراءً منك في مناسباتك.
home-my-events = الجارية والمقبلة
home-no-events = ليست لديك أي مناسبة جارية أو مقبلة.
home-all-events = جميع المناسبات، بما فيها السابقة
home-running = جارية
home-upcoming = مقبلة
home-confirmed = { $count ->
    [zero] لا تسجيلات مؤكَّدة
    [one] تسجيل واحد مؤكَّد
    [two] تسجيلان مؤكَّدان
    [few] { $count } تسجيلات مؤكَّدة
    [many] { $count } تسجيلًا مؤكَّدًا
   *[other] { $count } تسجيل مؤكَّد
}
dash-title = نظرة عامة
dash-seats = المقاعد المشغولة
dash-invited = المدعوون
dash-opened = فتحوا دعواتهم
dash-answered = ردّوا على الدعوة
dash-present-today = الحاضرون اليوم
dash-certificates = الشهادات الصادرة
dash-registrations = التسجيلات
dash-funding = التمويل:
dash-regular-budget = الميزانية العادية
dash-extrabudgetary = من خارج الميزانية، خُصص { $allocated } من أصل { $planned } من المبالغ المقررة
dash-nothing-waiting = لا يوجد ما ينتظر إجراءً منك في هذه المناسبة.
dash-pending = { $count ->
    [one] تسجيل واحد بانتظار الموافقة
    [two] تسجيلان بانتظار الموافقة
    [few] { $count } تسجيلات بانتظار الموافقة
    [many] { $count } تسجيلًا بانتظار الموافقة
   *[other] { $count } تسجيل بانتظار الموافقة
}
dash-failed-emails = { $count ->
    [one] تعذر تسليم رسالة بريد إلكتروني واحدة
    [two] تعذر تسليم رسالتي بريد إلكتروني
    [few] تعذر تسليم { $count } رسائل بريد إلكتروني
    [many] تعذر تسليم { $count } رسالة بريد إلكتروني
   *[other] تعذر تسليم { $count } رسالة بريد إلكتروني
}
dash-offers-lapsing = { $count ->
    [one] عرض واحد لمقعد ينقضي خلال يوم
    [two] عرضان لمقعدين ينقضيان خلال يوم
    [few] { $count } عروض لمقاعد تنقضي خلال يوم
    [many] { $count } عرضًا لمقاعد تنقضي خلال يوم
   *[other] { $count } عرض لمقاعد تنقضي خلال يوم
}
dash-list-not-issued = لم تصدر قائمة المشاركين بعد
audit-record-id = رقم السجل
audit-from = من
audit-to = إلى
audit-count = { $count ->
    [zero] لا توجد قيود
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}
audit-none = لا يوجد قيد يطابق عوامل التصفية هذه.
audit-record-event = مناسبة
audit-record-registration = تسجيل
audit-record-invitation = دعوة
audit-record-delegation = وفد
audit-record-session = جلسة
audit-record-user = حساب موظف
audit-record-donor = جهة مانحة
audit-record-donor-contact = جهة اتصال لدى جهة مانحة
audit-record-contribution = مساهمة
audit-record-allocation = تخصيص
audit-record-participant-list = قائمة المشاركين
audit-record-certificate = شهادة
audit-record-person = شخص
audit-do-event-create = إنشاء مناسبة
audit-do-event-update = تغيير مناسبة
audit-do-event-publish = نشر مناسبة
audit-do-event-cancel = إلغاء مناسبة
audit-do-event-clone = نسخ مناسبة
audit-do-event-email-paragraph = تغيير فقرة الرسائل الإلكترونية
audit-do-event-notify-changes = الإخطار بتغييرات الجدول الزمني
audit-do-session-create = إضافة جلسة
audit-do-session-update = تغيير جلسة
audit-do-session-delete = حذف جلسة
audit-do-session-import = استيراد جلسات
audit-do-invitation-create = إرسال دعوة
audit-do-invitation-resend = إعادة إرسال دعوة
audit-do-invitation-remind = إرسال تذكير بدعوة
audit-do-invitation-extend = تمديد دعوة
audit-do-invitation-revoke = سحب دعوة
audit-do-invitation-decline = الاعتذار عن دعوة
audit-do-delegation-create = إنشاء وفد
audit-do-delegation-nominate = تسمية أعضاء وفد
audit-do-registration-create = تسجيل جديد
audit-do-registration-update = تغيير بيانات تسجيل
audit-do-registration-approve = الموافقة على تسجيل
audit-do-registration-reject = عدم قبول تسجيل
audit-do-registration-cancel = إلغاء تسجيل
audit-do-registration-reset = إعادة تسجيل إلى حالة الانتظار
audit-do-registration-offer = عرض مقعد
audit-do-registration-accept-offer = قبول مقعد معروض
audit-do-registration-lapse = انقضاء عرض مقعد
audit-do-registration-new-link = إرسال رابط شخصي جديد بالبريد الإلكتروني
audit-do-registration-revoke-checkin-code = استبدال رمز تسجيل الحضور
audit-do-participants-issue = إصدار قائمة المشاركين
audit-do-certificates-issue = إصدار شهادات
audit-do-certificate-revoke = إلغاء شهادة
audit-do-user-create = إنشاء حساب موظف
audit-do-user-access = تغيير صلاحيات موظف
audit-do-user-checkin-event = إسناد مناسبة لتسجيل الحضور
audit-do-user-password-change = تغيير كلمة المرور
audit-do-user-sign-in-link = استخدام رابط تسجيل الدخول
audit-do-user-sign-in-link-issue = إصدار رابط تسجيل الدخول
audit-do-donor-create = إضافة جهة مانحة
audit-do-donor-update = تغيير بيانات جهة مانحة
audit-do-donor-contact-create = إضافة جهة اتصال لدى جهة مانحة
audit-do-donor-contact-update = تغيير جهة اتصال لدى جهة مانحة
audit-do-donor-contact-delete = حذف جهة اتصال لدى جهة مانحة
audit-do-donor-contact-sign-in = تسجيل دخول جهة اتصال لدى جهة مانحة
audit-do-contribution-create = تسجيل مساهمة
audit-do-contribution-update = تصحيح مساهمة
audit-do-contribution-delete = حذف مساهمة
audit-do-allocation-create = تخصيص أموال
audit-do-allocation-withdraw = سحب تخصيص
audit-do-budget-line-set = تحديد بند في الميزانية
audit-do-calendar-feed-issue = إصدار رابط اشتراك في التقويم
audit-do-calendar-feed-revoke = إلغاء رابط اشتراك في التقويم
audit-do-api-token-create = إنشاء رمز API
audit-do-api-token-revoke = إلغاء رمز API
audit-do-document-upload = تحميل وثيقة
audit-clear = مسح عوامل التصفية

## حالة التسجيل في الصفحات العامة للمناسبات
situation-invitation-title = التسجيل بالدعوة فقط
situation-invitation = توجِّه الأمانة الدعوات إلى المشاركين، ويسجِّلون عن طريق الرابط الشخصي الوارد في الدعوة الموجهة إليهم.
situation-not-yet-title = لم يُفتح باب التسجيل بعد
situation-not-yet = يُفتح باب التسجيل في { $when }.
situation-open-title = باب التسجيل مفتوح
situation-open-until = يُرجى التسجيل في موعد أقصاه { $when }.
situation-open-no-deadline = يظل باب التسجيل مفتوحًا حتى نهاية المناسبة.
situation-seats-left = { $count ->
    [zero] لم يعد هناك أي مقعد شاغر.
    [one] لا يزال هناك مقعد واحد شاغر.
    [two] لا يزال هناك مقعدان شاغران.
    [few] لا يزال هناك { $count } مقاعد شاغرة.
    [many] لا يزال هناك { $count } مقعدًا شاغرًا.
   *[other] لا يزال هناك { $count } مقعد شاغر.
}
situation-full-title = اكتملت المقاعد: قائمة الانتظار مفتوحة
situation-full = شُغلت جميع المقاعد. ولا يزال بإمكانك التسجيل: ستُدرج في قائمة الانتظار، ويُعرض عليك مقعد بالبريد الإلكتروني إذا شغر أحد المقاعد.
situation-join-waitlist = الانضمام إلى قائمة الانتظار
situation-closed-title = أُغلق باب التسجيل
situation-closed-deadline = انقضى الموعد النهائي للتسجيل ({ $when }).
situation-closed-over = انتهت هذه المناسبة.
situation-closed-cancelled = أُلغيت المناسبة: لا يُقبل أي تسجيل.

## Event content in several languages
event-section-content = العنوان والمكان والوصف
hint-content-versions = اكتبها بلغة النص الأصلي للحدث، وأضف نسخًا بلغات أخرى إن توفرت. يجوز أن تخلو النسخة من المكان أو الوصف، فيرى القارئ عندئذ النص الأصلي.
field-original-language = لغة النص الأصلي
content-original-legend = النص الأصلي ({ $language })
content-version-legend = النسخة بلغة: { $language }
content-original-language = لغة النص الأصلي: { $language }
content-versions-list = ونسخ أخرى: { $languages }
session-titles-other-languages = العنوان بلغات أخرى
content-in-ar = العنوان بالعربية
content-in-zh = العنوان بالصينية
content-in-en = العنوان بالإنكليزية
content-in-fr = العنوان بالفرنسية
content-in-ru = العنوان بالروسية
content-in-es = العنوان بالإسبانية
err-content-language = «{ $code }» ليست من لغات الخدمة: استخدم ar أو zh أو en أو fr أو ru أو es.
## Staff access: sessions and API tokens
err-api-token-days = يُرجى إدخال عدد صحيح من الأيام بين 1 و{ $max }.
err-api-token-scopes = يُرجى اختيار نطاق واحد على الأقل: القراءة أو الكتابة أو تسجيل الحضور.
sessions-title = جلساتك
sessions-intro = المتصفحات التي سجّلت الدخول فيها. أنهِ أي جلسة لا تعرفها: يُسجَّل خروج ذلك المتصفح فورًا.
sessions-opened = تسجيل الدخول
sessions-last-seen = آخر نشاط
sessions-browser = المتصفح
sessions-address = العنوان
sessions-current = الجلسة الحالية
sessions-end = إنهاء الجلسة
sessions-end-others = تسجيل الخروج من جميع الجلسات الأخرى
sessions-ended = أُنهيت الجلسة.
tokens-title = رموز الواجهة البرمجية
tokens-intro = يتيح الرمز لبرنامج ما استخدام واجهة JSON البرمجية باسمك (Authorization: Bearer <الرمز>). لا تمنح كل رمز إلا النطاقات التي يحتاج إليها، وألغِه عندما يتوقف استخدامه.
tokens-created = لا يُعرض رمزك الجديد إلا الآن. انسخه في البرنامج الذي سيستخدمه:
tokens-revoked = أُلغي الرمز.
tokens-label = التسمية
tokens-scopes = النطاقات
tokens-expires = تاريخ الانتهاء
tokens-last-used = آخر استخدام
tokens-never = أبدًا
tokens-revoke = إلغاء
tokens-state-active = ساري
tokens-state-revoked = ملغى
tokens-state-expired = منتهي الصلاحية
tokens-scope-read = القراءة
tokens-scope-write = الكتابة
tokens-scope-checkin = تسجيل الحضور
tokens-scope-read-hint = القراءة: الاطلاع على البيانات (طلبات GET فقط)
tokens-scope-write-hint = الكتابة: الإنشاء والتعديل والحذف
tokens-scope-checkin-hint = تسجيل الحضور: مكتب التسجيل فقط (المسح والإلغاء والشارات)
tokens-new = رمز جديد
tokens-days = مدة الصلاحية (بالأيام)
tokens-days-max = اتركه فارغًا للمدة الافتراضية. { $max } يومًا على الأكثر.
tokens-create = إنشاء الرمز
users-sessions-title = الجلسات
users-sessions-text = يسجّل خروج هذا الحساب من جميع المتصفحات دفعة واحدة (حاسوب مفقود، مغادرة الموظف). لا تتأثر رموز الواجهة البرمجية الخاصة به.
users-sessions-button = إنهاء جميع الجلسات
audit-do-user-session-end = أُنهيت الجلسة
audit-do-user-sessions-end-others = أُنهيت الجلسات الأخرى
audit-do-user-sessions-end = أُنهيت جميع الجلسات

# Uploaded files (official documents, statements, credentials)
file-err-empty = اختر ملفًا لتحميله.
file-err-too-large = حجم الملف أكبر من { $megabytes } ميغابايت؛ أرسل ملفًا أصغر.
file-err-not-pdf = الملف ليس مستند PDF؛ لا تُقبل إلا ملفات PDF.
file-err-interrupted = انقطع التحميل قبل نهاية الملف؛ أرسله مرة أخرى.

## تسجيل الدخول بعاملين
two-factor-title = تسجيل الدخول بعاملين
two-factor-intro = عند تفعيل تسجيل الدخول بعاملين، لا تكفي كلمة المرور وحدها: عليك أيضًا كتابة رمز من ستة أرقام يعرضه تطبيق مصادقة على هاتفك. لا يطلبه تسجيل الدخول الموحد ولا روابط تسجيل الدخول المرسلة بالبريد الإلكتروني.
two-factor-state-on = مفعّل
two-factor-state-off = غير مفعّل
two-factor-start = تفعيل تسجيل الدخول بعاملين
two-factor-enrol-step-scan = امسح رمز الاستجابة السريعة هذا بتطبيق مصادقة (أو اكتب فيه المفتاح أدناه).
two-factor-enrol-step-code = اكتب الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق للتأكيد.
two-factor-enrol-text = المفتاح الذي يُكتب بدلًا من المسح:
two-factor-enrol-submit = تأكيد وتفعيل
two-factor-required = يجب على المشرفين تفعيل تسجيل الدخول بعاملين قبل القيام بأي شيء آخر. اضبطه الآن لإكمال تسجيل الدخول.
two-factor-recovery-title = رموز الاسترداد
two-factor-recovery-intro = احفظ هذه الرموز في مكان آمن: كل رمز يتيح لك تسجيل الدخول مرة واحدة إذا فقدت هاتفك. لا تُعرض إلا الآن.
two-factor-recovery-left = رموز الاسترداد المتبقية: { $count }
two-factor-recovery-few = { $count ->
    [0] لم يتبق أي رمز استرداد: أنشئ رموزًا جديدة أدناه، وإلا فإن فقدان هاتفك سيمنعك من الدخول.
    [one] لم يتبق سوى رمز استرداد واحد: أنشئ رموزًا جديدة أدناه قبل نفادها.
    [two] لم يتبق سوى رمزي استرداد: أنشئ رموزًا جديدة أدناه قبل نفادها.
   *[other] لم يتبق سوى { $count } من رموز الاسترداد: أنشئ رموزًا جديدة أدناه قبل نفادها.
}
two-factor-recovery-regenerate = إنشاء رموز استرداد جديدة (تتوقف الرموز القديمة عن العمل)
two-factor-continue = متابعة
two-factor-off-title = إيقاف تسجيل الدخول بعاملين
two-factor-off-submit = إيقاف
two-factor-turned-off = تم إيقاف تسجيل الدخول بعاملين.
two-factor-code-title = أدخل رمزك
two-factor-code-intro = افتح تطبيق المصادقة واكتب الرمز المكوّن من ستة أرقام الخاص بـ Convene، أو أحد رموز الاسترداد.
field-two-factor-code = الرمز
hint-two-factor-code = ستة أرقام من التطبيق، أو رمز استرداد مثل ABCDE-FGHJK.
field-two-factor-confirm = كلمة مرورك أو رمز حالي
users-two-factor-reset-text = أوقفه إذا فقد الشخص هاتفه؛ يمكنه بعد ذلك تسجيل الدخول بكلمة المرور وضبطه من جديد.
users-two-factor-reset-button = إعادة ضبط تسجيل الدخول بعاملين
err-two-factor-code-wrong = هذا الرمز غير صحيح أو سبق استخدامه. جرّب الرمز التالي الذي يعرضه التطبيق.
err-two-factor-expired = انتظر تسجيل الدخول هذا وقتًا طويلًا. سجّل الدخول مجددًا بكلمة المرور.
err-two-factor-no-key = تسجيل الدخول بعاملين غير متاح: لا يملك الخادم مفتاحًا له (security.totp_key).
err-two-factor-already-on = تسجيل الدخول بعاملين مفعّل بالفعل.
err-two-factor-not-started = ابدأ أولًا بضبط تسجيل الدخول بعاملين.
err-two-factor-off = تسجيل الدخول بعاملين غير مفعّل.
err-two-factor-confirm-wrong = ليست كلمة مرورك ولا رمزًا صالحًا.
# Remote participation
field-remote-attendance = يجوز للمشاركين الحضور عن بُعد
remote-attendance-offered = حضورياً أو عن بُعد
field-remote-url = رابط المشاركة عن بُعد
hint-remote-url = عنوان يبدأ بـ https:// (ندوة عبر الإنترنت أو اجتماع بالفيديو). لا يراه إلا المشاركون المؤكَّدون، في صفحتهم وفي تقويمهم.
session-remote-link = رابط عن بُعد
err-remote-url = أدخل عنوان ويب كاملاً يبدأ بـ https://، مثل https://meet.example.org/j/123.
err-remote-url-https = استخدم رابطاً آمناً: يجب أن يبدأ العنوان بـ https://.
