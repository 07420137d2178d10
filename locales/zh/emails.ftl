# Convene——中文消息：电子邮件（emails crate，每封邮件一组）。
# 每段文字保持在一行内：Fluent文字中的换行即是邮件中的换行
# （选择器的每个变体可各占一行）。

## Shared by every message

# 标签与其值之间（“会场：洛美，多哥”），以及主题中的标题与活动名称之间（“邀请：区域讲习班……”）。
# 中文使用全角冒号，前后不加空格；加引号以保持原样。
email-colon = {"："}
# 称呼，含收件人姓名。
email-greeting-named = 尊敬的{ $name }：
# 不知道收件人姓名时的称呼。
email-greeting = 您好：
# 活动信息块的标签（名称、日期、会场、活动页面链接）。
email-event-dates = 日期
email-event-place = 会场
email-event-page = 活动页面
# 每个按钮下方，供不显示按钮的邮件程序使用。
email-button-fallback = 如果按钮无法使用，请将以下地址复制到浏览器中：
# 与会者本人登记的链接，以及请其妥善保管的提示。
email-manage-registration = 管理我的登记
email-manage-registration-note = 请保留本邮件，切勿转发：该链接可用于访问您的登记。
# 结束语，签名在下一行。
email-sign-off-closing = 顺致崇高的敬意。
email-sign-off-signature = 秘书处

## invitation: a personal invitation, with a link to register or decline

email-invitation-heading = 邀请
# $role 是受邀者的身份。
email-invitation-intro = 秘书处谨邀请您以{ $role ->
        [delegate] 代表
        [head_of_delegation] 代表团团长
        [observer] 观察员
        [expert] 专家或专题介绍人
        [trainer] 培训员
        [trainee] 学员
       *[staff] 工作人员
    }身份参加以下活动。
email-invitation-deadline = 答复截止日期
email-invitation-how = 如需登记或谢绝邀请，请使用以下链接。
email-invitation-button = 登记或谢绝
email-invitation-personal = 本邀请仅限本人：请勿转发本邮件，因为该链接专供您使用。

## nomination_request: asks a State's focal point to nominate participants

email-nomination-request-heading = 提名请求
email-nomination-request-intro = 秘书处谨致函作为联络点的您，并邀请贵国政府为以下活动提名与会者，并指定代表团团长。
email-nomination-request-country = 国家
email-nomination-request-seats-label = 与会者人数
# 该国可提名的与会者人数：恰好一人，或最多 $seats 人。
email-nomination-request-seats = { $seats ->
        [1] { $seats }名
       *[other] 最多{ $seats }名
    }
email-nomination-request-deadline = 提名截止日期
email-nomination-request-how = 请使用以下链接提交提名。贵国常驻代表团确认代表团组成的普通照会可在同一页面上附上。
email-nomination-request-button = 提交提名
email-nomination-request-personal = 此链接专供贵国提名之用：请仅与负责提名的同事共享。

## registration_received: the registration awaits accreditation by the secretariat

email-registration-received-heading = 登记已收到
email-registration-received-thanks = 感谢您登记参加以下活动。
email-registration-received-pending = 您的登记正在等待处理：秘书处将对其进行审查以决定是否认证，并将通过电子邮件将决定通知您。
email-registration-received-manage = 您可以使用以下链接查看或取消您的登记。

## registration_confirmed: approved by the secretariat, or confirmed at once (no approval step)

email-registration-confirmed-heading = 登记已确认
# 活动设有核准步骤时。
email-registration-confirmed-approved = 秘书处欣然确认，您参加以下活动的登记已获核准。
# 活动不设核准步骤时：不提及核准。
email-registration-confirmed-confirmed = 您参加以下活动的登记已确认。
email-registration-confirmed-welcome = 我们期待您的参与。
email-registration-confirmed-cancel = 如您最终无法出席，请使用以下链接取消登记，以便将您的席位提供给他人。
email-registration-confirmed-checkin = 入场时，请在手机上出示或打印出示您的签到码（二维码）。签到码也显示在您的登记页面上。
email-registration-confirmed-checkin-link = 我的签到码

## registration_waitlisted: the event is full, the registration is on the waiting list

email-registration-waitlisted-heading = 候补名单
email-registration-waitlisted-thanks = 感谢您登记参加以下活动。
# $position 是在候补名单上的位次，从1开始。
email-registration-waitlisted-position = 目前所有席位均已占满，您的登记已列入候补名单，位次为第{ $position }位。
email-registration-waitlisted-offer = 如有席位可以提供给您，我们将通过电子邮件通知您；届时您须在限定时间内接受。
email-registration-waitlisted-withdraw = 如您不再希望出席，可使用以下链接撤回您的登记。

## seat_offered: a place freed up, to accept before a deadline

email-seat-offered-heading = 有空余席位
email-seat-offered-offered = 以下活动空出了一个席位；由于您是候补名单上的下一位，现将该席位提供给您。
email-seat-offered-deadline = 接受截止时间
email-seat-offered-how = 如需获得该席位，请在截止时间之前使用以下链接接受。逾期后，该席位将提供给名单上的下一位。
email-seat-offered-button = 接受席位
email-seat-offered-no-action = 如您不再希望出席，无需采取任何行动。

## registration_declined: the secretariat could not accept the registration

email-registration-declined-heading = 登记未获接受
email-registration-declined-declined = 秘书处遗憾地通知您，未能接受您参加以下活动的登记。
email-registration-declined-reason = 原因
email-registration-declined-questions = 如有任何问题，请与秘书处联系。

## registration_cancelled: confirms a cancellation

