package org.parkgate.lane;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parkgate.access.AccountState;
import org.parkgate.access.Arrears;
import org.parkgate.access.PlateIndex;
import org.parkgate.access.Exemption;
import org.parkgate.access.ListStatus;
import org.parkgate.access.Listing;
import org.parkgate.access.Pass;
import org.parkgate.access.PassUsage;
import org.parkgate.access.PlateState;
import org.parkgate.access.Presence;
import org.parkgate.access.TimeWindows;
import org.parkgate.arrears.ArrearsChanged;
import org.parkgate.arrears.ArrearsDirectory;
import org.parkgate.billing.CurrentPass;
import org.parkgate.billing.LotTermsChanged;
import org.parkgate.billing.PassDirectory;
import org.parkgate.billing.PassesChanged;
import org.parkgate.billing.PaymentsChanged;
import org.parkgate.exemption.ExemptionDirectory;
import org.parkgate.exemption.ExemptionsChanged;
import org.parkgate.exemption.GrantedExemption;
import org.parkgate.platelist.ListedPlate;
import org.parkgate.platelist.PlateListChanged;
import org.parkgate.platelist.PlateListDirectory;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.registry.SpacesChanged;
import org.parkgate.registry.RegistryImported;
import org.parkgate.registry.VehicleRegistered;
import org.parkgate.registry.VehicleRemoved;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The gate's in-memory {@link PlateIndex}, kept in step with the database: rebuilt from it when
 * ParkGate is ready (after start-up data), and updated by every committed change that affects a
 * decision, synchronously right after the commit: vehicles of the registry (each owner is an
 * account), pass periods, payments, the lots' terms, exemptions, parking spaces, arrears and the
 * plate lists (each listing with its days: the core decides at each read whether it applies).
 */
@Service
public class AccessIndex {

    static final int CHECK_LIST_LIMIT = 50;
    private static final Logger log = LoggerFactory.getLogger(AccessIndex.class);
    /** Whether a rebuild is reading its snapshot; what changes meanwhile is noted and read again after it. */
    private volatile boolean rebuilding;
    private final Set<String> listedDuringRebuild = ConcurrentHashMap.newKeySet();
    private final Set<Long> ownersDuringRebuild = ConcurrentHashMap.newKeySet();
    private final Set<String> removedDuringRebuild = ConcurrentHashMap.newKeySet();

    private final VehicleDirectory vehicles;
    private final PassDirectory passes;
    private final ExemptionDirectory exemptions;
    private final ArrearsDirectory arrears;
    private final PlateListDirectory lists;
    private final Clock clock;
    private final PlateIndex index = new PlateIndex();
    /** Vehicles inside per pass ("owner:plan"): survives every recomputation of the account. */
    private final Map<String, PassUsage> usages = new ConcurrentHashMap<>();
    private final Map<String, TimeWindows> windows = new ConcurrentHashMap<>();

    private final AuditLog audit;

    private final Visitors visitors;

    AccessIndex(VehicleDirectory vehicles, PassDirectory passes, ExemptionDirectory exemptions,
            ArrearsDirectory arrears, PlateListDirectory lists, Visitors visitors, AuditLog audit, Clock clock) {
        this.vehicles = vehicles;
        this.visitors = visitors;
        this.lists = lists;
        this.audit = audit;
        this.arrears = arrears;
        this.passes = passes;
        this.exemptions = exemptions;
        this.clock = clock;
    }

    public PlateIndex index() {
        return index;
    }

