# Convene——中文消息目录。
# 消息标识（key）保持不变，须与 en/ 和 fr/ 目录中的相同。参数写作 { $name }。

## Navigation and layout
nav-skip = 跳至正文
nav-label = 主导航
nav-events = 活动
nav-organiser = 组织者
nav-checkin = 签到
nav-audit = 审计日志
nav-account = 账户
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-language = 语言
footer-text = Convene——裁军事务厅的活动。

## Generic actions
action-change = 更改
action-save = 保存
action-edit = 编辑
action-delete = 删除
action-filter = 筛选
action-new-event = 新建活动
action-clone = 复制
action-publish = 发布
action-cancel-event = 取消活动
action-cancel-edit = 返回，不保存
action-view-public = 查看公开页面
action-add-session = 添加场次
confirm-cancel-event = 是否取消此活动？活动仍将显示并附有取消通知，此后不能再编辑。
confirm-delete-session = 是否从日程中删除此场次？

## Forms
form-has-errors = 请更正以下内容
form-required = 必填
form-choose = 请选择……
field-email = 电子邮件地址
field-password = 密码
field-current-password = 当前密码
field-new-password = 新密码
field-confirm-password = 再次输入新密码
field-title = 标题
field-kind = 类型
field-programme = 方案
field-unit = 主办单位
field-series = 系列
field-mandate = 任务授权
field-venue = 会场
field-city = 城市
field-country = 国家
field-time-zone = 时区
field-date-precision = 日期精确到
field-start-date = 开始日期
field-end-date = 结束日期
field-dates = 日期
field-registration-mode = 登记方式
field-approval-required = 登记须经核准（认证）
field-registration-opens = 登记开始
field-registration-closes = 登记截止
field-capacity = 名额（席位数）
field-languages = 工作语文
field-description = 说明
field-status = 状态
field-search = 搜索标题
field-year = 年份
field-when = 时间
field-session-title = 场次名称
field-session-kind = 场次类型
field-session-date = 日期
field-start-time = 开始时间
field-end-time = 结束时间
field-room = 会议室
hint-mandate = 决议或决定，例如大会第62/24号决议或安全理事会第1540(2004)号决议。
hint-time-zone = 会场所在时区的IANA名称，例如Europe/Zurich、America/New_York、Asia/Kathmandu。
hint-date = YYYY-MM-DD；如只知道月份，则为YYYY-MM。
hint-local-time = 会场当地时间。
hint-capacity = 留空表示不设上限。
hint-password = 至少12个字符。一个短句既好记又难猜。

## Field errors
err-required = 此字段为必填项。
err-too-long = 最多使用{ $max }个字符。
err-control-chars = 请删除此字段中的控制字符。
err-choice = 请从所列选项中选择一项。
err-email = 请输入电子邮件地址，例如name@example.org。
err-country = 请输入三个字母的ISO国家代码，例如BWA。
err-country-unknown = 此国家代码不属于任何会员国或观察员国。
err-time-zone = 请输入时区名称，例如Europe/Zurich或Asia/Kathmandu。
err-date = 请按YYYY-MM-DD格式输入日期。
err-month = 请按YYYY-MM格式输入月份。
err-time = 请按HH:MM格式输入时间（24小时制）。
err-datetime = 请按YYYY-MM-DDTHH:MM格式输入日期和时间。
err-year = 请输入年份，例如2008。
err-page = 请输入从1开始的页码。
err-end-before-start = 结束日期不得早于开始日期。
err-event-too-long = 一项活动最长为一年；较长的活动请拆分为一个系列。
err-closes-before-opens = 登记截止时间必须晚于登记开始时间。
err-capacity = 请输入1至{ $max }之间的整数席位数。
err-languages = 请至少勾选一种工作语文。
err-local-time-gap = 该当地时间在当天不存在（时钟调整）；请选择其他时间。
err-session-end-before-start = 场次的结束时间必须晚于开始时间，且在同一天。
err-session-outside-event = 场次必须在活动日期范围内。
err-sessions-outside = { $count ->
   *[other] 日程中有{ $count }个场次不在这些日期范围内；请先移动或删除这些场次。
}
err-room-overlap = 该会议室在{ $start }至{ $end }已被“{ $title }”预订。
err-password-short = 请至少使用{ $min }个字符。
err-password-mismatch = 两次输入的新密码不一致。
err-password-wrong = 当前密码不正确。
err-sign-in-failed = 电子邮件地址或密码不正确。
err-sign-in-throttled = 此地址的登录失败次数过多。请在{ $minutes }分钟后重试。
err-user-exists = 使用此电子邮件地址的账户已存在。
err-unknown-programme = 未知方案：{ $code }。
err-checkin-role = 只有签到工作人员账户才限于单一活动。
err-checkin-event = 未知活动。
err-json = 请求正文不是此操作的有效JSON：{ $reason }
err-csrf = 表单已过期或来自其他网站。请返回，重新加载页面后重试。
err-link-invalid = 此链接无效、已过期或已被使用。请申请新链接。
err-event-cancelled = 此活动已取消，不能再更改。
err-event-already-published = 此活动已发布。

