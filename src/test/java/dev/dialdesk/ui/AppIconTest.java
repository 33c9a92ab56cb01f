package dev.dialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The icon is drawn from the SVG that ships in the jar, in every size a window manager asks for. */
class AppIconTest {

    @Test
    void theWindowGetsTheHeadsetInEverySizeFromSixteenTo256Pixels() {
        List<Image> images = AppIcon.windowImages();

        assertThat(images).hasSize(AppIcon.WINDOW_SIZES.length);
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = (BufferedImage) images.get(i);
            assertThat(image.getWidth()).isEqualTo(AppIcon.WINDOW_SIZES[i]);
            assertThat(image.getHeight()).isEqualTo(AppIcon.WINDOW_SIZES[i]);
        }
    }

    @Test
    void theIconIsABlueTileWithAWhiteHeadsetAndTransparentCorners() {
        BufferedImage image = (BufferedImage) AppIcon.image(256);

        Color tile = new Color(image.getRGB(128, 40), true);
        Color earCup = new Color(image.getRGB(62, 160), true);
        Color corner = new Color(image.getRGB(1, 1), true);
        assertThat(tile.getBlue()).as("tile").isGreaterThan(150).isGreaterThan(tile.getRed() + 60);
        assertThat(earCup).as("ear cup").isEqualTo(Color.WHITE);
        assertThat(corner.getAlpha()).as("corner").isZero();
    }
}
