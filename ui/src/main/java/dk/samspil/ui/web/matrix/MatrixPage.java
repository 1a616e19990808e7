package dk.samspil.ui.web.matrix;

import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.attributes.Breakdown;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.ViewPage;
import dk.samspil.ui.web.shell.ViewState;

import java.util.List;
import java.util.Optional;

/**
 * Everything the matrix page shows, read at one event-store position so title, groups and matrix agree.
 *
 * @param studies     every study, for the picker
 * @param instruments the study's relational instruments, for the picker
 * @param figure      the relation matrix shown; empty when the study has no wave or no relational instrument yet
 * @param compared    a second wave's matrix drawn beside the first
 * @param relation    the chosen relation's profile and development over the waves
 * @param unit        the unit whose respondents are counted (with the units below it); null for all
 * @param asOf        the ?asof the page was asked for, carried along when the choices change
 * @param attributes  the study's respondent attributes, for the breakdown picker
 * @param breakdown   the shown wave's matrix of each value's raters beside everyone's, when a breakdown is chosen
 */
public record MatrixPage(List<StudySummary.Named> studies, StudySummary study, List<Instrument> instruments,
                        Optional<Figure> figure, Optional<Figure> compared, Optional<Relation> relation, String unit, String asOf,
                        List<AttributeSpec> attributes, Optional<Breakdown<RelationMatrix>> breakdown)
        implements ViewPage {

    public MatrixPage {
        studies = List.copyOf(studies);
        instruments = List.copyOf(instruments);
        attributes = List.copyOf(attributes);
    }

    /** The relation matrix of one wave and instrument. */
    public record Figure(StudySummary.Wave wave, Instrument instrument, RelationMatrix matrix) {
    }

    /** One relation (rater group → target group) wave by wave: its cell (null when nobody rated it) and item profile. */
    public record Relation(GroupKey rater, GroupKey target, List<WaveOfRelation> waves) {
    }

    public record WaveOfRelation(StudySummary.Wave wave, MatrixCell cell, DimensionProfile profile) {
    }

    /** The keys actually shown, for the address bar. */
    @Override
    public MatrixRequest shown() {
        return new MatrixRequest(new ViewState(study.study().value(), asOf),
                figure.map(f -> f.wave().key()).orElse(null),
                figure.map(f -> f.instrument().ref().toString()).orElse(null), unit,
                compared.map(f -> f.wave().key()).orElse(null),
                relation.map(r -> r.rater().value()).orElse(null), relation.map(r -> r.target().value()).orElse(null),
                breakdown.map(Breakdown::by).orElse(null));
    }

    /** A group's name in the study's data, or its key when the study does not name it. */
    String groupName(String key) {
        return Choices.name(study.groups(), key);
    }
}
