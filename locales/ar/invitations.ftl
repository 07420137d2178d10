# Convene — الرسائل باللغة العربية: الدعوات.
# تبدأ مفاتيح هذا الملف بـ inv- أو deleg- أو nom-؛ ولملف en/invitations.ftl المفاتيح نفسها.

## قائمة الدعوات
inv-list-title = الدعوات: { $event }
inv-count = { $count ->
    [zero] لا توجد دعوات
    [one] دعوة واحدة
    [two] دعوتان
    [few] { $count } دعوات
    [many] { $count } دعوة
   *[other] { $count } دعوة
}
inv-draft-warning = هذه المناسبة مسودة: يمكن إرسال الدعوات، ولكن رابط المناسبة الوارد فيها لن يعمل إلا بعد نشر المناسبة.
inv-col-person = الشخص
inv-col-role = الدور
inv-col-delivery = البريد الإلكتروني
inv-col-expires = الرابط صالح حتى
inv-col-line = السطر
inv-col-name = الاسم
inv-col-problems = المشاكل
inv-field-search = البحث في الأسماء والعناوين
inv-focal-point-of = جهة التنسيق: { $country } (الترشيحات)
inv-reminders = { $count ->
    [one] أُرسل إليه تذكير مرة واحدة
    [two] أُرسل إليه تذكير مرتين
    [few] أُرسل إليه تذكير { $count } مرات
    [many] أُرسل إليه تذكير { $count } مرة
   *[other] أُرسل إليه تذكير { $count } مرة
}
inv-refresh = تحديث
inv-delivery-title = الإرسال
inv-delivery-queued = في انتظار الإرسال:
inv-delivery-sent = أُرسلت:
inv-delivery-failed = تعذر تسليمها:

## الإجراءات
inv-action-invite-one = دعوة شخص
inv-action-import = استيراد قائمة (CSV)
inv-action-copy = النسخ من مناسبة سابقة
inv-action-remind = تذكير جميع من لم يردوا
inv-action-resend = إعادة الإرسال
inv-action-revoke = سحب
inv-action-extend = تمديد
inv-confirm-remind = هل تريد إرسال تذكير، مع رابط جديد، إلى جميع من لم يردوا بعد؟
inv-confirm-revoke = هل تريد سحب هذه الدعوة؟ سيتوقف رابطها عن العمل.
inv-field-expires-on = الرابط صالح حتى

## التأكيدات
inv-done-invited = أُدرجت الدعوة في قائمة انتظار الإرسال.
inv-done-imported = { $count ->
    [zero] لم تُدرج أي دعوة في قائمة انتظار الإرسال
    [one] أُدرجت دعوة واحدة في قائمة انتظار الإرسال
    [two] أُدرجت دعوتان في قائمة انتظار الإرسال
    [few] أُدرجت { $count } دعوات في قائمة انتظار الإرسال
    [many] أُدرجت { $count } دعوة في قائمة انتظار الإرسال
   *[other] أُدرجت { $count } دعوة في قائمة انتظار الإرسال
}{ $skipped ->
    [0] .
    [one] ؛ واستُبعد صف واحد.
    [two] ؛ واستُبعد صفان.
    [few] ؛ واستُبعدت { $skipped } صفوف.
    [many] ؛ واستُبعد { $skipped } صفًا.
   *[other] ؛ واستُبعد { $skipped } صف.
}
inv-done-copied = { $count ->
    [zero] لم تُدرج أي دعوة في قائمة انتظار الإرسال
    [one] أُدرجت دعوة واحدة في قائمة انتظار الإرسال
    [two] أُدرجت دعوتان في قائمة انتظار الإرسال
    [few] أُدرجت { $count } دعوات في قائمة انتظار الإرسال
    [many] أُدرجت { $count } دعوة في قائمة انتظار الإرسال
   *[other] أُدرجت { $count } دعوة في قائمة انتظار الإرسال
}{ $skipped ->
    [0] .
    [one] ؛ وكان شخص واحد مدعوًا من قبل.
    [two] ؛ وكان شخصان مدعوَّين من قبل.
    [few] ؛ وكان { $skipped } أشخاص مدعوين من قبل.
    [many] ؛ وكان { $skipped } شخصًا مدعوين من قبل.
   *[other] ؛ وكان { $skipped } شخص مدعوين من قبل.
}
inv-done-reminded = { $count ->
    [0] لا يوجد من ينتظر تذكيرًا.
    [one] أُدرج تذكير واحد في قائمة انتظار الإرسال.
    [two] أُدرج تذكيران في قائمة انتظار الإرسال.
    [few] أُدرجت { $count } تذكيرات في قائمة انتظار الإرسال.
    [many] أُدرج { $count } تذكيرًا في قائمة انتظار الإرسال.
   *[other] أُدرج { $count } تذكير في قائمة انتظار الإرسال.
}
inv-done-resent = أُدرجت الدعوة مجددًا في قائمة انتظار الإرسال، مع رابط جديد؛ ولم يعد الرابط القديم يعمل.
inv-done-revoked = سُحبت الدعوة؛ ولم يعد رابطها يعمل.
inv-done-extended = مُدِّدت صلاحية الرابط.
inv-done-paragraph = حُفظت الفقرة؛ وستظهر في الدعوات التي تُرسل من الآن فصاعدًا.

