# 规划自然资源局 land register, one row per parcel (land_parcels_{year}.csv)
key: land_parcels
source: land
record: PARCEL
title: 宗地登记信息 | Land register parcels
unique: parcel_id
field: parcel_id  | TEXT        | required | | | 宗地编号, 宗地代码, 不动产单元号
field: owner      | CREDIT_CODE | required | | | 权利人统一社会信用代码, 权利人代码, 权利人信用代码, 统一社会信用代码
field: owner_name | TEXT        | optional | | | 权利人名称, 权利人
field: location   | TEXT        | optional | | | 坐落, 宗地坐落, 土地坐落
field: use        | TEXT        | optional | | | 土地用途, 用途
field: area       | AMOUNT      | required | 平方米 | land_owned | 宗地面积, 用地面积, 土地面积, 面积
