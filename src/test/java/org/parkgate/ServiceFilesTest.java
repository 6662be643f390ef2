package org.parkgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The service files of docs/service are what the README says: the systemd unit passes
 * {@code systemd-analyze verify} without a warning (where the machine has it) and restarts on
 * failure as a dedicated user with a private data directory and umask 077; the WinSW file is
 * well-formed XML that runs the jar with the data directory, restarts it and rolls its logs.
 */
class ServiceFilesTest {

    private static final Path UNIT = Path.of("docs/service/parkgate.service");
    private static final Path WINSW = Path.of("docs/service/parkgate-service.xml");

    @Test
    void theSystemdUnitRestartsOnFailureAsADedicatedUserWithAPrivateDataDirectory() throws Exception {
        Map<String, List<String>> service = section(Files.readAllLines(UNIT), "[Service]");
        assertThat(service.get("User")).containsExactly("parkgate");
        assertThat(service.get("Restart")).containsExactly("on-failure");
        assertThat(service.get("UMask")).containsExactly("0077");
        assertThat(service.get("StateDirectory")).containsExactly("parkgate");
        assertThat(service.get("StateDirectoryMode")).containsExactly("0700");
        assertThat(service.get("SuccessExitStatus")).as("a SIGTERM stop is clean").containsExactly("143");
        assertThat(service.get("ExecStart")).singleElement().asString()
                .contains("@/opt/parkgate/jvm.options", "-XX:AOTCache=/opt/parkgate/parkgate.aot",
                        "-jar /opt/parkgate/parkgate.jar", "--parkgate.data-dir=/var/lib/parkgate");
        assertThat(section(Files.readAllLines(UNIT), "[Install]").get("WantedBy")).containsExactly("multi-user.target");
    }

    @Test
    void theSystemdUnitPassesSystemdAnalyzeVerify() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed here");
        // the tests' own java stands in for /usr/bin/java, which a machine may not have
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path unit = AppTestSupport.newTempDir("unit-").resolve("parkgate.service");
        Files.writeString(unit, Files.readString(UNIT).replace("ExecStart=/usr/bin/java ", "ExecStart=" + java + " "));
        Process verify = new ProcessBuilder(analyze.toString(), "verify", unit.toString()).redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.contains("parkgate.service"))).as("no warning about the unit").isEmpty();
    }

    @Test
    void theWinswFileRunsTheJarWithItsDataDirectoryAndRestartsIt() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document xml = factory.newDocumentBuilder().parse(WINSW.toFile());
        Element service = xml.getDocumentElement();
        assertThat(service.getTagName()).isEqualTo("service");
        assertThat(text(service, "id")).isEqualTo("parkgate");
        assertThat(text(service, "executable")).isEqualTo("%BASE%\\jdk\\bin\\java.exe");
        assertThat(text(service, "arguments")).contains("\"@%BASE%\\jvm.options\"",
                "\"-XX:AOTCache=%BASE%\\parkgate.aot\"", "-jar \"%BASE%\\parkgate.jar\"",
                "--parkgate.data-dir=C:\\ProgramData\\ParkGate");
        assertThat(text(service, "startmode")).isEqualTo("Automatic");
        assertThat(((Element) service.getElementsByTagName("onfailure").item(0)).getAttribute("action")).isEqualTo("restart");
        assertThat(text(service, "username")).isEqualTo("NT AUTHORITY\\LocalService");
        assertThat(((Element) service.getElementsByTagName("log").item(0)).getAttribute("mode")).isEqualTo("roll-by-size");
        assertThat(text(service, "stoptimeout")).isEqualTo("30 sec");
    }

    @Test
    void theReadmeShowsBothWaysWithTheseFiles() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Install as a service"), readme.indexOf("## PostgreSQL"));
        assertThat(section).contains("docs/service/parkgate.service", "systemctl enable --now parkgate",
                "parkgate-service.xml", "parkgate-service.exe install", "/actuator/health");
        assertThat(new File("docs/service")).isDirectory();
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    /** The settings of one [Section] of a unit file: name to values, in order. */
    private static Map<String, List<String>> section(List<String> lines, String name) {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        boolean inside = false;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[")) {
                inside = trimmed.equals(name);
            } else if (inside && !trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                int equals = trimmed.indexOf('=');
                settings.computeIfAbsent(trimmed.substring(0, equals), key -> new ArrayList<>()).add(trimmed.substring(equals + 1));
            }
        }
        return settings;
    }
}
