package dk.samspil.ui.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The read API's OpenAPI description: its title and that every call carries a personal token. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@PropertySource("classpath:dk/samspil/ui/web/api/api.properties")
class ApiDescription {

    private static final String TOKEN = "personal-token";

    @Bean
    OpenAPI samspilApi() {
        return new OpenAPI()
                .info(new Info().title("Samspil read API").version("v1")
                        .description("Every report and analysis of ./samspil report and ./samspil analyze, as JSON (or CSV with format=csv), "
                                + "for the studies the token's account may read. Errors are application/problem+json (RFC 9457)."))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal token: ./samspil user token create, or the Tokens page")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
