package dk.samspil.projections.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;

/**
 * Change between two waves (measures.md), per item and overall, with both means recomputed from
 * item-level data. A side from fewer than k respondents is suppressed and has no change.
 *
 * @param unit null for the whole study
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Change(StudyId study, InstrumentRef instrument, WaveKey from, WaveKey to, String unit, String scope,
                     @JsonProperty("as_of_position") long asOfPosition, int k, List<InstrumentRef> instruments, String method,
                     Side overall, List<ItemChange> items) {

    public static final String METHOD = "change_pct = (mean_end / mean_start - 1) * 100; a mean is over respondents of "
            + "each respondent's mean of the non-missing item scores (per item: of that item)";

    /** One item's means at both waves. */
    public record ItemChange(String item, String dimension, @JsonProperty("label_da") String labelDa,
                             @JsonProperty("label_en") String labelEn, Side change) {
    }

    /**
     * Both means, their n, and the change; null means where suppressed or absent. {@code change} is the end mean minus the
     * start mean in scale points, with se = sqrt(var_start/n_start + var_end/n_end) (the waves' respondents taken as
     * independent samples) and Welch–Satterthwaite df; null without two respondents on each side.
     */
    public record Side(@JsonProperty("mean_start") Double meanStart, @JsonProperty("n_start") int nStart,
                       @JsonProperty("mean_end") Double meanEnd, @JsonProperty("n_end") int nEnd,
                       @JsonProperty("change_pct") Double changePct, Double change, Double se, Double df, boolean suppressed) {

        static Side of(Double start, int nStart, Double varStart, Double end, int nEnd, Double varEnd, int k) {
            boolean suppressed = nStart < k || nEnd < k;
            Double shownStart = nStart < k ? null : start;
            Double shownEnd = nEnd < k ? null : end;
            Double pct = shownStart == null || shownEnd == null ? null : (shownEnd / shownStart - 1) * 100;
            Double change = shownStart == null || shownEnd == null ? null : shownEnd - shownStart;
            if (change == null || varStart == null || varEnd == null) {
                return new Side(shownStart, nStart, shownEnd, nEnd, pct, change, null, null, suppressed);
            }
            double a = varStart / nStart;
            double b = varEnd / nEnd;
            Double df = a + b == 0 ? null : dk.samspil.projections.attributes.Difference.satterthwaite(a, nStart - 1, b, nEnd - 1);
            return new Side(shownStart, nStart, shownEnd, nEnd, pct, change, Math.sqrt(a + b), df, suppressed);
        }
    }
}
