package org.parkgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestPictures;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.Snapshot;
import org.parkgate.platelist.NewPlateListing;
import org.parkgate.platelist.PlateListKind;
import org.parkgate.platelist.PlateLists;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner statement lists the month's refusals of the owner's vehicles and, in the PDF, shows
 * the plate picture the camera took of each that has one.
 */
class OwnerStatementPicturesTest extends KaribuTest {

    private static final YearMonth APRIL = YearMonth.of(2030, 4);
    private static final String PLATE = "琼A40001";

    @Autowired
    Reports reports;
    @Autowired
    RegistryService registry;
    @Autowired
    PlateLists lists;
    @Autowired
    LaneController lanes;

    @Test
    void theStatementShowsTheRefusalsAndThePlatePictureOfEachThatHasOne() throws Exception {
        clock.set(APRIL.atDay(12).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        login("manager", Role.MANAGER);
        long owner = registry.createOwner(new NewOwner("图片业主", "13600000401", null));
        registry.addVehicle(owner, PLATE, VehicleKind.CAR, null);
        long listed = lists.add(new NewPlateListing(PLATE, PlateListKind.BLACKLIST, "test: refused", LocalDate.now(clock),
                null));
        try {
            lanes.plateRead("in-1", PLATE, 95, null, List.of(new Snapshot(Snapshot.Kind.PLATE,
                    TestPictures.jpeg(120, 40, 401), Snapshot.Format.JPEG)));
            clock.advance(java.time.Duration.ofSeconds(30));
            lanes.plateRead("in-1", PLATE, 95, null); // refused again, the camera sent no picture
        } finally {
            lists.end(listed);
        }

        GeneratedReport made = reports.generate(ReportKind.OWNER_STATEMENT, APRIL, PLATE, Translations.ENGLISH, p -> { });

        var refusals = made.report().section("Refused at the lanes").table().rows();
        assertThat(refusals).hasSize(2);
        assertThat(refusals).extracting(row -> row.get(5)).containsExactly("plate picture below", "none");
        assertThat(made.report().pictures()).hasSize(1);
        try (var pdf = Loader.loadPDF(made.pdf())) {
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertThat(image.getWidth()).isEqualTo(120);
                    }
                }
            }
            assertThat(images).as("the plate picture in the PDF").isEqualTo(1);
        }
    }
}
