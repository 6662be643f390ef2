package org.parkgate.voucher;

import org.parkgate.base.TableFiles;

/** How the vouchers are written: Kingdee KIS's "引入凭证" Excel, or a plain CSV. */
public enum VoucherFormat {
    KINGDEE(TableFiles.Format.XLSX), CSV(TableFiles.Format.CSV);

    private final TableFiles.Format file;

    VoucherFormat(TableFiles.Format file) {
        this.file = file;
    }

    /** The kind of file it is written as (extension, content type). */
    public TableFiles.Format file() {
        return file;
    }

    public String extension() {
        return file.extension();
    }
}