    /**
     * Loads every registered plate and every listed one from the database and forgets
     * registrations and listings it no longer has; what the lanes recorded (presence) stays. A
     * change committed meanwhile (its event applied while the snapshot was read) is read again at
     * the end, so the snapshot cannot undo it.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before "ParkGate is ready" is announced
    public synchronized void rebuild() {
        long started = System.nanoTime();
        rebuilding = true; // from here a listing changed meanwhile is read again at the end
        Set<String> registered = new HashSet<>();
        Map<String, CurrentPass> current = passes.currentPasses();
        Map<String, GrantedExemption> granted = exemptions.current();
        Set<Long> withSpaces = vehicles.ownersWithSpaces();
        Map<Long, Arrears> owing = arrears.current();
        vehicles.forEach(vehicle -> {
            register(vehicle.plate(), vehicle.ownerId(), current.get(vehicle.plate()), granted.get(vehicle.plate()),
                    owing.getOrDefault(vehicle.ownerId(), Arrears.NONE), withSpaces.contains(vehicle.ownerId()));
            registered.add(vehicle.plate());
        });
        Map<String, List<Listing>> listed = allListings();
        listed.forEach(this::list);
        index.forEach(state -> {
            if (state.account() != null && !registered.contains(state.plate())) {
                index.update(state.plate(), stale -> stale.with((AccountState) null));
            }
            if (!state.listings().isEmpty() && !listed.containsKey(state.plate())) {
                index.update(state.plate(), stale -> stale.with(List.<Listing>of()));
            }
        });
        rebuilding = false;
        readAgainWhatChangedDuringTheRebuild();
        log.info("Access index: {} registered and {} listed plates loaded in {} ms", registered.size(), listed.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** An admin's "rebuild now" after a check found differences; audited with what the check found after it. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    public IndexCheck rebuildAndCheck() {
        rebuild();
        IndexCheck after = check();
        audit.recordAs(AuditLog.currentActor(), AuditAction.GATE_INDEX_REBUILT, null, after.databasePlates()
                + " plates in the database, " + after.indexPlates() + " in the index, " + (after.consistent()
                        ? "consistent" : after.missingCount() + " missing, " + after.extraCount() + " extra, "
                                + after.wrongAccountCount() + " differing"));
        return after;
    }

    @TransactionalEventListener
    void on(VehicleRegistered registered) {
        refreshOwner(registered.ownerId());
    }

    @TransactionalEventListener
    void on(VehicleRemoved removed) {
        if (rebuilding) {
            removedDuringRebuild.add(removed.plate());
        }
        index.update(removed.plate(), state -> state == null ? null : state.with((AccountState) null));
        refreshOwner(removed.ownerId());
    }

    /** A bulk import: reloading everything is quicker than owner by owner. */
    @TransactionalEventListener
    void on(RegistryImported imported) {
        rebuild();
    }

    /** Nightly: exemptions that begin or end with the new day, and anything an event missed. */
    @Scheduled(cron = "${parkgate.gate.index-rebuild-cron}", zone = "${parkgate.zone}")
    void nightly() {
        rebuild();
    }

    @TransactionalEventListener
    void on(PassesChanged changed) {
        refreshOwner(changed.ownerId());
    }

    /** Paying, voiding or refunding can make an unpaid pass count, or stop it counting (LotTerms#unpaidPassOpens). */
    @TransactionalEventListener
    void on(PaymentsChanged changed) {
        refreshOwner(changed.ownerId());
    }

    /** A lot's terms may now count unpaid passes differently: every account is recomputed. */
    @TransactionalEventListener
    void on(LotTermsChanged changed) {
        rebuild();
    }

    @TransactionalEventListener
    void on(SpacesChanged changed) {
        refreshOwner(changed.ownerId());
    }

    @TransactionalEventListener
    void on(ArrearsChanged changed) {
        refreshOwner(changed.ownerId());
    }

    @TransactionalEventListener
    void on(ExemptionsChanged changed) {
        refreshOwner(changed.ownerId());
    }

    /** An entry of the blacklist or the always-allow list was added, changed or ended. */
    @TransactionalEventListener
    void on(PlateListChanged changed) {
        if (rebuilding) {
            listedDuringRebuild.add(changed.plate());
        }
        list(changed.plate(), listingsOf(changed.plate()));
    }

    /** An owner registered or cancelled a visitor. */
    @TransactionalEventListener
    void on(VisitorsChanged changed) {
        if (rebuilding) {
            listedDuringRebuild.add(changed.plate());
        }
        list(changed.plate(), listingsOf(changed.plate()));
    }

