package org.parkgate.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parkgate.base.pdf.PdfFont;

/** A price notice is one A4 page that keeps every word, long lines wrapped rather than cut. */
class PriceNoticePdfTest {

    static final PriceNoticePdf.Text NOTICE = new PriceNoticePdf.Text("停车收费公示",
            "某某市示范小区地下停车场（东区）1号停车场 Lot P1 East Underground Car Park", "临时车收费标准",
            List.of("30分钟内离场免费，超时从入场起计费", "2小时内5.00元", "之后每1小时2.00元，不足1小时按1小时计", "每日最高20.00元",
                    "离场后10分钟内再次入场不再免费"),
            "参考收费（09:00入场）", "停车时长", "收费",
            List.of(List.of("30分钟", "0.00元"), List.of("2小时", "5.00元"), List.of("8小时", "17.00元"),
                    List.of("24小时", "40.00元"), List.of("3天", "80.00元")),
            "公示日期：2026年6月10日");

    @Test
    void oneA4PageWithEveryWord() throws Exception {
        var out = new ByteArrayOutputStream();
        PriceNoticePdf.write(NOTICE, new PdfFont(""), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("停车收费公示", "某某市示范小区地下停车场（东区）1号停车场LotP1EastUndergroundCarPark",
                    "之后每1小时2.00元，不足1小时按1小时计", "离场后10分钟内再次入场不再免费", "停车时长", "3天", "80.00元",
                    "公示日期：2026年6月10日");
        }
    }
}
