package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.industry.IndustryCode;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.RegistrationRecord;
import io.muyield.ingest.record.SourceRecord;

import java.time.LocalDate;
import java.util.Optional;

/** Market registration rows → {@link Enterprise}. */
final class RegistrationMapper implements RecordMapper {

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        Optional<String> name = r.text("name");
        Optional<String> district = r.district("district");
        Optional<String> zone = r.zone("zone");
        Optional<String> park = r.park("park");
        Optional<IndustryCode> industry = r.industry("industry");
        Optional<LocalDate> founded = r.date("founded");
        Optional<EnterpriseStatus> status = r.status("status");
        founded.ifPresent(d -> {
            if (d.getYear() > r.year()) {
                r.error("founded", "成立日期" + d + "晚于导入年度" + r.year(), "founding date " + d + " is after the year imported");
            } else if (d.getYear() < 1949) {
                r.error("founded", "成立日期" + d + "不合理", "implausible founding date " + d);
            }
        });
        if (!r.ok()) {
            return Optional.empty();
        }
        Enterprise e = new Enterprise(code.orElseThrow(), name.orElseThrow(), district.orElseThrow(), zone, park,
                industry.orElseThrow(), founded.orElseThrow(), status.orElseThrow());
        return Optional.of(new RegistrationRecord(e, r.textOrEmpty("address"), origin));
    }
}
