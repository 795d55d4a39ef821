# 发展改革委 / 法院 credit lists: 严重失信主体名单 and 失信被执行人 (dishonesty_{year}.csv), entries on the list in the
# year imported → event serious_dishonesty (the schemes' dishonesty veto).
key: dishonesty
source:
record: EVENT
title: 严重失信主体名单 | Serious dishonesty (credit lists)
unique: credit_code, listed
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 企业名称, 失信主体名称, 被执行人名称, 单位名称, 名称
field: listed      | DATE        | required | | | 列入日期, 列入时间, 认定日期, 发布日期, 立案时间
field: removed     | DATE        | optional | | | 移出日期, 移出时间, 信用修复日期
field: reason      | TEXT        | optional | | | 失信行为, 列入原因, 失信情形, 主要失信事实
field: list        | TEXT        | optional | | | 名单类型, 名单, 名单类别
