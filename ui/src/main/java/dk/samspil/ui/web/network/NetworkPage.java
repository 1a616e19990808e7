package dk.samspil.ui.web.network;

import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.ViewPage;
import dk.samspil.ui.web.shell.ViewState;

import java.util.List;
import java.util.Optional;

/**
 * Everything the network map shows, read at one event-store position.
 *
 * @param figure empty when the study has no wave or no relational instrument yet
 * @param show   which relations the map draws
 * @param ego    the group whose ties alone the map draws; null for every group's
 */
record NetworkPage(StudySummary study, List<Instrument> instruments, Optional<Figure> figure, long position, int k, String asOf,
                   FigureGate gate, NetworkFilter show, String ego)
        implements ViewPage {

    NetworkPage {
        instruments = List.copyOf(instruments);
    }

    /** The map of one wave and instrument: one edge per between-group cell. */
    record Figure(StudySummary.Wave wave, Instrument instrument, List<Edge> edges) {

        Figure {
            edges = List.copyOf(edges);
        }

        List<Edge> weakImportant() {
            return edges.stream().filter(Edge::weakImportant).toList();
        }

        Optional<Edge> edge(String id) {
            return edges.stream().filter(e -> e.id().equals(id)).findFirst();
        }
    }

    /**
     * A directed relation: how the rater group rates the target group.
     *
     * @param importance    high, middle or low from the relationship map; null when the map does not name the relation
     * @param weakImportant important, but its cell is in the low or middle band
     */
    record Edge(MatrixCell cell, String importance, boolean weakImportant) {

        String id() {
            return cell.raterGroup().value() + ">" + cell.targetGroup().value();
        }
    }

    /** One wave of a relation's history; {@code cell} empty when nobody in the rater group rated the target that wave. */
    record HistoryPoint(StudySummary.Wave wave, Optional<MatrixCell> cell) {
    }

    @Override
    public NetworkRequest shown() {
        return new NetworkRequest(new ViewState(study.study().value(), asOf), figure.map(f -> f.wave().key()).orElse(null),
                figure.map(f -> f.instrument().ref().toString()).orElse(null), show, ego);
    }

    /** The relations the map draws: those the filter keeps, of the chosen group only when one is chosen. */
    List<Edge> drawn() {
        return figure.map(f -> f.edges().stream().filter(show::keeps)
                .filter(e -> ego == null || e.cell().raterGroup().value().equals(ego) || e.cell().targetGroup().value().equals(ego))
                .toList()).orElse(List.of());
    }

    String groupName(String key) {
        return Choices.name(study.groups(), key);
    }
}
