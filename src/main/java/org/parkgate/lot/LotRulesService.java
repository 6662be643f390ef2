package org.parkgate.lot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkgate.access.Lot;
import org.parkgate.access.LotPolicy;
import org.parkgate.access.VisitorTariff;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each lot's rules (visitor tariff and enforcement policy), stored per lot, and the live lots that
 * run them. The site opens its lots here at start-up ({@link #open}), so a lot exists only with its
 * stored rules loaded (or, for a lot its office never set, {@link DefaultLotRules}): no gate can
 * decide before. Saving is for managers and admins: the core checks the rules first (a refusal
 * says what is wrong and changes nothing), then they are stored and audited with what changed in
 * words, and once committed the live lot runs them from its next decision, its counts kept.
 */
@Service
public class LotRulesService {

    private static final Logger log = LoggerFactory.getLogger(LotRulesService.class);

    private final LotRulesRecords records;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, Lot> live = new ConcurrentHashMap<>();

    LotRulesService(LotRulesRecords records, AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A lot for the lanes, running its stored rules; rules saved later reach it at once.
     *
     * @throws IllegalStateException when the lot is opened twice, or its stored rules are refused by
     *         the core (ParkGate does not start rather than run a lot on rules nobody set)
     */
    public Lot open(String lotId, int capacity) {
        StoredLotRules stored = stored(lotId);
        LotPolicy policy;
        try {
            policy = stored.rules().policy(zone());
        } catch (LotRulesException refused) {
            throw new IllegalStateException("lot_rules of lot " + lotId + " are refused by the access core ("
                    + refused.messageKey() + "): correct the row or delete it to run the defaults", refused);
        }
        Lot lot = new Lot(lotId, capacity, policy);
        if (live.putIfAbsent(lotId, lot) != null) {
            throw new IllegalStateException("lot " + lotId + " is opened twice");
        }
        log.info("Lot {}: {} rules (version {})", lotId, stored.defaults() ? "default" : "its own", stored.version());
        return lot;
    }

    /** A lot's rules as stored, or the defaults (version 0) when its office saved none. */
    public StoredLotRules stored(String lotId) {
        return records.find(lotId).orElseGet(() -> new StoredLotRules(LotRules.defaults(lotId, zone()), 0, null, null));
    }

    /** What visitors pay at a lot now (the stored tariff, or the default). */
    public VisitorTariff tariff(String lotId) {
        return stored(lotId).rules().tariff(zone());
    }

    /** The zone the lots' tariffs count days and nights in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Stores a lot's rules over the version the editor started from, audits what changed and has
     * the lot's lanes run them from the next decision.
     *
     * @param basedOnVersion the {@link StoredLotRules#version()} the edit started from
     * @return what changed, in words (as audited); empty when nothing did (nothing stored)
     * @throws LotRulesException the core refused a value, the lot is not one of the site's, or
     *         somebody saved the lot's rules meanwhile; nothing changed
     */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    public synchronized String save(LotRules rules, int basedOnVersion) {
        Lot lot = live.get(rules.lot());
        if (lot == null) {
            throw new LotRulesException("lot-rules.error.lot-unknown", rules.lot());
        }
        LotPolicy policy = rules.policy(zone());
        String actor = AuditLog.currentActor();
        String changes = transaction.execute(status -> {
            StoredLotRules current = stored(rules.lot());
            if (current.version() != basedOnVersion) {
                throw new LotRulesException("lot-rules.error.changed-meanwhile");
            }
            String changed = LotRulesChanges.between(current.rules(), rules);
            if (changed.isEmpty()) {
                return changed;
            }
            if (!records.write(rules, basedOnVersion, clock.instant(), actor)) {
                throw new LotRulesException("lot-rules.error.changed-meanwhile");
            }
            audit.record(AuditAction.LOT_RULES_CHANGED, rules.lot(), changed);
            return changed;
        });
        if (changes != null && !changes.isEmpty()) {
            lot.policy(policy); // committed: the lanes follow (saves are serialised, so the last commit wins)
            log.info("Lot {}: rules changed by {}: {}", rules.lot(), actor, changes);
        }
        return changes == null ? "" : changes;
    }
}
