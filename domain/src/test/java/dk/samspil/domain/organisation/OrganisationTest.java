package dk.samspil.domain.organisation;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final TenantId HADERSLEV = TenantId.of("haderslev");
    private final AggregateTestFixture<Organisation> fixture = new AggregateTestFixture<>(Organisation.class);

    @Test
    void registers_a_new_organisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(HADERSLEV, "Haderslev Kommune"))
                .expectResultMessagePayload(true)
                .expectEvents(new OrganisationRegistered(HADERSLEV, "Haderslev Kommune"));
    }

    @Test
    void registering_again_with_the_same_name_records_nothing() {
        fixture.given(new OrganisationRegistered(HADERSLEV, "Haderslev Kommune"))
                .when(new RegisterOrganisation(HADERSLEV, "Haderslev Kommune"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void a_new_name_is_a_rename() {
        fixture.given(new OrganisationRegistered(HADERSLEV, "Haderslev Kommune"))
                .when(new RegisterOrganisation(HADERSLEV, "Haderslev Kommune, Børn og Unge"))
                .expectEvents(new OrganisationRenamed(HADERSLEV, "Haderslev Kommune, Børn og Unge"));
    }

    @Test
    void rejects_a_blank_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(HADERSLEV, " "))
                .expectException(Rejected.class)
                .expectNoEvents();
    }
}
