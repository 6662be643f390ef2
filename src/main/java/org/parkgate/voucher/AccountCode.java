package org.parkgate.voucher;

/** An account of the office's chart: its code and name as the accounting software knows them. */
public record AccountCode(String code, String name) {
}
