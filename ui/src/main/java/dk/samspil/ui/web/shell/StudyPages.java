package dk.samspil.ui.web.shell;

import dk.samspil.domain.access.Operation;
import dk.samspil.ui.app.study.StudyMoments;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Turns a view's page reader into its page loader: every figure of a page is then read at the one moment it names. */
@Service
public class StudyPages {

    private final StudyMoments moments;

    public StudyPages(StudyMoments moments) {
        this.moments = moments;
    }

    /**
     * Resolves the study and moment a request names and reads the page there; empty when there is no study to show.
     *
     * @param operation what the view does with a study: only studies the user may do it to are listed or opened
     * @param page      reads the page at the resolved moment, unknown or missing choices replaced by defaults
     */
    public <R extends ViewRequest, P extends ViewPage> Function<R, Optional<P>> loader(
            Operation operation, BiFunction<StudyMoments.StudyMoment, R, P> page) {
        return request -> moments.resolve(operation, request.state().study(), request.state().moment())
                .map(moment -> page.apply(moment, request));
    }
}
