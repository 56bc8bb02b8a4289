package org.whistle.intake.photo;

import org.apache.tika.Tika;
import org.whistle.intake.Photos.InvalidPhoto;

/**
 * Whether a file may join an order's photos. Its type comes from its bytes alone, so neither a
 * name nor a client's claim can pass off a page or a script (HTML, SVG) as an image.
 */
final class PhotoCheck {

	private static final Tika TIKA = new Tika();

	private final PhotoLimits limits;

	PhotoCheck(PhotoLimits limits) {
		this.limits = limits;
	}

	/** A file that passed, with the name and type it is stored under. */
	record Accepted(String filename, PhotoType type) {
	}

	/**
	 * @param attached how many photos the order has already
	 * @throws InvalidPhoto when the order is full or the file is empty, too large or not an image
	 */
	Accepted check(String filename, byte[] content, int attached) {
		String shown = "\"" + PhotoNames.plain(filename) + "\"";
		if (attached >= limits.maxPerOrder()) {
			throw new InvalidPhoto("An order takes at most " + limits.maxPerOrder() + " photos; " + shown + " is one too many");
		}
		if (content == null || content.length == 0) {
			throw new InvalidPhoto("The file " + shown + " is empty");
		}
		if (content.length > limits.maxSize().toBytes()) {
			throw new InvalidPhoto("The file " + shown + " has " + content.length + " bytes; a photo may have at most "
					+ limits.maxSize().toBytes() + " bytes");
		}
		String detected = TIKA.detect(content);
		PhotoType type = PhotoType.of(detected).orElseThrow(() -> new InvalidPhoto(
				"The file " + shown + " is " + detected + ", not a JPEG, PNG, WebP or GIF image"));
		return new Accepted(PhotoNames.of(filename, type), type);
	}
}
