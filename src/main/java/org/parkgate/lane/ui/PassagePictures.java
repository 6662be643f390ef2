package org.parkgate.lane.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageSnapshot;
import org.parkgate.lane.PassageSnapshots;

/**
 * The pictures of a passage in a list of passages: a thumbnail of each (the plate close-up first);
 * a click shows them full size. A picture deleted for the disk budget or its retention says so.
 */
final class PassagePictures extends Div {

    PassagePictures(Passage passage, PassageSnapshots snapshots, Clock clock) {
        List<PassageSnapshot> pictures = snapshots.of(passage.id());
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("align-items", "center");
        for (PassageSnapshot picture : pictures) {
            Path file = snapshots.file(picture);
            if (file == null) {
                var gone = new Span(getTranslation("lanes.picture-gone"));
                gone.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
                add(gone);
                continue;
            }
            Image thumbnail = image(file, picture, passage);
            thumbnail.setId("passage-picture-" + passage.id() + "-" + picture.kind().name().toLowerCase(Locale.ROOT));
            thumbnail.setMaxHeight("2rem");
            thumbnail.setMaxWidth("5rem");
            thumbnail.getStyle().set("cursor", "zoom-in").set("border-radius", "var(--lumo-border-radius-s)");
            thumbnail.addClickListener(click -> fullSize(passage, pictures, snapshots, clock));
            add(thumbnail);
        }
    }

    private Image image(Path file, PassageSnapshot picture, Passage passage) {
        return new Image(DownloadHandler.forFile(file.toFile()).inline(),
                getTranslation("lanes.picture." + picture.kind().name(), passage.plate()));
    }

    private void fullSize(Passage passage, List<PassageSnapshot> pictures, PassageSnapshots snapshots, Clock clock) {
        var dialog = new Dialog();
        dialog.setId("passage-pictures");
        dialog.setHeaderTitle(getTranslation("lanes.pictures-of", passage.plate(), DateTimes.format(passage.decidedAt(), clock)));
        for (PassageSnapshot picture : pictures) {
            Path file = snapshots.file(picture);
            if (file != null) {
                Image full = image(file, picture, passage);
                full.setId("passage-picture-full-" + picture.kind().name().toLowerCase(Locale.ROOT));
                full.setMaxWidth("100%");
                full.getStyle().set("display", "block").set("margin-bottom", "var(--lumo-space-s)");
                dialog.add(full);
            }
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()));
        dialog.setWidth("min(90vw, 1000px)");
        dialog.open();
    }

    /** The column of pictures: a row's thumbnails, nothing for a passage that came without. */
    static com.vaadin.flow.component.grid.Grid.Column<Passage> addColumn(com.vaadin.flow.component.grid.Grid<Passage> grid,
            PassageSnapshots snapshots, Clock clock) {
        return grid.addComponentColumn(passage -> (Component) new PassagePictures(passage, snapshots, clock))
                .setHeader(grid.getTranslation("lanes.pictures")).setKey("pictures");
    }
}
