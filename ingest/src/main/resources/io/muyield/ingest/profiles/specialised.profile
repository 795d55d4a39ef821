# 经济和信息化委员会 economy and information bureau: 专精特新中小企业 and 专精特新"小巨人" lists (specialised_{year}.csv).
# The 认定类型 column gives the tag: 小巨人 → little_giant, 专精特新(中小企业) → specialised (the schemes' bonus keys).
key: specialised
source:
record: TAG
title: 专精特新企业名单 | Specialised SMEs and little giants (official lists)
unique: credit_code, level
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 企业名称, 单位名称, 名称
field: level       | TEXT        | required | | | 认定类型, 企业类型, 认定级别, 类别, 级别, 名单类别
field: certificate | TEXT        | optional | | | 证书编号, 认定文号, 文号
field: recognised  | TEXT        | optional | | | 认定年份, 认定批次, 批次, 认定日期, 认定时间
field: valid_until | TEXT        | optional | | | 有效期至, 有效期, 有效期截止日期
field: district    | TEXT        | optional | | | 所属区县, 区县
