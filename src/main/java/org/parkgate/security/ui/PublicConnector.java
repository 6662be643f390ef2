package org.parkgate.security.ui;

import jakarta.servlet.DispatcherType;
import org.parkgate.base.ui.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The public part on a port of its own ({@code parkgate.public-port}, off by default), so that only
 * that port is exposed beyond the office LAN: its connector, and the filter that answers 404 there
 * for everything but the public pages, what they load and the providers' notifications. Vaadin's
 * side of it (no navigation away from the public pages) is {@link PublicPortNavigation}.
 */
@Configuration
class PublicConnector {

    @Bean
    PublicPort publicPort(@Value("${parkgate.public-port}") int number, @Value("${server.port:8080}") int serverPort) {
        if (number > 0 && number == serverPort) {
            throw new IllegalStateException("parkgate.public-port must differ from server.port (" + serverPort
                    + "): the staff port cannot also be the public one");
        }
        return new PublicPort(number);
    }

    @Bean
    PublicConnectorCustomizer publicConnectorCustomizer(PublicPort port) {
        return new PublicConnectorCustomizer(port);
    }

    /** Before everything else, the API's own boundary included: on the public port most paths do not exist. */
    @Bean
    FilterRegistrationBean<PublicPortFilter> publicPortFilter(PublicPort port, Translations translations) {
        var registration = new FilterRegistrationBean<>(new PublicPortFilter(port, translations));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setEnabled(port.on());
        return registration;
    }
}
