package dk.samspil.ui.web.testing;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/**
 * Gives each test class's Spring context a data folder of its own (samspil.data), as DuckDB lets one context hold a
 * folder; a class that sets samspil.data itself with {@code @DynamicPropertySource} keeps its own.
 */
public final class FreshDataFolder implements ContextCustomizerFactory {

    /** Where Spring's test context keeps {@code @DynamicPropertySource} values. */
    private static final String DYNAMIC = "Dynamic Test Properties";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
        return new PerTestClass(testClass);
    }

    /** Equal for one test class only, so no two classes share a cached context and with it a folder. */
    private record PerTestClass(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource folder = new MapPropertySource("mini-study-data-folder",
                    Map.of("samspil.data", MiniStudy.newDataFolder().toString()));
            if (sources.contains(DYNAMIC)) {
                sources.addAfter(DYNAMIC, folder);
            } else {
                sources.addFirst(folder);
            }
        }
    }
}
