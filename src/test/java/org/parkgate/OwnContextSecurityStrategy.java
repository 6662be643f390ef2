package org.parkgate;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class with an application context of its own: that context installs its own global
 * security-context strategy (Vaadin's), so the one the other tests' context works with is kept
 * before the class's context is made (at its {@code @BeforeAll} time, as the test instance is made
 * later) and put back after it (else the shared context's tests lose their sign-ins).
 */
public final class OwnContextSecurityStrategy implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(OwnContextSecurityStrategy.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put("others", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                context.getStore(HERE).get("others", SecurityContextHolderStrategy.class));
    }
}
