package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.fieldwork.FieldworkSent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The messages of sendings, in the event-store database so every node sees the same: each is planned
 * once (its id names the link, the kind and, for a reminder, the day), claimed by one sender before it
 * goes out, and marked sent or failed after. A claim never marked is "uncertain": the relay may have
 * taken the message before its sender stopped.
 */
@Component
public class FieldworkStore {

    /** Where a message stands: BOUNCED was sent, then returned to the bounce address as undeliverable. */
    public enum State { PENDING, CLAIMED, SENT, FAILED, BOUNCED }

    /**
     * Which messages a sending covers: a wave's links (all its units, or one; or one link), of one kind, on one day.
     *
     * @param link only the link with this token hash
     */
    public record Sending(StudyId study, WaveKey wave, Optional<UnitKey> unit, FieldworkSent.Kind kind, LocalDate day, String template,
                          Optional<String> link) {

        public Sending(StudyId study, WaveKey wave, Optional<UnitKey> unit, FieldworkSent.Kind kind, LocalDate day, String template) {
            this(study, wave, unit, kind, day, template, Optional.empty());
        }

        String messageId(String tokenHash) {
            return kind == FieldworkSent.Kind.INVITATION ? "invitation:" + tokenHash : "reminder:" + day + ":" + tokenHash;
        }

        String prefix() {
            return kind == FieldworkSent.Kind.INVITATION ? "invitation:" : "reminder:" + day + ":";
        }

        /** The LIKE pattern of the sending's message ids: the one link's id, or every link's. */
        String pattern() {
            return prefix() + link.orElse("%");
        }
    }

    /** A message waiting to go out, and whose link it carries. */
    public record Message(String id, String tokenHash, UnitKey unit, RespondentId respondent) {
    }

    /** How many messages of a unit stand in a state. */
    public record Count(UnitKey unit, State state, int messages) {
    }

    private final JdbcTemplate jdbc;

    FieldworkStore(DataSource events) {
        this.jdbc = new JdbcTemplate(events);
    }

    /**
     * Plans a message for every link of the sending that has a contact (for a reminder: and is unused) and
     * has none yet; failed ones go out again. @return how many were added
     */
    public int plan(Sending sending) {
        String unitFilter = sending.unit().isPresent() ? " AND i.unit = ?" : "";
        // an address that bounced is not written to again: the researcher sees it among the failed
        String unused = (sending.kind() == FieldworkSent.Kind.REMINDER ? " AND i.used_at IS NULL" : "")
                + " AND NOT EXISTS (SELECT 1 FROM fieldwork_message b WHERE b.token_hash = i.token_hash AND b.state = '" + State.BOUNCED.name() + "')"
                + (sending.link().isPresent() ? " AND i.token_hash = ?" : "");
        List<Object> args = new ArrayList<>(List.of(sending.prefix(), sending.kind().name(), sending.day(), sending.template(),
                State.PENDING.name(), sending.study().value(), sending.wave().value()));
        sending.unit().ifPresent(u -> args.add(u.value()));
        sending.link().ifPresent(args::add);
        args.add(sending.prefix());
        String sql = """
                INSERT INTO fieldwork_message (message_id, token_hash, study, wave, unit, kind, sent_for, template, state)
                SELECT ? || i.token_hash, i.token_hash, i.study, i.wave, i.unit, ?, ?, ?, ?
                FROM questionnaire_invitation i
                WHERE i.study = ? AND i.wave = ? AND i.contact_sealed IS NOT NULL""" + unitFilter + unused
                + " AND NOT EXISTS (SELECT 1 FROM fieldwork_message m WHERE m.message_id = ? || i.token_hash)";
        for (int attempt = 1; ; attempt++) {
            try {
                int added = jdbc.update(sql, args.toArray());
                jdbc.update("UPDATE fieldwork_message SET state = ?, failure = NULL WHERE message_id LIKE ? AND state = ? AND study = ? AND wave = ?"
                                + (sending.unit().isPresent() ? " AND unit = ?" : ""),
                        filter(sending, State.PENDING.name(), sending.pattern(), State.FAILED.name()));
                return added;
            } catch (DuplicateKeyException plannedMeanwhile) {
                // another node planned the same messages at this moment: theirs stand, plan the rest again
                if (attempt == 5) {
                    throw plannedMeanwhile;
                }
            }
        }
    }

