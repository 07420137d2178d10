# Convene — الرسائل باللغة العربية: رسائل البريد الإلكتروني (حزمة emails، مجموعة لكل رسالة).
# يجب أن يبقى كل نص على سطر واحد: فأي فاصل أسطر داخل نص Fluent يصبح فاصل أسطر في الرسالة
# (ويجوز أن يكون لكل متغير من متغيرات المُحدِّد سطره الخاص).
# The emails address the reader in the polite plural (كم), as in formal UN correspondence.

## عناصر مشتركة بين جميع الرسائل

# بين التسمية وقيمتها («مكان الانعقاد: لومي، توغو»)، وبين عنوان الموضوع وعنوان المناسبة.
# وُضعت بين علامتي تنصيص للإبقاء على المسافة.
email-colon = {": "}
# التحية، مع اسم المرسل إليه.
email-greeting-named = حضرة { $name } المحترم/المحترمة،
# التحية عندما لا يكون اسم المرسل إليه معروفًا.
email-greeting = تحية طيبة وبعد،
# تسميات كتلة بيانات المناسبة (العنوان، والتواريخ، ومكان الانعقاد، ورابط صفحة المناسبة).
email-event-dates = التواريخ
email-event-place = مكان الانعقاد
email-event-page = صفحة المناسبة
# تحت كل زر، لبرامج البريد التي لا تعرضه.
email-button-fallback = إذا لم يعمل الزر، فيُرجى نسخ هذا العنوان ولصقه في متصفحكم:
# رابط التسجيل الخاص بالمشارك، والتنبيه إلى الحفاظ على سريته.
email-manage-registration = إدارة تسجيلي
email-manage-registration-note = يُرجى الاحتفاظ بهذه الرسالة وعدم إعادة توجيهها: فالرابط يتيح الوصول إلى تسجيلكم.
# عبارة الختام، ثم التوقيع في السطر التالي.
email-sign-off-closing = وتفضلوا بقبول فائق الاحترام،
email-sign-off-signature = الأمانة

## invitation: دعوة شخصية، مع رابط للتسجيل أو الاعتذار

email-invitation-heading = دعوة
# $role هو الصفة التي يُدعى بها الشخص.
email-invitation-intro = تتشرف الأمانة بدعوتكم إلى المشاركة في المناسبة المبينة أدناه بصفة { $role ->
        [delegate] مندوب
        [head_of_delegation] رئيس وفد
        [observer] مراقب
        [expert] خبير أو شخص مرجعي
        [trainer] مدرِّب
        [trainee] متدرِّب
       *[staff] موظف
    }.
email-invitation-deadline = الموعد النهائي للرد
email-invitation-how = للتسجيل، أو للاعتذار عن قبول الدعوة، يُرجى استخدام الرابط أدناه.
email-invitation-button = التسجيل أو الاعتذار
email-invitation-personal = هذه الدعوة شخصية: يُرجى عدم إعادة توجيه هذه الرسالة، فالرابط مخصص لكم وحدكم.

## nomination_request: يطلب من جهة التنسيق لدى الدولة ترشيح مشاركين

email-nomination-request-heading = طلب ترشيحات
email-nomination-request-intro = تتشرف الأمانة بمخاطبتكم بصفتكم جهة التنسيق، وبدعوة حكومتكم إلى ترشيح مشاركين في المناسبة المبينة أدناه وتسمية رئيس الوفد.
email-nomination-request-country = البلد
email-nomination-request-seats-label = عدد المشاركين
# عدد المشاركين الذين يجوز للدولة ترشيحهم: واحد بالضبط، أو $seats كحد أقصى.
email-nomination-request-seats = { $seats ->
        [1] { $seats }
       *[other] { $seats } كحد أقصى
    }
email-nomination-request-deadline = الموعد النهائي لتقديم الترشيحات
email-nomination-request-how = يُرجى تقديم الترشيحات باستخدام الرابط أدناه. ويمكن أن تُرفق في الصفحة نفسها المذكرة الشفوية الصادرة عن بعثتكم الدائمة التي تؤكد تشكيل الوفد.
email-nomination-request-button = تقديم الترشيحات
email-nomination-request-personal = هذا الرابط مخصص لترشيحات بلدكم: يُرجى عدم إطلاع أحد عليه سوى الزملاء المسؤولين عنها.

