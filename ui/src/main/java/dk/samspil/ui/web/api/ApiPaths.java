package dk.samspil.ui.web.api;

/** Where the read API answers. */
final class ApiPaths {

    static final String ROOT = "/api/v1";
    static final String STUDIES = ROOT + "/studies";
    static final String OPENAPI = ROOT + "/openapi.json";
    static final String DOCS = ROOT + "/docs";

    private ApiPaths() {
    }
}