    /**
     * A plate's listings: those of the blacklist and the always-allow list first (the first valid
     * one decides, so a blacklisting beats a visitor's registration), then owners' visitors.
     */
    private List<Listing> listingsOf(String plate) {
        List<Listing> listings = new ArrayList<>(lists.currentFor(plate).stream().map(this::listing).toList());
        listings.addAll(visitors.listingsOf(plate));
        return listings;
    }

    /** {@link #listingsOf} of every plate that has any. */
    private Map<String, List<Listing>> allListings() {
        Map<String, List<Listing>> all = new HashMap<>();
        lists.current().forEach((plate, entries) -> all.put(plate,
                new ArrayList<>(entries.stream().map(this::listing).toList())));
        visitors.currentListings().forEach((plate, visits) -> all.computeIfAbsent(plate, p -> new ArrayList<>())
                .addAll(visits));
        return all;
    }

    /** Gives a plate (registered or not) exactly these listings; none takes it off every list. */
    private void list(String plate, List<Listing> listings) {
        index.update(plate, state -> state == null
                ? listings.isEmpty() ? null : new PlateState(plate, null, listings, Presence.NEVER_SEEN)
                : state.with(listings));
    }

    private Listing listing(ListedPlate entry) {
        ListStatus status = switch (entry.kind()) {
            case BLACKLIST -> ListStatus.BLACKLISTED;
            case ALWAYS_ALLOW -> ListStatus.ALWAYS_ALLOWED;
        };
        return new Listing(status, startOfDay(entry.validFrom()),
                entry.validUntil() == null ? Listing.OPEN_ENDED : endOfDay(entry.validUntil()));
    }

    /** A change committed while the rebuild read its snapshot may predate it: each is read again. */
    private void readAgainWhatChangedDuringTheRebuild() {
        for (String plate : listedDuringRebuild) {
            listedDuringRebuild.remove(plate);
            list(plate, listingsOf(plate));
        }
        for (String plate : removedDuringRebuild) {
            removedDuringRebuild.remove(plate);
            if (vehicles.ownersOf(List.of(plate)).get(plate) == null) {
                index.update(plate, state -> state == null ? null : state.with((AccountState) null));
            }
        }
        for (Long owner : ownersDuringRebuild) {
            ownersDuringRebuild.remove(owner);
            refreshOwner(owner);
        }
    }

    /** Recomputes every plate of one owner, reading each source once. */
    private void refreshOwner(long ownerId) {
        if (rebuilding) {
            ownersDuringRebuild.add(ownerId);
        }
        Map<String, CurrentPass> current = passes.currentPassesOf(ownerId);
        boolean assignedSpace = vehicles.hasSpace(ownerId);
        Arrears owing = arrears.of(ownerId);
        for (String plate : vehicles.platesOf(ownerId)) {
            register(plate, ownerId, current.get(plate), exemptions.currentFor(plate), owing, assignedSpace);
        }
    }

    private void register(String plate, long ownerId, CurrentPass pass, GrantedExemption exemption, Arrears owing,
            boolean assignedSpace) {
        AccountState account = account(ownerId, pass, exemption, owing, assignedSpace);
        index.update(plate, state -> state == null ? PlateState.registered(plate, account) : state.with(account));
    }

    private AccountState account(long ownerId, CurrentPass current, GrantedExemption granted, Arrears owing,
            boolean assignedSpace) {
        Pass pass = current == null ? null : new Pass(current.planId(), endOfDay(current.paidThrough()),
                windows.computeIfAbsent(current.windows(), TimeWindows::parse), current.maxInside(),
                usages.computeIfAbsent(ownerId + ":" + current.planId(), key -> new PassUsage()));
        return new AccountState(ownerId, pass, exemption(granted), owing, assignedSpace);
    }