## registration_received: التسجيل بانتظار اعتماد الأمانة

email-registration-received-heading = تم استلام التسجيل
email-registration-received-thanks = نشكركم على التسجيل في المناسبة المبينة أدناه.
email-registration-received-pending = تسجيلكم قيد النظر: ستدرسه الأمانة لأغراض الاعتماد، وستبلغكم بقرارها بالبريد الإلكتروني.
email-registration-received-manage = يمكنكم الاطلاع على تسجيلكم، أو إلغاؤه، باستخدام الرابط أدناه.

## registration_confirmed: وافقت عليه الأمانة، أو تأكد فورًا (دون مرحلة موافقة)

email-registration-confirmed-heading = تأكيد التسجيل
# عندما تتضمن المناسبة مرحلة موافقة.
email-registration-confirmed-approved = يسر الأمانة أن تؤكد الموافقة على تسجيلكم في المناسبة المبينة أدناه.
# عندما لا تتضمن المناسبة مرحلة موافقة: لا إشارة إلى الموافقة.
email-registration-confirmed-confirmed = تأكد تسجيلكم في المناسبة المبينة أدناه.
email-registration-confirmed-welcome = نتطلع إلى مشاركتكم.
email-registration-confirmed-cancel = وإذا تعذر عليكم الحضور في نهاية المطاف، يُرجى إلغاء تسجيلكم باستخدام الرابط أدناه، كي يتسنى عرض مقعدكم على شخص آخر.
email-registration-confirmed-checkin = يُرجى إبراز رمز تسجيل الحضور الخاص بكم (رمز QR) عند المدخل، على هاتفكم أو مطبوعًا. ويمكن الاطلاع عليه أيضًا في صفحة تسجيلكم.
email-registration-confirmed-checkin-link = رمز تسجيل حضوري

## registration_waitlisted: المناسبة مكتملة، والتسجيل على قائمة الانتظار

email-registration-waitlisted-heading = قائمة الانتظار
email-registration-waitlisted-thanks = نشكركم على التسجيل في المناسبة المبينة أدناه.
# $position هو الترتيب في قائمة الانتظار، بدءًا من 1.
email-registration-waitlisted-position = جميع المقاعد مشغولة حاليًا، وقد أُدرج تسجيلكم في قائمة الانتظار في المرتبة { $position }.
email-registration-waitlisted-offer = إذا أُتيح لكم مقعد، فسنعرضه عليكم بالبريد الإلكتروني؛ وستكون أمامكم عندئذ مهلة محدودة لقبوله.
email-registration-waitlisted-withdraw = إذا لم تعودوا ترغبون في الحضور، يمكنكم سحب تسجيلكم باستخدام الرابط أدناه.

## seat_offered: شغر مقعد، ويجب قبوله قبل موعد نهائي

email-seat-offered-heading = مقعد متاح
email-seat-offered-offered = أُتيح مقعد في المناسبة المبينة أدناه، وهو معروض عليكم بصفتكم الشخص التالي في قائمة الانتظار.
email-seat-offered-deadline = الموعد النهائي للقبول
email-seat-offered-how = لشغل المقعد، يُرجى قبوله باستخدام الرابط أدناه قبل هذا الموعد النهائي. وبعد ذلك، سيُعرض على الشخص التالي في القائمة.
email-seat-offered-button = قبول المقعد
email-seat-offered-no-action = إذا لم تعودوا ترغبون في الحضور، فلا حاجة إلى اتخاذ أي إجراء.

## registration_declined: تعذر على الأمانة قبول التسجيل

email-registration-declined-heading = عدم قبول التسجيل
email-registration-declined-declined = تأسف الأمانة لإبلاغكم بأنه تعذر عليها قبول تسجيلكم في المناسبة المبينة أدناه.
email-registration-declined-reason = السبب
email-registration-declined-questions = إذا كانت لديكم أي أسئلة، يُرجى الاتصال بالأمانة.

## registration_cancelled: يؤكد الإلغاء

email-registration-cancelled-heading = إلغاء التسجيل
email-registration-cancelled-cancelled = نؤكد لكم أن تسجيلكم في المناسبة المبينة أدناه قد أُلغي وأن مقعدكم قد أُخلي.
email-registration-cancelled-mistake = إذا كان هذا الإلغاء قد تم عن طريق الخطأ، يُرجى الاتصال بالأمانة.

