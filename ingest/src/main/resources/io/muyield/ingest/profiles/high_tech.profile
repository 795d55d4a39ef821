# 科技局 science and technology bureau: 高新技术企业名单 (the enterprises holding a valid 高新技术企业 certificate in the
# year imported; high_tech_{year}.csv). Every row gives the tag high_tech (the schemes' bonus key).
# field: id | kind | required/column/filled/optional | default unit | fact | headers (first = the contract's spelling)
key: high_tech
source:
record: TAG
title: 高新技术企业名单 | High-tech enterprises (official list)
unique: credit_code
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 企业名称, 单位名称, 名称
field: certificate | TEXT        | required | | | 证书编号, 高新技术企业证书编号, 证书号
field: recognised  | TEXT        | optional | | | 认定年份, 发证日期, 认定日期, 认定批次, 批次, 发证时间
field: valid_until | TEXT        | optional | | | 有效期至, 有效期, 有效期截止日期, 证书有效期, 有效截止日期
field: district    | TEXT        | optional | | | 所属区县, 区县
