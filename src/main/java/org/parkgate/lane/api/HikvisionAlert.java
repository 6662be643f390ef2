package org.parkgate.lane.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.parkgate.lane.LaneException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Hikvision camera pushes in "HTTP listening" mode, its {@code EventNotificationAlert}:
 * XML ({@code xmlns="http://www.hikvision.com/ver20/XMLSchema"}, or the ISAPI namespace of newer
 * firmware; elements are read by local name) or JSON on newer firmware. {@code eventType}
 * {@code ANPR} carries the plate in {@code ANPR/licensePlate} (empty or {@code 无车牌} when the
 * camera saw a vehicle but read no plate); {@code heartBeat}, or {@code videoloss} while
 * {@code inactive}, is the camera saying it is alive. The XML parser refuses any DOCTYPE, so
 * neither entity expansion (billion laughs) nor external entities can be smuggled in.
 */
record HikvisionAlert(String eventType, @Nullable String eventState, @Nullable String plate,
        @Nullable Integer confidence, @Nullable Instant dateTime, @Nullable String direction,
        @Nullable String plateColor, @Nullable String vehicleType) {

    /** Hikvision's word for "a vehicle without a readable plate". */
    static final String NO_PLATE = "无车牌";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    boolean anpr() {
        return "ANPR".equalsIgnoreCase(eventType);
    }

    boolean heartbeat() {
        return "heartBeat".equalsIgnoreCase(eventType)
                || ("videoloss".equalsIgnoreCase(eventType) && "inactive".equalsIgnoreCase(eventState));
    }

    /** Whether the camera saw a vehicle but read no plate. */
    boolean plateNotRead() {
        return plate == null || plate.isBlank() || plate.strip().equals(NO_PLATE);
    }

    /** The alert in {@code bytes}, XML or JSON by its first character; refused when it is neither. */
    static HikvisionAlert parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("{")) {
            return fromJson(text);
        }
        if (text.startsWith("<")) {
            return fromXml(bytes);
        }
        throw new LaneException("error.lane.hikvision-format");
    }

    private static HikvisionAlert fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException notJson) {
            throw new LaneException("error.lane.hikvision-format");
        }
        JsonNode alert = root.has("EventNotificationAlert") ? root.path("EventNotificationAlert") : root;
        JsonNode anpr = alert.path("ANPR");
        String type = alert.path("eventType").asString("");
        if (type.isBlank()) {
            throw new LaneException("error.lane.hikvision-format");
        }
        return new HikvisionAlert(type, text(alert.path("eventState")), text(anpr.path("licensePlate")),
                number(text(anpr.path("confidenceLevel"))), instant(text(alert.path("dateTime"))),
                text(anpr.path("direction")), text(anpr.path("plateColor")), text(anpr.path("vehicleType")));
    }

    private static @Nullable String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    private static HikvisionAlert fromXml(byte[] bytes) {
        Document document;
        try {
            document = safeBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException refused) { // a DOCTYPE among them
            throw new LaneException("error.lane.hikvision-format");
        }
        Element alert = document.getDocumentElement();
        if (!"EventNotificationAlert".equals(localName(alert))) {
            throw new LaneException("error.lane.hikvision-format");
        }
        Element anpr = child(alert, "ANPR");
        String type = childText(alert, "eventType");
        if (type == null || type.isBlank()) {
            throw new LaneException("error.lane.hikvision-format");
        }
        return new HikvisionAlert(type, childText(alert, "eventState"), childText(anpr, "licensePlate"),
                number(childText(anpr, "confidenceLevel")), instant(childText(alert, "dateTime")),
                childText(anpr, "direction"), childText(anpr, "plateColor"), childText(anpr, "vehicleType"));
    }

    /** No DOCTYPE at all, no external anything, no XInclude, secure processing limits on. */
    private static DocumentBuilder safeBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static @Nullable Element child(@Nullable Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(localName(element))) {
                return element;
            }
        }
        return null;
    }

    private static @Nullable String childText(@Nullable Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(text.strip())));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The camera's time ({@code 2026-12-02T10:15:30+08:00}); null when absent or not a time. */
    private static @Nullable Instant instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
