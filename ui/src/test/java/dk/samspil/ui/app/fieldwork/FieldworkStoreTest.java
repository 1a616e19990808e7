package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.ui.app.questionnaire.Invitation;
import dk.samspil.ui.app.questionnaire.InvitationStore;
import dk.samspil.ui.runtime.storage.EventStoreDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The messages of sendings on both databases the event store runs on: planned once, each claimed by one sender. */
class FieldworkStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

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
    void two_senders_at_once_send_each_message_once_and_a_reminder_skips_those_who_answered(String database) throws Exception {
        DataSource events = databases.get(database);
        StudyId study = StudyId.of("s-" + UUID.randomUUID().toString().substring(0, 8));
        InvitationStore links = new InvitationStore(events);
        List<Invitation> invitations = new ArrayList<>();
        List<Sealed> contacts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            invitations.add(new Invitation(String.format("%s%056d", study.value().substring(2), i), study, WaveKey.of("w1"),
                    UnitKey.of(i % 2 == 0 ? "u1" : "u2"), RespondentId.of("r" + i), GroupKey.of("skole"), RespondentKind.PROFESSIONAL));
            // the last eight hand their links out themselves: no contact, no message
            contacts.add(i < 32 ? new Sealed(Sealed.AES_GCM_V1, "c2VhbGVk") : null);
        }
        links.add(invitations, contacts, NOW);
        FieldworkStore store = new FieldworkStore(events);
        FieldworkStore.Sending invitation = new FieldworkStore.Sending(study, WaveKey.of("w1"), Optional.empty(),
                FieldworkSent.Kind.INVITATION, TODAY, "builtin-1/da");

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> sent = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            sent.add(nodes.submit((Callable<List<String>>) () -> {
                store.plan(invitation);
                List<String> mine = new ArrayList<>();
                for (FieldworkStore.Message message : store.pending(invitation)) {
                    if (store.claim(message.id(), node, NOW, ref(message.id()))) {
                        mine.add(message.id());
                        store.sent(message.id(), NOW);
                    }
                }
                return mine;
            }));
        }
        List<String> all = new ArrayList<>(sent.get(0).get());
        all.addAll(sent.get(1).get());
        nodes.shutdown();
        assertThat(all).as("every message with a contact, once").hasSize(32).doesNotHaveDuplicates();
        assertThat(store.plan(invitation)).as("planned again: nothing new").isZero();
        assertThat(store.counts(invitation)).containsExactly(new FieldworkStore.Count(UnitKey.of("u1"), FieldworkStore.State.SENT, 16),
                new FieldworkStore.Count(UnitKey.of("u2"), FieldworkStore.State.SENT, 16));

        for (int i = 0; i < 10; i++) {
            links.markUsed(invitations.get(i).tokenHash(), NOW);
        }
        FieldworkStore.Sending reminder = new FieldworkStore.Sending(study, WaveKey.of("w1"), Optional.of(UnitKey.of("u1")),
                FieldworkSent.Kind.REMINDER, TODAY, "builtin-1/da");
        assertThat(store.plan(reminder)).as("u1's unanswered with a contact: r10, r12, ..., r30").isEqualTo(11);
        List<FieldworkStore.Message> pending = store.pending(reminder);
        assertThat(pending).extracting(m -> m.respondent().value()).doesNotContain("r0", "r2", "r4", "r6", "r8", "r1");

        // a sender that stops between its claim and its mark leaves the message uncertain, once the claim is old
        assertThat(store.claim(pending.getFirst().id(), "node-a", NOW.minus(Duration.ofHours(1)), ref("a"))).isTrue();
        assertThat(store.uncertain(reminder, NOW.minus(Duration.ofMinutes(5)))).containsExactly(pending.getFirst().id());
        assertThat(store.pending(reminder)).hasSize(10);
        assertThat(store.release(store.uncertain(reminder, NOW.minus(Duration.ofMinutes(5))))).isOne();
        assertThat(store.pending(reminder)).hasSize(11);

        store.failed(pending.get(1).id(), NOW, "refused or not reachable: MailSendException");
        store.plan(reminder);
        assertThat(store.pending(reminder)).as("a failed message goes out again at the next sending").hasSize(11);

        // an erasure deletes the link: its messages go with it
        links.delete(List.of(pending.get(2).tokenHash()));
        assertThat(store.pending(reminder)).hasSize(10);

        // a bounce names a sent invitation by its mail reference: that address gets no reminder on a later day
        String bouncedInvitation = all.stream().filter(id -> id.endsWith(pending.get(3).tokenHash())).findFirst().orElseThrow();
        assertThat(store.bounced(ref(bouncedInvitation), NOW, "bounced: 5.1.1")).isTrue();
        assertThat(store.bounced(ref("never sent"), NOW, "bounced: 5.1.1")).as("not a message of this repository").isFalse();
        FieldworkStore.Sending nextWeek = new FieldworkStore.Sending(study, WaveKey.of("w1"), Optional.of(UnitKey.of("u1")),
                FieldworkSent.Kind.REMINDER, TODAY.plusDays(7), "builtin-1/da");
        store.plan(nextWeek);
        assertThat(store.pending(nextWeek)).extracting(FieldworkStore.Message::tokenHash).hasSize(9).doesNotContain(pending.get(3).tokenHash());
        assertThat(store.counts(study, WaveKey.of("w1"))).contains(new FieldworkStore.Count(UnitKey.of("u1"), FieldworkStore.State.BOUNCED, 1));
    }

    /** A mail reference per message id, as a sender makes one (32 hex digits). */
    private static String ref(String messageId) {
        return UUID.nameUUIDFromBytes(messageId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_planned_sending_is_claimed_by_one_node_and_taken_over_only_after_its_lease(String database) {
        DistributionPlans plans = new DistributionPlans(databases.get(database), null, null, java.time.Clock.systemUTC());
        StudyId study = StudyId.of("p-" + UUID.randomUUID().toString().substring(0, 8));
        DistributionPlans.Due due = new DistributionPlans.Due(new DistributionPlans.Plan(study, WaveKey.of("w1"), TODAY, List.of(),
                MessageTemplates.Language.DA, "a@example.dk", "https://survey.example.dk"), FieldworkSent.Kind.INVITATION, TODAY);
        Duration lease = Duration.ofMinutes(5);

        assertThat(plans.claim(due, "node-a", NOW, lease)).isTrue();
        assertThat(plans.claim(due, "node-b", NOW.plusSeconds(60), lease)).as("node-a has it").isFalse();
        assertThat(plans.claim(due, "node-b", NOW.plus(Duration.ofMinutes(6)), lease)).as("node-a stopped: its lease ran out").isTrue();
        plans.done(due, NOW.plus(Duration.ofMinutes(7)));
        assertThat(plans.claim(due, "node-c", NOW.plus(Duration.ofHours(1)), lease)).as("done: nobody makes it again").isFalse();
    }
}
