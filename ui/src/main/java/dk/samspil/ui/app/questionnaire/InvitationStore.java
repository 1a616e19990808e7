package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Questionnaire links and drafts in the event-store database, beside the events: tokens are secrets
 * and drafts unfinished, so neither belongs in the immutable history. Runs inside the caller's
 * Spring transaction when there is one, so a link is marked used together with the events it adds.
 */
public final class InvitationStore {

    private final JdbcTemplate jdbc;

    public InvitationStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Stores links the researcher hands out, without contacts. */
    public void add(List<Invitation> invitations, Instant issuedAt) {
        add(invitations, java.util.Collections.nCopies(invitations.size(), null), issuedAt);
    }

    /** Stores the links, each with its sealed contact (null when the researcher hands the link out). */
    public void add(List<Invitation> invitations, List<Sealed> contacts, Instant issuedAt) {
        OffsetDateTime at = utc(issuedAt);
        List<Object[]> rows = new java.util.ArrayList<>(invitations.size());
        for (int n = 0; n < invitations.size(); n++) {
            Invitation i = invitations.get(n);
            Sealed contact = contacts.get(n);
            rows.add(new Object[]{i.tokenHash(), i.study().value(), i.wave().value(), i.unit().value(), i.respondent().value(),
                    i.group() == null ? null : i.group().value(), i.kind().name().toLowerCase(Locale.ROOT), at,
                    contact == null ? null : contact.scheme(), contact == null ? null : contact.data()});
        }
        jdbc.batchUpdate("""
                        INSERT INTO questionnaire_invitation
                            (token_hash, study, wave, unit, respondent, respondent_group, respondent_kind, issued_at,
                             contact_scheme, contact_sealed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** A wave's links of one unit and group (null: citizens): how many were issued and how many are used (answered). */
    public record Response(UnitKey unit, GroupKey group, int invited, int answered) {
    }

    /** The wave's links per unit and group, and how many are answered. */
    public List<Response> responses(StudyId study, WaveKey wave) {
        return jdbc.query("""
                        SELECT unit, respondent_group, count(*), count(used_at) FROM questionnaire_invitation
                        WHERE study = ? AND wave = ? GROUP BY unit, respondent_group ORDER BY unit, respondent_group""",
                (r, row) -> new Response(UnitKey.of(r.getString(1)), r.getString(2) == null ? null : GroupKey.of(r.getString(2)),
                        r.getInt(3), r.getInt(4)), study.value(), wave.value());
    }

    /** The sealed contact of a link, if it has one. */
    public Optional<Sealed> contact(String tokenHash) {
        return jdbc.query("SELECT contact_scheme, contact_sealed FROM questionnaire_invitation WHERE token_hash = ? AND contact_sealed IS NOT NULL",
                (r, row) -> new Sealed(r.getString(1), r.getString(2)), tokenHash).stream().findFirst();
    }

    /** Those of the respondents who already have a link for the wave, used or not. */
    public Set<RespondentId> alreadyInvited(StudyId study, WaveKey wave, Collection<RespondentId> respondents) {
        Set<RespondentId> invited = new HashSet<>(jdbc.queryForList(
                "SELECT respondent FROM questionnaire_invitation WHERE study = ? AND wave = ?", String.class,
                study.value(), wave.value()).stream().map(RespondentId::of).toList());
        invited.retainAll(Set.copyOf(respondents));
        return invited;
    }

    /** The link with this token hash, unless it is unknown or already used. */
    public Optional<Invitation> unused(String tokenHash) {
        return jdbc.query("""
                        SELECT study, wave, unit, respondent, respondent_group, respondent_kind
                        FROM questionnaire_invitation WHERE token_hash = ? AND used_at IS NULL""",
                (r, row) -> new Invitation(tokenHash, StudyId.of(r.getString(1)), WaveKey.of(r.getString(2)),
                        UnitKey.of(r.getString(3)), RespondentId.of(r.getString(4)),
                        r.getString(5) == null ? null : GroupKey.of(r.getString(5)),
                        RespondentKind.valueOf(r.getString(6).toUpperCase(Locale.ROOT))),
                tokenHash).stream().findFirst();
    }

    /**
     * Uses the link up. The condition on used_at makes this the one place a race is decided: of two
     * transactions marking the same link, the database lets exactly one change the row.
     *
     * @return whether this call used it (false when unknown or used before)
     */
    public boolean markUsed(String tokenHash, Instant usedAt) {
        return jdbc.update("UPDATE questionnaire_invitation SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                utc(usedAt), tokenHash) == 1;
    }

    /** Keeps a draft for an unused link, replacing an earlier one; @return false when the link is unknown or used. */
    public boolean saveDraft(String tokenHash, Sealed draft, Instant savedAt) {
        OffsetDateTime at = utc(savedAt);
        // both statements name the link's state, so a draft cannot outlive a submission that raced it
        int updated = jdbc.update("""
                        UPDATE questionnaire_draft SET scheme = ?, sealed = ?, saved_at = ?
                        WHERE token_hash = ? AND EXISTS (SELECT 1 FROM questionnaire_invitation i
                                                         WHERE i.token_hash = ? AND i.used_at IS NULL)""",
                draft.scheme(), draft.data(), at, tokenHash, tokenHash);
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.update("""
                            INSERT INTO questionnaire_draft (token_hash, scheme, sealed, saved_at)
                            SELECT token_hash, ?, ?, ? FROM questionnaire_invitation
                            WHERE token_hash = ? AND used_at IS NULL""",
                    draft.scheme(), draft.data(), at, tokenHash) == 1;
        } catch (DuplicateKeyException savedMeanwhile) {
            // the same link saved from a second tab between our two statements: the last save wins
            return saveDraft(tokenHash, draft, savedAt);
        }
    }

    public Optional<Sealed> draft(String tokenHash) {
        return jdbc.query("SELECT scheme, sealed FROM questionnaire_draft WHERE token_hash = ?",
                (r, row) -> new Sealed(r.getString(1), r.getString(2)), tokenHash).stream().findFirst();
    }

    public void deleteDraft(String tokenHash) {
        jdbc.update("DELETE FROM questionnaire_draft WHERE token_hash = ?", tokenHash);
    }

    /** Every link of the respondent, used or not, as token hash → study. */
    public Map<String, StudyId> linksOf(RespondentId respondent) {
        Map<String, StudyId> links = new LinkedHashMap<>();
        jdbc.query("SELECT token_hash, study FROM questionnaire_invitation WHERE respondent = ? ORDER BY token_hash",
                (RowCallbackHandler) r -> links.put(r.getString(1), StudyId.of(r.getString(2))), respondent.value());
        return links;
    }

    /** The respondent's link for the wave, used or not: its row as stored. */
    public Optional<Invitation> linkOf(StudyId study, WaveKey wave, RespondentId respondent) {
        return jdbc.query("""
                        SELECT token_hash, unit, respondent_group, respondent_kind FROM questionnaire_invitation
                        WHERE study = ? AND wave = ? AND respondent = ?""",
                (r, row) -> new Invitation(r.getString(1), study, wave, UnitKey.of(r.getString(2)),
                        respondent, r.getString(3) == null ? null : GroupKey.of(r.getString(3)),
                        RespondentKind.valueOf(r.getString(4).toUpperCase(Locale.ROOT))),
                study.value(), wave.value(), respondent.value()).stream().findFirst();
    }

    /**
     * Gives an unused link a new token: the old one is dead at once. Its draft moves to the new token;
     * the messages that carried the old one are dropped, so the new link can be sent.
     *
     * @return false when the link is unknown or was used meanwhile
     */
    public boolean replace(String oldHash, String newHash, Sealed contact, Instant at) {
        Optional<Sealed> draft = draft(oldHash);
        jdbc.update("DELETE FROM questionnaire_draft WHERE token_hash = ?", oldHash);
        jdbc.update("DELETE FROM fieldwork_message WHERE token_hash = ?", oldHash);
        boolean replaced = jdbc.update("""
                        UPDATE questionnaire_invitation SET token_hash = ?, contact_scheme = ?, contact_sealed = ?, issued_at = ?
                        WHERE token_hash = ? AND used_at IS NULL""", newHash, contact == null ? null : contact.scheme(),
                contact == null ? null : contact.data(), utc(at), oldHash) == 1;
        if (replaced) {
            draft.ifPresent(d -> saveDraft(newHash, d, at));
        }
        return replaced;
    }

    /** Deletes the links and their drafts; @return how many links were deleted. */
    public int delete(Collection<String> tokenHashes) {
        List<Object[]> hashes = tokenHashes.stream().map(hash -> new Object[]{hash}).toList();
        jdbc.batchUpdate("DELETE FROM questionnaire_draft WHERE token_hash = ?", hashes);
        return Arrays.stream(jdbc.batchUpdate("DELETE FROM questionnaire_invitation WHERE token_hash = ?", hashes)).sum();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
