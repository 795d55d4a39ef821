# 市场监管局 market registration (docs/DEPARTMENT-FILES.md, registration_{year}.csv)
# field: id | kind | required/column/optional | default unit | fact | headers (first = the contract's spelling)
key: registration
source: registration
record: REGISTRATION
title: 市场主体登记信息 | Market registration
unique: credit_code
field: credit_code | CREDIT_CODE | required | | | 统一社会信用代码, 社会信用代码, 信用代码, 统一代码
field: name        | TEXT        | required | | | 企业名称, 单位名称, 名称, 市场主体名称
field: district    | DISTRICT    | required | | | 所属区县, 区县, 行政区划代码, 所属行政区划, 行政区划, 区县代码
field: zone        | ZONE        | optional | | | 所属功能区, 功能区
field: park        | PARK        | optional | | | 所属园区, 园区名称, 园区代码, 园区
field: industry    | INDUSTRY    | required | | | 国民经济行业代码, 行业代码, 行业小类代码, 国民经济行业分类代码, 行业分类代码
field: founded     | DATE        | required | | | 成立日期, 注册日期, 成立时间, 登记日期
field: status      | STATUS      | required | | | 登记状态, 经营状态, 企业状态
field: address     | TEXT        | optional | | | 住所, 注册地址, 地址, 经营场所
