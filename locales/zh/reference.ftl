# Convene——中文消息：参考数据。

group-AFRICAN = 非洲国家
group-APG = 亚洲－太平洋国家
group-EEG = 东欧国家
group-GRULAC = 拉丁美洲和加勒比国家
group-WEOG = 西欧和其他国家

programme-MACHINERY = 裁军机制（第一委员会、裁军谈判会议、裁军审议委员会）
programme-NPT = 《不扩散核武器条约》
programme-CTBT = 《全面禁止核试验条约》
programme-BWC = 《生物武器公约》
programme-CHEMBIO = 秘书长调查机制（化学和生物武器）
programme-1540 = 安全理事会第1540号决议
programme-MISSILES = 导弹
programme-CONVENTIONAL = 常规武器（武器贸易、弹药、《特定常规武器公约》、禁止地雷）
programme-SALW = 小武器和轻武器（《行动纲领》）
programme-TRANSPARENCY = 军备透明（登记册、军事开支）
programme-REGIONAL = 区域裁军
programme-EDUCATION = 裁军教育和外联

unit-NY = 裁军事务厅，纽约
unit-GENEVA = 日内瓦处
unit-UNREC = 联合国非洲和平与裁军区域中心
unit-UNRCPD = 联合国亚洲及太平洋和平与裁军区域中心
unit-UNLIREC = 联合国拉丁美洲和加勒比和平、裁军与发展区域中心
