# Convene——中文消息：出席证书和证件。

field-certificate-percent = 出席证书：最低出席率（%）
hint-certificate-percent = 适用于讲习班和培训班：与会者必须出席的活动天数比例（1–100）。留空则不颁发证书。
err-certificate-percent = 请输入1至100的整数百分比，或留空表示不颁发证书。
err-certificate-kind = 仅为讲习班和培训班颁发出席证书。

tab-certificates = 证书和证件
cert-title = 出席证书
cert-no-rule = 本活动不颁发出席证书。
cert-set-rule = 请为活动设定最低出席率。
cert-rule = 已确认的与会者凡出席活动{ $days }天中至少{ $percent }%（按在签到台有进场记录的不同日期计算），均获颁证书。
cert-figures = 在{ $confirmed }名已确认的与会者中，{ $qualifying }名符合条件；{ $issued ->
   *[other] 已颁发{ $issued }份证书。
}
cert-issue = 颁发证书
cert-issue-hint = 向每位符合条件但尚未获得证书的与会者颁发证书，并通过电子邮件向每人发送下载链接。再次颁发不会重复发送。活动结束后，每日定时任务也会执行同样的操作。
cert-not-ended = 活动结束后方可颁发证书。
cert-issued-now = { $issued ->
   *[other] 现已颁发{ $issued }份证书并通过电子邮件发送；
}{ $already ->
   *[other] { $already }名与会者此前已获得证书。
}
cert-nobody = 尚无已确认的与会者。
cert-col-name = 姓名
cert-col-days = 出席天数
cert-col-certificate = 证书
cert-col-badge = 证件
cert-badge = 证件（PDF）
cert-badges-all = 所有已确认与会者的证件（PDF）
cert-revoke = 撤销
cert-revoked-on = 于{ $date }撤销
cert-download = 下载我的证书（PDF）
cert-verify-title = 核验出席证书
cert-verify-intro = 请输入证书底部印有的核验码。
cert-code = 核验码
cert-verify = 核验
cert-valid = 此证书有效。
cert-revoked = 此证书已于{ $date }撤销，不再有效。
cert-unknown = 没有与此代码对应的证书。请与证书核对后重试。
cert-event = 活动
cert-dates = 日期
cert-issued-on = 颁发日期

cert-pdf-title = 出席证书
cert-pdf-certify = 兹证明
cert-pdf-attended = 出席了
cert-pdf-days = 出席天数：{ $attended }天（共{ $total }天）
cert-pdf-issued = 秘书处于{ $date }颁发
cert-pdf-code = 核验码：{ $code }
cert-pdf-verify = 如需核验本证书，请访问：

cert-err-code = 核验码由16个字母和数字组成，与证书上印制的一致（例如K7QM-4XPD-9TWA-2HCE）。
cert-err-no-rule = 本活动不颁发出席证书：请先为活动设定最低出席率。
cert-err-not-held = 只为已举行的活动（已发布、未取消）颁发证书。
cert-err-dates = 颁发证书需要活动的确切日期：该活动的日期仅精确到月。
cert-err-not-ended = 活动结束后方可颁发证书。
cert-err-revoked = 此证书已被撤销。
cert-err-none = 尚未就此登记颁发出席证书。
cert-err-withdrawn = 此出席证书已被秘书处撤销。
