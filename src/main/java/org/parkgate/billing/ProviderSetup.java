package org.parkgate.billing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parkgate.base.LotNames;
import org.parkgate.base.SecretBox;
import org.parkgate.base.UserFacingException;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderException;
import org.parkgate.billing.provider.ProviderKind;
import org.parkgate.billing.provider.ProviderSetting;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Payment providers page's work, for admins: a provider's settings saved (secrets sealed with
 * the {@link SecretBox}; a secret left empty keeps the stored one; never shown again), tested
 * (an order query for an order that does not exist: an answer the provider signed means the
 * settings work), removed, and where providers are offered (pay pages, each lot's lane QR codes).
 * Settings are checked by making the provider of them before anything is stored; every change
 * and every test is audited, naming the settings changed but never a value.
 */
@Service
@PreAuthorize(Role.Names.ADMIN_ONLY)
public class ProviderSetup {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentProviders providers;
    private final ProviderSettingsRecords records;
    private final ObjectProvider<SecretBox> secrets;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LotNames lots;

    ProviderSetup(PaymentProviders providers, ProviderSettingsRecords records, ObjectProvider<SecretBox> secrets,
            AuditLog audit, ApplicationEventPublisher events, LotNames lots) {
        this.providers = providers;
        this.records = records;
        this.secrets = secrets;
        this.audit = audit;
        this.events = events;
        this.lots = lots;
    }

    /** Where a provider's settings come from. */
    public enum Source { NONE, PAGE, SETTINGS_FILE }

    /**
     * A provider as the page shows it: its settings, where they come from, the stored values that
     * are not secret, which secrets are stored (never their values), and why stored settings do
     * not work now, if they do not.
     */
    public record ProviderForm(String name, List<ProviderSetting> settings, Source source, Map<String, String> shown,
            Set<String> secretsStored, Optional<UserFacingException> problem) {
    }

    /** What a test of settings found: whether they work, and the provider's words when not. */
    public record ConnectionTest(boolean works, String detail) {
    }

    @Transactional(readOnly = true)
    public List<ProviderForm> providers() {
        Map<String, Map<String, String>> stored = records.settings();
        List<ProviderForm> forms = new ArrayList<>();
        for (ProviderKind kind : providers.kinds().values()) {
            Map<String, String> values = stored.getOrDefault(kind.name(), Map.of());
            Map<String, String> shown = new LinkedHashMap<>();
            Set<String> secretsStored = new TreeSet<>();
            for (ProviderSetting setting : kind.settings()) {
                String value = values.get(setting.name());
                if (setting.secret()) {
                    if (value != null && !value.isEmpty()) {
                        secretsStored.add(setting.name());
                    }
                } else {
                    shown.put(setting.name(), value == null ? "" : value);
                }
            }
            Source source = providers.fromSettingsFile(kind.name()) ? Source.SETTINGS_FILE
                    : values.isEmpty() ? Source.NONE : Source.PAGE;
            forms.add(new ProviderForm(kind.name(), kind.settings(), source, shown, secretsStored,
                    source == Source.PAGE ? providers.problem(kind.name()) : Optional.empty()));
        }
        return forms;
    }

    /**
     * Stores the settings as entered (a secret left empty keeps the stored one), once a provider
     * could be made of them; an {@link InvalidProviderSettingsException} names the setting that
     * cannot work, and nothing is stored then.
     */
    @Transactional
    public void save(String name, Map<String, String> entered) {
        ProviderKind kind = kind(name);
        Map<String, String> stored = stored(name);
        Map<String, String> values = merged(kind, entered, stored);
        kind.of(values).release(); // made once: settings that cannot work are not stored
        Map<String, String> toStore = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        for (ProviderSetting setting : kind.settings()) {
            String value = values.getOrDefault(setting.name(), "").strip();
            boolean kept = setting.secret() && entered.getOrDefault(setting.name(), "").isBlank();
            if (value.isEmpty()) {
                if (stored.containsKey(setting.name())) {
                    changed.add(setting.name());
                }
                continue;
            }
            if (kept) {
                toStore.put(setting.name(), stored.get(setting.name()));
                continue;
            }
            if (setting.secret() || !value.equals(stored.get(setting.name()))) {
                changed.add(setting.name());
            }
            toStore.put(setting.name(), setting.secret()
                    ? secrets.getObject().seal(value, PaymentProviders.purpose(kind, setting)) : value);
        }
        records.replace(name, toStore);
        audit.record(AuditAction.PAYMENT_PROVIDER_SAVED, name, "changed: " + String.join(", ", changed)
                + "; secret key " + secrets.getObject().keyId());
        events.publishEvent(new PaymentProvidersChanged());
    }

    /**
     * Tries the settings as entered (with the stored secrets where none is entered; the settings
     * file's for a provider configured there) without storing them: an order query for an order that does not exist. The provider answering it,
     * signed with its key, shows that the merchant's key, the provider's key and the ids work.
     */
    @Transactional
    public ConnectionTest test(String name, Map<String, String> entered) {
        ProviderKind kind = known(name);
        ConnectionTest result;
        PaymentProvider trial = providers.fromSettingsFile(name) ? kind.fromSettingsFile().orElseThrow()
                : kind.of(merged(kind, entered, stored(name)));
        try {
            trial.query("PGTEST" + Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase());
            result = new ConnectionTest(true, "");
        } catch (ProviderException failed) {
            result = new ConnectionTest(false, failed.getMessage());
        } finally {
            trial.release();
        }
        audit.record(AuditAction.PAYMENT_PROVIDER_TESTED, name, result.works() ? "works" : "failed: "
                + clip(result.detail()));
        return result;
    }

    /** Forgets the page's settings of a provider: it takes no new orders; its open ones are not followed any more. */
    @Transactional
    public void remove(String name) {
        kind(name);
        int unsettled = records.unsettledOrders(name);
        if (unsettled > 0) {
            throw new UserFacingException("error.providers.unsettled", name, unsettled);
        }
        records.remove(name);
        audit.record(AuditAction.PAYMENT_PROVIDER_REMOVED, name, null);
        events.publishEvent(new PaymentProvidersChanged());
    }

    /** The providers the pay pages offer now, in order (the first also on lanes without a choice of their own). */
    public List<String> offeredOnPayPages() {
        return providers.payPages();
    }

    /** The lots that chose their lane QR's provider, and which. */
    public Map<String, String> laneChoices() {
        return providers.laneChoices();
    }

    /** The configured providers that can be offered, in order. */
    public List<String> configured() {
        return providers.kinds().keySet().stream().filter(name -> providers.named(name) != null).toList();
    }

    /**
     * Which providers the pay pages offer (in order; the payer chooses between them) and which one
     * each lot's lane QR codes use (a lot not named uses the pay pages' first). Only configured
     * providers and known lots.
     */
    @Transactional
    public void offer(List<String> payPages, Map<String, String> lanes) {
        if (payPages.isEmpty()) {
            throw new UserFacingException("error.providers.offer-none");
        }
        for (String name : payPages) {
            if (providers.named(name) == null) {
                throw new UserFacingException("error.providers.not-configured", name);
            }
        }
        Map<String, List<String>> offers = new LinkedHashMap<>();
        offers.put(ProviderSettingsRecords.PAY_PAGES, List.copyOf(payPages));
        lanes.forEach((lot, name) -> {
            if (!lots.lotIds().contains(lot)) {
                throw new UserFacingException("error.lot.unknown", lot);
            }
            if (providers.named(name) == null) {
                throw new UserFacingException("error.providers.not-configured", name);
            }
            offers.put(ProviderSettingsRecords.LANE + lot, List.of(name));
        });
        records.replaceOffers(offers);
        audit.record(AuditAction.PAYMENT_OFFER_CHANGED, null, "pay pages " + payPages + ", lanes " + lanes);
        events.publishEvent(new PaymentProvidersChanged());
    }

    /** Which key seals the secrets (its id only), for the page's note on backups. */
    public String secretKeyId() {
        return secrets.getObject().keyId();
    }

    private ProviderKind known(String name) {
        ProviderKind kind = providers.kinds().get(name);
        if (kind == null) {
            throw new UserFacingException("error.providers.unknown", name);
        }
        return kind;
    }

    /** A provider the page may change: known, and not configured by the settings file. */
    private ProviderKind kind(String name) {
        ProviderKind kind = known(name);
        if (providers.fromSettingsFile(name)) {
            throw new UserFacingException("error.providers.from-file", name);
        }
        return kind;
    }

    private Map<String, String> stored(String name) {
        return records.settings().getOrDefault(name, Map.of());
    }

    /** The entered values, with the stored secrets where a secret is left empty. */
    private Map<String, String> merged(ProviderKind kind, Map<String, String> entered, Map<String, String> stored) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ProviderSetting setting : kind.settings()) {
            String value = entered.getOrDefault(setting.name(), "").strip();
            String sealed = stored.get(setting.name());
            if (value.isEmpty() && setting.secret() && sealed != null && !sealed.isEmpty()) {
                value = providers.open(kind, setting, sealed); // only what is kept: a new secret replaces one that no longer opens
            }
            values.put(setting.name(), value);
        }
        return values;
    }

    private static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
