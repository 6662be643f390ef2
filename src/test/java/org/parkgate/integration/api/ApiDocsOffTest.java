package org.parkgate.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;

/**
 * With {@code parkgate.api.docs: false} the application maps neither the description
 * ({@code /v3/api-docs}) nor Swagger UI, for anybody.
 */
@TestPropertySource(properties = "parkgate.api.docs=false")
class ApiDocsOffTest extends KaribuTest {

    @Test
    void anOfficeThatTurnsTheDescriptionOffServesNeither() {
        List<String> mapped = new ArrayList<>();
        context.getBeansOfType(AbstractHandlerMethodMapping.class).values().forEach(mapping ->
                ((AbstractHandlerMethodMapping<?>) mapping).getHandlerMethods().keySet()
                        .forEach(info -> mapped.add(info.toString())));
        assertThat(mapped).as("the application's own mappings are there").anyMatch(m -> m.contains("/api/integration/v1/passages"));
        assertThat(mapped).noneMatch(m -> m.contains("/v3/api-docs") || m.contains("swagger"));
        assertThat(context.getBeanNamesForType(org.springdoc.webmvc.api.OpenApiWebMvcResource.class)).isEmpty();
    }
}