## Error pages
err-page-title = 错误{ $status }
err-page-home = 前往活动列表
err-page-400 = 无法理解该请求。
err-page-401 = 请登录后继续。
err-page-403 = 您无权执行此操作。
err-page-404 = 此页面不存在。
err-page-409 = 此更改与记录的当前状态冲突。
err-page-410 = 此链接已失效。
err-page-413 = 请求过大。
err-page-422 = 所发送的部分信息无效。
err-page-429 = 尝试次数过多。请稍候再试。
err-page-500 = 我们这边出现了问题。问题已记录在案；请稍后重试。

## Sign-in and account
sign-in-title = 工作人员登录
sign-in-submit = 登录
sign-in-link-title = 登录Convene
sign-in-link-text = 此一次性链接用于登录。请按按钮继续；此后该链接即失效。
password-title = 您的密码
password-signed-in-as = 已以{ $email }身份登录。
password-set-first = 请现在设置密码，以便下次无需链接即可登录。
password-submit = 保存新密码
password-changed = 您的密码已更改。您的其他会话已退出登录。

## Audit log
audit-title = 审计日志
audit-when = 时间
audit-who = 操作人
audit-action = 操作
audit-record = 记录
audit-change = 更改
audit-show = 显示
audit-before = 更改前
audit-after = 更改后

## Pagination
pagination-label = 分页
pagination-previous = 上一页
pagination-next = 下一页
pagination-position = 第{ $page }页，共{ $pages }页

## Events
events-count = { $count ->
   *[other] { $count }项活动
}
public-upcoming-title = 即将举行的活动
public-programmes = 方案
public-all-programmes = 所有方案
public-no-events = 此处尚未发布即将举行的活动。
organiser-events-title = 活动
event-new-title = 新建活动
event-edit-title = 编辑活动
event-section-what = 内容
event-section-where = 地点和时间
event-section-registration = 登记
event-cancelled-notice = 此活动已取消。
event-capacity = 名额：{ $count }个席位。
event-updated = 最后更改于{ $when }（第{ $revision }版）。
dates-to-be-confirmed = （确切日期待定）
when-upcoming = 即将举行
when-past = 已举行
kind-meeting = 会议
kind-workshop = 讲习班
kind-training_course = 培训班
kind-conference = 大型会议
kind-briefing = 情况介绍会
status-draft = 草稿
status-published = 已发布
status-cancelled = 已取消
precision-day = 日
precision-month = 月（仅知月份）
registration-invitation = 凭邀请登记
registration-open = 公开登记
language-ar = 阿拉伯文
language-zh = 中文
language-en = 英文
language-fr = 法文
language-ru = 俄文
language-es = 西班牙文

## Schedule
schedule-title = 日程
schedule-time-zone = 时间为会场当地时间（{ $zone }）。
schedule-empty = 尚未安排任何场次。
schedule-time = 时间
schedule-session = 场次
schedule-room = 会议室
schedule-actions = 操作
session-add-title = 添加场次
session-edit-title = 编辑场次
session-kind-plenary = 全体会议
session-kind-working_group = 工作组
session-kind-side_event = 会外活动
session-kind-field_visit = 实地考察
session-kind-break = 休息
session-kind-other = 其他

