package dk.samspil.ui.web.network;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import static dk.samspil.ui.web.shell.ViewState.first;

/** What the address asks the network map for: ?study=mini&amp;wave=w0&amp;instrument=rk@1&amp;asof=1200; any part may be absent. */
record NetworkRequest(ViewState state, String wave, String instrument) implements ViewRequest {

    static NetworkRequest of(QueryParameters address) {
        return new NetworkRequest(ViewState.of(address), first(address, "wave"), first(address, "instrument"));
    }

    @Override
    public QueryParameters address() {
        return state.address("wave", wave, "instrument", instrument);
    }

    NetworkRequest withWave(String key) {
        return new NetworkRequest(state, key, instrument);
    }

    NetworkRequest withInstrument(String ref) {
        return new NetworkRequest(state, wave, ref);
    }
}