    /** The sending's messages waiting to go out. */
    public List<Message> pending(Sending sending) {
        return jdbc.query("""
                        SELECT m.message_id, m.token_hash, m.unit, i.respondent FROM fieldwork_message m
                        JOIN questionnaire_invitation i ON i.token_hash = m.token_hash
                        WHERE m.message_id LIKE ? AND m.state = ? AND m.study = ? AND m.wave = ?"""
                        + (sending.unit().isPresent() ? " AND m.unit = ?" : "") + " ORDER BY m.unit, m.message_id",
                (r, n) -> new Message(r.getString(1), r.getString(2), UnitKey.of(r.getString(3)), RespondentId.of(r.getString(4))),
                filter(sending, sending.pattern(), State.PENDING.name()));
    }

    /**
     * Takes the message for this sender; @return false when another took it first (the database decides).
     *
     * @param mailRef the reference the mail's Message-ID will carry, by which a bounce names it
     */
    public boolean claim(String messageId, String sender, Instant at, String mailRef) {
        return jdbc.update("UPDATE fieldwork_message SET state = ?, claimed_by = ?, claimed_at = ?, mail_ref = ? WHERE message_id = ? AND state = ?",
                State.CLAIMED.name(), sender, utc(at), mailRef, messageId, State.PENDING.name()) == 1;
    }

    /**
     * Marks the message the bounce names as returned undeliverable.
     *
     * @param why the bounce's status, without the address
     * @return whether a message of this repository had the reference
     */
    public boolean bounced(String mailRef, Instant at, String why) {
        return jdbc.update("UPDATE fieldwork_message SET state = ?, done_at = ?, failure = ? WHERE mail_ref = ?",
                State.BOUNCED.name(), utc(at), why, mailRef) > 0;
    }

    public void sent(String messageId, Instant at) {
        jdbc.update("UPDATE fieldwork_message SET state = ?, done_at = ? WHERE message_id = ?", State.SENT.name(), utc(at), messageId);
    }

    /** @param why what went wrong, without the address (a relay's reply may name it) */
    public void failed(String messageId, Instant at, String why) {
        jdbc.update("UPDATE fieldwork_message SET state = ?, done_at = ?, failure = ? WHERE message_id = ?",
                State.FAILED.name(), utc(at), why.length() > 400 ? why.substring(0, 400) : why, messageId);
    }

    /** Claims older than the lease, never marked: their sender stopped, before or after the relay took the message. */
    public List<String> uncertain(Sending sending, Instant claimedBefore) {
        List<Object> args = new ArrayList<>(List.of(filter(sending, sending.pattern(), State.CLAIMED.name())));
        args.add(utc(claimedBefore));
        return jdbc.queryForList("SELECT message_id FROM fieldwork_message WHERE message_id LIKE ? AND state = ? AND study = ? AND wave = ?"
                + (sending.unit().isPresent() ? " AND unit = ?" : "") + " AND claimed_at < ? ORDER BY message_id", String.class, args.toArray());
    }

    /** Lets uncertain messages go out again, as the researcher asked: their respondents may get two. */
    public int release(List<String> messageIds) {
        return messageIds.stream().mapToInt(id -> jdbc.update(
                "UPDATE fieldwork_message SET state = ?, claimed_by = NULL, claimed_at = NULL WHERE message_id = ? AND state = ?",
                State.PENDING.name(), id, State.CLAIMED.name())).sum();
    }

    /** How many of the sending's messages stand in each state, per unit. */
    public List<Count> counts(Sending sending) {
        return jdbc.query("SELECT unit, state, count(*) FROM fieldwork_message WHERE message_id LIKE ? AND study = ? AND wave = ?"
                        + (sending.unit().isPresent() ? " AND unit = ?" : "") + " GROUP BY unit, state ORDER BY unit, state",
                (r, n) -> new Count(UnitKey.of(r.getString(1)), State.valueOf(r.getString(2).toUpperCase(Locale.ROOT)), r.getInt(3)),
                filter(sending, sending.pattern()));
    }

    /** How many of a wave's messages, of every kind and day, stand in each state, per unit. */
    public List<Count> counts(StudyId study, WaveKey wave) {
        return jdbc.query("SELECT unit, state, count(*) FROM fieldwork_message WHERE study = ? AND wave = ? GROUP BY unit, state ORDER BY unit, state",
                (r, n) -> new Count(UnitKey.of(r.getString(1)), State.valueOf(r.getString(2).toUpperCase(Locale.ROOT)), r.getInt(3)),
                study.value(), wave.value());
    }

    /** The given leading values, then study and wave, then the unit when the sending names one. */
    private static Object[] filter(Sending sending, Object... leading) {
        List<Object> args = new ArrayList<>(List.of(leading));
        args.add(sending.study().value());
        args.add(sending.wave().value());
        sending.unit().ifPresent(u -> args.add(u.value()));
        return args.toArray();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
