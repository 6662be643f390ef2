package org.parkgate;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ParkGate: one jar that decides who may pass the barrier, bills for it and shows staff everything.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("parkgate/parkgate.css")
public class ParkGateApplication implements AppShellConfigurator {

    public static void main(String[] args) throws Exception {
        // jSerialComm unpacks its native library into a directory named after this id,
        // so ParkGate never collides with another jSerialComm application on the same machine.
        System.setProperty("fazecast.jSerialComm.appid", "parkgate");
        if (args.length > 0 && args[0].equals("simulate-board")) { // headless virtual relay board, no web app
            org.parkgate.simulator.VirtualRelayBoard.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("simulate-screen")) { // headless virtual LED screen, no web app
            org.parkgate.simulator.VirtualLedScreen.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("copy-database")) { // the move to PostgreSQL, with ParkGate stopped
            System.exit(org.parkgate.database.DatabaseCopy.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        var application = new SpringApplication(ParkGateApplication.class);
        application.addListeners(new org.parkgate.base.PrivateDataDirectory());
        application.run(args);
    }

    /** The tab's icon: ParkGate's barrier (served with the stylesheets, also on the public port). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "parkgate/favicon.svg", "any");
    }

    /** All business time comes from this clock, so tests can fix it and the lot's zone applies. */
    @Bean
    Clock clock(@Value("${parkgate.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
