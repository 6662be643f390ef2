package org.parkgate.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.Plates;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Another system (the property-management system) keeps the registry in step: owners created and
 * changed, vehicles put and removed. The Owners page's rules, but every problem of a change named
 * at once ({@link FieldsRefused}) and nothing written unless all fields are right.
 */
@Service
@PreAuthorize(Role.Names.OWNERS_WRITE)
public class RegistrySync {

    private final RegistryService registry;
    private final UnitRecords units;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    RegistrySync(RegistryService registry, UnitRecords units, JdbcClient jdbc, AuditLog audit) {
        this.registry = registry;
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Creates an owner; returns the id. */
    @Transactional
    public long createOwner(OwnerFields fields) {
        refuseAny(problemsOf(fields));
        long id = registry.createOwner(new NewOwner(Objects.requireNonNull(fields.name()), fields.phone(), fields.unit()));
        jdbc.sql("UPDATE owner SET email = ?, language = COALESCE(?, language) WHERE id = ?")
                .params(OwnerRules.blankToNull(fields.email()), fields.language(), id).update();
        return id;
    }

    /** Replaces the owner's details (name, phone, unit, e-mail; the language unless null). */
    @Transactional
    public void changeOwner(long ownerId, OwnerFields fields) {
        refuseAny(problemsOf(fields));
        String name = Objects.requireNonNull(fields.name()).strip();
        String unit = OwnerRules.blankToNull(fields.unit());
        units.ensure(unit);
        int changed = jdbc.sql("""
                        UPDATE owner SET name = ?, name_order = ?, phone = ?, unit = ?, email = ?,
                            language = COALESCE(?, language), version = version + 1 WHERE id = ?""")
                .params(name, NameOrder.of(name), OwnerRules.blankToNull(fields.phone()), unit,
                        OwnerRules.blankToNull(fields.email()), fields.language(), ownerId)
                .update();
        if (changed == 0) {
            throw new RegistryException("error.owner.not-found");
        }
        audit.record(AuditAction.OWNER_CHANGED, RegistryService.ownerSubject(ownerId), name
                + (unit == null ? "" : ", " + unit));
    }

    /**
     * Registers the plate to the owner with this kind and colour, or changes the kind and colour
     * of a plate the owner has already; returns whether it was new. A plate of another owner is
     * refused: the other system removes it there first, as the office would.
     */
    @Transactional
    public boolean putVehicle(long ownerId, @Nullable String plateAsTyped, @Nullable String kind, @Nullable String colour) {
        List<FieldProblem> problems = new ArrayList<>();
        String plate = Plates.normalize(plateAsTyped == null ? "" : plateAsTyped);
        ImportProblem plateProblem = PlateProblems.of(PlateFormat.chinese(), plate);
        if (plateProblem != null) {
            problems.add(new FieldProblem("plate", plateProblem));
        }
        VehicleKind vehicleKind = kindOf(kind, problems);
        addProblem(problems, "colour", OwnerRules.colourProblem(colour));
        refuseAny(problems);
        if (registry.owner(ownerId).isEmpty()) {
            throw new RegistryException("error.owner.not-found");
        }
        Long current = registry.plateOwner(plate);
        if (current == null) {
            registry.addVehicle(ownerId, plate, vehicleKind, colour);
            return true;
        }
        if (current != ownerId) {
            throw new RegistryException("error.vehicle.plate-taken", plate);
        }
        jdbc.sql("UPDATE vehicle SET kind = ?, colour = ? WHERE plate = ?")
                .params(vehicleKind.name(), OwnerRules.blankToNull(colour), plate).update();
        audit.record(AuditAction.VEHICLE_CHANGED, plate, RegistryService.ownerSubject(ownerId) + ", " + vehicleKind);
        return false;
    }

    /** Removes a registered plate from its owner. */
    @Transactional
    public void removeVehicle(String plate) {
        registry.removeVehicle(plate);
    }

    private static VehicleKind kindOf(@Nullable String kind, List<FieldProblem> problems) {
        if (kind == null || kind.isBlank()) {
            return VehicleKind.CAR;
        }
        try {
            return VehicleKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(FieldProblem.of("kind", "error.vehicle.kind-invalid", kind.strip()));
            return VehicleKind.CAR;
        }
    }

    /** Every problem with these owner fields, in the Owners page's words. */
    static List<FieldProblem> problemsOf(OwnerFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        addProblem(problems, "name", OwnerRules.nameProblem(fields.name()));
        addProblem(problems, "phone", OwnerRules.phoneProblem(fields.phone()));
        addProblem(problems, "unit", OwnerRules.unitProblem(fields.unit()));
        addProblem(problems, "email", OwnerRules.emailProblem(fields.email()));
        if (fields.language() != null && Translations.LOCALES.stream().map(Locale::toLanguageTag)
                .noneMatch(tag -> tag.equals(fields.language()))) {
            problems.add(FieldProblem.of("language", "error.owner.language-invalid"));
        }
        return problems;
    }

    private static void addProblem(List<FieldProblem> problems, String field, @Nullable String messageKey) {
        if (messageKey != null) {
            problems.add(FieldProblem.of(field, messageKey));
        }
    }

    private static void refuseAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new FieldsRefused(problems);
        }
    }
}
