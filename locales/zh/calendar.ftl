# 日历：下载、订阅源、日程表、方案活动日历、导入和变更通知。

cal-download = 添加到我的日历（.ics）
cal-timetable = 可打印的日程表
cal-timetable-title = 日程表：{ $title }
cal-import-link = 从日历文件导入场次
cal-changes-link = 将变更通知与会者
cal-home-calendar = 方案活动日历
cal-home-subscribe = 订阅这些活动（.ics）

cal-manage-title = 日历
cal-feed-explain = 您的个人日历链接列出您已登记参加的所有活动，并使您的日历保持最新。请勿外传；您可随时更换或停用此链接。
cal-feed-issue = 获取我的个人日历链接（取代此前的任何链接）
cal-feed-revoke = 停用我的个人日历链接
cal-feed-title = 个人日历链接
cal-feed-once = 请将此地址作为订阅添加到您的日历应用程序中。此地址仅显示一次：请立即复制。获取新链接后，此链接即停用。
cal-feed-url = 订阅地址
cal-feed-revoked = 您的个人日历链接已失效。
cal-back-to-registration = 返回我的登记

cal-programme-title = 方案活动日历
cal-views = 日历视图
cal-view-month = 月
cal-view-list = 列表
cal-subscribe = 订阅（.ics）
cal-previous = 上一页
cal-next = 下一页
cal-err-month = 请按YYYY-MM格式输入月份，例如2026-12。

cal-import-title = 从日历文件导入场次
cal-import-explain = 请上传从其他日历工具导出的.ics文件，或粘贴其文本。在保存任何内容之前，您将看到将要创建的场次，以及每个被略去的条目及其原因。未注明时区的时间按活动所在时区（{ $zone }）读取。
cal-import-file = 日历文件（.ics）
cal-import-paste = 或粘贴文件的文本
cal-import-preview = 预览
cal-import-summary = { $sessions ->
   *[other] 将创建{ $sessions }个场次
}；{ $problems ->
    [0] 没有略去任何条目。
   *[other] 略去{ $problems }个条目。
}
cal-import-problems = 略去的条目
cal-import-entry = 条目
cal-import-reason = 原因
cal-import-sessions = 待创建的场次
cal-import-confirm = { $count ->
   *[other] 创建这{ $count }个场次
}
cal-import-again = 选择其他文件
cal-err-utf8 = 该文件不是UTF-8文本。
cal-err-no-file = 请选择文件或粘贴其文本。
cal-import-not-calendar = 这不是iCalendar文件（必须以BEGIN:VCALENDAR开头，且格式正确）。
cal-import-empty = 该文件不含任何日历条目。
cal-import-too-many = 该文件所含条目超过{ $max }个；只读取了前面的条目。
cal-import-event-zone = 活动的时区无效；请先修正活动。
cal-import-nothing = 该文件不含任何可导入的场次。
cal-import-no-summary = 无标题（SUMMARY）。
cal-import-title-long = 标题超过{ $max }个字符。
cal-import-repeating = 重复条目（RRULE、RDATE）不予导入；请逐一添加每个场次。
cal-import-cancelled = 该条目标记为已取消。
cal-import-no-start = 无开始时间（DTSTART）。
cal-import-no-end = 无结束时间（DTEND或DURATION）。
cal-import-all-day = 全天条目不是场次。
cal-import-bad-time = 无法读取的日期或时间：{ $value }。
cal-import-bad-duration = 无法读取的时长：{ $value }。
cal-import-unknown-zone = 未知时区：{ $zone }。
cal-import-time-gap = { $time }在{ $zone }时区不存在（当时正值时钟调整）。
cal-import-end-before-start = 结束时间不晚于开始时间。
cal-import-outside = 不在活动日期范围内（{ $date }）。
cal-import-room-taken = 该会议室当时已被预订（用于{ $title }）。
cal-import-several-days = 该场次在另一天结束；请拆分为每天一个场次。

cal-changes-title = 待通知的变更
cal-changes-last = 上次于{ $when }向与会者通知了第{ $revision }版；活动现为第{ $current }版。
cal-changes-no-baseline = 本活动没有此前通知的记录：本次通知将载有当前的完整日程。
cal-changes-none = 与会者已知悉全部信息：自上次通知以来没有任何变更。
cal-changes-list = 变更内容
cal-changes-unknown = 将发送整个日程。
cal-changes-recipients = { $count ->
    [0] 没有已确认的与会者
   *[other] 将通知{ $count }名已确认的与会者
}
cal-changes-send = { $count ->
    [0] 将变更记录为已通知
   *[other] 发送{ $count }封更新通知电子邮件
}
cal-changes-sent = { $count ->
    [0] 没有需要发送的新内容。
   *[other] { $count }封更新通知电子邮件正在发送。
}
cal-notice-already-sent = 这些变更已经通知。
cal-change-cancelled = 本活动已取消。
cal-change-dates = 新日期：{ $to }（原为{ $from }）。
cal-change-venue = 新地点：{ $to }（原为{ $from }）。
cal-change-added = 新场次：{ $title }，{ $when }。
cal-change-removed = 已删除的场次：{ $title }，{ $when }。
cal-change-moved = { $title }已更改：{ $from } → { $to }。
cal-change-details = 活动的其他细节已更改。