    private Exemption exemption(GrantedExemption granted) {
        if (granted == null) {
            return null;
        }
        Exemption.Kind kind = Exemption.Kind.valueOf(granted.kind().name());
        return new Exemption(kind, kind == Exemption.Kind.FULL ? 0 : granted.amount(),
                startOfDay(granted.validFrom()), endOfDay(granted.validUntil()));
    }

    /** Dates are inclusive: a pass or exemption until a day covers that whole day in the lot's zone. */
    private long endOfDay(LocalDate day) {
        return startOfDay(day.plusDays(1));
    }

    private long startOfDay(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
    }

    /**
     * Compares the index with the database, account by account: owner, pass, exemption, arrears and
     * assigned space (admins see it on the gate index page).
     */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    public IndexCheck check() {
        Map<String, Long> database = new HashMap<>();
        vehicles.forEach(vehicle -> database.put(vehicle.plate(), vehicle.ownerId()));
        Map<String, CurrentPass> current = passes.currentPasses();
        Map<String, GrantedExemption> granted = exemptions.current();
        Map<Long, Arrears> owing = arrears.current();
        Set<Long> withSpaces = vehicles.ownersWithSpaces();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int[] counts = {0, 0, 0, 0}; // index plates, missing, extra, wrong
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Long> entry : database.entrySet()) {
            PlateState state = index.get(entry.getKey());
            if (state == null || state.account() == null) {
                counts[1]++;
                addLimited(missing, entry.getKey());
            } else if (!sameAccount(state.account(), entry.getValue(), current.get(entry.getKey()),
                    exemption(granted.get(entry.getKey())), owing.getOrDefault(entry.getValue(), Arrears.NONE),
                    withSpaces.contains(entry.getValue()))) {
                counts[3]++;
                addLimited(wrong, entry.getKey());
            }
        }
        index.forEach(state -> {
            if (state.account() != null) {
                counts[0]++;
                if (!database.containsKey(state.plate())) {
                    counts[2]++;
                    addLimited(extra, state.plate());
                }
            }
        });
        List<String> wrongListing = new ArrayList<>();
        int wrongListings = differentlyListed(wrongListing);
        return new IndexCheck(database.size(), counts[0], counts[1], sorted(missing), counts[2], sorted(extra),
                counts[3], sorted(wrong), wrongListings, sorted(wrongListing));
    }

    /** Plates the lists hold otherwise than the index does (entries, days), some noted in {@code plates}. */
    private int differentlyListed(List<String> plates) {
        Map<String, List<Listing>> listed = allListings();
        int[] count = {0};
        listed.forEach((plate, listings) -> {
            PlateState state = index.get(plate);
            if (state == null || !state.listings().equals(listings)) {
                count[0]++;
                addLimited(plates, plate);
            }
        });
        index.forEach(state -> {
            if (!state.listings().isEmpty() && !listed.containsKey(state.plate())) {
                count[0]++;
                addLimited(plates, state.plate());
            }
        });
        return count[0];
    }

    private boolean sameAccount(AccountState indexed, long ownerId, CurrentPass pass, Exemption exemption,
            Arrears owing, boolean assignedSpace) {
        return indexed.accountId() == ownerId && samePass(indexed.pass(), pass)
                && java.util.Objects.equals(indexed.exemption(), exemption) && indexed.arrears().equals(owing)
                && indexed.assignedSpace() == assignedSpace;
    }

    private boolean samePass(Pass indexed, CurrentPass expected) {
        if (indexed == null || expected == null) {
            return indexed == null && expected == null;
        }
        return indexed.passId() == expected.planId() && indexed.paidThroughMillis() == endOfDay(expected.paidThrough())
                && indexed.maxInside() == expected.maxInside() && indexed.windows().toString().equals(expected.windows());
    }

    private static void addLimited(List<String> list, String plate) {
        if (list.size() < CHECK_LIST_LIMIT) {
            list.add(plate);
        }
    }

    private static List<String> sorted(List<String> plates) {
        return plates.stream().sorted().toList();
    }
}