## Dates
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日

## Staff accounts (admins)
nav-users = 用户
users-title = 工作人员账户
users-add = 添加账户
users-created = 账户{ $email }已创建。请将此一次性登录链接发给账户持有人；该链接仅在此时显示：
users-active = 启用
users-disabled = 停用
users-no-password = 尚未设置密码
users-link-title = 登录链接
users-link-text = 新的一次性链接可让此人登录并设置密码（用于首次登录或忘记密码）。
users-link-button = 签发新的登录链接
users-link-issued = 新的一次性登录链接（仅在此时显示）：
field-name = 姓名
field-role = 角色
field-programmes = 方案
field-disabled = 停用（所有会话均退出登录；API令牌失效）
role-admin = 管理员
role-organiser = 组织者
role-checkin = 签到工作人员（单一活动）
err-self-lockout = 您不能取消自己的管理员角色，也不能停用自己的账户。
err-programme-needed = 组织者至少需要一个方案。
err-user-disabled = 此账户已停用。

## 单点登录
sso-sign-in = 通过单点登录进入
sso-or-password = 或使用密码登录
sso-password-off = 工作人员通过单点登录进入系统。
sso-refused-title = 登录被拒绝
sso-back = 返回登录页面
err-sso-unreachable = 目前无法连接身份提供方。请过几分钟再试；如仍无法连接，请告知管理员。
err-sso-no-account = 没有与身份提供方提供的地址 { $email } 相符的工作人员账户。请管理员为该地址创建账户。
err-sso-unverified = 身份提供方未确认您的电子邮件地址已经过验证，因此 Convene 无法将其与工作人员账户对应。
err-sso-state = 此次登录已过期，或是在另一个浏览器中发起的。请从登录页面重新开始。
err-sso-provider = 身份提供方未完成登录。请从登录页面重新开始。
err-password-sign-in-off = 密码登录和一次性链接登录已关闭；工作人员通过单点登录进入系统。