email-registration-cancelled-heading = 登记已取消
email-registration-cancelled-cancelled = 特此确认，您参加以下活动的登记已取消，您的席位已释放。
email-registration-cancelled-mistake = 如此次取消有误，请与秘书处联系。

## schedule_changed: the event's dates, venue or schedule changed (the list of changes follows the intro), or it was cancelled

email-schedule-changed-heading = 日程已更新
email-schedule-changed-intro = 秘书处对以下活动作了如下更改。
email-schedule-changed-attachment = 所附日历文件将更新您日历中的条目；如您的邮件程序未自动更新，请打开该文件。
email-schedule-changed-cancelled-heading = 活动已取消
email-schedule-changed-cancelled-intro = 秘书处遗憾地通知您，以下活动已取消。
email-schedule-changed-cancelled-attachment = 所附日历文件将从您的日历中删除该活动。

## email_verification: confirm an email address to continue an open registration

email-verification-heading = 确认您的电子邮件地址
email-verification-ask = 如需继续登记参加以下活动，请使用以下链接确认您的电子邮件地址。
email-verification-button = 确认我的电子邮件地址
email-verification-ignore = 如果您并未提出此项请求，可忽略本邮件：不会进行任何登记。

## event_reminder: the event a participant is confirmed for starts in a few days

email-event-reminder-heading = 提醒
# $days 是距活动开始的整天数（1 = 明天）。
email-event-reminder-soon = { $days ->
        [1] 特此提醒：您已确认登记参加的以下活动将于明天开始。
       *[other] 特此提醒：您已确认登记参加的以下活动将于{ $days }天后开始。
    }
email-event-reminder-details = 活动日程和实用信息载于活动页面。
email-event-reminder-changes = 如需更新您的信息或取消登记，请使用确认邮件中的链接。如您已无法出席，取消登记可将您的席位让给候补名单上的人员。

## certificate_issued: a certificate of attendance is ready to download

email-certificate-issued-heading = 出席证书
email-certificate-issued-issued = 感谢您参加以下活动。秘书处已为您颁发出席证书。
email-certificate-issued-days-label = 出席情况
# 出席天数与活动总天数，例如“出席4天，共5天”。
email-certificate-issued-days = 出席{ $attended }天，共{ $total ->
       *[other] { $total }天
    }
email-certificate-issued-code-label = 核验码
email-certificate-issued-keep = 您向任何人出示证书时，对方均可凭核验码在我们的网站上核验该证书。请保留本邮件：以下链接仅供您本人使用。
email-certificate-issued-link = 下载我的证书（PDF）

## donor_sign_in: a donor contact's one-time link to the donor portal

email-donor-sign-in-heading = 您的捐助方门户链接
email-donor-sign-in-ask = 请使用以下链接查看您的捐款所资助的活动及其成果。
email-donor-sign-in-button = 打开捐助方门户
# $minutes 是链接的有效时长。
email-donor-sign-in-expiry = 该链接仅可使用一次，有效期为{ $minutes ->
       *[other] { $minutes }分钟
    }。请勿转发。
email-donor-sign-in-ignore = 如果您并未申请此链接，可忽略本邮件。

## donor_report: a donor contact's quarterly report is ready

email-donor-report-heading = 您的季度捐助方报告
# $quarter 例如“2026-Q3”；$activities 是捐助方的捐款所资助的活动数目。
email-donor-report-body = 关于您的捐款所资助的{ $activities ->
       *[other] { $activities }项活动
    }的{ $quarter }报告已经备妥：包括已举行的活动、覆盖的国家和与会者，以及已分配和已支出的资金。报告可以打印，也可以下载为PDF、CSV或XLSX格式。
email-donor-report-button = 查看报告
# $days 是链接的有效时长。
email-donor-report-expiry = 该链接仅可使用一次，有效期为{ $days ->
       *[other] { $days }天
    }；过期后，请在捐助方门户的登录页面上申请新链接。

# 会议的会外活动
email-side-event-title = 会外活动
email-side-event-room = 会议室
email-side-event-when = 日期和时间
email-side-event-request-heading = 请确认您的会外活动申请
email-side-event-request-ask = 感谢您提交申请。请通过下面的链接确认：只有经确认的申请才会送达秘书处。
email-side-event-request-button = 确认我的申请
email-side-event-request-ignore = 如果您没有提交此申请，可以忽略本邮件：不会进行任何操作。
email-side-event-approved-heading = 您的会外活动已获批准
email-side-event-approved = 秘书处已批准您的会外活动，并分配了以下会议室和时间。该活动现已列入会外活动日程。
email-side-event-programme-button = 查看会外活动日程
email-side-event-declined-heading = 您的会外活动申请未获批准
email-side-event-declined = 秘书处未能批准您的会外活动。
# 非政府组织的认证申请
email-ngo-verify-heading = 请确认贵组织的联系地址
email-ngo-verify-ask = 如需提交 { $organisation } 参加下述会议的认证申请，请通过下方链接确认此联系地址。
email-ngo-verify-button = 确认并提交申请
email-ngo-verify-ignore = 如果您并未提出申请，请忽略此邮件：不会提交任何申请。
email-ngo-accredited-heading = 贵组织已获认证
email-ngo-accredited-body = 秘书处已认证 { $organisation } 参加下述会议。贵组织的 { $count } 名代表将分别通过电子邮件收到个人注册邀请。
email-ngo-declined-heading = 关于贵组织的认证申请
email-ngo-declined-body = 秘书处未能认证 { $organisation } 参加下述会议。
email-ngo-declined-reason = 理由
