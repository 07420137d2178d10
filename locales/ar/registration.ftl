# Convene — الرسائل باللغة العربية: التسجيل.

## أدوار المشاركين، ونوع الجنس، وأنواع المنظمات (تسميات مشتركة)
role-p-delegate = مندوب
role-p-head_of_delegation = رئيس الوفد
role-p-observer = مراقب
role-p-expert = خبير أو شخص مرجعي
role-p-trainer = مدرِّب
role-p-trainee = متدرِّب
role-p-staff = موظف
gender-woman = امرأة
gender-man = رجل
gender-another = نوع جنس آخر
gender-undisclosed = أفضّل عدم الإفصاح
org-type-government = حكومة أو بعثة دائمة
org-type-intergovernmental = منظمة حكومية دولية أو إقليمية
org-type-un_entity = كيان تابع للأمم المتحدة
org-type-ngo = منظمة غير حكومية أو مجتمع مدني
org-type-academia = مؤسسة أكاديمية أو بحثية
org-type-parliament = برلمان
org-type-media = وسائط إعلام
org-type-private = القطاع الخاص
reg-state-pending = بانتظار الموافقة
reg-state-confirmed = مؤكَّد
reg-state-waitlisted = على قائمة الانتظار
reg-state-offered = مقعد معروض
reg-state-rejected = غير مقبول
reg-state-cancelled = ملغى
reg-state-lapsed = انقضى العرض

## استمارة التسجيل
reg-title = اللقب
reg-title-hint = مثل: السيد، السيدة، سعادة، الدكتور (Mr., Ms., H.E., Dr.).
reg-given-name = الاسم الأول
reg-family-name = اسم العائلة
reg-gender = نوع الجنس
reg-country = الدولة الممثَّلة أو الجنسية
reg-group = المجموعة الإقليمية
reg-organisation = المنظمة أو الوزارة
reg-organisation-type = نوع المنظمة
reg-position = المنصب أو الوظيفة
reg-phone = الهاتف (اختياري)
reg-needs = احتياجات تتعلق بإمكانية الوصول أو بالنظام الغذائي (اختياري)
reg-visa-letter = أحتاج إلى رسالة دعم لطلب الحصول على تأشيرة
reg-privacy-notice = لا تستخدم الأمانة هذه البيانات إلا لتنظيم هذه المناسبة، وإصدار قائمة المشاركين، والإبلاغ عن المشاركة في صورة مجمَّعة (أعداد حسب الدولة والمجموعة الإقليمية ونوع الجنس). ولا يُطلع عليها المانحون أو أي أطراف ثالثة، ويمكنك تصحيحها أو إلغاء تسجيلك في أي وقت عبر رابطك الخاص.
reg-consent = قرأت إشعار حماية البيانات الوارد أعلاه وأوافق عليه
reg-submit = تسجيل
reg-language = لغة الرسائل
reg-role = الدور

## صفحة الدعوة
reg-event-page = صفحة المناسبة
reg-invited-as = أنت، { $name }، مدعو بصفة: { $role }.
reg-email-fixed = تُرسل الرسائل المتعلقة بهذا التسجيل إلى { $email }.
reg-already-registered = أنت مسجَّل بالفعل في هذه المناسبة. ويوجد رابطك الشخصي لعرض تسجيلك أو تغييره أو إلغائه في رسالة البريد الإلكتروني التي أرسلناها إليك.
reg-new-link-ask = فقدت تلك الرسالة؟ احصل على رابط جديد
reg-new-link-hint = سنرسل رابطًا شخصيًا جديدًا إلى عنوان البريد الإلكتروني المستخدم في تسجيلك. وسيتوقف عندئذ الرابط الذي لديك الآن عن العمل.
reg-new-link-button = أرسل إليّ رابطًا جديدًا
reg-new-link-sent = أرسلنا رابطًا شخصيًا جديدًا إلى عنوان البريد الإلكتروني المستخدم في تسجيلك. ولم يعد الرابط السابق يعمل.
reg-new-link-recent = أُرسل رابط جديد إلى عنوان البريد الإلكتروني المستخدم في تسجيلك قبل بضع دقائق. يُرجى البحث عنه في صندوق الوارد (وفي مجلد الرسائل غير المرغوب فيها) قبل تقديم طلب آخر.
reg-you-declined = اعتذرت عن قبول هذه الدعوة. وإذا غيّرت رأيك، يُرجى الاتصال بالأمانة.
reg-decline-title = هل يتعذر عليك الحضور؟
reg-decline-reason = السبب (اختياري)
reg-decline = الاعتذار عن الدعوة
reg-declined-thanks = شكرًا لإبلاغنا. وقد سُجِّل ردك.

