package org.parkgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CI must run exactly the test command the README gives a newcomer. */
class ReadmeContractTest {

    @org.junit.jupiter.api.Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> ciCommands = Files.readAllLines(Path.of(".ci/run")).stream()
                .filter(line -> line.startsWith("./mvnw"))
                .toList();
        assertThat(ciCommands).hasSize(1);
        assertThat(readme).contains("\n" + ciCommands.getFirst() + "\n");
    }

    @org.junit.jupiter.api.Test
    void readmeRunCommandStartsTheDemoOnTheEmbeddedDatabase() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(
                "./mvnw -B package -DskipTests && \"$JAVA_HOME/bin/java\" @target/app/jvm.options"
                        + " -XX:AOTCache=target/app/parkgate.aot -jar target/app/parkgate.jar --spring.profiles.active=demo");
    }
}
