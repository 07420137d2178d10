# التقاويم: التنزيلات، وروابط الاشتراك، والجدول الزمني المطبوع، وتقويم البرنامج، والاستيراد، وإشعارات التغيير.

cal-download = إضافة إلى تقويمي (.ics)
cal-timetable = جدول زمني قابل للطباعة
cal-timetable-title = الجدول الزمني: { $title }
cal-import-link = استيراد جلسات من ملف تقويم
cal-changes-link = إخطار المشاركين بالتغييرات
cal-home-calendar = تقويم البرنامج
cal-home-subscribe = الاشتراك في هذه المناسبات (.ics)

cal-manage-title = التقويم
cal-feed-explain = يتضمن رابط التقويم الشخصي الخاص بك كل مناسبة أنت مسجَّل فيها، ويُبقي تقويمك محدَّثًا. حافظ على سريته؛ ويمكنك استبداله أو إيقافه في أي وقت.
cal-feed-issue = الحصول على رابط تقويمي الشخصي (يحل محل أي رابط سابق)
cal-feed-revoke = إيقاف رابط تقويمي الشخصي
cal-feed-title = رابط التقويم الشخصي
cal-feed-once = أضف هذا العنوان إلى تطبيق التقويم لديك على شكل اشتراك. ولن يُعرض إلا مرة واحدة: انسخه الآن. وإذا حصلت على رابط جديد، يتوقف هذا الرابط عن العمل.
cal-feed-url = عنوان الاشتراك
cal-feed-revoked = لم يعد رابط تقويمك الشخصي يعمل.
cal-back-to-registration = العودة إلى تسجيلي

cal-programme-title = تقويم البرنامج
cal-views = طرق عرض التقويم
cal-view-month = الشهر
cal-view-list = القائمة
cal-subscribe = الاشتراك (.ics)
cal-previous = السابق
cal-next = التالي
cal-err-month = أدخل الشهر بصيغة YYYY-MM، مثل 2026-12.

cal-import-title = استيراد جلسات من ملف تقويم
cal-import-explain = حمِّل ملف .ics مصدَّرًا من أداة تقويم أخرى، أو الصق نصه. وسترى الجلسات التي سيُنشئها، وكل إدخال مستبعد مع سبب استبعاده، قبل حفظ أي شيء. وتُقرأ الأوقات غير المقترنة بمنطقة زمنية وفق المنطقة الزمنية للمناسبة ({ $zone }).
cal-import-file = ملف التقويم (.ics)
cal-import-paste = أو الصق نص الملف
cal-import-preview = معاينة
cal-import-summary = { $sessions ->
    [zero] لن تُنشأ أي جلسة
    [one] ستُنشأ جلسة واحدة
    [two] ستُنشأ جلستان
    [few] ستُنشأ { $sessions } جلسات
    [many] ستُنشأ { $sessions } جلسة
   *[other] ستُنشأ { $sessions } جلسة
}؛ { $problems ->
    [0] ولن يُستبعد أي إدخال.
    [one] وسيُستبعد إدخال واحد.
    [two] وسيُستبعد إدخالان.
    [few] وستُستبعد { $problems } إدخالات.
    [many] وسيُستبعد { $problems } إدخالًا.
   *[other] وسيُستبعد { $problems } إدخال.
}
cal-import-problems = الإدخالات المستبعدة
cal-import-entry = الإدخال
cal-import-reason = السبب
cal-import-sessions = الجلسات المراد إنشاؤها
cal-import-confirm = { $count ->
    [one] إنشاء هذه الجلسة
    [two] إنشاء هاتين الجلستين
   *[other] إنشاء هذه الجلسات البالغ عددها { $count }
}
cal-import-again = اختيار ملف آخر
cal-err-utf8 = الملف ليس نصًا بترميز UTF-8.
cal-err-no-file = اختر ملفًا أو الصق نصه.
cal-import-not-calendar = هذا ليس ملف iCalendar (يجب أن يبدأ بـ BEGIN:VCALENDAR وأن يكون سليم البنية).
cal-import-empty = لا يتضمن الملف أي إدخالات.
cal-import-too-many = يتجاوز عدد الإدخالات في الملف { $max }؛ ولم يُقرأ إلا أولها.
cal-import-event-zone = المنطقة الزمنية للمناسبة غير صالحة؛ صحِّح بيانات المناسبة أولًا.
cal-import-nothing = لا يتضمن الملف أي جلسة يمكن استيرادها.
cal-import-no-summary = لا يوجد عنوان (SUMMARY).
cal-import-title-long = يتجاوز عدد أحرف العنوان { $max }.
cal-import-repeating = لا تُستورد الإدخالات المتكررة (RRULE وRDATE)؛ أضف كل جلسة على حدة.
cal-import-cancelled = الإدخال موسوم بأنه ملغى.
cal-import-no-start = لا يوجد وقت بدء (DTSTART).
cal-import-no-end = لا يوجد وقت انتهاء (DTEND أو DURATION).
cal-import-all-day = الإدخال الممتد طوال اليوم ليس جلسة.
cal-import-bad-time = تاريخ أو وقت غير مقروء: { $value }.
cal-import-bad-duration = مدة غير مقروءة: { $value }.
cal-import-unknown-zone = منطقة زمنية غير معروفة: { $zone }.
cal-import-time-gap = الوقت { $time } غير موجود في المنطقة الزمنية { $zone } (إذ يتغير التوقيت حينها).
cal-import-end-before-start = وقت الانتهاء ليس بعد وقت البدء.
cal-import-outside = خارج تواريخ المناسبة ({ $date }).
cal-import-room-taken = القاعة محجوزة بالفعل في ذلك الوقت (لـ«{ $title }»).
cal-import-several-days = تنتهي الجلسة في يوم آخر؛ قسِّمها إلى جلسة لكل يوم.

