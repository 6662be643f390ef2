package org.parkgate.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.security.ApiClients;
import org.parkgate.security.ApiScope;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin makes an API client on its page: the secret is shown once and works; a client needs a name and a scope. */
class ApiClientsViewTest extends KaribuTest {

    @Autowired
    ApiClients clients;

    @Test
    void anAdminMakesAClientAndSeesItsSecretOnce() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("api-clients");
        _click(_get(Button.class, spec -> spec.withId("api-clients-new")));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("form-dialog-error")).getText())
                .isEqualTo("Give a name of at most 60 characters.");
        _setValue(_get(TextField.class, spec -> spec.withId("api-client-name")), "停车财务对接");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("form-dialog-error")).getText()).isEqualTo("Choose at least one scope.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("api-client-scopes"));
        _setValue(scopes, Set.of(ApiScope.PAYMENTS_READ));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));

        String secret = _get(Paragraph.class, spec -> spec.withId("api-client-created-secret")).getText();
        assertThat(secret).startsWith("pgc_");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<ApiClients.ApiClient>) _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("api-clients-grid"));
        assertThat(GridKt._findAll(grid)).extracting(ApiClients.ApiClient::name).contains("停车财务对接");
        assertThat(clients.list().stream().filter(c -> c.name().equals("停车财务对接")).findFirst().orElseThrow().scopes())
                .containsExactly(ApiScope.PAYMENTS_READ);
    }
}
