# 国网重庆电力 power company, one row per account (power_{year}.csv, tab-separated)
key: power
source: power
record: POWER_ACCOUNT
title: 电力用户用电量 | Electricity use by account
unique: account
any: annual, month_1
field: account      | TEXT        | required | | | 户号, 用电户号, 电力户号
field: account_name | TEXT        | optional | | | 户名, 用电户名
field: credit_code  | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: month_{m}    | AMOUNT      | optional | 千瓦时 | electricity | {m}月, {m}月份, {mm}月, {cm}月, {m}月用电量, {m}月用电, {m}月电量
field: annual       | AMOUNT      | filled   | 千瓦时 | electricity | 全年用电量, 年用电量, 用电量合计, 用电量, 全年合计, 合计
