package org.whistle.intake.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small real images, and files that only pretend to be images, made for the tests. */
public final class TestImages {

	public static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
		.getBytes(StandardCharsets.UTF_8);

	public static final byte[] SVG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script></svg>
			""".getBytes(StandardCharsets.UTF_8);

	private TestImages() {
	}

	/** An 8×8 image in the format ImageIO names: "png", "jpeg" or "gif". */
	public static byte[] image(String format) {
		var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, Color.ORANGE.getRGB());
		var out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalArgumentException("ImageIO writes no " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] png() {
		return image("png");
	}
}
