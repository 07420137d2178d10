# Convene——中文消息：登记。

## Participant roles, genders, organisation types (shared labels)
role-p-delegate = 代表
role-p-head_of_delegation = 代表团团长
role-p-observer = 观察员
role-p-expert = 专家或专题介绍人
role-p-trainer = 培训员
role-p-trainee = 学员
role-p-staff = 工作人员
gender-woman = 女
gender-man = 男
gender-another = 其他性别
gender-undisclosed = 不愿透露
org-type-government = 政府或常驻代表团
org-type-intergovernmental = 政府间组织或区域组织
org-type-un_entity = 联合国实体
org-type-ngo = 非政府组织或民间社会
org-type-academia = 学术或研究机构
org-type-parliament = 议会
org-type-media = 媒体
org-type-private = 私营部门
reg-state-pending = 待核准
reg-state-confirmed = 已确认
reg-state-waitlisted = 在候补名单上
reg-state-offered = 已提供席位
reg-state-rejected = 未获接受
reg-state-cancelled = 已取消
reg-state-lapsed = 席位提供已失效

## Registration form
reg-title = 称谓
reg-title-hint = 例如先生、女士、阁下、博士。
reg-given-name = 名
reg-family-name = 姓
reg-gender = 性别
reg-country = 所代表的国家或国籍
reg-group = 区域组
reg-organisation = 组织或部委
reg-organisation-type = 组织类型
reg-position = 职务或职能
reg-phone = 电话（可选）
reg-needs = 无障碍或饮食需求（可选）
reg-visa-letter = 我需要一封支持签证申请的信函
reg-privacy-notice = 秘书处仅将这些信息用于组织本活动、印发与会者名单和汇总报告参与情况（按国家、区域组和性别统计人数）。这些信息不会与捐助方或第三方共享；您可随时通过您的个人专用链接更正信息或取消登记。
reg-consent = 我已阅读上述数据保护声明并表示同意
reg-submit = 登记
reg-language = 消息语文
reg-role = 角色

## Invitation page
reg-event-page = 活动页面
reg-invited-as = { $name }，您受邀的身份为：{ $role }。
reg-email-fixed = 有关此登记的消息将发送至{ $email }。
reg-already-registered = 您已登记参加此活动。用于查看、更改或取消登记的个人链接载于我们发给您的电子邮件中。
reg-new-link-ask = 找不到那封电子邮件？获取新链接
reg-new-link-hint = 我们将通过电子邮件向您登记时所用的地址发送新的个人链接。届时您现有的链接将失效。
reg-new-link-button = 通过电子邮件向我发送新链接
reg-new-link-sent = 我们已通过电子邮件向您登记时所用的地址发送了新的个人链接。此前的链接已失效。
reg-new-link-recent = 几分钟前已向您登记时所用的地址发送了新链接。再次申请之前，请先在收件箱（及垃圾邮件文件夹）中查找。
reg-you-declined = 您已谢绝此邀请。如您改变主意，请与秘书处联系。
reg-decline-title = 无法出席？
reg-decline-reason = 原因（可选）
reg-decline = 谢绝邀请
reg-declined-thanks = 感谢您告知。您的答复已记录在案。

## Open registration
reg-open-intro = 请输入您的电子邮件地址。我们将向您发送一个确认链接，确认后即可填写登记表。
reg-open-submit = 向我发送链接
reg-check-email = 请查看您的电子邮件：如地址有效，用于继续登记的链接正在发送中。该链接在有限时间内有效。

## Manage page
reg-status = 您的登记状态：{ $state }。
reg-waitlist-position = 您在候补名单上的位次：{ $position }。
reg-saved = 您的信息已保存。
reg-offer = 已为您空出一个席位。请在{ $until }之前接受，否则该席位将提供给下一位。
reg-accept = 接受席位
reg-calendar = 将活动添加到您的日历（.ics）
reg-details = 您的信息
reg-update-approval = 对于本活动，更改您的信息后，您的登记将退回秘书处重新核准。
reg-cancel-title = 取消您的登记
reg-cancel = 取消我的登记
reg-cancel-confirm = 是否取消您的登记？您的席位将提供给他人。
reg-cancelled = 您的登记已取消，您的席位已释放。确认邮件正在发送中。
reg-back-to-approval-title = 信息已保存
reg-back-to-approval = 您的信息已保存，您的登记将退回秘书处核准。一封附有您个人专用链接的新电子邮件正在发送中；本页面上的链接已失效。

