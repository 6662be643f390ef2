package org.parkgate.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parkgate.receipts.*}: the company that issues the receipts (printed at the top; empty =
 * none) and the paper they are printed on (A5 unless set).
 */
@ConfigurationProperties("parkgate.receipts")
record ReceiptSettings(String company, ReceiptPaper paper) {

    ReceiptSettings {
        company = company == null ? "" : company.strip();
        paper = paper == null ? ReceiptPaper.A5 : paper;
    }
}
