# Convene——中文消息：个人数据的保留和删除。
nav-privacy = 个人数据
footer-privacy = 个人数据
job-privacy-erasure = 删除已过保留期的个人数据
audit-do-privacy-erase-event = 活动的个人数据已删除
audit-do-privacy-erase-person = 某人的个人数据已应其请求删除
field-retention-months = 个人数据保留期（月）
hint-retention-months = 活动最后一天之后保留其与会者个人数据的月数。留空则采用本厅的默认保留期。
err-retention-months = 请输入1至{ $max }之间的整数月数，或将此字段留空。
privacy-err-not-due = 本活动的个人数据保留至{ $date }：保留期届满之前不能删除。
privacy-err-nothing-left = 本活动已没有可删除的个人数据。
privacy-err-person-erased = 此人的个人数据已被删除。
privacy-err-file-erased = 此普通照会已在保留期届满时与本活动的其他个人数据一并删除。
privacy-err-confirm = 请勾选此框，确认删除不可撤销。
privacy-rule = 活动与会者的个人数据在活动最后一天之后保留{ $months ->
   *[other] { $months }个月
}（每项活动可自行设定保留期），随后予以删除。
privacy-lists-kept = 已印发的与会者名单属于会议的正式记录，连同其中的姓名予以保留。
privacy-lists-erased = 已印发的与会者名单与本活动的其他个人数据一并删除。
privacy-counts = { $registrations ->
   *[other] { $registrations }项登记
}、{ $invitations ->
   *[other] { $invitations }份邀请
}、{ $people ->
   *[other] { $people }人
}、{ $files ->
   *[other] { $files }份文件
}
privacy-notice-title = 个人数据
privacy-notice-what = 为向其会议、讲习班和培训班提供服务，本厅记录受邀者和与会者的姓名、联系方式、职务、所属组织、需求和出席情况，以及各国提名所附的普通照会。这些数据仅用于相关活动，绝不与捐助方共享；捐助方只能看到汇总数字。
privacy-notice-retention = 保留期限
privacy-what-stays = 不含姓名而予以保留的内容：每位与会者的性别、国家、组织类型、角色和出席情况，以使以往活动的统计数字保持不变。
privacy-notice-records = 正式记录
privacy-notice-request = 应请求删除
privacy-notice-request-text = 您可请求所参加活动的组织者提前删除您的个人数据。本厅将在所有活动中删除您的个人数据，并记录这一请求，但不记录您的数据。
privacy-title = 个人数据
privacy-next-title = 下一次删除
privacy-next-at = 下一次运行（{ $at }）将删除下列活动的个人数据。
privacy-next-off = 在此配置下，删除任务不按计划定时运行：下列活动的个人数据将在启动该任务时（`convene jobs run privacy_erasure`）删除，也可在此页面逐项删除。
privacy-nothing-due = 没有任何已过保留期的活动仍存有个人数据。
privacy-due-caption = 下一次运行将删除其个人数据的活动
privacy-event = 活动
privacy-kept-until = 保留至
privacy-registrations = 登记
privacy-invitations = 邀请
privacy-people = 人员
privacy-files = 文件
privacy-emails = 电子邮件
privacy-scans = 签到设备名称
privacy-actions = 操作
privacy-erase-now = 立即删除
privacy-event-erased = 个人数据已删除：{ $counts }。
privacy-request-title = 应请求删除
privacy-request-hint = 请按电子邮件地址查找此人，或打开其任一登记，然后点击页面底部的链接。
privacy-find = 查找
privacy-not-found = 没有人使用此电子邮件地址。
privacy-audit-link = 审计日志中的删除记录
privacy-event-title = 删除{ $title }的个人数据
privacy-kept-until-sentence = 其个人数据原定保留至{ $date }。
privacy-what-goes = 将删除的内容
privacy-confirm = 我了解删除不可撤销。
privacy-person-title = { $name }的个人数据
privacy-erased-person = 第{ $id }号人员
privacy-erased = 已删除
privacy-person-erased = 已在所有活动中删除个人数据：{ $counts }。
privacy-person-events = 活动
privacy-person-no-events = 此人未与任何活动相关联。
privacy-person-already = 此人的个人数据已被删除。
privacy-reason-hint = 请说明理由：所收到的请求及其日期和参考编号。请勿填写此人的姓名或地址：理由将保存在审计日志中。
privacy-reason = 理由
privacy-erase-person = 删除此人的个人数据
privacy-erase-person-link = 应本人请求删除此人的个人数据
privacy-notice-version = 第 { $version } 版
privacy-notice-access = 您的数据
privacy-notice-access-text = 您的登记电子邮件中的个人链接可打开“您的数据”页面，该页面显示本厅在所有活动中保存的关于您的全部数据，并可将其下载为文件。
data-notice-link = 数据保护声明
data-title = 您的个人数据
data-lead = 截至 { $at }，本厅在所有活动中保存的关于您的全部数据。
data-download = 下载（JSON）
data-back = 您的登记
data-record = 您的记录
data-language = 电子邮件语言
data-registrations = 登记
data-notice = 数据保护声明
data-notice-accepted = 第 { $version } 版，于 { $at } 接受
data-notice-none = 未记录版本（由秘书处登记，或在声明设立版本之前登记）
data-invitations = 邀请
data-col-event = 活动
data-col-kind = 类别
data-col-state = 状态
data-col-sent = 发送时间
data-col-answered = 答复时间
data-kind-personal = 个人邀请
data-kind-nomination = 提名代表团的请求
data-nominations = 提名
data-nominated-by = 由{ $state }提名
data-head = 代表团团长
data-focal-point = 您作为联络人提名的代表团
data-focal-point-item = { $state }，名额 { $quota } 个
data-scans = 签到记录
data-col-scan = 签到
data-col-time = 时间
data-emails = 发给您的电子邮件
data-emails-hint = 仅含主题和日期；本副本不含邮件正文。
data-col-subject = 主题
data-col-queued = 撰写时间
data-certificates = 证书
data-col-code = 验证码
data-col-days = 出席天数
data-col-issued = 颁发时间
data-days = { $total } 天中的 { $attended } 天
data-revoked = 已撤销
data-none = 无。
privacy-person-data = 下载所保存的关于此人的全部数据（JSON），以答复查阅数据请求