## Event sections
event-tabs = 活动栏目
tab-invitations = 邀请
tab-delegations = 代表团
tab-registrations = 登记
action-register = 登记
clone-title = 复制“{ $title }”
clone-explain = 副本为新的草稿，细节与原活动相同，{ $sessions ->
   *[other] 包括其{ $sessions }个场次
}。请给出副本的第一天：其日期、场次和登记日期均按活动当地时间（{ $zone }）移动相同天数，因此即使其间时钟调整，09:00的场次仍在09:00。登记、邀请和席位不予复制。
clone-explain-month = 此活动的日期仅精确到月：请给出副本的第一个月。其月份以及所有场次和登记日期均移动相同月数；如场次所在日期在新月份中不存在（31日），则移至该月最后一天。
clone-field-start-date = 副本的第一天
clone-field-start-month = 副本的第一个月
clone-hint-month = YYYY-MM，例如2027-09。
clone-submit = 创建副本
clone-done = 此草稿为副本。
clone-moved-days = 其日期、场次和登记日期已{ $direction ->
    [earlier] 提前
   *[later] 推后
}{ $count ->
   *[other] { $count }天
}，当地时间保持不变。
clone-moved-months = 其日期、场次和登记日期已{ $direction ->
    [earlier] 提前
   *[later] 推后
}{ $count ->
   *[other] { $count }个月
}，当地时间保持不变。
clone-check-text = 请检查标题和说明：它们按原样复制。
clone-adjusted = 以下场次的时间在新日期不存在（当时时钟拨快），或所在日期在新月份中不存在，已尽可能小幅移动。请予检查：
clone-adjusted-window = 某一登记日期落在新日期中不存在的时间（当时时钟拨快），已按调整幅度移动：请在活动表单中检查登记日期。
err-clone-day-needed = 此活动有确切日期：请按YYYY-MM-DD格式给出副本的第一天。
# Dashboards: the organiser home and an event's first tab.
nav-home = 首页
home-title = 我的活动
home-needs-action = 需要您处理
home-nothing-waiting = 您的活动中没有待您处理的事项。
home-my-events = 进行中和即将举行
home-no-events = 您没有进行中或即将举行的活动。
home-all-events = 所有活动，包括已举行的活动
home-running = 进行中
home-upcoming = 即将举行
home-confirmed = 已确认{ $count }人
dash-title = 概览
dash-seats = 已占用席位
dash-invited = 已邀请
dash-opened = 已打开邀请
dash-answered = 已答复
dash-present-today = 今日到场
dash-certificates = 已颁发证书
dash-registrations = 登记
dash-funding = 经费：
dash-regular-budget = 经常预算
dash-extrabudgetary = 预算外，计划{ $planned }，已分配{ $allocated }
dash-nothing-waiting = 此活动没有待您处理的事项。
dash-pending = { $count }项登记等待核准
dash-failed-emails = { $count }封电子邮件无法投递
dash-offers-lapsing = { $count }个席位提供将在一天内失效
dash-list-not-issued = 与会者名单尚未印发
audit-record-id = 记录编号
audit-from = 自
audit-to = 至
audit-count = { $count ->
   *[other] { $count }条记录
}
audit-none = 没有符合这些筛选条件的记录。
audit-record-event = 活动
audit-record-registration = 登记
audit-record-invitation = 邀请
audit-record-delegation = 代表团
audit-record-session = 场次
audit-record-user = 工作人员账户
audit-record-donor = 捐助方
audit-record-donor-contact = 捐助方联系人
audit-record-contribution = 捐款
audit-record-allocation = 拨款
audit-record-participant-list = 与会者名单
audit-record-certificate = 证书
audit-record-person = 人员
audit-do-event-create = 活动已创建
audit-do-event-update = 活动已更改
audit-do-event-publish = 活动已发布
audit-do-event-cancel = 活动已取消
audit-do-event-clone = 活动已复制
audit-do-event-email-paragraph = 电子邮件段落已更改
audit-do-event-notify-changes = 日程变更已通知
audit-do-session-create = 场次已添加
audit-do-session-update = 场次已更改
audit-do-session-delete = 场次已删除
audit-do-session-import = 场次已导入
audit-do-invitation-create = 邀请已发出
audit-do-invitation-resend = 邀请已重新发出
audit-do-invitation-remind = 邀请提醒已发出
audit-do-invitation-extend = 邀请已延期
audit-do-invitation-revoke = 邀请已撤回
audit-do-invitation-decline = 邀请已谢绝
audit-do-delegation-create = 代表团已创建
audit-do-delegation-nominate = 代表团成员已提名
audit-do-registration-create = 已登记
audit-do-registration-update = 登记信息已更改
audit-do-registration-approve = 登记已核准
audit-do-registration-reject = 登记未获接受
audit-do-registration-cancel = 登记已取消
audit-do-registration-reset = 登记已退回待核准
audit-do-registration-offer = 已提供席位
audit-do-registration-accept-offer = 已接受所提供的席位
audit-do-registration-lapse = 席位提供已失效
audit-do-registration-new-link = 新的个人链接已通过电子邮件发送
audit-do-registration-revoke-checkin-code = 签到码已更换
audit-do-participants-issue = 与会者名单已印发
audit-do-certificates-issue = 证书已颁发
audit-do-certificate-revoke = 证书已撤销
audit-do-user-create = 工作人员账户已创建
audit-do-user-access = 工作人员权限已更改
audit-do-user-checkin-event = 已指定签到活动
audit-do-user-password-change = 密码已更改
audit-do-user-sign-in-link = 登录链接已使用
audit-do-user-sign-in-link-issue = 登录链接已签发
audit-do-donor-create = 捐助方已添加
audit-do-donor-update = 捐助方已更改
audit-do-donor-contact-create = 捐助方联系人已添加
audit-do-donor-contact-update = 捐助方联系人已更改
audit-do-donor-contact-delete = 捐助方联系人已删除
audit-do-donor-contact-sign-in = 捐助方联系人已登录
audit-do-contribution-create = 捐款已记录
audit-do-contribution-update = 捐款已更正
audit-do-contribution-delete = 捐款已删除
audit-do-allocation-create = 资金已分配
audit-do-allocation-withdraw = 拨款已撤回
audit-do-budget-line-set = 预算项目已设定
audit-do-calendar-feed-issue = 日历订阅链接已签发
audit-do-calendar-feed-revoke = 日历订阅链接已停用
audit-do-api-token-create = API令牌已创建
audit-do-api-token-revoke = API令牌已撤销
audit-do-document-upload = 文件已上传
audit-clear = 清除筛选条件

