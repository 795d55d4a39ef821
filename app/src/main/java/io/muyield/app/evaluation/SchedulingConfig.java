package io.muyield.app.evaluation;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs of the web application: the automatic close of ended notice periods ({@link NoticePeriodCloser}). */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
