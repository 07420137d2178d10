# Convene——中文消息：邀请。
# 本文件的消息标识以 inv-、deleg- 或 nom- 开头；与 en/invitations.ftl 的标识相同。

## Invitation list
inv-list-title = 邀请：{ $event }
inv-count = { $count ->
   *[other] { $count }份邀请
}
inv-draft-warning = 此活动为草稿：可以发送邀请，但邀请中的活动链接要到活动发布后才能使用。
inv-col-person = 人员
inv-col-role = 角色
inv-col-delivery = 电子邮件
inv-col-expires = 链接有效期至
inv-col-line = 行
inv-col-name = 姓名
inv-col-problems = 问题
inv-field-search = 搜索姓名和地址
inv-focal-point-of = { $country }联络点（提名）
inv-reminders = { $count ->
   *[other] 已提醒{ $count }次
}
inv-refresh = 刷新
inv-delivery-title = 发送情况
inv-delivery-queued = 排队中：
inv-delivery-sent = 已发送：
inv-delivery-failed = 失败：

## Actions
inv-action-invite-one = 邀请一人
inv-action-import = 导入名单（CSV）
inv-action-copy = 从以往活动复制
inv-action-remind = 提醒所有尚未答复者
inv-action-resend = 重新发送
inv-action-revoke = 撤回
inv-action-extend = 延期
inv-confirm-remind = 是否向所有尚未答复者发送附有新链接的提醒？
inv-confirm-revoke = 是否撤回此邀请？其链接将失效。
inv-field-expires-on = 链接有效期至

## Confirmations
inv-done-invited = 邀请已排队等待发送。
inv-done-imported = { $count ->
   *[other] { $count }份邀请已排队等待发送
}{ $skipped ->
    [0] 。
   *[other] ；略去了{ $skipped }行。
}
inv-done-copied = { $count ->
   *[other] { $count }份邀请已排队等待发送
}{ $skipped ->
    [0] 。
   *[other] ；{ $skipped }人此前已受邀。
}
inv-done-reminded = { $count ->
    [0] 没有需要提醒的人。
   *[other] { $count }份提醒已排队等待发送。
}
inv-done-resent = 邀请已重新排队等待发送，附有新链接；旧链接已失效。
inv-done-revoked = 邀请已撤回；其链接已失效。
inv-done-extended = 链接的有效期已延长。
inv-done-paragraph = 段落已保存；此后发出的邀请中将包含该段落。

## The organiser's paragraph
inv-paragraph-title = 邀请中增加的段落
inv-paragraph-hint = 显示在此后发出的本活动所有邀请和提名请求中，例如差旅供资安排。留空则不添加。
inv-field-paragraph = 段落

## Invite one person
inv-invite-one-title = 邀请一人
inv-field-title = 称谓
inv-hint-title = 尊称，例如先生、女士、阁下、博士。
inv-field-given-name = 名
inv-field-family-name = 姓
inv-field-organisation = 组织或部委
inv-field-language = 电子邮件语文
inv-submit-invite = 发送邀请

## Roles and states
inv-role-delegate = 代表
inv-role-head_of_delegation = 代表团团长
inv-role-observer = 观察员
inv-role-expert = 专家或专题介绍人
inv-role-trainer = 培训员
inv-role-trainee = 学员
inv-role-staff = 工作人员
inv-state-queued = 排队中
inv-state-sent = 已发送
inv-state-failed = 未投递
inv-state-opened = 已打开
inv-state-registered = 已登记
inv-state-declined = 已谢绝
inv-state-expired = 已过期
inv-state-revoked = 已撤回

## Import
inv-import-title = 导入受邀者名单
inv-import-hint = 请粘贴名单或选择CSV文件（UTF-8，以逗号或分号分隔）。第一行为列名，顺序不限：email、title、given_name、family_name、organisation、country（三字母ISO代码）、role、language（en或fr）。发送任何内容之前，您将看到预览。
inv-import-roles = 角色：{ $roles }。
inv-field-csv = 粘贴名单
inv-field-csv-file = 或选择CSV文件
inv-submit-preview = 预览
inv-preview-title = 导入预览
inv-preview-summary = { $good ->
   *[other] { $good }行可发出邀请
}；{ $bad ->
    [0] 没有任何行有问题。
   *[other] { $bad }行有问题，将被略去。
}
inv-preview-nothing-saved = 尚未保存或发送任何内容。
inv-preview-bad = { $count ->
   *[other] 略去的{ $count }行
}
inv-preview-good = { $count ->
   *[other] 待邀请的{ $count }行
}
inv-submit-confirm = { $count ->
   *[other] 邀请这{ $count }人
}
inv-preview-start-again = 更正名单并重新开始
inv-csv-bad-email = 电子邮件地址缺失或无效。
inv-csv-missing-name = 名和姓均为必填项。
inv-csv-too-long = { $column }列过长（最多{ $max }个字符）。
inv-csv-control-chars = { $column }列包含控制字符。
inv-csv-unknown-country = 国家不是会员国或观察员国的三字母代码。
inv-csv-unknown-role = 角色缺失或未知。
inv-csv-unknown-language = 语文必须是以下之一：ar、zh、en、fr、ru 或 es。
inv-csv-duplicate-email = 此地址已出现在第{ $line }行。
inv-csv-already-invited = 此人已受邀参加本活动。
inv-csv-field-count = 此行有{ $found }个字段，而不是{ $expected }个。
inv-csv-empty = 名单为空。
inv-csv-header = 第一行必须为列名；缺少：{ $missing }。应有的列：{ $columns }
inv-csv-too-many-rows = 名单超过{ $max }行；请拆分。
inv-csv-not-utf8 = 该文件不是UTF-8文本。请在电子表格程序中将其另存为“CSV UTF-8”格式。
inv-csv-malformed = 无法读取名单第{ $line }行（可能缺少引号）。

