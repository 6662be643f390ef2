package org.parkgate.billing;

import org.parkgate.base.LotNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkgate.base.ChineseCapitalAmount;
import org.parkgate.base.Money;
import org.parkgate.base.pdf.PdfFont;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Receipts as an office hands them out: the company and lot, receipt number, owner, unit, plates,
 * the periods paid for with their late fees (or, for a visitor's fee paid at the booth, the stay
 * with its entry and exit), the amount in figures and in Chinese capitals, the
 * method, the cashier and the time in the lot's zone; on the page and as a PDF on the office's
 * receipt paper.
 */
@Service
public class ReceiptSheets {

    private final Receipts receipts;
    private final LotNames lots;
    private final ReceiptSettings settings;
    private final Translations translations;
    private final PdfFont font;
    private final Clock clock;

    ReceiptSheets(Receipts receipts, LotNames lots, ReceiptSettings settings, Translations translations,
            PdfFont font, Clock clock) {
        this.receipts = receipts;
        this.lots = lots;
        this.settings = settings;
        this.translations = translations;
        this.font = font;
        this.clock = clock;
    }

    public ReceiptPaper paper() {
        return settings.paper();
    }

    /**
     * The receipt of a payment in {@code locale} (or the closest language ParkGate has).
     *
     * @throws BillingException {@code error.payment.not-found}
     */
    @PreAuthorize(Role.Names.ALL_STAFF_OR_OWNER)
    public ReceiptSheet sheet(long paymentId, Locale locale) {
        Receipt receipt = receipts.find(paymentId);
        var words = new Words(translations, Translations.supported(locale));
        String stamp = receipt.status() == PaymentStatus.RECORDED ? null
                : words.t("payment.status." + receipt.status().name());
        return new ReceiptSheet(receipt.receiptNo(), settings.company(), words.t("receipt.heading"), stamp,
                parties(receipt, words), words.t("receipt.items"), items(receipt, words), totals(receipt, words));
    }

    /**
     * The receipt as a PDF on the configured paper.
     *
     * @throws BillingException {@code error.payment.not-found}
     * @throws org.parkgate.base.UserFacingException {@code error.pdf.no-font}
     */
    @PreAuthorize(Role.Names.ALL_STAFF_OR_OWNER)
    public byte[] pdf(long paymentId, Locale locale) {
        ReceiptSheet sheet = sheet(paymentId, locale);
        var out = new ByteArrayOutputStream();
        try {
            ReceiptPdf.write(sheet, paper(), font, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Refuses when no PDF can be written, before anyone asks for one.
     *
     * @throws org.parkgate.base.UserFacingException {@code error.pdf.no-font}
     */
    public void requirePdfFont() {
        font.require();
    }

    /** Who paid: the owner and unit; for a stay's fee (no owner) the vehicle only. */
    private List<ReceiptSheet.Field> parties(Receipt receipt, Words words) {
        List<ReceiptSheet.Field> parties = new ArrayList<>(List.of(
                words.field("lot", words.t("receipt.lot"),
                        String.join(" / ", receipt.lots().stream().map(lots::lotName).toList())),
                words.field("number", words.t("receipt.number"), receipt.receiptNo()),
                words.field("time", words.t("receipt.time"), DateTimes.format(receipt.receivedAt(), clock))));
        if (receipt.ownerName() != null) {
            parties.add(words.field("owner", words.t("receipt.owner"), receipt.ownerName()));
            parties.add(words.field("unit", words.t("receipt.unit"), receipt.unit() == null ? "-" : receipt.unit()));
        }
        parties.add(words.field("plates", words.t("receipt.plates"), String.join(" ", receipt.plates())));
        return parties;
    }

    private List<ReceiptSheet.Item> items(Receipt receipt, Words words) {
        ParkingStay stay = receipt.stay();
        if (stay != null) { // the parking stay, from entry (when the lot recorded it) to the exit where it was paid
            String left = DateTimes.format(stay.leftAt(), clock);
            return List.of(new ReceiptSheet.Item(words.t("receipt.stay"), stay.enteredAt() == null
                    ? words.t("receipt.stay-left", left)
                    : words.t("receipt.stay-period", DateTimes.format(stay.enteredAt(), clock), left),
                    stay.plate(), Money.yuan(receipt.amount()), null));
        }
        return receipt.lines().stream().map(line -> new ReceiptSheet.Item(line.planName(),
                        words.t("receipt.period", line.periodStart().toString(), line.periodEnd().toString()),
                        String.join(" ", line.plates()), Money.yuan(line.amount()),
                        line.lateFee() == 0 ? null : words.t("receipt.late-fee", Money.yuan(line.lateFee()))))
                .toList();
    }

    private static List<ReceiptSheet.Field> totals(Receipt receipt, Words words) {
        String method = words.t("payment.method." + receipt.method().name())
                + (receipt.reference() == null ? "" : " · " + receipt.reference());
        return List.of(
                words.field("total", words.t("receipt.total"), words.t("receipt.figures", Money.yuan(receipt.amount()))),
                words.field("capitals", words.t("receipt.capitals"),
                        words.t("receipt.capitals-value", ChineseCapitalAmount.of(receipt.amount()))),
                words.field("method", words.t("receipt.method"), method),
                words.field("cashier", words.t("receipt.cashier"), receipt.receivedBy()));
    }

    /** The reader's language. */
    private record Words(Translations translations, Locale locale) {

        String t(String key, Object... arguments) {
            return translations.getTranslation(key, locale, arguments);
        }

        ReceiptSheet.Field field(String name, String label, String value) {
            return new ReceiptSheet.Field(name, t("receipt.label", label), value);
        }
    }
}
