# Convene——中文消息：报告。

rep-err-programme = 没有代码为“{ $code }”的方案。
rep-err-unit = 没有代码为“{ $code }”的单位。
rep-err-series = 没有代码为“{ $code }”的系列。
rep-err-date = 请按YYYY-MM-DD格式输入日期，例如2007-01-31。
rep-err-range = 结束日期早于开始日期。

nav-reports = 报告
tab-report = 报告
rep-title = 跨活动报告
rep-intro = 某一方案、系列、单位或期间内已发布活动的成果：已举行的活动、与会者、国家、区域组和女性比例。筛选条件留空则包括您有权查看的全部内容。
rep-event-title = 报告：{ $title }
rep-definitions = 已登记：仍然有效的登记（待核准、已确认、候补名单）以及所有出席者。已出席：至少扫描进场一次（已撤销的扫描不计；离场不取消出席）。国家、区域组和女性按已确认的与会者统计；一个国家无论有多少名代表、参加多少项活动，均只计一次。
rep-programme = 方案
rep-series = 系列
rep-series-hint = 系列代码，例如1540-WS。
rep-unit = 单位
rep-from = 活动开始日期自
rep-to = 活动开始日期至
rep-show = 显示报告
rep-downloads = 下载
rep-events-held = 已举行的活动
rep-invited = 已邀请
rep-registered = 已登记
rep-confirmed = 已确认
rep-attended = 已出席
rep-attendance-rate = 出席率（已出席/已确认）
rep-states = 国家
rep-states-attended = 出席的国家
rep-regional-groups = 覆盖的区域组
rep-women = 女性
rep-women-share = 女性比例
rep-certificates = 已颁发证书
rep-funnel = 从邀请到出席
rep-per-day = 每日到场人数
rep-day = 日期
rep-per-session = 每个场次到场人数
rep-session = 场次
rep-no-sessions = 日程中没有场次，因此无法按场次统计。
rep-nobody = 尚无人登记。
rep-not-stated = 未说明
rep-events = 活动
rep-event = 活动
rep-dates = 开始日期
rep-no-events = 没有符合这些筛选条件的已发布活动。
rep-by-regional_group = 按区域组分列
rep-by-gender = 按性别分列
rep-by-organisation_type = 按组织类型分列
rep-by-state = 按国家分列
rep-by-role = 按角色分列
rep-sheet-summary = 摘要
rep-sheet-regional_group = 区域组
rep-sheet-gender = 性别
rep-sheet-organisation_type = 组织类型
rep-sheet-state = 国家
rep-sheet-role = 角色
rep-sheet-event = 活动
rep-sheet-day = 日期
rep-sheet-session = 场次

# 按活动举办地的日期区分活动，以当前时间为准。
rep-events-under-way = 进行中的活动
rep-events-planned = 计划中的活动
rep-list-held = 已举行（{ $count }）
rep-list-under_way = 进行中（{ $count }）
rep-list-planned = 计划中（{ $count }）
rep-stage-held = 已举行
rep-stage-under_way = 进行中
rep-stage-planned = 计划中

# 不绘制图表的原因：没有可绘制的数据。
rep-no-funnel = 尚无可绘制图表的数据：尚未邀请任何人，也无人登记。
rep-no-check-ins-planned = 尚无签到记录：活动尚未开始。
rep-no-check-ins-under-way = 尚无签到记录：迄今无人在签到台扫描进场。
rep-no-check-ins-held = 没有签到记录：活动已结束，无人在签到台扫描进场。
rep-none-confirmed = 无图表：尚无人获得确认。表格统计的是登记数。
rep-per-session-note = 全天签到视为出席当天的每个场次。

# Remote participation
rep-by-attendance_mode = 按参会方式分列
rep-sheet-attendance_mode = 参会方式
rep-remote-note = 远程与会者不办理现场签到：他们计为已登记和已确认的远程与会者；“出席”仅统计在会场签到的人员。
