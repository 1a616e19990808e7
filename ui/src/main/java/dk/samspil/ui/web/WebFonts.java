package dk.samspil.ui.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * The web pages' font, Liberation Sans, served from the same files the meeting reports embed (openpdf-fonts-extra,
 * SIL Open Font License), so a chart on screen and on paper are set alike; its widths match Arial's.
 */
@Configuration
class WebFonts implements WebMvcConfigurer {

    static final String PATH = "/fonts/liberation/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**").addResourceLocations("classpath:/liberation/")
                .setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
    }
}
