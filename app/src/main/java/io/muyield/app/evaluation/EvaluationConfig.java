package io.muyield.app.evaluation;

import io.muyield.store.Database;
import io.muyield.store.evaluation.GroupFigureRepository;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.ResultRepository;
import io.muyield.store.evaluation.RunRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evaluation feature's store objects as beans. */
@Configuration
class EvaluationConfig {

    @Bean
    RunRepository runRepository(Database database) {
        return new RunRepository(database);
    }

    @Bean
    ResultRepository resultRepository(Database database) {
        return new ResultRepository(database);
    }

    @Bean
    GroupFigureRepository groupFigureRepository(Database database) {
        return new GroupFigureRepository(database);
    }

    @Bean
    PublicationRepository publicationRepository(Database database) {
        return new PublicationRepository(database);
    }

    @Bean
    RunCreation runCreation(Database database) {
        return new RunCreation(database);
    }
}
