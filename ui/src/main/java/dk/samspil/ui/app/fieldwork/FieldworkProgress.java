package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.overview.RelationRatersQuery;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.app.questionnaire.InvitationStore;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A wave's fieldwork while it is open: response per unit and per group (links answered of links
 * issued, in the database every node shares, so it moves with each submission), the messages sent,
 * failed and uncertain per unit, and per relation cell how many raters it has against the k it needs.
 * Counts only: no figure here is a mean of anyone's answers.
 */
@Service
public class FieldworkProgress {

    /** Links answered of links issued, for a unit or a group ("citizens" for those without a group). */
    public record Rate(String key, int invited, int answered) {
        /** Percent answered, 0 when nobody was invited. */
        public double percent() {
            return invited == 0 ? 0 : 100.0 * answered / invited;
        }
    }

    /**
     * A unit's messages of every kind: sent, refused by the relay, returned to the bounce address, and claimed
     * but never marked (uncertain, or going out now).
     */
    public record Messages(String unit, int sent, int failed, int bounced, int uncertain) {
    }

    /** A relation cell and its raters so far, against k. */
    public record Cell(String fromGroup, String toGroup, long raters, int k) {
        public boolean reachedK() {
            return raters >= k;
        }
    }

    public record Progress(StudyId study, WaveKey wave, int k, Rate total, List<Rate> units, List<Rate> groups, List<Messages> messages,
                           List<Cell> cells) {
    }

    private final InvitationStore links;
    private final FieldworkStore messages;
    private final ReadModel readModel;
    private final StudyCatalog catalog;
    private final StudyAccess access;
    private final int k;

    FieldworkProgress(InvitationStore links, FieldworkStore messages, ReadModel readModel, StudyCatalog catalog, StudyAccess access,
                      SamspilProperties properties) {
        this.access = access;
        this.links = links;
        this.messages = messages;
        this.readModel = readModel;
        this.catalog = catalog;
        this.k = properties.k();
    }

    /** The studies whose fieldwork the current user may run. */
    public List<StudySummary> studies() {
        return access.visible(Operation.RUN_FIELDWORK, catalog.studies()).stream()
                .flatMap(s -> catalog.study(StudyId.of(s.key()), AsOf.LATEST).stream()).toList();
    }

    /**
     * @throws IllegalArgumentException naming the study or wave that does not exist
     * @throws dk.samspil.domain.access.AccessPolicy.AccessDenied when the current user may not run the study's fieldwork
     */
    public Progress of(StudyId study, WaveKey wave) {
        access.require(Operation.RUN_FIELDWORK, study);
        var summary = catalog.study(study, AsOf.LATEST).orElseThrow(() -> new IllegalArgumentException("no study '" + study + "'"));
        if (summary.waves().stream().noneMatch(w -> w.key().equals(wave.value()))) {
            throw new IllegalArgumentException("study " + study + " has no wave '" + wave + "'");
        }
        Map<String, int[]> units = new TreeMap<>();
        Map<String, int[]> groups = new TreeMap<>();
        int[] total = new int[2];
        for (InvitationStore.Response r : links.responses(study, wave)) {
            add(units.computeIfAbsent(r.unit().value(), u -> new int[2]), r);
            add(groups.computeIfAbsent(r.group() == null ? "citizens" : r.group().value(), g -> new int[2]), r);
            add(total, r);
        }
        Map<String, int[]> sent = new LinkedHashMap<>();
        for (FieldworkStore.Count count : messages.counts(study, wave)) {
            int[] states = sent.computeIfAbsent(count.unit().value(), u -> new int[FieldworkStore.State.values().length]);
            states[count.state().ordinal()] += count.messages();
        }
        List<Messages> perUnit = new ArrayList<>();
        sent.forEach((unit, s) -> perUnit.add(new Messages(unit, s[FieldworkStore.State.SENT.ordinal()], s[FieldworkStore.State.FAILED.ordinal()],
                s[FieldworkStore.State.BOUNCED.ordinal()], s[FieldworkStore.State.CLAIMED.ordinal()])));
        List<Cell> cells = readModel.raters().cells(study, wave).stream()
                .map((RelationRatersQuery.Cell c) -> new Cell(c.fromGroup(), c.toGroup(), c.raters(), k)).toList();
        return new Progress(study, wave, k, new Rate("all", total[0], total[1]), rates(units), rates(groups), perUnit, cells);
    }

    private static void add(int[] rate, InvitationStore.Response r) {
        rate[0] += r.invited();
        rate[1] += r.answered();
    }

    private static List<Rate> rates(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new Rate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
