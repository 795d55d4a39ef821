# 经信委 park roster (parks.csv)
key: parks
source:
record: PARK
title: 园区名录 | Park roster
unique: park_code
field: park_code | TEXT     | required | | | 园区代码
field: name      | TEXT     | required | | | 园区名称
field: district  | DISTRICT | required | | | 所属区县, 区县
field: level     | PARK_LEVEL | required | | | 园区级别, 级别
