package org.parkgate.voucher;

import java.time.LocalDate;
import java.util.List;

/** One voucher: a day's (or a shift's) money of one method, numbered within the export; debits equal credits. */
public record Voucher(LocalDate date, int number, Channel channel, List<VoucherLine> lines) {

    /** How the money moved: the payment methods, online ones by their provider. */
    public enum Channel {
        CASH, CARD, TRANSFER, WECHAT, ALIPAY, ONLINE
    }

    public Voucher {
        lines = List.copyOf(lines);
    }

    public long debits() {
        return lines.stream().mapToLong(VoucherLine::debit).sum();
    }

    public long credits() {
        return lines.stream().mapToLong(VoucherLine::credit).sum();
    }

    public boolean balanced() {
        return debits() == credits();
    }
}
