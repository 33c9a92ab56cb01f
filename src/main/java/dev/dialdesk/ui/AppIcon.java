package dev.dialdesk.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dialdesk's icon, drawn from its one source ({@code /icons/dialdesk.svg}, the same file the packages'
 * PNG, ICO and ICNS icons are made from). Drawing needs no event thread: start-up draws the window's
 * images on a worker once the window shows, so the first window is not kept waiting for them.
 */
public final class AppIcon {

    /** The sizes a window manager picks from (title bar, task bar, Alt+Tab). */
    static final int[] WINDOW_SIZES = {16, 20, 24, 32, 48, 64, 128, 256};
    private static final String SOURCE = "/icons/dialdesk.svg";

    private AppIcon() {
    }

    /** The icon at {@code size}×{@code size} pixels. */
    public static Image image(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            new FlatSVGIcon(source()).derive(size, size).paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The window's icon in every size of {@link #WINDOW_SIZES}, for {@code Window.setIconImages}. */
    public static List<Image> windowImages() {
        List<Image> images = new ArrayList<>();
        for (int size : WINDOW_SIZES) {
            images.add(image(size));
        }
        return images;
    }

    private static URL source() {
        return Objects.requireNonNull(AppIcon.class.getResource(SOURCE), SOURCE + " is missing from the jar");
    }
}