## التسجيل المفتوح
reg-open-intro = أدخل عنوان بريدك الإلكتروني. وسنرسل إليك رابطًا لتأكيده، ثم يمكنك ملء استمارة التسجيل.
reg-open-submit = أرسل إليّ الرابط
reg-check-email = تفقّد بريدك الإلكتروني: إذا كان العنوان صالحًا، فسيصلك رابط لمواصلة التسجيل. وهو صالح لفترة محدودة.

## صفحة إدارة التسجيل
reg-status = حالة تسجيلك: { $state }.
reg-waitlist-position = ترتيبك في قائمة الانتظار: { $position }.
reg-saved = حُفظت بياناتك.
reg-offer = أُتيح لك مقعد. اقبله قبل { $until }، وإلا فسيُعرض على الشخص التالي.
reg-accept = قبول المقعد
reg-calendar = إضافة المناسبة إلى تقويمك (.ics)
reg-details = بياناتك
reg-update-approval = في هذه المناسبة، يؤدي تغيير بياناتك إلى إعادة تسجيلك إلى الأمانة للموافقة عليه.
reg-cancel-title = إلغاء تسجيلك
reg-cancel = إلغاء تسجيلي
reg-cancel-confirm = هل تريد إلغاء تسجيلك؟ سيُعرض مقعدك على شخص آخر.
reg-cancelled = أُلغي تسجيلك وأُخلي مقعدك. وسيصلك تأكيد بالبريد الإلكتروني.
reg-back-to-approval-title = حُفظت البيانات
reg-back-to-approval = حُفظت بياناتك، وأُعيد تسجيلك إلى الأمانة للموافقة عليه. وسيصلك بريد إلكتروني جديد يتضمن رابطك الخاص؛ ولم يعد الرابط الوارد في هذه الصفحة يعمل.

## صفحة إدارة التسجيل: لوحة الحالة
reg-panel-title = تسجيلك
reg-panel-confirmed = مقعدك مؤكَّد. اعرض رمز تسجيل حضورك عند المدخل، على هاتفك أو مطبوعًا.
reg-panel-pending = مقعدك محجوز ريثما تنظر الأمانة في تسجيلك. وستصلك رسالة بالبريد الإلكتروني حالما تبتّ فيه.
reg-panel-waitlisted = اكتملت المقاعد في هذه المناسبة، وأنت مدرج في قائمة الانتظار. وإذا شغر مقعد، فسيُعرض عليك بالبريد الإلكتروني حسب دورك.
reg-panel-offered = أُتيح لك مقعد شاغر. يُرجى قبوله في أقرب وقت، وإلا فسيُعرض على الشخص التالي.
reg-panel-rejected = لم يتسنَّ للأمانة قبول تسجيلك في هذه المناسبة.
reg-panel-reason = السبب الذي أبدته الأمانة:
reg-panel-cancelled = هذا التسجيل ملغى: لم يعد لك مقعد في هذه المناسبة.
reg-panel-lapsed = لم يُقبل المقعد المعروض عليك في الوقت المحدد، فعُرض على الشخص التالي.
reg-offer-decline = الاعتذار عن قبول المقعد
reg-offer-decline-confirm = هل تريد الاعتذار عن قبول هذا المقعد؟ سيُعرض على الشخص التالي في قائمة الانتظار.
reg-contact = لأي استفسار، يُرجى الكتابة إلى الأمانة:
reg-contact-secretariat = لأي استفسار، يُرجى الاتصال بأمانة المناسبة.
reg-qr-now = المناسبة جارية الآن: اعرض هذا الرمز عند المدخل.

## قائمة المنظِّم
reg-list-title = التسجيلات
reg-add = تسجيل شخص
reg-seats = المقاعد: { $taken } من { $capacity }
reg-notify = إرسال بريد إلكتروني إلى الشخص (تأكيد مع دعوة تقويم)
reg-notify-ended = انتهت هذه المناسبة: لن تُرسل دعوة تقويم. اترك الخانة دون تحديد لتسجيل الشخص دون مراسلته.
reg-offers-paused = لا تُعرض المقاعد التي تشغر على قائمة الانتظار: فقد بقي أقل من { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
} على { $limit ->
    [event_starts] بدء المناسبة
    [registration_closes] انتهاء التسجيل
   *[other] انتهاء أي عرض
} ({ $when }).
reg-count = { $count ->
    [zero] لا توجد تسجيلات
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلًا
   *[other] { $count } تسجيل
}
reg-export = تصدير بصيغة CSV
reg-select = تحديد
reg-state-filters = التسجيلات حسب الحالة
reg-state-all = الكل
reg-select-all = تحديد الكل
reg-select-none = إلغاء التحديد
reg-name = الاسم
reg-with-selected = بالنسبة إلى التسجيلات المحددة:
reg-approve = الموافقة
reg-reject = الرفض (غير مقبول)
reg-cancel-by-organiser = الإلغاء
reg-reset = الإعادة إلى حالة الانتظار
reg-reason = السبب (يُرسل إلى الشخص في حالة الرفض)
reg-apply = تطبيق
field-search-people = البحث في الأسماء وعناوين البريد الإلكتروني

