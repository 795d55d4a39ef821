# 应急管理局 emergency management bureau: 生产安全事故 of the year (safety_accidents_{year}.csv), one accident per row.
# 事故等级 特别重大/重大 → event major_safety_accident (the schemes' safety veto), 较大/一般 → safety_accident.
key: safety_accidents
source:
record: EVENT
title: 生产安全事故清单 | Work-safety accidents
unique: credit_code, date
field: credit_code   | CREDIT_CODE | required | | | 统一社会信用代码, 事故单位统一社会信用代码, 社会信用代码, 信用代码
field: name          | TEXT        | optional | | | 事故单位, 企业名称, 单位名称, 事故单位名称
field: date          | DATE        | required | | | 事故发生日期, 发生日期, 事故日期, 发生时间, 事故发生时间
field: severity      | TEXT        | required | | | 事故等级, 事故级别, 等级
field: accident_kind | TEXT        | optional | | | 事故类型, 事故类别
field: deaths        | COUNT       | optional | | | 死亡人数, 死亡(人), 死亡
