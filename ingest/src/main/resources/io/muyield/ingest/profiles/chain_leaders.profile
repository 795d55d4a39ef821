# 经济和信息化委员会 (产业链 链长制): 链主企业 list (chain_leaders_{year}.csv): the firms recognised as chain leaders of the
# city's key industrial chains. Tag chain_leader (the schemes' bonus key). A row recognised after the year imported is
# refused; how long a recognition holds is not stated (DOMAIN-NOTES §5.4): the list of the year is taken as it stands
# (UNCONFIRMED). One row per enterprise (a leader of two chains: both names in the cell).
key: chain_leaders
source:
record: TAG
title: 链主企业名单 | Chain-leader firms (official list)
unique: credit_code
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码
field: name        | TEXT        | optional | | | 企业名称, 链主企业, 链主企业名称, 单位名称, 名称
field: chain       | TEXT        | required | | | 产业链名称, 产业链, 所属产业链, 重点产业链
field: recognised  | TEXT        | optional | | | 认定年份, 认定时间, 认定批次, 批次
