package dk.samspil.projections.responses;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.submission.QuestionnaireSubmitted;
import dk.samspil.domain.submission.SubmissionCorrected;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.domain.submission.SubmissionRetracted;
import dk.samspil.projections.store.ReadModelBatch;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.studies.InstrumentDefinitions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Questionnaires into rows: one per version in submission, one per target (and case) in score_row.
 * Sheets are opened with each respondent's key when the batch is written, all of a batch at once.
 */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class SubmissionProjection {

    private final ReadModelBatches batches;
    private final PersonVault vault;
    private final InstrumentDefinitions instruments;
    private final java.util.Map<String, SheetRows.Items> itemsByInstrument = new java.util.concurrent.ConcurrentHashMap<>();

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
            stage(b, e.submission(), e.collectedOn(), e.answers(), "submitted", token, at);
        });
    }

    @EventHandler
    void on(SubmissionCorrected e, TrackingToken token, @Timestamp Instant at) {
        batches.forEvent(token).ifPresent(b -> {
            b.supersede(ReadModelBatch.Versioned.SUBMISSION, e.submission().toString(), token.position().orElseThrow());
            stage(b, e.submission(), e.collectedOn(), e.answers(), "corrected", token, at);
        });
    }

    @EventHandler
    void on(SubmissionRetracted e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b ->
                b.supersede(ReadModelBatch.Versioned.SUBMISSION, e.submission().toString(), token.position().orElseThrow()));
    }

    /** A questionnaire version waiting for its batch to be written. */
    private record Staged(long position, SubmissionId id, LocalDate collectedOn, Sealed answers, String kind, Instant at,
                          SheetRows.Items items) {
    }

    private void stage(ReadModelBatch batch, SubmissionId id, LocalDate collectedOn, Sealed answers, String kind,
                       TrackingToken token, Instant at) {
        // items resolved now: an instrument adopted earlier in the same batch is only in the cache yet
        batch.expansion(Expansion.KEY, Expansion::new).staged.add(
                new Staged(token.position().orElseThrow(), id, collectedOn, answers, kind, at, items(id)));
    }

    /** Opens and reads a batch's answer sheets on every core, then stages their rows in event order. */
    private final class Expansion implements ReadModelBatch.Expansion {
        static final String KEY = "submissions";
        private final List<Staged> staged = new ArrayList<>();

        @Override
        public void expandInto(ReadModelBatch batch) {
            List<Optional<SheetRows.Sheet>> sheets = staged.parallelStream()
                    .map(s -> vault.open(s.id().person(), s.answers()).map(bytes -> SheetRows.read(bytes, s.items())))
                    .toList();
            for (int i = 0; i < staged.size(); i++) {
                Staged s = staged.get(i);
                if (sheets.get(i).isEmpty()) {
                    continue; // the person was erased: nothing of theirs enters the read model
                }
                SheetRows.Sheet sheet = sheets.get(i).get();
                String study = s.id().study().value();
                String wave = s.id().wave().value();
                String instrument = s.id().instrument().toString();
                batch.append("submission", s.position(), s.id().toString(), study, wave, instrument, s.id().person().value(),
                        sheet.respondent(), sheet.group(), sheet.unit(), s.collectedOn(), s.kind(), s.at(), null);
                for (SheetRows.Row row : sheet.rows()) {
                    batch.append("score_row", s.position(), study, wave, instrument, sheet.group(), sheet.unit(), row.targetKind(),
                            row.targetId(), row.caseId(), row.items(), row.answers(), row.scores());
                }
            }
        }
    }

    private SheetRows.Items items(SubmissionId id) {
        String key = id.study() + "/" + id.instrument();
        SheetRows.Items known = itemsByInstrument.get(key);
        if (known == null) {
            Instrument instrument = instruments.find(id.study(), id.instrument()).orElseThrow(() -> new IllegalStateException(
                    "questionnaire " + id + " uses " + id.instrument() + ", which study " + id.study() + " never adopted"));
            known = new SheetRows.Items(instrument);
            itemsByInstrument.put(key, known);
        }
        return known;
    }
}
