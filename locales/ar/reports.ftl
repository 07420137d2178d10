# Convene — الرسائل باللغة العربية: التقارير.

rep-err-programme = لا يوجد برنامج بالرمز «{ $code }».
rep-err-unit = لا توجد وحدة بالرمز «{ $code }».
rep-err-series = لا توجد سلسلة بالرمز «{ $code }».
rep-err-date = أدخل التاريخ بصيغة YYYY-MM-DD، مثل 2007-01-31.
rep-err-range = تاريخ الانتهاء يسبق تاريخ البدء.

nav-reports = التقارير
tab-report = التقرير
rep-title = تقارير شاملة لعدة مناسبات
rep-intro = نتائج المناسبات المنشورة لبرنامج أو سلسلة أو وحدة أو فترة: المناسبات المعقودة، والمشاركون، والدول، والمجموعات الإقليمية، ونسبة النساء. اترك أي عامل تصفية فارغًا لإدراج كل ما يحق لك الاطلاع عليه.
rep-event-title = التقرير: { $title }
rep-definitions = المسجَّلون: التسجيلات القائمة (بانتظار الموافقة، أو المؤكَّدة، أو على قائمة الانتظار) وكل من حضر. الحاضرون: من مُسح رمزهم للدخول مرة واحدة على الأقل (لا تُحتسب عمليات المسح الملغاة، ولا يُلغي الخروج الحضور). وتُحتسب الدول والمجموعات الإقليمية والنساء من بين المشاركين المؤكَّدين؛ وتُحتسب الدولة مرة واحدة أيًا كان عدد مندوبيها والمناسبات.
rep-programme = البرنامج
rep-series = السلسلة
rep-series-hint = رمز السلسلة، مثل 1540-WS.
rep-unit = الوحدة
rep-from = المناسبات التي تبدأ من
rep-to = المناسبات التي تبدأ حتى
rep-show = عرض التقرير
rep-downloads = تنزيل
rep-events-held = المناسبات المعقودة
rep-invited = المدعوون
rep-registered = المسجَّلون
rep-confirmed = المؤكَّدون
rep-attended = الحاضرون
rep-attendance-rate = معدل الحضور (الحاضرون / المؤكَّدون)
rep-states = الدول
rep-states-attended = الدول الحاضرة
rep-regional-groups = المجموعات الإقليمية المشمولة
rep-women = النساء
rep-women-share = نسبة النساء
rep-certificates = الشهادات الصادرة
rep-funnel = من الدعوة إلى الحضور
rep-per-day = الحاضرون في كل يوم
rep-day = اليوم
rep-per-session = الحاضرون في كل جلسة
rep-session = الجلسة
rep-no-sessions = لا يتضمن الجدول الزمني أي جلسات، ومن ثم لا يوجد ما يُحصى حسب الجلسة.
rep-nobody = لم يسجِّل أي شخص بعد.
rep-not-stated = غير مبيَّن
rep-events = المناسبات
rep-event = المناسبة
rep-dates = البدء
rep-no-events = لا توجد مناسبة منشورة تطابق عوامل التصفية هذه.
rep-by-regional_group = حسب المجموعة الإقليمية
rep-by-gender = حسب نوع الجنس
rep-by-organisation_type = حسب نوع المنظمة
rep-by-state = حسب الدولة
rep-by-role = حسب الدور
rep-sheet-summary = الملخص
rep-sheet-regional_group = المجموعات الإقليمية
rep-sheet-gender = نوع الجنس
rep-sheet-organisation_type = أنواع المنظمات
rep-sheet-state = الدول
rep-sheet-role = الأدوار
rep-sheet-event = المناسبات
rep-sheet-day = الأيام
rep-sheet-session = الجلسات

# المناسبات مصنفة حسب تواريخها في مكان انعقادها، في الوقت الحالي.
rep-events-under-way = المناسبات الجارية
rep-events-planned = المناسبات المقررة
rep-list-held = المعقودة ({ $count })
rep-list-under_way = الجارية ({ $count })
rep-list-planned = المقررة ({ $count })
rep-stage-held = عُقدت
rep-stage-under_way = جارية
rep-stage-planned = مقررة

# سبب عدم عرض رسم بياني: لا يوجد ما يُعرض.
rep-no-funnel = لا يوجد ما يُعرض في رسم بياني بعد: لم يُدعَ أي شخص ولم يسجِّل أي شخص.
rep-no-check-ins-planned = لم يُسجَّل أي حضور بعد: لم تبدأ المناسبة.
rep-no-check-ins-under-way = لم يُسجَّل أي حضور بعد: لم يُمسح حتى الآن رمز أي شخص عند مكتب تسجيل الحضور.
rep-no-check-ins-held = لم يُسجَّل أي حضور: انتهت المناسبة ولم يُمسح رمز أي شخص عند مكتب تسجيل الحضور.
rep-none-confirmed = لا يوجد رسم بياني: لم يُؤكَّد أي مشارك بعد. ويبيّن الجدول أعداد التسجيلات.
rep-per-session-note = يُعدّ تسجيل الحضور لليوم بأكمله حضورًا في كل جلسة من جلسات ذلك اليوم.

# Remote participation
rep-by-attendance_mode = حسب طريقة الحضور
rep-sheet-attendance_mode = طرق الحضور
rep-remote-note = لا يُسجَّل دخول المشاركين عن بُعد: يُحتسبون مسجَّلين ومؤكَّدين عن بُعد؛ ويَعُدّ «الحضور» من سُجِّل دخولهم في مكان الانعقاد.
