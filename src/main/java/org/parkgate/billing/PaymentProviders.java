package org.parkgate.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.SecretBox;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderKind;
import org.parkgate.billing.provider.ProviderSetting;
import org.parkgate.billing.provider.SandboxProvider;
import org.parkgate.base.UserFacingException;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The payment providers this ParkGate works with now, and where each is offered. A provider comes
 * from the settings file ({@code parkgate.payments.<name>.*}, which then rules: the page shows it
 * and cannot change it), or from the Payment providers page (stored, secrets sealed with the
 * {@link SecretBox}), or is the demo's sandbox. Every configured provider serves its own orders
 * (notifications, queries, closes, refunds) whether it is offered or not.
 *
 * <p>Offered: the pay pages offer the providers the page chose, in its order (the first is the
 * owner's pay page's; none when none of them is configured any more), else
 * {@code parkgate.payments.offer}, else every real provider configured (WeChat Pay first), else the
 * sandbox. A lot's lane QR codes use the lot's chosen provider, else
 * the pay pages' first. Stored settings that no longer open (another secret key, say) leave that
 * provider out, with the {@link #problem} shown to admins: never a provider half set up.
 */
@Service
public class PaymentProviders {

    /** The order providers are listed and offered in when nobody chose. */
    static final List<String> ORDER = List.of("wechat", "alipay", SandboxProvider.NAME);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PaymentProviders.class);

    private final Map<String, ProviderKind> kinds;
    /** The sandbox and the providers of the settings file: fixed while ParkGate runs. */
    private final Map<String, PaymentProvider> fixed;
    private final ProviderSettingsRecords records;
    private final ObjectProvider<SecretBox> secrets;
    private final String fileOffer;
    private volatile Active active;

    /** What is configured and offered now; replaced whole when the page changes anything. */
    private record Active(Map<String, PaymentProvider> providers, Map<String, UserFacingException> problems,
            List<String> payPages, Map<String, String> lanes, Map<String, Map<String, String>> stored) {
    }

    PaymentProviders(List<PaymentProvider> beans, List<ProviderKind> kinds, ProviderSettingsRecords records,
            ObjectProvider<SecretBox> secrets, @Value("${parkgate.payments.offer:}") String offer) {
        this.kinds = kinds.stream().sorted(Comparator.comparingInt(kind -> rank(kind.name())))
                .collect(Collectors.toMap(ProviderKind::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, PaymentProvider> file = new LinkedHashMap<>();
        beans.forEach(bean -> file.put(bean.name(), bean));
        this.kinds.values().forEach(kind -> kind.fromSettingsFile().ifPresent(made -> file.put(kind.name(), made)));
        this.fixed = Map.copyOf(file);
        this.records = records;
        this.secrets = secrets;
        this.fileOffer = offer.strip();
        if (!fileOffer.isEmpty() && !fixed.containsKey(fileOffer) && !kinds().containsKey(fileOffer)) {
            throw new IllegalStateException("parkgate.payments.offer=" + fileOffer + " names no payment provider ("
                    + "known: " + ORDER + ")");
        }
        this.active = load();
        if (!fileOffer.isEmpty() && !active.providers().containsKey(fileOffer)) { // removed on the page, say
            log.warn("parkgate.payments.offer={} names no configured payment provider (configured: {})", fileOffer,
                    active.providers().keySet());
        }
    }

    private static int rank(String name) {
        int rank = ORDER.indexOf(name);
        return rank < 0 ? ORDER.size() : rank;
    }

    Map<String, ProviderKind> kinds() {
        return kinds;
    }

    /** A configured provider of this name (offered or not), or null. */
    public @Nullable PaymentProvider named(String name) {
        return active.providers().get(name);
    }

    /** Whether ParkGate takes payments online: some provider is offered. */
    public boolean online() {
        return !active.payPages().isEmpty();
    }

    /** The providers the pay pages offer, in order (the first is the one orders go to unless the payer chooses). */
    public List<String> payPages() {
        return active.payPages();
    }

    /** The provider a lot's lane QR codes use (any lot when null), or null when none is offered. */
    public @Nullable PaymentProvider forLane(@Nullable String lotId) {
        Active now = active;
        String chosen = lotId == null ? null : now.lanes().get(lotId);
        if (chosen != null && now.providers().containsKey(chosen)) {
            return now.providers().get(chosen);
        }
        return now.payPages().isEmpty() ? null : now.providers().get(now.payPages().getFirst());
    }

    /** The lots that chose their lane QR's provider, and which. */
    public Map<String, String> laneChoices() {
        return active.lanes();
    }

    /** Whether the settings file configures this provider (the page then shows it, unchangeable). */
    public boolean fromSettingsFile(String name) {
        return fixed.containsKey(name);
    }

    /** Why this provider's stored settings do not work now, if they do not. */
    public Optional<UserFacingException> problem(String name) {
        return Optional.ofNullable(active.problems().get(name));
    }

    @TransactionalEventListener
    void on(PaymentProvidersChanged changed) {
        reload();
    }

    /**
     * Reads the stored settings and offers again after the page changed them. A provider whose
     * settings did not change is kept; a replaced one lets go of its connections once the calls
     * under way have ended (on a thread of its own, so nobody waits for that).
     */
    synchronized void reload() {
        Active before = active;
        active = load();
        before.providers().forEach((name, provider) -> {
            if (!fixed.containsKey(name) && active.providers().get(name) != provider) {
                Thread.ofVirtual().name("release-" + name).start(provider::release);
            }
        });
    }

    @PreDestroy
    void stop() {
        active.providers().values().forEach(PaymentProvider::release);
    }

    private Active load() {
        Map<String, PaymentProvider> providers = new LinkedHashMap<>();
        Map<String, UserFacingException> problems = new LinkedHashMap<>();
        Active before = active;
        Map<String, Map<String, String>> allStored = records.settings();
        allStored.forEach((name, stored) -> {
            ProviderKind kind = kinds.get(name);
            if (kind == null || fixed.containsKey(name)) {
                return; // the settings file rules
            }
            if (before != null && stored.equals(before.stored().get(name)) && before.providers().containsKey(name)) {
                providers.put(name, before.providers().get(name)); // unchanged: calls under way go on
                return;
            }
            try {
                providers.put(name, kind.of(opened(kind, stored)));
            } catch (UserFacingException unopened) { // sealed with another key, or changed
                log.error("The stored secrets of payment provider {} do not open ({}): it takes no payments until"
                        + " the right secret key is back or an admin enters them again", name, unopened.getMessage());
                problems.put(name, unopened);
            } catch (InvalidProviderSettingsException unusable) {
                log.error("The stored settings of payment provider {} cannot be used ({}): it takes no payments"
                        + " until an admin enters them again", name, unusable.getMessage());
                problems.put(name, new UserFacingException("error.providers.stored-unusable", unusable.setting(),
                        unusable.why()));
            }
        });
        providers.putAll(fixed);
        Map<String, PaymentProvider> ordered = new LinkedHashMap<>();
        providers.keySet().stream().sorted(Comparator.comparingInt(PaymentProviders::rank))
                .forEach(name -> ordered.put(name, providers.get(name)));
        Map<String, List<String>> offers = records.offers();
        List<String> chosen = offers.getOrDefault(ProviderSettingsRecords.PAY_PAGES, List.of());
        // an admin's choice stands even when its providers are gone: no provider they left out takes orders
        List<String> payPages = chosen.isEmpty() ? unchosen(ordered) : chosen.stream().filter(ordered::containsKey)
                .toList();
        Map<String, String> lanes = new LinkedHashMap<>();
        offers.forEach((scope, names) -> {
            if (scope.startsWith(ProviderSettingsRecords.LANE) && ordered.containsKey(names.getFirst())) {
                lanes.put(scope.substring(ProviderSettingsRecords.LANE.length()), names.getFirst());
            }
        });
        if (before != null) {
            log.info("Payment providers now: {} (pay pages offer {}, lanes {})", ordered.keySet(), payPages, lanes);
        }
        return new Active(Map.copyOf(ordered), Map.copyOf(problems), payPages, Map.copyOf(lanes), allStored);
    }

    /** Nobody chose: the settings file's offer, else every real provider, else the sandbox. */
    private List<String> unchosen(Map<String, PaymentProvider> ordered) {
        if (!fileOffer.isEmpty() && ordered.containsKey(fileOffer)) {
            return List.of(fileOffer);
        }
        List<String> real = new ArrayList<>(ordered.keySet());
        real.remove(SandboxProvider.NAME);
        return real.isEmpty() && ordered.containsKey(SandboxProvider.NAME) ? List.of(SandboxProvider.NAME)
                : List.copyOf(real);
    }

    /** The stored values with the secrets opened. */
    private Map<String, String> opened(ProviderKind kind, Map<String, String> stored) {
        Map<String, String> values = new LinkedHashMap<>(stored);
        for (ProviderSetting setting : kind.settings()) {
            String sealed = stored.get(setting.name());
            if (setting.secret() && sealed != null && !sealed.isEmpty()) {
                values.put(setting.name(), open(kind, setting, sealed));
            }
        }
        return values;
    }

    /** A stored secret opened; a {@link UserFacingException} when it does not open (another key, changed). */
    String open(ProviderKind kind, ProviderSetting setting, String sealed) {
        return secrets.getObject().open(sealed, purpose(kind, setting));
    }

    /** What a secret is sealed for: it opens as nothing else. */
    static String purpose(ProviderKind kind, ProviderSetting setting) {
        return "payments." + kind.name() + "." + setting.name();
    }
}
