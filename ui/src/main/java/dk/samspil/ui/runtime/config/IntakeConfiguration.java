package dk.samspil.ui.runtime.config;

import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.privacy.PersonVault;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Importing study bundles. */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    BundleImporter bundleImporter(CommandGateway commands, EventStore events, TransactionManager transactions, PersonVault vault) {
        return new BundleImporter(commands, events, transactions, vault);
    }
}
