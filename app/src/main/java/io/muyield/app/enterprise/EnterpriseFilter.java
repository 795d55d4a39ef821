package io.muyield.app.enterprise;

import io.muyield.store.enterprise.EnterpriseQuery;

/** The list filters as request parameters (all optional), shared by the page and the API. */
record EnterpriseFilter(String district, String park, String industry, Boolean aboveScale, Integer year, String q) {

    EnterpriseQuery toQuery() {
        EnterpriseQuery query = EnterpriseQuery.all().withDistrict(district).withPark(park).withIndustryPrefix(industry).withText(q);
        if (aboveScale != null) {
            query = query.withAboveScale(aboveScale);
        }
        if (year != null) {
            query = query.withYear(year);
        }
        return query;
    }
}