## Registration situation on the public event pages
situation-invitation-title = 仅凭邀请登记
situation-invitation = 与会者由秘书处邀请，并通过邀请函中的个人链接登记。
situation-not-yet-title = 登记尚未开始
situation-not-yet = 登记将于{ $when }开始。
situation-open-title = 现已开放登记
situation-open-until = 请于{ $when }之前登记。
situation-open-no-deadline = 登记开放至活动结束。
situation-seats-left = { $count ->
   *[other] 尚有{ $count }个空余席位。
}
situation-full-title = 已满员：候补名单开放
situation-full = 所有席位均已占满。您仍可登记：您将列入候补名单，如有席位空出，将通过电子邮件向您提供。
situation-join-waitlist = 加入候补名单
situation-closed-title = 登记已截止
situation-closed-deadline = 登记截止日期（{ $when }）已过。
situation-closed-over = 此活动已结束。
situation-closed-cancelled = 此活动已取消：不接受登记。

## Event content in several languages
event-section-content = 名称、地点和说明
hint-content-versions = 请以活动原文语言填写；如有其他语文版本，请一并添加。其他语文版本可不填地点或说明，读者将看到原文。
field-original-language = 原文语言
content-original-legend = 原文（{ $language }）
content-version-legend = { $language }版本
content-original-language = 原文语言：{ $language }
content-versions-list = 另有：{ $languages }
session-titles-other-languages = 其他语文的名称
content-in-ar = 阿拉伯文名称
content-in-zh = 中文名称
content-in-en = 英文名称
content-in-fr = 法文名称
content-in-ru = 俄文名称
content-in-es = 西班牙文名称
err-content-language = “{ $code }”不是本服务的语文：请使用 ar、zh、en、fr、ru 或 es。
## Staff access: sessions and API tokens
err-api-token-days = 请填写 1 至 { $max } 之间的整数天数。
err-api-token-scopes = 请至少勾选一个权限范围：读取、写入或签到。
sessions-title = 您的会话
sessions-intro = 您已登录的浏览器。如有无法识别的会话，请予以结束：该浏览器将立即退出登录。
sessions-opened = 登录时间
sessions-last-seen = 最近活动
sessions-browser = 浏览器
sessions-address = 地址
sessions-current = 当前会话
sessions-end = 结束会话
sessions-end-others = 退出所有其他会话
sessions-ended = 会话已结束。
tokens-title = API 令牌
tokens-intro = 令牌使程序能够以您的名义使用 JSON API（Authorization: Bearer <令牌>）。每个令牌只授予所需的权限范围，不再使用时请予以撤销。
tokens-created = 新令牌仅在此显示一次。请将其复制到将使用它的程序中：
tokens-revoked = 令牌已撤销。
tokens-label = 标签
tokens-scopes = 权限范围
tokens-expires = 到期时间
tokens-last-used = 最近使用
tokens-never = 从未
tokens-revoke = 撤销
tokens-state-active = 有效
tokens-state-revoked = 已撤销
tokens-state-expired = 已过期
tokens-scope-read = 读取
tokens-scope-write = 写入
tokens-scope-checkin = 签到
tokens-scope-read-hint = 读取：查阅数据（仅限 GET 请求）
tokens-scope-write-hint = 写入：创建、修改和删除
tokens-scope-checkin-hint = 签到：仅限签到台（扫码、撤销、证件）
tokens-new = 新令牌
tokens-days = 有效期（天）
tokens-days-max = 留空则采用默认期限。最长 { $max } 天。
tokens-create = 创建令牌
users-sessions-title = 会话
users-sessions-text = 使该账户立即在所有浏览器中退出登录（电脑遗失、人员离职）。其 API 令牌不受影响。
users-sessions-button = 结束所有会话
audit-do-user-session-end = 会话已结束
audit-do-user-sessions-end-others = 其他会话已结束
audit-do-user-sessions-end = 所有会话已结束

