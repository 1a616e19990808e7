package dk.samspil.ui.web.profile;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import static dk.samspil.ui.web.shell.ViewState.first;

/**
 * What the address asks the dimension profile for: ?study=mini&amp;instrument=rk@1&amp;rater=skole&amp;target=familie&amp;by=stilling&amp;asof=1200.
 * A missing rater or target means every group, so the matrix page can link here for one cell.
 */
record ProfileRequest(ViewState state, String instrument, String rater, String target, String by) implements ViewRequest {

    static ProfileRequest of(QueryParameters address) {
        return new ProfileRequest(ViewState.of(address), first(address, "instrument"), first(address, "rater"), first(address, "target"),
                first(address, "by"));
    }

    @Override
    public QueryParameters address() {
        return state.address("instrument", instrument, "rater", rater, "target", target, "by", by);
    }

    ProfileRequest withInstrument(String ref) {
        // another instrument may not rate groups: start again from every group
        return new ProfileRequest(state, ref, null, null, by);
    }

    ProfileRequest withRater(String group) {
        return new ProfileRequest(state, instrument, group, target, by);
    }

    ProfileRequest withTarget(String group) {
        return new ProfileRequest(state, instrument, rater, group, by);
    }

    /** @param attribute a respondent attribute to draw each value's profile for, beside everyone's; null: none */
    ProfileRequest withBy(String attribute) {
        return new ProfileRequest(state, instrument, rater, target, attribute);
    }
}
