# 税务局 tax bureau (tax_{year}.csv). TAX = VAT + income tax + other taxes + refunds (refunds ≤ 0).
key: tax
source: tax
record: FACTS
title: 税务局纳税数据 | Tax bureau payments
unique: credit_code
any: tax, vat, income_tax
unit-column: 计量单位, 金额单位
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 纳税人识别号, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 纳税人名称, 企业名称, 单位名称
field: year        | YEAR        | optional | | | 税款所属年度, 所属年度, 年度
field: vat         | AMOUNT      | optional | 万元 | | 增值税
field: income_tax  | AMOUNT      | optional | 万元 | | 企业所得税, 所得税
field: other_tax   | AMOUNT      | optional | 万元 | | 其他税费, 其他税收, 其他税种
field: refunds     | AMOUNT      | optional | 万元 | | 退税额, 退税, 出口退税
field: tax         | AMOUNT      | filled   | 万元 | tax | 实缴税额合计, 实缴税金, 税收合计, 实缴税额, 实缴税金合计, 实缴税款, 入库税收