## الفقرة التي يضيفها المنظِّم
inv-paragraph-title = فقرة تُضاف إلى الدعوات
inv-paragraph-hint = تظهر في كل دعوة وكل طلب ترشيحات يُرسل لهذه المناسبة من الآن فصاعدًا، مثل ترتيبات تمويل السفر. اتركها فارغة إذا لم تكن هناك حاجة إليها.
inv-field-paragraph = الفقرة

## دعوة شخص واحد
inv-invite-one-title = دعوة شخص
inv-field-title = اللقب
inv-hint-title = لقب التشريف، مثل: السيد، السيدة، سعادة، الدكتور (Mr., Ms., H.E., Dr.).
inv-field-given-name = الاسم الأول
inv-field-family-name = اسم العائلة
inv-field-organisation = المنظمة أو الوزارة
inv-field-language = لغة الرسائل الإلكترونية
inv-submit-invite = إرسال الدعوة

## الأدوار والحالات
inv-role-delegate = مندوب
inv-role-head_of_delegation = رئيس الوفد
inv-role-observer = مراقب
inv-role-expert = خبير أو شخص مرجعي
inv-role-trainer = مدرِّب
inv-role-trainee = متدرِّب
inv-role-staff = موظف
inv-state-queued = في انتظار الإرسال
inv-state-sent = أُرسلت
inv-state-failed = لم تُسلَّم
inv-state-opened = فُتحت
inv-state-registered = تم التسجيل
inv-state-declined = اعتُذر عنها
inv-state-expired = انتهت صلاحيتها
inv-state-revoked = سُحبت

## الاستيراد
inv-import-title = استيراد قائمة بالمدعوين
inv-import-hint = الصق القائمة أو اختر ملف CSV (بترميز UTF-8، والفاصل فاصلة أو فاصلة منقوطة). يحدد السطر الأول أسماء الأعمدة بأي ترتيب: email وtitle وgiven_name وfamily_name وorganisation وcountry (رمز ISO المؤلف من ثلاثة أحرف) وrole وlanguage (en أو fr). وستظهر لك معاينة قبل إرسال أي شيء.
inv-import-roles = الأدوار: { $roles }.
inv-field-csv = القائمة، ملصوقة
inv-field-csv-file = أو ملف CSV
inv-submit-preview = معاينة
inv-preview-title = معاينة الاستيراد
inv-preview-summary = { $good ->
    [zero] لا يوجد صف يمكن توجيه دعوة إليه
    [one] يمكن توجيه الدعوة إلى صف واحد
    [two] يمكن توجيه الدعوة إلى صفين
    [few] يمكن توجيه الدعوة إلى { $good } صفوف
    [many] يمكن توجيه الدعوة إلى { $good } صفًا
   *[other] يمكن توجيه الدعوة إلى { $good } صف
}؛ { $bad ->
    [0] ولا توجد مشكلة في أي صف.
    [one] وفي صف واحد مشكلة، وسيُستبعد.
    [two] وفي صفين مشاكل، وسيُستبعدان.
    [few] وفي { $bad } صفوف مشاكل، وستُستبعد.
    [many] وفي { $bad } صفًا مشاكل، وستُستبعد.
   *[other] وفي { $bad } صف مشاكل، وستُستبعد.
}
inv-preview-nothing-saved = لم يُحفظ أو يُرسل أي شيء حتى الآن.
inv-preview-bad = { $count ->
    [one] صف واحد مستبعد
    [two] صفان مستبعدان
    [few] { $count } صفوف مستبعدة
    [many] { $count } صفًا مستبعدًا
   *[other] { $count } صف مستبعد
}
inv-preview-good = { $count ->
    [one] صف واحد ستُوجَّه إليه الدعوة
    [two] صفان ستُوجَّه إليهما الدعوة
    [few] { $count } صفوف ستُوجَّه إليها الدعوة
    [many] { $count } صفًا ستُوجَّه إليها الدعوة
   *[other] { $count } صف ستُوجَّه إليها الدعوة
}
inv-submit-confirm = { $count ->
    [one] دعوة هذا الشخص
    [two] دعوة هذين الشخصين
    [few] دعوة هؤلاء الأشخاص البالغ عددهم { $count }
    [many] دعوة هؤلاء الأشخاص البالغ عددهم { $count }
   *[other] دعوة هؤلاء الأشخاص البالغ عددهم { $count }
}
inv-preview-start-again = تصحيح القائمة والبدء من جديد
inv-csv-bad-email = عنوان البريد الإلكتروني ناقص أو غير صالح.
inv-csv-missing-name = الاسم الأول واسم العائلة كلاهما إلزاميان.
inv-csv-too-long = قيمة العمود { $column } طويلة جدًا (لا يجوز أن يتجاوز عدد الأحرف { $max }).
inv-csv-control-chars = يحتوي العمود { $column } على أحرف تحكم.
inv-csv-unknown-country = البلد ليس الرمز المؤلف من ثلاثة أحرف لدولة عضو أو دولة مراقبة.
inv-csv-unknown-role = الدور ناقص أو غير معروف.
inv-csv-unknown-language = يجب أن تكون اللغة إحدى اللغات التالية: ar أو zh أو en أو fr أو ru أو es.
inv-csv-duplicate-email = هذا العنوان وارد بالفعل في السطر { $line }.
inv-csv-already-invited = هذا الشخص مدعو بالفعل إلى هذه المناسبة.
inv-csv-field-count = عدد الحقول في السطر { $found } بدلًا من { $expected }.
inv-csv-empty = القائمة فارغة.
inv-csv-header = يجب أن يحدد السطر الأول أسماء الأعمدة؛ الأعمدة الناقصة: { $missing }. الأعمدة المتوقعة: { $columns }
inv-csv-too-many-rows = يتجاوز عدد صفوف القائمة { $max }؛ قسِّمها.
inv-csv-not-utf8 = الملف ليس نصًا بترميز UTF-8. احفظه من برنامج جداول البيانات بصيغة "CSV UTF-8".
inv-csv-malformed = تعذرت قراءة القائمة عند السطر { $line } (ربما توجد علامة تنصيص ناقصة).

