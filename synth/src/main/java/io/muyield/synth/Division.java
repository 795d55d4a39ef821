package io.muyield.synth;

/** A GB/T 4754 大类 with the parameters that shape its enterprises (resource divisions.csv). */
record Division(int code, double[] weightByBand, double valueAddedRate, double taxRate, double outputPerMu,
                double energyProductivity, double electricityShare, double waterPerOutput, double polluterShare,
                char emissionType, double emissionProductivity, double labourProductivity, double rdFactor,
                String[] words) {

    boolean industrial() {
        return code >= 6 && code <= 46;
    }

    boolean manufacturing() {
        return code >= 13 && code <= 43;
    }

    static Division parse(String[] c) {
        return new Division(Integer.parseInt(c[0]),
                new double[]{Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])},
                Double.parseDouble(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]), Double.parseDouble(c[7]),
                Double.parseDouble(c[8]), Double.parseDouble(c[9]), Double.parseDouble(c[10]), c[11].charAt(0),
                Double.parseDouble(c[12]), Double.parseDouble(c[13]), Double.parseDouble(c[14]), c[15].split("\\|"));
    }
}
