# 统计局 statistics bureau (statistics_{year}.xlsx, sheets 规上工业 and 规下工业); statistics reports in 千元.
key: statistics
source: statistics
record: FACTS
title: 统计局工业企业主要经济指标 | Statistics bureau industrial indicators
unique: credit_code
any: output, revenue, value_added
unit-column: 计量单位, 金额单位
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 单位详细名称, 单位名称, 企业名称
field: industry    | INDUSTRY    | optional | | | 行业代码, 国民经济行业代码, 行业小类代码
field: scale       | SCALE_FLAG  | optional | | | 规模标志, 是否规上, 规上标志
field: output      | AMOUNT      | required   | 千元 | output | 工业总产值(当年价格), 工业总产值, 工业总产值(现价)
field: revenue     | AMOUNT      | required   | 千元 | revenue | 营业收入, 主营业务收入, 销售收入
field: value_added | AMOUNT      | required   | 千元 | value_added | 工业增加值
field: rd_spending | AMOUNT      | optional | 千元 | rd_spending | 研究与试验发展经费支出, R&D经费支出, 研发经费支出, 研发费用
field: employees   | AMOUNT      | optional | 人 | employees | 从业人员平均人数, 年平均职工人数, 从业人员期末人数
field: energy      | AMOUNT      | optional | 吨标准煤 | energy | 综合能源消费量, 综合能耗
field: water       | AMOUNT      | optional | 吨 | water | 用水量, 用水总量
