# leases of industrial land (land_leases_{year}.csv): area goes to the tenant, off the landlord's own land
key: land_leases
source: land
record: LEASE
title: 工业用地租赁信息 | Industrial land leases
unique: landlord, tenant, start
field: landlord    | CREDIT_CODE | required | | | 出租方统一社会信用代码, 出租方信用代码, 出租方代码
field: tenant      | CREDIT_CODE | required | | | 承租方统一社会信用代码, 承租方信用代码, 承租方代码
field: tenant_name | TEXT        | optional | | | 承租方名称
field: landlord_name | TEXT      | optional | | | 出租方名称
field: area        | AMOUNT      | required | 平方米 | land_leased | 租赁用地面积, 租赁面积, 出租面积
field: start       | DATE        | optional | | | 租赁起始日期, 起租日期, 租赁开始日期
field: end         | DATE        | optional | | | 租赁终止日期, 到期日期, 租赁结束日期
