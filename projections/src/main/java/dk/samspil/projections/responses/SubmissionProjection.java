package dk.samspil.projections.responses;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.submission.AnswerSheet;
import dk.samspil.domain.submission.QuestionnaireSubmitted;
import dk.samspil.domain.submission.SubmissionCorrected;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.domain.submission.SubmissionRetracted;
import dk.samspil.domain.submission.TargetScores;
import dk.samspil.projections.store.ReadModelBatch;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.studies.InstrumentDefinitions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Questionnaires into rows: one per version in submission, one per answered item in item_score. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class SubmissionProjection {

    private final ReadModelBatches batches;
    private final PersonVault vault;
    private final InstrumentDefinitions instruments;

    public SubmissionProjection(ReadModelBatches batches, PersonVault vault, InstrumentDefinitions instruments) {
        this.batches = batches;
        this.vault = vault;
        this.instruments = instruments;
    }

    @EventHandler
    void on(QuestionnaireSubmitted e, EventMessage<?> message, TrackingToken token, @Timestamp Instant at) {
        batches.forEvent(token).ifPresent(b -> {
            if (message instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() > 0) {
                // submitted again after a retraction: any version still current is superseded
                b.supersede(ReadModelBatch.Versioned.SUBMISSION, e.submission().toString(), token.position().orElseThrow());
            }
            write(b, e.submission(), e.collectedOn(), e.answers(), "submitted", token, at);
        });
    }

    @EventHandler
    void on(SubmissionCorrected e, TrackingToken token, @Timestamp Instant at) {
        batches.forEvent(token).ifPresent(b -> {
            b.supersede(ReadModelBatch.Versioned.SUBMISSION, e.submission().toString(), token.position().orElseThrow());
            write(b, e.submission(), e.collectedOn(), e.answers(), "corrected", token, at);
        });
    }

    @EventHandler
    void on(SubmissionRetracted e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b ->
                b.supersede(ReadModelBatch.Versioned.SUBMISSION, e.submission().toString(), token.position().orElseThrow()));
    }

    private void write(ReadModelBatch batch, SubmissionId id, LocalDate collectedOn, Sealed answers, String kind,
                       TrackingToken token, Instant at) {
        Optional<byte[]> opened = vault.open(id.person(), answers);
        if (opened.isEmpty()) {
            return; // the person was erased: nothing of theirs enters the read model
        }
        AnswerSheet sheet = read(opened.get());
        Instrument instrument = instruments.find(id.study(), id.instrument()).orElseThrow(() ->
                new IllegalStateException("questionnaire " + id + " uses " + id.instrument() + ", which study " + id.study() + " never adopted"));
        Map<ItemKey, Item> items = instrument.itemsByKey();
        long position = token.position().orElseThrow();
        String study = id.study().value();
        String wave = id.wave().value();
        String ref = id.instrument().toString();
        String group = sheet.group() == null ? null : sheet.group().value();
        String unit = sheet.unit().value();
        batch.append("submission", position, id.toString(), study, wave, ref, id.person().value(),
                sheet.respondent().value(), group, unit, collectedOn, kind, at, null);
        for (TargetScores row : sheet.rows()) {
            String targetKind = row.target() == null ? null : row.target().kind().name().toLowerCase(java.util.Locale.ROOT);
            String target = row.target() == null ? null : row.target().id();
            String caseId = row.caseId() == null ? null : row.caseId().value();
            for (Map.Entry<ItemKey, Integer> answer : row.scores().entrySet()) {
                Integer given = answer.getValue();
                Short score = given == null ? null : (short) items.get(answer.getKey()).score(given);
                batch.append("item_score", position, study, wave, ref, group, unit, targetKind, target, caseId,
                        answer.getKey().value(), given == null ? null : given.shortValue(), score);
            }
        }
    }

    private static AnswerSheet read(byte[] json) {
        try {
            return DomainJson.mapper().readValue(json, AnswerSheet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a sealed answer sheet does not read back", e);
        }
    }
}
