package dk.samspil.domain.intake;

/** A bundle with problems: nothing of it was stored. */
public class BundleRejected extends RuntimeException {

    private final transient ProblemReport report;

    public BundleRejected(ProblemReport report) {
        super(report.render());
        this.report = report;
    }

    public ProblemReport report() {
        return report;
    }
}
