# 经济和信息化委员会 / 工业和信息化部: 制造业单项冠军 list (champion_{year}.csv), the enterprises (示范企业) and products
# recognised as manufacturing single-product champions, holding in the year imported. Every row gives the tag champion
# (the schemes' bonus key). A recognition holds three years from its batch's year (UNCONFIRMED: DOMAIN.md and
# DOMAIN-NOTES.md do not say; 复核 every three years assumed, as for 高新技术企业).
key: champion
source:
record: TAG
title: 制造业单项冠军名单 | Manufacturing single-product champions (official list)
unique: credit_code
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 企业名称, 单位名称, 名称
field: recognised  | TEXT        | required | | | 认定批次, 认定年份, 批次, 认定时间, 入选批次, 公布年份
field: product     | TEXT        | required | | | 单项冠军产品, 冠军产品, 产品名称, 产品, 主营产品名称
field: valid_until | TEXT        | optional | | | 有效期至, 有效期, 有效期截止日期
field: district    | TEXT        | optional | | | 所属区县, 区县
