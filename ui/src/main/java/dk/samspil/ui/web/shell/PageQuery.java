package dk.samspil.ui.web.shell;

import dk.samspil.domain.access.Operation;
import dk.samspil.ui.app.study.StudyMoments;

import java.util.Optional;

/**
 * A view's page loader: resolves the study and moment a request names, as the current user may see them, and reads
 * the page there, so every figure of a page stands at one event-store position.
 *
 * @param <R> what the address asks for
 * @param <P> the page model read
 */
public abstract class PageQuery<R extends ViewRequest, P extends ViewPage> {

    private final StudyMoments moments;
    private final Operation operation;

    /** @param operation what the view does with a study: only studies the user may do it to are listed or opened */
    protected PageQuery(StudyMoments moments, Operation operation) {
        this.moments = moments;
        this.operation = operation;
    }

    /** The page for a request, unknown or missing choices replaced by defaults; empty when there is no study to show. */
    public Optional<P> load(R request) {
        return moments.resolve(operation, request.state().study(), request.state().moment()).map(moment -> page(moment, request));
    }

    /** The page read at the moment's position. */
    protected abstract P page(StudyMoments.StudyMoment moment, R request);
}
