package org.parkgate.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.StreamRequestHandler;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UIs of a session that were opened on the public port: the only ones a request on that port
 * may address. A browser's session cookie goes to every port of a host, so without this a staff
 * UI opened on the staff port (or a stolen staff session) could be driven through the public one.
 */
final class PublicUis {

    private static final String ATTRIBUTE = PublicUis.class.getName();
    private static final String RESOURCE_PATH = "/" + StreamRequestHandler.DYN_RES_PREFIX;

    private PublicUis() {
    }

    /** Called while the UI is created, under its session's lock. */
    @SuppressWarnings("unchecked")
    static void add(UI ui) {
        WrappedSession session = ui.getSession().getSession();
        var ids = (Set<String>) session.getAttribute(ATTRIBUTE);
        if (ids == null) {
            ids = ConcurrentHashMap.newKeySet();
            session.setAttribute(ATTRIBUTE, ids);
        }
        ids.add(String.valueOf(ui.getUIId()));
    }

    /** True when the request names no UI, or only UIs of its session opened on the public port. */
    static boolean onlyThoseAddressed(HttpServletRequest request, String path) {
        List<String> addressed = addressed(request, path);
        if (addressed.isEmpty()) {
            return true;
        }
        HttpSession session = request.getSession(false);
        Object ids = session == null ? null : session.getAttribute(ATTRIBUTE);
        return ids instanceof Set<?> publicIds && publicIds.containsAll(addressed);
    }

    /** The UI ids a Vaadin request names: {@code v-uiId} (UIDL, heartbeat, push) and the one in a resource URL. */
    private static List<String> addressed(HttpServletRequest request, String path) {
        var ids = new ArrayList<String>();
        String[] parameters = request.getParameterValues(ApplicationConstants.UI_ID_PARAMETER);
        if (parameters != null) {
            ids.addAll(List.of(parameters));
        }
        if (path.startsWith(RESOURCE_PATH)) {
            String rest = path.substring(RESOURCE_PATH.length());
            int slash = rest.indexOf('/');
            ids.add(slash < 0 ? rest : rest.substring(0, slash));
        }
        return ids;
    }
}
