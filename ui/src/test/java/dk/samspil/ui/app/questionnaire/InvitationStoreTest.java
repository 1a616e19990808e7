package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.ui.runtime.storage.EventStoreDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The link store on both databases the event store runs on. */
class InvitationStoreTest {

    private static final Instant NOW = Instant.parse("2023-07-10T08:00:00Z");

    private static EventStoreDatabases databases;

    @BeforeAll
    static void databases() throws Exception {
        databases = EventStoreDatabases.start();
    }

    @AfterAll
    static void stop() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void keeps_the_sha256_of_a_token_and_never_the_token(String database) throws Exception {
        InvitationStore store = new InvitationStore(dataSource(database));
        InvitationToken token = InvitationToken.random();
        RespondentId respondent = newRespondent();
        store.add(List.of(invitation(token, respondent)), NOW);

        String expectedHash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.US_ASCII)));
        List<String> row = row(dataSource(database), respondent);
        assertThat(row).contains(expectedHash, "mini", "w1", "d01", respondent.value(), "skole", "professional");
        assertThat(String.join("|", row)).doesNotContain(token.value());
        assertThat(store.unused(expectedHash)).hasValueSatisfying(found -> {
            assertThat(found.respondent()).isEqualTo(respondent);
            assertThat(found.group()).isEqualTo(GroupKey.of("skole"));
            assertThat(found.kind()).isEqualTo(RespondentKind.PROFESSIONAL);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_token_is_used_once_even_when_two_threads_race(String database) throws Exception {
        DataSource dataSource = dataSource(database);
        InvitationStore store = new InvitationStore(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                InvitationToken token = InvitationToken.random();
                store.add(List.of(invitation(token, newRespondent())), NOW);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> racers = new ArrayList<>();
                for (int racer = 0; racer < 2; racer++) {
                    racers.add(threads.submit(() -> {
                        start.await();
                        return transaction.execute(status -> {
                            boolean won = store.markUsed(token.hash(), NOW);
                            // hold the transaction open, as a submission does while it records its events
                            sleep();
                            return won;
                        });
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> racer : racers) {
                    winners += racer.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
                assertThat(store.unused(token.hash())).isEmpty();
                assertThat(store.markUsed(token.hash(), NOW)).isFalse();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_draft_is_replaced_when_saved_again_and_refused_once_the_link_is_used(String database) {
        InvitationStore store = new InvitationStore(dataSource(database));
        InvitationToken token = InvitationToken.random();
        store.add(List.of(invitation(token, newRespondent())), NOW);

        assertThat(store.saveDraft(token.hash(), new Sealed("aes-256-gcm/v1", "first"), NOW)).isTrue();
        assertThat(store.saveDraft(token.hash(), new Sealed("aes-256-gcm/v1", "second"), NOW)).isTrue();
        assertThat(store.draft(token.hash())).contains(new Sealed("aes-256-gcm/v1", "second"));

        assertThat(store.markUsed(token.hash(), NOW)).isTrue();
        store.deleteDraft(token.hash());
        assertThat(store.saveDraft(token.hash(), new Sealed("aes-256-gcm/v1", "late"), NOW)).isFalse();
        assertThat(store.draft(token.hash())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void an_unknown_token_finds_nothing_and_keeps_no_draft(String database) {
        InvitationStore store = new InvitationStore(dataSource(database));
        String unknown = InvitationToken.random().hash();

        assertThat(store.unused(unknown)).isEmpty();
        assertThat(store.markUsed(unknown, NOW)).isFalse();
        assertThat(store.saveDraft(unknown, new Sealed("aes-256-gcm/v1", "x"), NOW)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void tells_who_already_has_a_link_for_the_wave(String database) {
        InvitationStore store = new InvitationStore(dataSource(database));
        RespondentId invited = newRespondent();
        RespondentId other = newRespondent();
        store.add(List.of(invitation(InvitationToken.random(), invited)), NOW);

        assertThat(store.alreadyInvited(StudyId.of("mini"), WaveKey.of("w1"), List.of(invited, other))).containsExactly(invited);
        assertThat(store.alreadyInvited(StudyId.of("mini"), WaveKey.of("w2"), List.of(invited, other))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void deletes_a_respondents_links_used_or_not_with_their_drafts_and_leaves_others(String database) {
        InvitationStore store = new InvitationStore(dataSource(database));
        RespondentId erased = newRespondent();
        RespondentId other = newRespondent();
        InvitationToken used = InvitationToken.random();
        InvitationToken pending = InvitationToken.random();
        InvitationToken othersLink = InvitationToken.random();
        store.add(List.of(invitation(used, erased), invitation(othersLink, other)), NOW);
        store.add(List.of(new Invitation(pending.hash(), StudyId.of("mini"), WaveKey.of("w2"), UnitKey.of("d01"), erased,
                GroupKey.of("skole"), RespondentKind.PROFESSIONAL)), NOW);
        assertThat(store.markUsed(used.hash(), NOW)).isTrue();
        assertThat(store.saveDraft(pending.hash(), new Sealed("aes-256-gcm/v1", "half"), NOW)).isTrue();
        assertThat(store.saveDraft(othersLink.hash(), new Sealed("aes-256-gcm/v1", "theirs"), NOW)).isTrue();

        assertThat(store.linksOf(erased)).containsOnlyKeys(used.hash(), pending.hash());
        assertThat(store.delete(store.linksOf(erased).keySet())).isEqualTo(2);

        assertThat(store.linksOf(erased)).isEmpty();
        assertThat(store.draft(pending.hash())).isEmpty();
        assertThat(store.unused(othersLink.hash())).isPresent();
        assertThat(store.draft(othersLink.hash())).contains(new Sealed("aes-256-gcm/v1", "theirs"));
    }

    private static DataSource dataSource(String database) {
        return databases.get(database);
    }

    private static Invitation invitation(InvitationToken token, RespondentId respondent) {
        return new Invitation(token.hash(), StudyId.of("mini"), WaveKey.of("w1"), UnitKey.of("d01"), respondent,
                GroupKey.of("skole"), RespondentKind.PROFESSIONAL);
    }

    private static RespondentId newRespondent() {
        return RespondentId.of("r-" + UUID.randomUUID());
    }

    /** Every column of the respondent's row, as text. */
    private static List<String> row(DataSource dataSource, RespondentId respondent) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT * FROM questionnaire_invitation WHERE respondent = ?")) {
            s.setString(1, respondent.value());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= r.getMetaData().getColumnCount(); column++) {
                    values.add(String.valueOf(r.getString(column)).strip());
                }
                return values;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
