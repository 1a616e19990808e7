package dk.samspil.ui.web.overview;

import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.overview.StudyOverviewQuery;
import dk.samspil.projections.store.ReadModelStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start page's own read-model query, over the served read model's store. */
@Configuration(proxyBeanMethods = false)
class OverviewConfiguration {

    @Bean
    StudyOverviewQuery studyOverviewQuery(ReadModelStore store, Positions positions) {
        return new StudyOverviewQuery(store, positions);
    }
}
