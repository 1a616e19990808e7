package dk.samspil.projections.studies;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a study page needs to know about a study's structure at one position.
 *
 * @param silos the silo (søjle) of each group placed in one, by group key
 */
public record StudySummary(
        StudyId study,
        TenantId tenant,
        String organisationName,
        String title,
        String sharedTask,
        LocalDate startsOn,
        List<Named> units,
        List<Named> groups,
        List<Wave> waves,
        List<InstrumentRef> instruments,
        List<InstrumentRef> relationalInstruments,
        Map<String, String> silos) {

    /** The silo (søjle) of a group; empty when the study has placed it in none. */
    public java.util.Optional<String> silo(String group) {
        return java.util.Optional.ofNullable(silos.get(group));
    }

    /** A key with its display name. */
    public record Named(String key, String name) {
    }

    /** A wave with its window and how many questionnaires it holds. */
    public record Wave(String key, String label, LocalDate opensOn, LocalDate closesOn, long questionnaires) {
    }
}