# Uploaded files (official documents, statements, credentials)
file-err-empty = 请选择要上传的文件。
file-err-too-large = 文件超过 { $megabytes } MB；请发送较小的文件。
file-err-not-pdf = 该文件不是 PDF 文档；只接受 PDF 文件。
file-err-interrupted = 上传在文件结束前中断；请重新发送。

## 双重验证登录
two-factor-title = 双重验证登录
two-factor-intro = 开启双重验证登录后，仅凭密码无法登录：您还需输入手机上身份验证器应用提供的六位数字代码。单点登录和通过电子邮件发送的登录链接不要求输入代码。
two-factor-state-on = 已开启
two-factor-state-off = 已关闭
two-factor-start = 开启双重验证登录
two-factor-enrol-step-scan = 用身份验证器应用扫描此二维码（或在应用中输入下方的密钥）。
two-factor-enrol-step-code = 输入应用显示的六位数字代码以确认。
two-factor-enrol-text = 无法扫描时可输入的密钥：
two-factor-enrol-submit = 确认并开启
two-factor-required = 管理员必须先开启双重验证登录，才能进行其他操作。请立即设置以完成登录。
two-factor-recovery-title = 恢复代码
two-factor-recovery-intro = 请妥善保存这些代码：如果手机丢失，每个代码可让您登录一次。它们只在此时显示。
two-factor-recovery-left = 剩余恢复代码：{ $count }
two-factor-recovery-few = { $count ->
    [0] 已没有剩余的恢复代码：请在下方生成新的代码，否则丢失手机后将无法登录。
   *[other] 仅剩 { $count } 个恢复代码：请在用完之前在下方生成新的代码。
}
two-factor-recovery-regenerate = 生成新的恢复代码（旧代码将失效）
two-factor-continue = 继续
two-factor-off-title = 关闭双重验证登录
two-factor-off-submit = 关闭
two-factor-turned-off = 双重验证登录已关闭。
two-factor-code-title = 输入您的代码
two-factor-code-intro = 打开身份验证器应用，输入 Convene 的六位数字代码，或输入您的一个恢复代码。
field-two-factor-code = 代码
hint-two-factor-code = 应用中的六位数字，或恢复代码，例如 ABCDE-FGHJK。
field-two-factor-confirm = 您的密码或当前代码
users-two-factor-reset-text = 如果此人丢失了手机，请将其关闭；之后此人可以用密码登录并重新设置。
users-two-factor-reset-button = 重置双重验证登录
err-two-factor-code-wrong = 此代码不正确或已被使用。请尝试应用显示的下一个代码。
err-two-factor-expired = 此次登录等待时间过长。请重新用密码登录。
err-two-factor-no-key = 无法使用双重验证登录：服务器没有相应的密钥（security.totp_key）。
err-two-factor-already-on = 双重验证登录已开启。
err-two-factor-not-started = 请先开始设置双重验证登录。
err-two-factor-off = 双重验证登录已关闭。
err-two-factor-confirm-wrong = 既不是您的密码，也不是有效的代码。
# Remote participation
field-remote-attendance = 与会者可远程参会
remote-attendance-offered = 现场或远程参会
field-remote-url = 远程参会链接
hint-remote-url = https:// 地址（网络研讨会或视频会议）。仅已确认的与会者可在其个人页面和日历中看到。
session-remote-link = 远程链接
err-remote-url = 请输入以 https:// 开头的完整网址，例如 https://meet.example.org/j/123。
err-remote-url-https = 请使用安全链接：地址必须以 https:// 开头。
