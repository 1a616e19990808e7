package dk.samspil.ui.runtime.config;

import dk.samspil.ui.app.questionnaire.InvitationStore;
import dk.samspil.ui.runtime.config.StorageConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The link and draft store, once the event-store schema (which holds its tables) exists. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireConfiguration {

    @Bean
    InvitationStore invitationStore(DataSource dataSource, StorageConfiguration.EventStoreReady ready) {
        return new InvitationStore(dataSource);
    }
}