## النسخ
inv-copy-title = النسخ من مناسبة سابقة
inv-copy-hint = يُدعى كل من يقع عليه الاختيار بالدور الذي كان له في المناسبة السابقة. ويُتخطى الأشخاص المدعوون بالفعل إلى هذه المناسبة.
inv-field-from-event = المناسبة السابقة
inv-field-what = من تريد دعوتهم
inv-copy-participants = المشاركون فيها (التسجيلات المؤكَّدة أو التي تنتظر الموافقة)
inv-copy-invitees = جميع من دُعوا إليها
inv-submit-copy = دعوتهم

## الأخطاء
inv-err-role = اختر أحد الأدوار التالية: delegate أو head_of_delegation أو observer أو expert أو trainer أو trainee أو staff.
inv-err-language = اختر إحدى اللغات الست: ar أو zh أو en أو fr أو ru أو es.
inv-err-already-invited = هذا الشخص مدعو بالفعل إلى هذه المناسبة.
inv-err-concurrent = قام شخص آخر بدعوة بعض هؤلاء الأشخاص في اللحظة نفسها. لم يُحفظ أي شيء؛ يُرجى المحاولة مرة أخرى.
inv-err-copy-same = اختر مناسبة غير هذه المناسبة.
inv-err-expired-extend-first = انتهت صلاحية هذه الدعوة: مدِّدها أولًا، ثم أعد إرسالها.
inv-err-answered = رُدَّ على هذه الدعوة أو سُحبت؛ ولم يعد من الممكن تغييرها.
inv-err-revoke-registered = سجَّل هذا الشخص: ألغِ التسجيل بدلًا من ذلك.
inv-err-extend-past = اختر يومًا لم ينتهِ بعد.
inv-err-event-over = انتهت هذه المناسبة؛ ولم يعد من الممكن إرسال دعوات إليها.
inv-err-upload = الملف المحمَّل كبير جدًا أو انقطع تحميله.

## الوفود
deleg-list-title = الوفود: { $event }
deleg-count = { $count ->
    [zero] لم تُدعَ أي دولة
    [one] دولة واحدة مدعوة
    [two] دولتان مدعوتان
    [few] { $count } دول مدعوة
    [many] { $count } دولة مدعوة
   *[other] { $count } دولة مدعوة
}
deleg-col-state = الدولة
deleg-col-group = المجموعة الإقليمية
deleg-col-focal-point = جهة التنسيق
deleg-col-quota = المقاعد
deleg-col-nominees = المرشَّحون
deleg-col-note-verbale = المذكرة الشفوية
deleg-nominated = { $count } من { $quota }
deleg-download = تنزيل (PDF)
deleg-new-title = دعوة دولة
deleg-new-hint = تتلقى جهة التنسيق (البعثة الدائمة أو جهة الاتصال الوطنية) رابطًا لترشيح أعضاء الوفد، في حدود عدد المقاعد، ولإرفاق المذكرة الشفوية.
deleg-field-state = الدولة
deleg-field-quota = المقاعد
deleg-hint-quota = عدد الأشخاص الذين يجوز للدولة ترشيحهم (من 1 إلى 50).
deleg-focal-point = جهة التنسيق
deleg-submit = إرسال طلب الترشيحات
deleg-done-created = أُدرج طلب الترشيحات في قائمة انتظار الإرسال.
deleg-err-exists = هذه الدولة مدعوة بالفعل إلى هذه المناسبة.
deleg-err-focal-point-busy = هذا الشخص هو بالفعل جهة التنسيق لدولة أخرى في هذه المناسبة.
deleg-err-quota = أدخل عددًا صحيحًا من المقاعد بين 1 و{ $max }.

