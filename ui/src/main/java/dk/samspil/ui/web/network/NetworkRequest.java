package dk.samspil.ui.web.network;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import static dk.samspil.ui.web.shell.ViewState.first;

/**
 * What the address asks the network map for: ?study=mini&amp;wave=w0&amp;instrument=rk@1&amp;asof=1200, which relations
 * (&amp;show=important, weak or weak-important; none: all) and one group's ties only (&amp;group=ppr); any part may be absent.
 */
record NetworkRequest(ViewState state, String wave, String instrument, NetworkFilter show, String group) implements ViewRequest {

    static NetworkRequest of(QueryParameters address) {
        return new NetworkRequest(ViewState.of(address), first(address, "wave"), first(address, "instrument"),
                NetworkFilter.parse(String.valueOf(first(address, "show"))).orElse(NetworkFilter.ALL), first(address, "group"));
    }

    @Override
    public QueryParameters address() {
        return state.address("wave", wave, "instrument", instrument, "show", show == NetworkFilter.ALL ? null : show.key(),
                "group", group);
    }

    NetworkRequest withWave(String key) {
        return new NetworkRequest(state, key, instrument, show, group);
    }

    NetworkRequest withInstrument(String ref) {
        return new NetworkRequest(state, wave, ref, show, group);
    }

    NetworkRequest withShow(NetworkFilter value) {
        return new NetworkRequest(state, wave, instrument, value == null ? NetworkFilter.ALL : value, group);
    }

    NetworkRequest withGroup(String key) {
        return new NetworkRequest(state, wave, instrument, show, key);
    }
}
