# الاجتماعات المخدومة: جدول الأعمال وقوائم المتكلمين.
meet-agenda = جدول الأعمال
meet-agenda-manage = جدول الأعمال والمتكلمون
meet-agenda-public-link = جدول الأعمال وقوائم المتكلمين
meet-agenda-empty = لا يتضمن جدول الأعمال أي بند بعد.
meet-add-item = إضافة بند إلى جدول الأعمال
meet-speakers-link = قائمة المتكلمين
meet-field-number = رقم البند
meet-field-number-hint = كما في جدول الأعمال المؤقت، مثل 5 أو 5(a).
meet-field-title = العنوان
meet-field-list-open = باب التسجيل في قائمة المتكلمين مفتوح
meet-field-time-limit = المدة المحددة لكل بيان (بالدقائق)
meet-field-time-limit-hint = اتركه فارغاً إذا لم تكن هناك مدة محددة.
meet-col-number = الرقم
meet-col-title = العنوان
meet-col-list = قائمة المتكلمين
meet-col-actions = الإجراءات
meet-col-place = الترتيب
meet-col-speaker = المتكلم
meet-col-level = المستوى
meet-col-state = الحالة
meet-col-inscribed = وقت التسجيل
meet-list-open = القائمة مفتوحة
meet-list-closed = القائمة مقفلة
meet-time-limit = { $minutes ->
    [zero] المدة المحددة: { $minutes } دقيقة لكل بيان
    [one] المدة المحددة: دقيقة واحدة لكل بيان
    [two] المدة المحددة: دقيقتان لكل بيان
    [few] المدة المحددة: { $minutes } دقائق لكل بيان
   *[other] المدة المحددة: { $minutes } دقيقة لكل بيان
}
meet-level-head-of-state = رئيس دولة أو حكومة
meet-level-minister = وزير
meet-level-head-of-delegation = رئيس وفد
meet-level-other = ممثل آخر
meet-on-behalf-regional = باسم مجموعة { $group }
meet-on-behalf = باسم: { $group }
meet-heard = تكلم
meet-speakers-title = قائمة المتكلمين: { $item }
meet-speaking-now = المتكلم الحالي
meet-next = المتكلم التالي
meet-nobody = لا أحد
meet-not-yet-heard = المتكلمون الذين لم يتكلموا بعد
meet-heard-title = المتكلمون الذين تكلموا
meet-withdrawn-title = التسجيلات المسحوبة
meet-action-spoke = تكلم
meet-action-up = تقديم
meet-action-down = تأخير
meet-action-withdraw = سحب
meet-inscribe-title = التسجيل في قائمة المتكلمين
meet-inscribe = تسجيل
meet-field-speaker = المتكلم
meet-speaker-state = دولة
meet-speaker-observer = مراقب أو منظمة
meet-field-country = الدولة
meet-field-observer = المراقب أو المنظمة
meet-field-observer-hint = للمراقب: اسمه، مثل اللجنة الدولية للصليب الأحمر.
meet-field-level = مستوى المتكلم
meet-field-group = باسم مجموعة إقليمية
meet-field-other-group = باسم مجموعة أخرى
meet-field-item = بند جدول الأعمال
meet-list-closed-notice = قائمة المتكلمين في هذا البند مقفلة.
meet-pdf-link = قائمة المتكلمين (PDF)
meet-public-title = جدول الأعمال: { $title }
meet-list-of-speakers = قائمة المتكلمين
meet-no-speakers = لم يسجَّل أي متكلم بعد.
meet-link-title = قائمة المتكلمين: { $state }
meet-own-title = تسجيلات وفدكم
meet-own-none = وفدكم غير مسجل في أي قائمة للمتكلمين.
meet-own-place = الترتيب { $place }
meet-no-open-list = لا توجد قائمة متكلمين مفتوحة للتسجيل.
meet-back-to-nominations = العودة إلى الترشيحات
meet-err-number = أدخل رقم بند يبدأ بأرقام، مثل 5 أو 5(a) (16 حرفاً على الأكثر).
meet-err-number-taken = هذا الرقم موجود بالفعل في جدول الأعمال.
meet-err-time-limit = أدخل عدداً صحيحاً من الدقائق من 1 إلى { $max }، أو اتركه فارغاً.
meet-err-not-meeting = الاجتماعات وحدها لها جدول أعمال وقوائم متكلمين؛ أما حلقات العمل والدورات التدريبية والأنشطة الأخرى فليست لها.
meet-err-list-closed = قائمة المتكلمين في هذا البند مقفلة.
meet-err-inscribed-already = هذا المتكلم مسجل بالفعل في هذه القائمة باسم المجموعة نفسها.
meet-err-item-unknown = اختر بنداً من جدول أعمال هذا الاجتماع.
meet-err-not-waiting = هذا المتكلم تكلم بالفعل أو سُحب تسجيله.
audit-do-agenda-add-item = أضيف بند إلى جدول الأعمال
audit-do-agenda-update-item = عُدِّل بند في جدول الأعمال
audit-do-speakers-inscribe = سُجِّل متكلم
audit-do-speakers-spoke = تكلم متكلم
audit-do-speakers-withdraw = سُحب تسجيل
audit-do-speakers-move = نُقل متكلم

# الجلسات وبنود جدول الأعمال التي تتناولها
field-session-agenda-items = بنود جدول الأعمال المتناولة
schedule-agenda-items = بنود جدول الأعمال
meet-item-sessions = يُتناول في
err-session-agenda-item-unknown = اختر بنودًا من جدول أعمال هذا الاجتماع.
err-session-agenda-items-too-many = لا يجوز أن تتناول الجلسة الواحدة أكثر من { $max } بندًا من بنود جدول الأعمال.