## Manage page: the state panel
reg-panel-title = 您的登记
reg-panel-confirmed = 您的席位已确认。请在入口处出示您的签到码（手机显示或打印均可）。
reg-panel-pending = 秘书处审查您的登记期间，将为您保留席位。秘书处作出决定后，您将收到一封电子邮件。
reg-panel-waitlisted = 本活动已满员，您已列入候补名单。如有席位空出，将按顺序通过电子邮件提供给您。
reg-panel-offered = 已为您空出一个席位。请尽快接受，否则该席位将提供给下一位。
reg-panel-rejected = 秘书处未能接受您对本活动的登记。
reg-panel-reason = 秘书处给出的原因：
reg-panel-cancelled = 此登记已取消：您在本活动中已不再拥有席位。
reg-panel-lapsed = 为您提供的席位未在规定时间内获得接受，已提供给下一位。
reg-offer-decline = 谢绝席位
reg-offer-decline-confirm = 是否谢绝此席位？该席位将提供给候补名单上的下一位。
reg-contact = 如有任何问题，请致函秘书处：
reg-contact-secretariat = 如有任何问题，请与本活动秘书处联系。
reg-qr-now = 活动正在进行：请在入口处出示此代码。

## Organiser's list
reg-list-title = 登记
reg-add = 为某人登记
reg-seats = 席位：已占{ $taken }个，共{ $capacity }个
reg-notify = 通过电子邮件通知此人（附日历邀请的确认函）
reg-notify-ended = 此活动已结束：不发送日历邀请。如只记录登记而不致函此人，请勿勾选此框。
reg-offers-paused = 空出的席位不提供给候补名单：距{ $limit ->
    [event_starts] 活动开始
    [registration_closes] 登记截止
   *[other] 席位提供期结束
}已不足{ $minutes }分钟（{ $when }）。
reg-count = { $count ->
   *[other] { $count }项登记
}
reg-export = 导出为CSV
reg-select = 选择
reg-state-filters = 按状态分列的登记
reg-state-all = 全部
reg-select-all = 全选
reg-select-none = 清除选择
reg-name = 姓名
reg-with-selected = 对所选登记：
reg-approve = 核准
reg-reject = 拒绝（不予接受）
reg-cancel-by-organiser = 取消
reg-reset = 退回待核准
reg-reason = 原因（拒绝时发送给当事人）
reg-apply = 执行
field-search-people = 搜索姓名和电子邮件地址

## Errors
err-consent = 请先同意数据保护声明，然后登记。
err-phone = 只能使用数字、空格和 + - ( )。
err-registration-not-open = 此活动不接受登记。
err-registration-not-yet = 此活动的登记尚未开始。
err-registration-closed = 此活动的登记已截止。
err-registration-invitation-only = 此活动仅凭邀请登记。
err-registration-ended = 此登记已结束，不能再更改。请与秘书处联系。
err-already-registered = 您已登记参加此活动。
err-invitation-declined = 此邀请已被谢绝。
err-quota-full = 贵代表团的所有席位均已占满。
err-offer-not-open = 此席位提供已不再有效。
err-move-not-allowed = 对于状态为“{ $state }”的登记，不能进行此项更改。
err-none-selected = 请至少选择一项登记。
err-too-many-requests = 来自您地址的请求过多。请等待一分钟后重试。
# 登记详情页面。
reg-detail-given = 所提供的信息
reg-detail-reason = 告知当事人的原因：
reg-detail-needs = 无障碍或饮食需求
reg-detail-visa = 签证支持函
reg-detail-yes = 是
reg-detail-no = 否
reg-detail-registered = 登记时间
reg-detail-offer-until = 席位提供有效期至
reg-detail-moves = 作出决定
reg-detail-history = 历史记录
reg-detail-emails = 已发送的电子邮件
reg-detail-no-emails = 尚未就此登记发送任何电子邮件。
reg-detail-checkins = 签到记录
reg-detail-no-checkins = 尚未签到。
reg-detail-open = 打开{ $name }的登记
# “通过电子邮件向我发送新链接”：失效的个人链接会引向此处。
new-links-title = 通过电子邮件向我发送新链接
new-links-intro = 请输入您登记时所用的地址。如该地址有即将举行的活动的登记，将向该地址发送该登记的新个人链接；旧链接随即失效。
new-links-submit = 通过电子邮件向我发送新链接
new-links-sent = 如此地址有即将举行的活动的登记，新的个人链接正在发往该地址。请在几分钟后查看收件箱（及垃圾邮件文件夹）。
reg-indicators = 需求和信函
reg-indicator-needs = 需求
reg-indicator-visa = 签证信函
reg-notice-link = 阅读数据保护声明（第 { $version } 版）
err-notice-changed = 在您填写本表期间，数据保护声明已更改。请阅读现行版本，然后重新提交本表。
reg-your-data-title = 您的数据
reg-your-data-text = 查看本厅在所有活动中保存的关于您的全部数据，并下载一份副本。
reg-your-data-link = 您的个人数据

# Remote participation
reg-attendance-mode = 您将如何参会？
reg-attendance-in_person = 现场参会
reg-attendance-remote = 远程参会
err-remote-not-offered = 本活动不提供远程参会。
reg-remote-title = 远程参会
reg-remote-hint = 远程参加各场会议的链接。请勿转发：仅供已确认的与会者使用。
reg-remote-join = 远程加入
reg-detail-attendance = 参会方式
