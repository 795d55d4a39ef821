# 生态环境局 environment bureau (environment_{year}.xlsx, sheet 重点排污单位)
key: environment
source: environment
record: FACTS
title: 重点排污单位排放量 | Emissions of key polluters
unique: credit_code
any: cod, ammonia_nitrogen, so2, nox
field: credit_code      | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name             | TEXT        | optional | | | 单位名称, 企业名称
field: cod              | AMOUNT      | filled   | 吨 | cod | 化学需氧量排放量, COD, COD排放量, 化学需氧量
field: ammonia_nitrogen | AMOUNT      | filled   | 吨 | ammonia_nitrogen | 氨氮排放量, 氨氮, NH3-N, 氨氮(NH3-N)
field: so2              | AMOUNT      | filled   | 吨 | so2 | 二氧化硫排放量, 二氧化硫, SO2
field: nox              | AMOUNT      | filled   | 吨 | nox | 氮氧化物排放量, 氮氧化物, NOx
field: violations       | COUNT       | optional | | | 环境违法次数, 违法次数, 环境违法行为次数
