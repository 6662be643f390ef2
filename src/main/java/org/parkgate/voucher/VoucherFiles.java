package org.parkgate.voucher;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.parkgate.base.Money;
import org.parkgate.base.Table;
import org.parkgate.base.TableFiles;

/**
 * Vouchers as files. Kingdee KIS (专业版) "引入凭证": one row per entry with the columns its Excel
 * import maps (日期, 凭证字, 凭证号, 摘要, 科目代码, 科目名称, 借方金额, 贷方金额, 币别, 制单人, then
 * 汇率, 附件数, 分录序号, 核算项目), amounts in yuan as numbers, dates as dates; plain CSV: the same
 * entries with English column names, in the CSV the other exports write (UTF-8 with BOM).
 */
final class VoucherFiles {

    static final String WORD = "记";
    static final String CURRENCY = "人民币";
    static final List<String> KINGDEE = List.of("日期", "凭证字", "凭证号", "摘要", "科目代码", "科目名称", "借方金额",
            "贷方金额", "币别", "制单人", "汇率", "附件数", "分录序号", "核算项目");
    static final List<String> CSV = List.of("date", "voucher_word", "voucher_no", "summary", "account_code",
            "account_name", "debit", "credit", "currency", "prepared_by", "entry_no", "channel", "auxiliary");

    private VoucherFiles() {
    }

    static void write(List<Voucher> vouchers, VoucherFormat format, String preparedBy, OutputStream out)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Voucher voucher : vouchers) {
            int entry = 0;
            for (VoucherLine line : voucher.lines()) {
                entry++;
                Object debit = Money.decimal(line.debit());
                Object credit = Money.decimal(line.credit());
                rows.add(format == VoucherFormat.KINGDEE
                        ? List.of(voucher.date(), WORD, voucher.number(), line.summary(), line.code().code(),
                                line.code().name(), debit, credit, CURRENCY, preparedBy, 1, 0, entry, line.auxiliary())
                        : List.of(voucher.date(), WORD, voucher.number(), line.summary(), line.code().code(),
                                line.code().name(), debit, credit, "CNY", preparedBy, entry, voucher.channel().name(),
                                line.auxiliary()));
            }
        }
        TableFiles.write(new Table(format == VoucherFormat.KINGDEE ? KINGDEE : CSV, rows), format.file(), out);
    }
}
