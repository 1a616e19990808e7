package dk.samspil.ui.web.i18n;

/** A view's getTranslation, handed to the classes that write its texts so they need no component. */
@FunctionalInterface
public interface Labels {

    String get(String key, Object... parameters);
}
