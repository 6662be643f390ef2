package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.perf.RunningOffice;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;

/** For benchmarks: an owner whose yearly pass (600.00) has been unpaid for 60 days, so restricted. */
final class RestrictedDebtor {

    private RestrictedDebtor() {
    }

    /** Makes the owner with one vehicle {@code plate}; returns the owner's id. Signs in as a manager. */
    static long create(RunningOffice office, String plate) {
        RunningOffice.signInAs("manager", "MANAGER");
        long plan = office.bean(PassService.class).createPlan(new NewPassPlan("年卡", PassPeriod.YEAR, 60000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        RegistryService registry = office.bean(RegistryService.class);
        long owner = registry.createOwner(new NewOwner("欠费业主", "", "1-0101"));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(office.bean(Clock.class));
        office.bean(PassRecords.class).insertPeriod(owner, plan, List.of(plate), today.minusDays(60),
                today.plusDays(300), today.minusDays(60));
        office.bean(ArrearsService.class).recomputeEveryone();
        return owner;
    }
}
