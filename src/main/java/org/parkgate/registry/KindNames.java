package org.parkgate.registry;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The names offices give vehicle kinds in their own lists, beyond ParkGate's labels: the vehicle
 * classes of the driving licence and plate (小型汽车 blue plates, 大型汽车 yellow ones, 新能源 green
 * ones) and everyday words. ParkGate has no bus kind: large vehicles are trucks. The README lists them.
 */
final class KindNames {

    static final Map<String, VehicleKind> OFFICE_NAMES = Map.ofEntries(
            entry("小型汽车", VehicleKind.CAR), entry("小型车", VehicleKind.CAR), entry("小车", VehicleKind.CAR),
            entry("小轿车", VehicleKind.CAR), entry("私家车", VehicleKind.CAR), entry("汽车", VehicleKind.CAR),
            entry("新能源", VehicleKind.CAR), entry("新能源车", VehicleKind.CAR), entry("新能源汽车", VehicleKind.CAR),
            entry("小型新能源汽车", VehicleKind.CAR), entry("电动汽车", VehicleKind.CAR),
            entry("sedan", VehicleKind.CAR), entry("new energy", VehicleKind.CAR), entry("ev", VehicleKind.CAR),
            entry("运动型多用途车", VehicleKind.SUV), entry("越野", VehicleKind.SUV),
            entry("商务车", VehicleKind.VAN), entry("mpv", VehicleKind.VAN), entry("面包", VehicleKind.VAN),
            entry("大型汽车", VehicleKind.TRUCK), entry("大型车", VehicleKind.TRUCK), entry("大车", VehicleKind.TRUCK),
            entry("大型新能源汽车", VehicleKind.TRUCK), entry("卡车", VehicleKind.TRUCK), entry("皮卡", VehicleKind.TRUCK),
            entry("lorry", VehicleKind.TRUCK), entry("pickup", VehicleKind.TRUCK),
            entry("摩托", VehicleKind.MOTORCYCLE), entry("普通摩托车", VehicleKind.MOTORCYCLE),
            entry("轻便摩托车", VehicleKind.MOTORCYCLE), entry("电动摩托车", VehicleKind.MOTORCYCLE),
            entry("motorbike", VehicleKind.MOTORCYCLE),
            entry("其它", VehicleKind.OTHER));

    private KindNames() {
    }
}