## schedule_changed: تغيرت تواريخ المناسبة أو مكان انعقادها أو جدولها الزمني (تلي المقدمةَ قائمةُ التغييرات)، أو أُلغيت المناسبة

email-schedule-changed-heading = تحديث البرنامج
email-schedule-changed-intro = أدخلت الأمانة التغييرات التالية على المناسبة المبينة أدناه.
email-schedule-changed-attachment = يُحدِّث ملف التقويم المرفق القيد الوارد في تقويمكم؛ يُرجى فتحه إذا لم يقم برنامج البريد لديكم بذلك تلقائيًا.
email-schedule-changed-cancelled-heading = إلغاء المناسبة
email-schedule-changed-cancelled-intro = تأسف الأمانة لإبلاغكم بإلغاء المناسبة المبينة أدناه.
email-schedule-changed-cancelled-attachment = يحذف ملف التقويم المرفق المناسبة من تقويمكم.

## email_verification: تأكيد عنوان البريد الإلكتروني لمواصلة تسجيل مفتوح

email-verification-heading = تأكيد عنوان بريدكم الإلكتروني
email-verification-ask = لمواصلة تسجيلكم في المناسبة المبينة أدناه، يُرجى تأكيد عنوان بريدكم الإلكتروني باستخدام الرابط أدناه.
email-verification-button = تأكيد عنوان بريدي الإلكتروني
email-verification-ignore = إذا لم تطلبوا ذلك، يمكنكم تجاهل هذه الرسالة: فلن يُجرى أي تسجيل.

## event_reminder: المناسبة التي تأكدت مشاركة الشخص فيها تبدأ بعد أيام قليلة

email-event-reminder-heading = تذكير
# $days هو عدد الأيام الكاملة المتبقية على بدء المناسبة (1 = غدًا).
email-event-reminder-soon = { $days ->
        [1] نذكّركم بأن المناسبة المبينة أدناه، التي تأكد تسجيلكم فيها، تبدأ غدًا.
        [2] نذكّركم بأن المناسبة المبينة أدناه، التي تأكد تسجيلكم فيها، تبدأ بعد يومين.
        [few] نذكّركم بأن المناسبة المبينة أدناه، التي تأكد تسجيلكم فيها، تبدأ بعد { $days } أيام.
        [many] نذكّركم بأن المناسبة المبينة أدناه، التي تأكد تسجيلكم فيها، تبدأ بعد { $days } يومًا.
       *[other] نذكّركم بأن المناسبة المبينة أدناه، التي تأكد تسجيلكم فيها، تبدأ بعد { $days } يوم.
    }
email-event-reminder-details = يمكن الاطلاع على البرنامج والمعلومات العملية في صفحة المناسبة.
email-event-reminder-changes = لتحديث بياناتكم أو إلغاء تسجيلكم، يُرجى استخدام الرابط الوارد في رسالة التأكيد. وإذا لم يعد بإمكانكم الحضور، فإن إلغاء تسجيلكم يتيح مقعدكم لشخص على قائمة الانتظار.

## certificate_issued: شهادة حضور جاهزة للتنزيل

email-certificate-issued-heading = شهادة حضور
email-certificate-issued-issued = نشكركم على مشاركتكم في المناسبة المبينة أدناه. وقد أصدرت الأمانة شهادة حضوركم.
email-certificate-issued-days-label = الحضور
# أيام الحضور من أصل أيام المناسبة، مثل «4 من أصل 5 أيام».
email-certificate-issued-days = { $attended } من أصل { $total ->
        [one] يوم واحد
        [two] يومين
        [few] { $total } أيام
        [many] { $total } يومًا
       *[other] { $total } يوم
    }
email-certificate-issued-code-label = رمز التحقق
email-certificate-issued-keep = يمكن لأي شخص تُطلعونه على الشهادة أن يتحقق منها على موقعنا الإلكتروني باستخدام رمز التحقق الخاص بها. يُرجى الاحتفاظ بهذه الرسالة: فالرابط أدناه شخصي.
email-certificate-issued-link = تنزيل شهادتي (PDF)

