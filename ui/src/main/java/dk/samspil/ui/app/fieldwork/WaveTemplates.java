package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.app.study.StudyAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A researcher's own texts for a wave's invitations and reminders, one per kind and language; where a
 * wave has none, the built-in text goes out. Kept in the event-store database beside the plan, so every
 * node sends the same; each sending records the text's version.
 */
@Service
public class WaveTemplates {

    /** The text a wave's messages of a kind go out in, in a language. */
    public record Template(StudyId study, WaveKey wave, FieldworkSent.Kind kind, MessageTemplates.Language language,
                           MessageTemplates.Written text) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StudyCatalog catalog;
    private final StudyAccess access;
    private final Clock clock;

    WaveTemplates(DataSource events, PlatformTransactionManager transactions, StudyCatalog catalog, StudyAccess access, Clock clock) {
        this.jdbc = new JdbcTemplate(events);
        this.transaction = new TransactionTemplate(transactions);
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Saves the text, replacing the wave's earlier one of its kind and language (sendings already made keep their version).
     *
     * @throws Rejected with every reason, each naming its field; then nothing was saved
     */
    public void write(Template template) {
        access.require(Operation.RUN_FIELDWORK, template.study());
        List<String> problems = new ArrayList<>();
        catalog.study(template.study(), AsOf.LATEST).ifPresentOrElse(study -> {
            if (study.waves().stream().noneMatch(w -> w.key().equals(template.wave().value()))) {
                problems.add("wave: study " + template.study() + " has no wave '" + template.wave() + "'");
            }
        }, () -> problems.add("study: no study '" + template.study() + "'"));
        problems.addAll(template.text().problems());
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        transaction.executeWithoutResult(status -> {
            delete(template.study(), template.wave(), template.kind(), template.language());
            jdbc.update("INSERT INTO fieldwork_template (study, wave, kind, language, subject, body, written_by, written_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", template.study().value(), template.wave().value(), template.kind().name(),
                    template.language().key(), template.text().subject().strip(), template.text().body(), access.username(),
                    clock.instant().atOffset(ZoneOffset.UTC));
        });
    }

    /** Goes back to the built-in text for the kind and language. @return whether the wave had its own */
    public boolean reset(StudyId study, WaveKey wave, FieldworkSent.Kind kind, MessageTemplates.Language language) {
        access.require(Operation.RUN_FIELDWORK, study);
        return delete(study, wave, kind, language) > 0;
    }

    /** The wave's own text of the kind and language, if a researcher wrote one. */
    public Optional<MessageTemplates.Written> of(StudyId study, WaveKey wave, FieldworkSent.Kind kind, MessageTemplates.Language language) {
        return jdbc.query("SELECT subject, body FROM fieldwork_template WHERE study = ? AND wave = ? AND kind = ? AND language = ?",
                (r, n) -> new MessageTemplates.Written(r.getString(1), r.getString(2)),
                study.value(), wave.value(), kind.name(), language.key()).stream().findFirst();
    }

    /** Every text the wave has of its own, by kind and language. */
    public List<Template> of(StudyId study, WaveKey wave) {
        return jdbc.query("SELECT kind, language, subject, body FROM fieldwork_template WHERE study = ? AND wave = ? ORDER BY kind, language",
                (r, n) -> new Template(study, wave, FieldworkSent.Kind.valueOf(r.getString(1)), MessageTemplates.Language.of(r.getString(2)),
                        new MessageTemplates.Written(r.getString(3), r.getString(4))), study.value(), wave.value());
    }

    private int delete(StudyId study, WaveKey wave, FieldworkSent.Kind kind, MessageTemplates.Language language) {
        return jdbc.update("DELETE FROM fieldwork_template WHERE study = ? AND wave = ? AND kind = ? AND language = ?",
                study.value(), wave.value(), kind.name(), language.key());
    }
}
