package io.muyield.store.reference;

import io.muyield.core.cluster.ClusterTier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing the shipped files, and refusing bad rows with file and line (no database needed). */
class ReferenceFilesTest {

    @Test
    void theShippedFilesParse() {
        ReferenceData.Contents contents = ReferenceData.read();
        assertThat(contents.industries().size()).isEqualTo(1971);
        assertThat(contents.regions().regions()).hasSize(45);
        assertThat(contents.regions().memberships()).hasSize(76);
        assertThat(contents.clusters()).hasSize(30);
        assertThat(contents.energyFactors()).hasSize(155);
        assertThat(CsvTable.class.getClassLoader().getResource("refdata/chongqing_districts.geojson")).isNotNull();
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse("x.csv", "\uFEFFa,b\r\n\"1,2\",\"say \"\"hi\"\"\nthere\"\n3,\n");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).get("a")).isEqualTo("1,2");
        assertThat(t.rows().get(0).get("b")).isEqualTo("say \"hi\"\nthere");
        assertThat(t.rows().get(1).line()).isEqualTo(4);
        assertThat(t.rows().get(1).optional("b")).isEmpty();
    }

    @Test
    void aBadIndustryRowNamesFileAndLine() {
        CsvTable t = CsvTable.parse(IndustryTable.FILE, "code,level,name_zh,name_en,parent,section\nA,1,农业,,,A\n01,3,农业,,A,A\n");
        assertThatThrownBy(() -> IndustryTable.parse(t)).isInstanceOf(ReferenceDataException.class)
                .hasMessage("gbt4754_2017.csv line 3: level 3 does not fit code 01");
        CsvTable orphan = CsvTable.parse(IndustryTable.FILE, "code,level,name_zh,name_en,parent,section\n01,2,农业,,A,A\n");
        assertThatThrownBy(() -> IndustryTable.parse(orphan)).hasMessageContaining("gbt4754_2017.csv").hasMessageContaining("unknown parent A");
    }

    @Test
    void tooManyCellsIsRefused() {
        assertThatThrownBy(() -> CsvTable.parse("energy_factors.csv", "a,b\n1,2,3\n"))
                .hasMessage("energy_factors.csv line 2: 3 cells but the header has 2");
    }

    @Test
    void aBadRegionOrClusterRowNamesFileAndLine() {
        String header = "code,name_zh,name_en,unit_type,has_gbt2260_code,parent_code,group_2020,subgroup_2020,group_2024,subarea_2024,overlaps_districts,notes\n";
        CsvTable regions = CsvTable.parse(RegionTable.FILE, header + "500101,万州区,Wanzhou,district,Y,500000,渝东北三峡库区城镇群,,某群,,,\n");
        assertThatThrownBy(() -> RegionTable.parse(regions)).hasMessage("chongqing_regions.csv line 2: group_2024 names an unknown group '某群'");
        CsvTable badCode = CsvTable.parse(RegionTable.FILE, header + "5001,万州区,Wanzhou,district,Y,500000,,,,,,\n");
        assertThatThrownBy(() -> RegionTable.parse(badCode)).hasMessageStartingWith("chongqing_regions.csv line 2:");
        assertThat(ClusterTable.tierOf("新星产业集群-未来产业 (rising-star: future industry)")).isEqualTo(ClusterTier.RISING_STAR_FUTURE);
        assertThat(ClusterTable.tierOf("五千亿级支柱产业集群 (500-billion pillar)")).isEqualTo(ClusterTier.FIVE_HUNDRED_BILLION);
    }

    @Test
    void aParkRosterRowWithAnUnknownLevelIsRefused() {
        assertThatThrownBy(() -> ParkRoster.parse("parks.csv", "园区代码,园区名称,所属区县,园区级别\nCQ-P-500112-01,空港,500112,省级\n"))
                .hasMessageStartingWith("parks.csv line 2: 未知的园区级别“省级”");
    }
}