## Copy
inv-copy-title = 从以往活动复制
inv-copy-hint = 所选的每个人均以其在以往活动中的角色受邀。已受邀参加本活动的人员将被跳过。
inv-field-from-event = 以往活动
inv-field-what = 邀请对象
inv-copy-participants = 其与会者（已确认或待核准的登记）
inv-copy-invitees = 其邀请的所有人
inv-submit-copy = 邀请他们

## Errors
inv-err-role = 请从以下角色中选择一个：delegate、head_of_delegation、observer、expert、trainer、trainee、staff。
inv-err-language = 请选择六种语文之一：ar、zh、en、fr、ru 或 es。
inv-err-already-invited = 此人已受邀参加本活动。
inv-err-concurrent = 其他人同时邀请了其中部分人员。未保存任何内容；请重试。
inv-err-copy-same = 请选择本活动以外的活动。
inv-err-expired-extend-first = 此邀请已过期：请先延期，再重新发送。
inv-err-answered = 此邀请已获答复或已撤回；不能再更改。
inv-err-revoke-registered = 此人已登记：请改为取消其登记。
inv-err-extend-past = 请选择尚未结束的日期。
inv-err-event-over = 此活动已结束；不能再为其发送邀请。
inv-err-upload = 上传的文件过大，或上传中断。

## Delegations
deleg-list-title = 代表团：{ $event }
deleg-count = { $count ->
   *[other] 已邀请{ $count }个国家
}
deleg-col-state = 国家
deleg-col-group = 区域组
deleg-col-focal-point = 联络点
deleg-col-quota = 席位
deleg-col-nominees = 已提名
deleg-col-note-verbale = 普通照会
deleg-nominated = { $count }/{ $quota }
deleg-download = 下载（PDF）
deleg-new-title = 邀请一个国家
deleg-new-hint = 联络点（常驻代表团或国家联络人）将收到一个链接，用于在席位数以内提名代表团成员，并附上普通照会。
deleg-field-state = 国家
deleg-field-quota = 席位
deleg-hint-quota = 该国可提名的人数（1至50）。
deleg-focal-point = 联络点
deleg-submit = 发送提名请求
deleg-done-created = 提名请求已排队等待发送。
deleg-err-exists = 此国家已受邀参加本活动。
deleg-err-focal-point-busy = 此人已是另一国家在本活动中的联络点。
deleg-err-quota = 请输入1至{ $max }之间的整数席位数。

## The focal point's nomination page
nom-title = { $country }的提名
nom-remaining = 剩余席位
nom-deadline = 提名截止日期
nom-so-far = { $count ->
    [0] 尚未提名任何人
   *[other] 已提名{ $count }人
}
nom-none-yet = 尚未提名任何人。
nom-form-title = 提名
nom-form-hint = 每人填写一栏；其余各栏留空。请标明代表团团长。在所有席位占满之前，您可以通过此链接返回，继续增加人员。
nom-quota-full = 所有席位均已占满。您仍可附上普通照会。
nom-row = 第{ $n }人
nom-field-position = 职务（职能）
nom-field-head = 代表团团长
nom-note-title = 普通照会
nom-field-note-ref = 普通照会编号
nom-field-note-date = 普通照会日期
nom-field-note-file = 普通照会（PDF）
nom-hint-note-file = PDF文件，不超过5 MB。如表单显示错误，请重新选择文件。
nom-submit = 提交提名
nom-done = { $count ->
    [0] 普通照会已记录在案。
   *[other] 谢谢：已提名{ $count }人，每人将收到个人邀请。
}
nom-link-invalid = 此提名链接无效。请使用您最近收到的电子邮件中的链接，或与秘书处联系。
nom-link-revoked = 秘书处已撤回此提名请求。
nom-link-expired = 此提名链接已于{ $date }过期。请与秘书处联系，获取新链接。
nom-event-cancelled = 此活动已取消；提名已截止。
nom-err-quota = 贵国可提名{ $quota }人，已提名{ $taken }人，因此最多还可提名{ $remaining }人。
nom-err-head-required = 请标明代表团团长。
nom-err-head-row = 请在您已填写的人员中标明一人为代表团团长。
nom-err-duplicate-email = 此地址已用于上面的另一人。
nom-err-already-invited = 此人已受邀参加本活动。
nom-err-nobody = 请至少填写一人，或附上普通照会。
nom-err-pdf-type = 普通照会必须为PDF文件。
nom-err-pdf-size = 普通照会不得超过{ $max } MB。
nom-notice = 被提名人的资料按照数据保护声明的规定使用；每位被提名人在登记时接受该声明。