cal-changes-title = التغييرات المراد الإخطار بها
cal-changes-last = أُخطر المشاركون آخر مرة بالتنقيح { $revision } في { $when }؛ وقد بلغت المناسبة الآن التنقيح { $current }.
cal-changes-no-baseline = لا يوجد إشعار سابق مسجَّل لهذه المناسبة: سيتضمن الإشعار الجدول الزمني الحالي بأكمله.
cal-changes-none = المشاركون على علم بكل شيء: لم يتغير شيء منذ آخر إشعار.
cal-changes-list = ما الذي تغيّر
cal-changes-unknown = سيُرسل الجدول الزمني بأكمله.
cal-changes-recipients = { $count ->
    [0] لا يوجد أي مشارك مؤكَّد
    [one] سيُخطر مشارك مؤكَّد واحد
    [two] سيُخطر مشاركان مؤكَّدان
    [few] سيُخطر { $count } مشاركين مؤكَّدين
    [many] سيُخطر { $count } مشاركًا مؤكَّدًا
   *[other] سيُخطر { $count } مشارك مؤكَّد
}
cal-changes-send = { $count ->
    [0] تسجيل التغييرات على أنها أُخطر بها
    [one] إرسال رسالة التحديث
    [two] إرسال رسالتي التحديث
    [few] إرسال { $count } رسائل تحديث
    [many] إرسال { $count } رسالة تحديث
   *[other] إرسال { $count } رسالة تحديث
}
cal-changes-sent = { $count ->
    [0] لا يوجد جديد لإرساله.
    [one] رسالة تحديث واحدة قيد الإرسال.
    [two] رسالتا تحديث قيد الإرسال.
    [few] { $count } رسائل تحديث قيد الإرسال.
    [many] { $count } رسالة تحديث قيد الإرسال.
   *[other] { $count } رسالة تحديث قيد الإرسال.
}
cal-notice-already-sent = سبق الإخطار بهذه التغييرات.
cal-change-cancelled = أُلغيت المناسبة.
cal-change-dates = التواريخ الجديدة: { $to } (بدلًا من { $from }).
cal-change-venue = مكان الانعقاد الجديد: { $to } (بدلًا من { $from }).
cal-change-added = جلسة جديدة: { $title }، { $when }.
cal-change-removed = جلسة محذوفة: { $title }، { $when }.
cal-change-moved = تغيّر موعد الجلسة { $title }: { $from } ← { $to }.
cal-change-details = تغيرت تفاصيل أخرى للمناسبة.
