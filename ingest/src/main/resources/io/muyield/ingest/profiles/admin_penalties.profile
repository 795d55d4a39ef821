# 信用中国 / 市场监管 行政处罚 records (admin_penalties_{year}.csv): one row per penalty decision, one occurrence of the
# event admin_penalty (the schemes' per-occurrence deduction), counted in the year of its 处罚日期 (a row of another
# year is refused). A 处罚决定书文号 given twice is refused (the second row), so a decision is never counted twice.
key: admin_penalties
source:
record: EVENT
title: 行政处罚信息 | Administrative penalties
unique: decision_no
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 行政相对人统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 行政相对人名称, 企业名称, 当事人名称, 单位名称, 名称
field: decision_no | TEXT        | required | | | 处罚决定书文号, 行政处罚决定书文号, 决定书文号, 处罚文书号, 文号
field: date        | DATE        | required | | | 处罚日期, 处罚决定日期, 作出处罚决定日期, 决定日期
field: authority   | TEXT        | optional | | | 处罚机关, 处罚机构, 作出处罚的机关, 执法机关
field: reason      | TEXT        | optional | | | 处罚事由, 违法事实, 违法行为类型, 处罚类别
