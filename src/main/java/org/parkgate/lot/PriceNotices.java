package org.parkgate.lot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.parkgate.access.VisitorTariff;
import org.parkgate.base.LotNames;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.pdf.PdfFont;
import org.parkgate.base.ui.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The price notice a lot posts at its entrance (收费公示), from the tariff it runs now: the lot's
 * name, the tariff in words, what the typical stays cost and the date, as a PDF in the reader's
 * language. For signed-in staff only.
 */
@Service
public class PriceNotices {

    private final LotRulesService rules;
    private final TariffWords words;
    private final Translations translations;
    private final LotNames lots;
    private final PdfFont fonts;
    private final Clock clock;

    PriceNotices(LotRulesService rules, TariffWords words, Translations translations, LotNames lots, PdfFont fonts,
            Clock clock) {
        this.rules = rules;
        this.words = words;
        this.translations = translations;
        this.lots = lots;
        this.fonts = fonts;
        this.clock = clock;
    }

    /**
     * Whether notices can be written.
     *
     * @throws UserFacingException {@code error.pdf.no-font} when no font with
     *         Chinese glyphs is found
     */
    public void requireFont() {
        fonts.require();
    }

    /** The notice of a lot's saved rules (or its defaults) as a PDF, in {@code locale}'s language. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    public byte[] pdf(String lotId, Locale locale) {
        VisitorTariff tariff = rules.tariff(lotId);
        LocalDate today = LocalDate.now(clock);
        List<List<String>> examples = TypicalStays.fees(tariff, today, rules.zone()).stream()
                .map(fee -> List.of(words.duration(fee.minutes(), locale), words.money(fee.fee(), locale)))
                .toList();
        var text = new PriceNoticePdf.Text(t(locale, "lot-rules.notice.title"), lots.lotName(lotId),
                t(locale, "lot-rules.notice.tariff"), words.lines(tariff, locale),
                t(locale, "lot-rules.notice.examples", TypicalStays.ENTRY.toString()), t(locale, "lot-rules.stay"),
                t(locale, "lot-rules.fee"), examples,
                t(locale, "lot-rules.notice.date", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(Translations.supported(locale)).format(today)));
        var out = new ByteArrayOutputStream();
        try {
            PriceNoticePdf.write(text, fonts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file name a notice downloads as. */
    public static String fileName(String lotId, Locale locale) {
        return "price-notice-" + lotId + "-" + Translations.supported(locale).toLanguageTag() + ".pdf";
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
