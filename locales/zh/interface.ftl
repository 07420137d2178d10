# 设计系统：网站页眉、导航、页面标题和共用组件。
site-office = 联合国裁军事务厅
nav-menu = 菜单
nav-donors = 捐助方
nav-funding = 经费
nav-breadcrumbs = 导航路径
tab-overview = 概览

## Empty states: what is missing, then what to do next
empty-public-events-next = 在日历中查看已举行和计划中的活动。
empty-events = 没有匹配的活动。
empty-events-next = 新建活动，或清除筛选条件。
empty-schedule-next = 使用下方表单添加第一个场次。
empty-registrations = 没有匹配的登记。
empty-registrations-next = 在“邀请”栏目中邀请人员，或手动为人员登记。
reg-action = 操作
empty-invitations = 没有匹配的邀请。
empty-invitations-next = 邀请人员、导入名单，或从以往活动复制人员。
empty-delegations = 尚未邀请任何国家派遣代表团。
empty-delegations-next = 使用下方表单邀请一个国家。
empty-donors = 尚未记录任何捐助方。
empty-donors-next = 使用下方表单记录第一个捐助方。
empty-contacts-next = 使用下方表单添加联系人：联系人可登录捐助方门户。
empty-contributions-next = 使用下方表单记录一笔捐款。
empty-sources-next = 使用下方表单分配一笔捐款的一部分，或让本活动继续由经常预算供资。
empty-audit = 尚无任何记录。
empty-mailbox = 尚无排队等待发送的邮件。
mailbox-messages = 邮件
mailbox-retrying-caption = 正在重试的邮件
empty-reminders-next = 提醒发给已确认的与会者：请查看登记。
empty-report-next = 请扩大日期范围，或选择其他方案或单位。
empty-certificates-next = 证书以已确认的登记为依据：请先审查登记。
