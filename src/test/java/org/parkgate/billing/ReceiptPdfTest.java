package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkgate.base.pdf.PdfFont;

/** A receipt's PDF on each paper: the paper's width, a roll as long as the text, nothing cut off. */
class ReceiptPdfTest {

    private static final float POINTS_PER_MM = 72 / 25.4f;

    static final ReceiptSheet SHEET = new ReceiptSheet("R2026-000042", "某某市示范物业服务有限公司第一分公司", "停车费收据", null,
            List.of(new ReceiptSheet.Field("lot", "停车场：", "1号停车场 Lot P1"),
                    new ReceiptSheet.Field("number", "收据号：", "R2026-000042"),
                    new ReceiptSheet.Field("plates", "车牌：", "京A10001 京A10002 京AD12345")),
            "收费项目",
            List.of(new ReceiptSheet.Item("业主年卡（地面）", "2026-05-31 至 2027-05-30", "京A10001 京A10002",
                    "603.00", "其中滞纳金 3.00")),
            List.of(new ReceiptSheet.Field("capitals", "金额（大写）：", "人民币陆佰零叁元整"),
                    new ReceiptSheet.Field("cashier", "收费员：", "cashier")));

    @ParameterizedTest
    @EnumSource(ReceiptPaper.class)
    void fitsThePaperAndKeepsAllTheText(ReceiptPaper paper) throws Exception {
        var out = new ByteArrayOutputStream();
        ReceiptPdf.write(SHEET, paper, new PdfFont(""), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(paper.widthMm() * POINTS_PER_MM, offset(0.5f));
            if (paper.roll()) {
                assertThat(page.getHeight()).as("as long as the receipt").isBetween(100f, 500f);
            } else {
                assertThat(page.getHeight()).isCloseTo(paper.heightMm() * POINTS_PER_MM, offset(0.5f));
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s*\\R\\s*", "");
            assertThat(text).as("wrapped, never cut").contains("某某市示范物业服务有限公司第一分公司", "R2026-000042",
                    "业主年卡（地面）", "603.00", "其中滞纳金 3.00", "人民币陆佰零叁元整", "京AD12345");
        }
    }
}