## صفحة الترشيحات الخاصة بجهة التنسيق
nom-title = الترشيحات المقدمة من { $country }
nom-remaining = المقاعد المتبقية
nom-deadline = آخر موعد للترشيحات
nom-so-far = { $count ->
    [0] لم يُرشَّح أحد بعد
    [one] رُشِّح شخص واحد
    [two] رُشِّح شخصان
    [few] رُشِّح { $count } أشخاص
    [many] رُشِّح { $count } شخصًا
   *[other] رُشِّح { $count } شخص
}
nom-none-yet = لم يُرشَّح أي شخص حتى الآن.
nom-form-title = الترشيح
nom-form-hint = املأ خانة واحدة لكل شخص، واترك الخانات الأخرى فارغة. وحدِّد رئيس الوفد. ويمكنك العودة باستخدام هذا الرابط لإضافة أشخاص إلى أن تُشغل جميع المقاعد.
nom-quota-full = شُغلت جميع المقاعد. ولا يزال بإمكانك إرفاق المذكرة الشفوية.
nom-row = الشخص { $n }
nom-field-position = المنصب (الوظيفة)
nom-field-head = رئيس الوفد
nom-note-title = المذكرة الشفوية
nom-field-note-ref = الرقم المرجعي للمذكرة الشفوية
nom-field-note-date = تاريخ المذكرة الشفوية
nom-field-note-file = المذكرة الشفوية (PDF)
nom-hint-note-file = ملف PDF لا يتجاوز حجمه 5 ميغابايت. وإذا أظهرت الاستمارة خطأً، فاختر الملف مرة أخرى.
nom-submit = تقديم الترشيحات
nom-done = { $count ->
    [0] سُجلت المذكرة الشفوية.
    [one] شكرًا لكم: رُشِّح شخص واحد، وستُرسل إليه دعوة شخصية.
    [two] شكرًا لكم: رُشِّح شخصان، وستُرسل إلى كل منهما دعوة شخصية.
    [few] شكرًا لكم: رُشِّح { $count } أشخاص، وستُرسل إلى كل منهم دعوة شخصية.
    [many] شكرًا لكم: رُشِّح { $count } شخصًا، وستُرسل إلى كل منهم دعوة شخصية.
   *[other] شكرًا لكم: رُشِّح { $count } شخص، وستُرسل إلى كل منهم دعوة شخصية.
}
nom-link-invalid = رابط الترشيح هذا غير صالح. يُرجى استخدام الرابط الوارد في آخر رسالة بريد إلكتروني تلقيتها، أو الاتصال بالأمانة.
nom-link-revoked = سحبت الأمانة طلب الترشيحات هذا.
nom-link-expired = انتهت صلاحية رابط الترشيح هذا في { $date }. يُرجى الاتصال بالأمانة للحصول على رابط جديد.
nom-event-cancelled = أُلغيت هذه المناسبة؛ وأُغلق باب الترشيحات.
nom-err-quota = عدد المقاعد المخصصة لدولتك { $quota }، وعدد من رُشِّحوا حتى الآن { $taken }، لذا لا يمكن أن يتجاوز عدد الترشيحات الإضافية { $remaining }.
nom-err-head-required = حدِّد رئيس الوفد.
nom-err-head-row = حدِّد بصفة رئيس الوفد شخصًا ملأت بياناته.
nom-err-duplicate-email = هذا العنوان مستخدم لشخص آخر أعلاه.
nom-err-already-invited = هذا الشخص مدعو بالفعل إلى هذه المناسبة.
nom-err-nobody = املأ بيانات شخص واحد على الأقل، أو أرفق المذكرة الشفوية.
nom-err-pdf-type = يجب أن تكون المذكرة الشفوية ملف PDF.
nom-err-pdf-size = يجب ألا يتجاوز حجم المذكرة الشفوية { $max } ميغابايت.
nom-notice = تُستخدم بيانات الأشخاص المسمَّين وفقاً لإشعار حماية البيانات؛ ويقبله كل منهم عند تسجيله.
