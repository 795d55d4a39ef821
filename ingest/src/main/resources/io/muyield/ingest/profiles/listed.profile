# 金融监管 / 证券交易所 data: 上市企业 list (listed_{year}.csv), one row per listed enterprise. Tag listed (the schemes'
# bonus key) from the 上市日期 on, until the 退市日期 when given: a row listed after the year imported, or delisted
# before it began, is refused. One row per enterprise (a second listing, e.g. A+H, is refused as a duplicate).
key: listed
source:
record: TAG
title: 上市企业名单 | Listed companies
unique: credit_code
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 企业名称, 公司名称, 证券简称, 单位名称, 名称
field: stock_code  | TEXT        | required | | | 证券代码, 股票代码, 上市代码
field: listed_on   | DATE        | required | | | 上市日期, 上市时间, 首发上市日期
field: delisted_on | DATE        | optional | | | 退市日期, 终止上市日期, 摘牌日期
field: exchange    | TEXT        | optional | | | 交易所/板块, 上市板块, 交易所, 板块, 上市地点, 上市交易所
