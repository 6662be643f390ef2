package org.parkgate.voucher;

/** How the vouchers are written: Kingdee KIS's "引入凭证" Excel, or a plain CSV. */
public enum VoucherFormat {
    KINGDEE("xlsx"), CSV("csv");

    private final String extension;

    VoucherFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
