package dk.samspil.domain.outcome;

import dk.samspil.domain.privacy.InMemoryPersonKeyStore;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.Effect;
import dk.samspil.domain.shared.OutcomeKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class CitizenOutcomesTest {

    private static final OutcomeKey AGE = OutcomeKey.of("age_at_family_relief_start");
    private static final LocalDate DAY = LocalDate.of(2023, 1, 20);

    private final PersonVault vault = new PersonVault(new InMemoryPersonKeyStore());
    private AggregateTestFixture<CitizenOutcomes> fixture;
    private OutcomeSeriesId series;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CitizenOutcomes.class);
        fixture.registerInjectableResource(vault);
        PersonRef citizen = vault.enrol(TenantId.of("kommune"), List.of(RespondentId.of("c00241"))).get(RespondentId.of("c00241"));
        series = new OutcomeSeriesId(StudyId.of("mini"), citizen);
    }

    @Test
    void a_measurement_is_recorded_sealed_with_its_exact_value() {
        fixture.givenNoPriorActivity()
                .when(record("9.68"))
                .expectResultMessagePayload(Effect.ADDED)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate((OutcomeMeasured e) ->
                        e.outcome().equals(AGE) && e.measuredOn().equals(DAY) && opens(e).value().toPlainString().equals("9.68")
                                && !e.measurement().data().contains("c00241")), andNoMore())));
    }

    @Test
    void the_same_value_again_records_nothing_and_a_new_value_corrects() {
        OutcomeMeasured first = (OutcomeMeasured) CitizenOutcomes.decide(null, record("9.68"), vault).event();
        fixture.given(first).when(record("9.68")).expectResultMessagePayload(Effect.UNCHANGED).expectNoEvents();
        fixture.given(first).when(record("9.86")).expectResultMessagePayload(Effect.CORRECTED)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate((OutcomeCorrected e) ->
                        new BigDecimal("9.86").equals(opens(e.measurement()).value())), andNoMore())));
    }

    @Test
    void another_date_is_another_measurement() {
        OutcomeMeasured first = (OutcomeMeasured) CitizenOutcomes.decide(null, record("9.68"), vault).event();
        fixture.given(first)
                .when(new RecordOutcome(series, AGE, DAY.plusMonths(6), new Measurement(RespondentId.of("c00241"), UnitKey.of("d01"), new BigDecimal("10.1"))))
                .expectResultMessagePayload(Effect.ADDED);
    }

    private RecordOutcome record(String value) {
        return new RecordOutcome(series, AGE, DAY, new Measurement(RespondentId.of("c00241"), UnitKey.of("d01"), new BigDecimal(value)));
    }

    private Measurement opens(OutcomeMeasured e) {
        return opens(e.measurement());
    }

    private Measurement opens(dk.samspil.domain.privacy.Sealed sealed) {
        try {
            return DomainJson.mapper().readValue(vault.open(series.citizen(), sealed).orElseThrow(), Measurement.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
