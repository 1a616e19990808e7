package dk.samspil.ui.web.shell;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import dk.samspil.ui.app.work.BackgroundWork;

import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How far a piece of background work has come, on the page that asked for it: a bar and the step it is in, read
 * at each poll of the page; when the work is done the page is told in the UI's own thread. Leaving the page stops
 * the watching, not the work.
 */
public class WorkProgress extends Div {

    private static final int POLL_MILLIS = 400;

    private final ProgressBar bar = new ProgressBar();
    private final Span step = new Span();
    private final Function<BackgroundWork.Progress, String> label;
    private BackgroundWork.Job<?> watched;
    private Registration polling;

    /**
     * @param id    the element's id; the bar's is id-bar and the step's id-step
     * @param label the text for a step, in the page's language
     */
    public WorkProgress(String id, Function<BackgroundWork.Progress, String> label) {
        this.label = label;
        setId(id);
        bar.setId(id + "-bar");
        step.setId(id + "-step");
        addClassName("work-progress");
        add(bar, step);
        setVisible(false);
    }

    /**
     * Shows the job's progress until it is done, then hands its result, or the cause of its failure, to {@code done}.
     * A job watched before it is replaced is forgotten: its end is not handed on.
     */
    public <T> void watch(UI ui, BackgroundWork.Job<T> job, BiConsumer<T, Throwable> done) {
        watched = job;
        show(job.progress());
        setVisible(true);
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> {
                if (watched != null) {
                    show(watched.progress());
                }
            });
        }
        job.result().whenComplete((result, error) -> ui.access(() -> {
            if (watched != job) {
                return;
            }
            stop(ui);
            setVisible(false);
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            done.accept(result, cause);
        }));
    }

    private void show(BackgroundWork.Progress at) {
        bar.setIndeterminate(at.total() == 0);
        bar.setValue(at.fraction());
        step.setText(label.apply(at));
    }

    private void stop(UI ui) {
        watched = null;
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stop(detach.getUI());
    }
}
