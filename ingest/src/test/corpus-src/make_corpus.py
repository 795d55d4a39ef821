#!/usr/bin/env python3
"""Writes the faulty-file corpus under ../resources/corpus/ (run from this folder). Credit codes carry real
GB 32100 check digits except where a fault says otherwise. Each file's faults are listed in corpus/README.md and
asserted row by row in CorpusTest."""
import os

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "corpus")


def code(district, n):
    body = "91" + district + "%08d" % (10000000 + n) + "X"
    s = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    c = 31 - s % 31
    return body + ALPHABET[0 if c == 31 else c]


def bad(code_):
    last = ALPHABET.index(code_[-1])
    return code_[:-1] + ALPHABET[(last + 1) % 31]


A, B, C, D, E = code("500112", 1), code("500112", 2), code("500105", 3), code("500106", 4), code("500108", 5)
F = code("500112", 6)


def write(name, text, encoding="utf-8", bom=False, newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def fw(s):
    """Full-width digits and punctuation."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


os.makedirs(OUT, exist_ok=True)

write("registration_gbk.csv",
      "统一社会信用代码,企业名称,所属区县,所属功能区,所属园区,国民经济行业代码,成立日期,登记状态,住所\n"
      f"{A},重庆甲机械有限公司,500112,两江新区,CQ-P-500112-01,3484,2010-03-15,存续,渝北区金开大道1号\n"
      f"{B},重庆乙电子有限公司,渝北区,,,3982,2015/7/1,在业,\"渝北区空港大道2号,3栋\"\n"
      f"{C},重庆丙食品有限公司,江北区,,,1391,2001年12月3日,存续,江北区\n"
      f"{D},重庆丁材料有限公司,沙坪坝区,西部科学城重庆高新区,,3311,1998.6.30,停业,沙坪坝区\n"
      f"{E},重庆戊汽车配件有限公司,南岸区,,,3670,20050101,存续,南岸区\n",
      encoding="gbk")

write("registration_faults.csv",
      "统一社会信用代码,企业名称,所属区县,所属功能区,所属园区,国民经济行业代码,成立日期,登记状态,住所\n"
      f"{bad(A)},坏校验位公司,500112,,,3484,2010-03-15,存续,\n"          # row 2: check digit
      f"{B},未知行业公司,500112,,,9999,2010-03-15,存续,\n"               # row 3: unknown industry
      f"{C},未知区县公司,火星区,,,3484,2010-03-15,存续,\n"               # row 4: unknown district
      f"{D},,500112,,,3484,2010-03-15,存续,\n"                          # row 5: blank name
      f"{E},日期错误公司,500112,,,3484,2010-13-45,存续,\n"               # row 6: bad date
      f"{F},正常公司,500112,,,3484,2010-03-15,存续,\n"                  # row 7: fine
      f"{F},正常公司,500112,,,3484,2010-03-15,存续,\n"                  # row 8: exact duplicate of 7
      f"{F},正常公司改名,500112,,,3484,2010-03-15,存续,\n"              # row 9: conflicting duplicate of 7
      f"{fw(A)},全角代码公司,500112,,,3484,2012-01-01,存续,\n"            # row 10: full-width code, fine
      f"{code('500112', 7)},未来公司,500112,,,3484,2030-01-01,存续,\n"  # row 11: founded after the year
      f"{code('500112', 8)},状态错误公司,500112,,,3484,2010-01-01,歇业,\n"  # row 12: unknown status
      f"{code('500112', 9)},中类代码公司,500112,,,391,2010-01-01,存续,\n"  # row 13: 3-digit industry
      f"{code('500112', 10)},功能区错误公司,500112,南坪新区,,3484,2010-01-01,存续,\n"  # row 14: unknown zone
      "12345,短代码公司,500112,,,3484,2010-01-01,存续,\n")             # row 15: short code

write("tax_bom_fullwidth.csv",
      "统一社会信用代码,纳税人名称,税款所属年度,增值税（万元）,企业所得税（万元）,其他税费（万元）,退税额（万元）,实缴税额合计（万元）\n"
      f"{A},甲,2023,{fw('100.5')},{fw('20')},{fw('5')},{fw('-0.5')},{fw('125')}\n"        # row 2: full-width, fine
      f"{B},乙,2023,\"1,234.5\",200,0,(34.5),\"1,400\"\n"                              # row 3: separators, (34.5)
      f"{C},丙,2023,50,10,—,-,\n"                                                    # row 4: total blank -> parts 60
      f"{D},丁,2022,1,1,1,0,3\n"                                                     # row 5: year mismatch
      f"{E},戊,2023,1,1,1,0,abc\n"                                                   # row 6: not a number
      f"{F},己,2023,1,1,1,0,12%\n"                                                   # row 7: percentage
      f"{code('500112', 7)},庚,2023,\"12,34\",0,0,0,12\n"                             # row 8: bad grouping
      f"{code('500112', 8)},辛,2023,0,0,0,0,0\n",                                     # row 9: zero is zero
      bom=True)

write("tax_yuan_semicolon.csv",
      "2023年度企业纳税情况表\n"
      ";;\n"
      "纳税人识别号;纳税人名称;实缴税额(元)\n"
      f"{A};甲;1250000\n"                     # row 4: 125 万元
      f"{B};乙;-30000\n"                      # row 5: net refund -3 万元
      f"{C};丙;\n"                            # row 6: blank total, no parts
      "合计;;1220000\n",                       # row 7: total row, skipped
      encoding="gbk")

write("tax_unit_column.tsv",
      "统一社会信用代码\t纳税人名称\t计量单位\t实缴税额\n"
      f"{A}\t甲\t元\t1250000\n"
      f"{B}\t乙\t万元\t140\n"
      f"{C}\t丙\t斤\t140\n")                  # row 4: unknown unit

write("power_tab.csv",
      "户号\t户名\t统一社会信用代码\t" + "\t".join(f"{m}月" for m in range(1, 13)) + "\t全年用电量(千瓦时)\n"
      f"5001\t甲一车间\t{A}\t" + "\t".join(["1000"] * 12) + "\t12000\n"       # row 2
      f"5002\t甲二车间\t{A}\t" + "\t".join(["500"] * 12) + "\t6000\n"         # row 3: same enterprise
      f"5003\t乙\t{B}\t" + "\t".join(["100"] * 11 + ["-5"]) + "\t1195\n"      # row 4: negative month
      f"5004\t丙\t{C}\t" + "\t".join([""] * 12) + "\t\n"                       # row 5: no figure
      f"5005\t丁\t{D}\t" + "\t".join(["100"] * 12) + "\t2000\n"               # row 6: annual != months (warning)
      f"5001\t甲一车间\t{A}\t" + "\t".join(["1000"] * 12) + "\t12000\n")      # row 7: exact duplicate account

write("land_parcels_pipe.csv",
      "宗地编号|权利人统一社会信用代码|权利人名称|坐落|土地用途|宗地面积(亩)\n"
      f"ZD-001|{A}|甲|渝北|工业用地|30\n"
      f"ZD-002|{A}|甲|渝北|工业用地|20.5\n"
      f"ZD-003|{B}|乙|渝北|工业用地|-3\n"        # row 4: negative land
      f"ZD-004|{C}|丙|江北|工业用地|0\n"         # row 5: zero
      f"ZD-001|{B}|乙|渝北|工业用地|30\n"        # row 6: conflicting duplicate parcel
      f"ZD-005||无主|渝北|工业用地|10\n")         # row 7: blank owner

write("land_leases.csv",
      "出租方统一社会信用代码,承租方统一社会信用代码,承租方名称,租赁用地面积(平方米),租赁起始日期,租赁终止日期\n"
      f"{A},{B},乙,6666.67,2020-01-01,2030-12-31\n"
      f"{A},{A},甲,100,2020-01-01,2030-12-31\n"          # row 3: landlord = tenant
      f"{A},{C},丙,100,2025-01-01,2020-12-31\n",          # row 4: ends before it starts
      bom=True)

write("environment_faults.csv",
      "统一社会信用代码,单位名称,化学需氧量排放量(吨),氨氮排放量(吨),二氧化硫排放量(吨),氮氧化物排放量(吨),环境违法次数\n"
      f"{A},甲,1.5,0.2,3,4,0\n"
      f"{B},乙,5%,0.2,3,4,0\n"          # row 3: percentage
      f"{C},丙,1,-0.2,3,4,0\n"          # row 4: negative emission
      f"{D},丁,1,0.2,3,4,1.5\n")        # row 5: fractional count

write("quoted_crlf.csv",
      "统一社会信用代码,纳税人名称,实缴税额(万元)\n"
      f"{A},\"甲,有限\"\"公司\"\"\",10\n"
      f"{B},\"乙\n第二行\",20\n"
      f"{C},丙,30\n", newline="\r\n")

write("truncated.csv",
      "统一社会信用代码,纳税人名称,实缴税额(万元)\n"
      f"{A},甲,10\n"
      f"{B},\"乙公司,2")

write("empty.csv", "")
write("title_only.csv", "2023年度企业纳税情况表\n")
write("missing_column.csv",
      "纳税人名称,实缴税额(万元)\n"
      "甲,10\n")
write("wrong_unit.csv",
      "统一社会信用代码,纳税人名称,实缴税额(吨)\n"
      f"{A},甲,10\n")

write("parks.csv",
      "园区代码,园区名称,所属区县,园区级别\n"
      "CQ-P-500112-01,空港工业园区,500112,市级\n"
      "CQ-P-CQ-LJXQ-01,两江鱼复工业园,CQ-LJXQ,国家级\n"
      "CQ-P-500105-01,江北港城工业园,江北区,省级\n")   # row 4: unknown level

print("A", A, "B", B, "C", C, "D", D, "E", E, "F", F)
