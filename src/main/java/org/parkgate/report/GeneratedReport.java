package org.parkgate.report;

/** A report and its two files, ready to download. */
public record GeneratedReport(Report report, String fileName, byte[] xlsx, byte[] pdf) {
}
