package org.parkgate.security.ui;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.ProtocolHandler;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.util.LambdaSafe;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Adds the public port's connector to Tomcat, with the limits of the main one: Spring Boot applies
 * the {@code server.tomcat.*} settings (header and form sizes, timeouts, threads) to its own
 * connector only, so the factory's connector and protocol customizers are applied here too, last,
 * when all are registered. Plain HTTP: TLS is the reverse proxy's in front of it. A port that
 * cannot be opened stops the start, as the main port's does.
 */
final class PublicConnectorCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final PublicPort port;

    PublicConnectorCustomizer(PublicPort port) {
        this.port = port;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!port.on()) {
            return;
        }
        var connector = new Connector(factory.getProtocol());
        connector.setThrowOnFailure(true);
        connector.setPort(port.number());
        if (factory.getUriEncoding() != null) {
            connector.setURIEncoding(factory.getUriEncoding().name());
        }
        ProtocolHandler handler = connector.getProtocolHandler();
        LambdaSafe.callbacks(TomcatProtocolHandlerCustomizer.class, factory.getProtocolHandlerCustomizers(), handler)
                .invoke(customizer -> customizer.customize(handler));
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        factory.addAdditionalConnectors(connector);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
