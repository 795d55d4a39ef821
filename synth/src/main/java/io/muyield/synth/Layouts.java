package io.muyield.synth;

import static io.muyield.synth.TableLayout.NONE;

/** The department files' columns (first header spellings of docs/DEPARTMENT-FILES.md) and their fault roles. */
final class Layouts {

    private Layouts() {
    }

    static final String[] MONTHS = {"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"};

    static final TableLayout REGISTRATION = TableLayout.of(new String[]{"统一社会信用代码", "企业名称", "所属区县", "所属功能区",
                    "所属园区", "国民经济行业代码", "成立日期", "登记状态", "住所"},
            new int[]{0}, new int[]{1, 2, 5, 6, 7}, new int[0], new int[0], 5, 2, NONE, NONE, NONE);

    static final TableLayout TAX = TableLayout.of(new String[]{"统一社会信用代码", "纳税人名称", "税款所属年度", "增值税(万元)",
                    "企业所得税(万元)", "其他税费(万元)", "退税额(万元)", "实缴税额合计(万元)"},
            new int[]{0}, new int[]{7}, new int[]{3, 4, 5, 6, 7}, new int[]{3, 4, 5, 6, 7}, NONE, NONE, NONE, NONE, NONE);

    static final TableLayout STATISTICS = TableLayout.of(new String[]{"统一社会信用代码", "单位详细名称", "行业代码", "规模标志",
                    "工业总产值(当年价格)(千元)", "营业收入(千元)", "工业增加值(千元)", "研究与试验发展经费支出(千元)", "从业人员平均人数(人)",
                    "综合能源消费量(吨标准煤)", "用水量(吨)"},
            new int[]{0}, new int[]{4, 5, 6}, new int[]{4, 5, 6, 7, 8, 9, 10}, new int[0], 2, NONE, NONE, 4, 6);

    static final TableLayout PARCELS = TableLayout.of(new String[]{"宗地编号", "权利人统一社会信用代码", "权利人名称", "坐落", "土地用途",
                    "宗地面积(平方米)"},
            new int[]{1}, new int[]{5}, new int[]{5}, new int[0], NONE, NONE, 5, NONE, NONE);

    static final TableLayout LEASES = TableLayout.of(new String[]{"出租方统一社会信用代码", "承租方统一社会信用代码", "承租方名称",
                    "租赁用地面积(平方米)", "租赁起始日期", "租赁终止日期"},
            new int[]{0, 1}, new int[]{3}, new int[]{3}, new int[0], NONE, NONE, 3, NONE, NONE);

    static final TableLayout POWER = TableLayout.of(power(), new int[]{2}, new int[]{15},
            new int[]{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, new int[0], NONE, NONE, NONE, NONE, NONE);

    static final TableLayout ENVIRONMENT = TableLayout.of(new String[]{"统一社会信用代码", "单位名称", "化学需氧量排放量(吨)",
                    "氨氮排放量(吨)", "二氧化硫排放量(吨)", "氮氧化物排放量(吨)", "环境违法次数"},
            new int[]{0}, new int[]{2, 3, 4, 5}, new int[]{2, 3, 4, 5, 6}, new int[0], NONE, NONE, NONE, NONE, NONE);

    static final String[] PARKS = {"园区代码", "园区名称", "所属区县", "园区级别"};

    private static String[] power() {
        String[] h = new String[16];
        h[0] = "户号";
        h[1] = "户名";
        h[2] = "统一社会信用代码";
        System.arraycopy(MONTHS, 0, h, 3, 12);
        h[15] = "全年用电量(千瓦时)";
        return h;
    }
}