## donor_sign_in: رابط لمرة واحدة تتلقاه جهة الاتصال لدى الجهة المانحة للدخول إلى بوابة الجهات المانحة

email-donor-sign-in-heading = رابطكم إلى بوابة الجهات المانحة
email-donor-sign-in-ask = استخدموا الرابط أدناه للاطلاع على الأنشطة التي تمولها مساهماتكم وعلى نتائجها.
email-donor-sign-in-button = فتح بوابة الجهات المانحة
# $minutes هي مدة صلاحية الرابط.
email-donor-sign-in-expiry = يعمل الرابط مرة واحدة، لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. يُرجى عدم إعادة توجيهه.
email-donor-sign-in-ignore = إذا لم تطلبوه، يمكنكم تجاهل هذه الرسالة.

## donor_report: التقرير الفصلي لجهة الاتصال لدى الجهة المانحة جاهز

email-donor-report-heading = تقريركم الفصلي بصفتكم جهة مانحة
# $quarter مثل "2026-Q3"؛ و$activities هو عدد المناسبات التي تمولها مساهمات الجهة المانحة.
email-donor-report-body = أصبح جاهزًا التقرير عن الفترة { $quarter } بشأن { $activities ->
        [one] النشاط الذي تموله مساهماتكم
        [two] النشاطين اللذين تمولهما مساهماتكم
       *[other] الأنشطة التي تمولها مساهماتكم، وعددها { $activities }
    }: المناسبات المعقودة، والدول والمشاركون المشمولون، والأموال المخصصة والمنفقة. ويمكن طباعته أو تنزيله بصيغة PDF أو CSV أو XLSX.
email-donor-report-button = الاطلاع على التقرير
# $days هي مدة صلاحية الرابط.
email-donor-report-expiry = يعمل الرابط مرة واحدة، لمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }؛ وبعد ذلك، يمكنكم طلب رابط جديد من صفحة تسجيل الدخول إلى بوابة الجهات المانحة.

# الأحداث الجانبية للاجتماع
email-side-event-title = الحدث الجانبي
email-side-event-room = القاعة
email-side-event-when = التاريخ والوقت
email-side-event-request-heading = يرجى تأكيد طلبكم لتنظيم حدث جانبي
email-side-event-request-ask = نشكركم على طلبكم. يرجى تأكيده باستخدام الرابط أدناه: لا تصل إلى الأمانة إلا الطلبات المؤكدة.
email-side-event-request-button = تأكيد طلبي
email-side-event-request-ignore = إذا لم ترسلوا هذا الطلب، يمكنكم تجاهل هذه الرسالة: لن يُتخذ أي إجراء.
email-side-event-approved-heading = تمت الموافقة على حدثكم الجانبي
email-side-event-approved = وافقت الأمانة على حدثكم الجانبي وخصصت له القاعة والوقت المبينين أدناه. وهو يظهر الآن في برنامج الأحداث الجانبية.
email-side-event-programme-button = عرض برنامج الأحداث الجانبية
email-side-event-declined-heading = لم تتم الموافقة على طلبكم لتنظيم حدث جانبي
email-side-event-declined = تعذر على الأمانة الموافقة على حدثكم الجانبي.
# طلب اعتماد منظمة غير حكومية
email-ngo-verify-heading = أكِّد عنوان الاتصال الخاص بمنظمتك
email-ngo-verify-ask = لإرسال طلب اعتماد { $organisation } لدى الاجتماع المبيَّن أدناه، يُرجى تأكيد عنوان الاتصال هذا باستخدام الرابط أدناه.
email-ngo-verify-button = التأكيد وإرسال الطلب
email-ngo-verify-ignore = إذا لم تقدِّم أي طلب، يمكنك تجاهل هذه الرسالة: لن يُرسَل أي طلب.
email-ngo-accredited-heading = اعتُمدت منظمتك
email-ngo-accredited-body = اعتمدت الأمانة { $organisation } لدى الاجتماع المبيَّن أدناه. ويتلقى كل واحد من ممثليكم ({ $count }) دعوة شخصية بالبريد الإلكتروني للتسجيل.
email-ngo-declined-heading = طلب الاعتماد الخاص بكم
email-ngo-declined-body = تعذَّر على الأمانة اعتماد { $organisation } لدى الاجتماع المبيَّن أدناه.
email-ngo-declined-reason = السبب