## الأخطاء
err-consent = يُرجى الموافقة على إشعار حماية البيانات لإتمام التسجيل.
err-phone = استخدم الأرقام والمسافات والرموز + - ( ) فقط.
err-registration-not-open = لا تقبل هذه المناسبة التسجيل.
err-registration-not-yet = لم يبدأ التسجيل في هذه المناسبة بعد.
err-registration-closed = أُغلق باب التسجيل في هذه المناسبة.
err-registration-invitation-only = التسجيل في هذه المناسبة بالدعوة فقط.
err-registration-ended = انتهى هذا التسجيل؛ ولم يعد من الممكن تغييره. يُرجى الاتصال بالأمانة.
err-already-registered = أنت مسجَّل بالفعل في هذه المناسبة.
err-invitation-declined = اعتُذر عن هذه الدعوة.
err-quota-full = شُغلت جميع المقاعد المخصصة لوفدك.
err-offer-not-open = لم يعد عرض المقعد هذا قائمًا.
err-move-not-allowed = هذا التغيير غير ممكن لتسجيل حالته { $state }.
err-none-selected = حدِّد تسجيلًا واحدًا على الأقل.
err-too-many-requests = عدد الطلبات الواردة من عنوانك كبير جدًا. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
# صفحة تفاصيل التسجيل.
reg-detail-given = البيانات المقدَّمة
reg-detail-reason = السبب المبلَّغ إلى الشخص:
reg-detail-needs = احتياجات تتعلق بإمكانية الوصول أو بالنظام الغذائي
reg-detail-visa = رسالة دعم لطلب التأشيرة
reg-detail-yes = نعم
reg-detail-no = لا
reg-detail-registered = تاريخ التسجيل
reg-detail-offer-until = المقعد معروض حتى
reg-detail-moves = القرار
reg-detail-history = سجل التغييرات
reg-detail-emails = الرسائل الإلكترونية المرسلة
reg-detail-no-emails = لم تُرسل أي رسالة إلكترونية بشأن هذا التسجيل.
reg-detail-checkins = تسجيلات الحضور
reg-detail-no-checkins = لم يُسجَّل حضوره بعد.
reg-detail-open = فتح تسجيل { $name }
# «أرسل إليّ رابطًا جديدًا»، الصفحة التي يؤدي إليها الرابط الشخصي المنتهي الصلاحية.
new-links-title = أرسل إليّ رابطًا جديدًا
new-links-intro = أدخل العنوان الذي سجّلت به. وإذا كان مرتبطًا بتسجيل في مناسبة مقبلة، فسيُرسل إليه رابط شخصي جديد لهذا التسجيل؛ وعندئذ يتوقف الرابط القديم عن العمل.
new-links-submit = أرسل إليّ رابطًا جديدًا
new-links-sent = إذا كان هذا العنوان مرتبطًا بتسجيل في مناسبة مقبلة، فسيصله رابط شخصي جديد. تفقّد صندوق الوارد (ومجلد الرسائل غير المرغوب فيها) بعد بضع دقائق.
reg-indicators = الاحتياجات والرسائل
reg-indicator-needs = احتياجات
reg-indicator-visa = رسالة تأشيرة
reg-notice-link = اقرأ إشعار حماية البيانات (الإصدار { $version })
err-notice-changed = تغيّر إشعار حماية البيانات بينما كانت هذه الاستمارة مفتوحة. يُرجى قراءة الإصدار الساري وإرسال الاستمارة مرة أخرى.
reg-your-data-title = بياناتك
reg-your-data-text = اطّلع على كل ما يحتفظ به المكتب عنك في جميع المناسبات، ونزّل نسخة منه.
reg-your-data-link = بياناتك الشخصية

# Remote participation
reg-attendance-mode = كيف ستحضر؟
reg-attendance-in_person = حضورياً
reg-attendance-remote = عن بُعد
err-remote-not-offered = لا تتيح هذه الفعالية الحضور عن بُعد.
reg-remote-title = المشاركة عن بُعد
reg-remote-hint = روابط لمتابعة الجلسات عن بُعد. يُرجى عدم مشاركتها: فهي مخصصة للمشاركين المؤكَّدين فقط.
reg-remote-join = الانضمام عن بُعد
reg-detail-attendance = طريقة الحضور
