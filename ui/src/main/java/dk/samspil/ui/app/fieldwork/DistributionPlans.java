package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.questionnaire.Contact;
import dk.samspil.ui.app.study.StudyAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A wave's distribution plan (when its invitations and reminders go out, in which language, from which
 * address) and the claims by which the nodes run each planned sending once. Kept in the event-store
 * database beside the links, so every node reads the same plan.
 */
@Service
public class DistributionPlans {

    /**
     * @param remindOn reminder dates, each after the invitation date, in order
     */
    public record Plan(StudyId study, WaveKey wave, LocalDate inviteOn, List<LocalDate> remindOn, MessageTemplates.Language language,
                       String sender, String baseUrl) {
    }

    /** A sending a plan makes on a date. */
    public record Due(Plan plan, FieldworkSent.Kind kind, LocalDate on) {
    }

    private final JdbcTemplate jdbc;
    private final StudyCatalog catalog;
    private final StudyAccess access;
    private final Clock clock;

    DistributionPlans(DataSource events, StudyCatalog catalog, StudyAccess access, Clock clock) {
        this.jdbc = new JdbcTemplate(events);
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Saves the wave's plan, replacing an earlier one (sendings already made stand).
     *
     * @throws Rejected with every reason, each naming its field; then nothing was saved
     */
    public void plan(Plan plan) {
        access.require(Operation.RUN_FIELDWORK, plan.study());
        StudySummary study = catalog.study(plan.study(), AsOf.LATEST).orElseThrow(() -> new Rejected("no study '" + plan.study() + "'"));
        List<String> problems = new ArrayList<>();
        Optional<StudySummary.Wave> wave = study.waves().stream().filter(w -> w.key().equals(plan.wave().value())).findFirst();
        if (wave.isEmpty()) {
            problems.add("wave: study " + plan.study() + " has no wave '" + plan.wave() + "'");
        } else {
            LocalDate closes = wave.get().closesOn();
            if (plan.inviteOn().isAfter(closes)) {
                problems.add("invite-on: " + plan.inviteOn() + " is after the wave closes (" + closes + ")");
            }
            plan.remindOn().stream().filter(day -> day.isAfter(closes)).forEach(day ->
                    problems.add("remind-on: " + day + " is after the wave closes (" + closes + ")"));
        }
        plan.remindOn().stream().filter(day -> !day.isAfter(plan.inviteOn())).forEach(day ->
                problems.add("remind-on: " + day + " is not after the invitations (" + plan.inviteOn() + ")"));
        Contact.emailProblem(plan.sender()).ifPresent(problem -> problems.add("from: " + problem));
        if (!plan.baseUrl().matches("https?://[^\\s/]+.*")) {
            problems.add("base-url: the address respondents reach Samspil at, such as https://survey.kommune.dk, was '" + plan.baseUrl() + "'");
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        jdbc.update("DELETE FROM fieldwork_plan WHERE study = ? AND wave = ?", plan.study().value(), plan.wave().value());
        jdbc.update("INSERT INTO fieldwork_plan (study, wave, invite_on, remind_on, language, sender, base_url, planned_by, planned_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", plan.study().value(), plan.wave().value(), plan.inviteOn(),
                plan.remindOn().stream().map(LocalDate::toString).collect(Collectors.joining(",")), plan.language().key(), plan.sender(),
                URI.create(plan.baseUrl()).toString(), access.username(), clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** The wave's plan, if it has one. */
    public Optional<Plan> of(StudyId study, WaveKey wave) {
        return plans("WHERE study = ? AND wave = ?", study.value(), wave.value()).stream().findFirst();
    }

    /** The sendings every plan has made due by {@code today} and no node has finished yet. */
    List<Due> due(LocalDate today) {
        List<Due> due = new ArrayList<>();
        for (Plan plan : plans("")) {
            List<Due> made = new ArrayList<>();
            made.add(new Due(plan, FieldworkSent.Kind.INVITATION, plan.inviteOn()));
            plan.remindOn().forEach(day -> made.add(new Due(plan, FieldworkSent.Kind.REMINDER, day)));
            made.stream().filter(d -> !d.on().isAfter(today) && !done(d)).forEach(due::add);
        }
        return due;
    }

    /** Takes the sending for this node: first come, or after the lease of a node that never finished it. */
    boolean claim(Due due, String node, Instant now, Duration lease) {
        Object[] key = {due.plan().study().value(), due.plan().wave().value(), due.kind().name(), due.on()};
        try {
            return jdbc.update("INSERT INTO fieldwork_run (study, wave, kind, due_on, claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    key[0], key[1], key[2], key[3], node, now.atOffset(ZoneOffset.UTC)) == 1;
        } catch (DuplicateKeyException taken) {
            return jdbc.update("UPDATE fieldwork_run SET claimed_by = ?, claimed_at = ? WHERE study = ? AND wave = ? AND kind = ? AND due_on = ? "
                            + "AND done_at IS NULL AND claimed_at < ?", node, now.atOffset(ZoneOffset.UTC), key[0], key[1], key[2], key[3],
                    now.minus(lease).atOffset(ZoneOffset.UTC)) == 1;
        }
    }

    void done(Due due, Instant now) {
        jdbc.update("UPDATE fieldwork_run SET done_at = ? WHERE study = ? AND wave = ? AND kind = ? AND due_on = ?", now.atOffset(ZoneOffset.UTC),
                due.plan().study().value(), due.plan().wave().value(), due.kind().name(), due.on());
    }

    private boolean done(Due due) {
        return !jdbc.queryForList("SELECT 1 FROM fieldwork_run WHERE study = ? AND wave = ? AND kind = ? AND due_on = ? AND done_at IS NOT NULL",
                due.plan().study().value(), due.plan().wave().value(), due.kind().name(), due.on()).isEmpty();
    }

    private List<Plan> plans(String where, Object... args) {
        return jdbc.query("SELECT study, wave, invite_on, remind_on, language, sender, base_url FROM fieldwork_plan " + where
                        + " ORDER BY study, wave",
                (r, n) -> new Plan(StudyId.of(r.getString(1)), WaveKey.of(r.getString(2)), r.getObject(3, LocalDate.class),
                        r.getString(4).isEmpty() ? List.of() : Arrays.stream(r.getString(4).split(",")).map(LocalDate::parse).toList(),
                        MessageTemplates.Language.of(r.getString(5)), r.getString(6), r.getString(7)), args);
    }
}
