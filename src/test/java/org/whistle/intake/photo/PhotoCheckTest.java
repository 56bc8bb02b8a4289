package org.whistle.intake.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.whistle.intake.Photos.InvalidPhoto;

class PhotoCheckTest {

	private final PhotoCheck check = new PhotoCheck(new PhotoLimits(DataSize.ofMegabytes(5), 9));

	@Test
	void a_png_is_recognised_by_its_bytes() {
		assertThat(check.check("門口.png", TestImages.png(), 0)).isEqualTo(new PhotoCheck.Accepted("門口.png", PhotoType.PNG));
	}

	@Test
	void a_jpeg_named_as_a_png_is_stored_as_the_jpeg_it_is() {
		assertThat(check.check("road.png", TestImages.image("jpeg"), 0))
			.isEqualTo(new PhotoCheck.Accepted("road.png.jpg", PhotoType.JPEG));
	}

	@Test
	void a_gif_and_a_webp_are_accepted_too() {
		byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(check.check("a.gif", TestImages.image("gif"), 0).type()).isEqualTo(PhotoType.GIF);
		assertThat(check.check("b.webp", webp, 0).type()).isEqualTo(PhotoType.WEBP);
	}

	@Test
	void an_html_page_named_as_a_jpeg_is_refused() {
		assertThatThrownBy(() -> check.check("photo.jpg", TestImages.HTML, 0)).isInstanceOf(InvalidPhoto.class)
			.hasMessageContaining("text/html").hasMessageContaining("not a JPEG, PNG, WebP or GIF image");
	}

	@Test
	void an_svg_is_refused_because_it_can_carry_script() {
		assertThatThrownBy(() -> check.check("map.svg", TestImages.SVG, 0)).isInstanceOf(InvalidPhoto.class)
			.hasMessageContaining("image/svg+xml");
	}

	@Test
	void an_empty_file_is_refused() {
		assertThatThrownBy(() -> check.check("empty.png", new byte[0], 0)).isInstanceOf(InvalidPhoto.class)
			.hasMessageContaining("\"empty.png\" is empty");
	}

	@Test
	void a_file_above_the_size_limit_is_refused() {
		var small = new PhotoCheck(new PhotoLimits(DataSize.ofBytes(20), 9));
		assertThatThrownBy(() -> small.check("big.png", TestImages.png(), 0)).isInstanceOf(InvalidPhoto.class)
			.hasMessageContaining("a photo may have at most 20");
	}

	@Test
	void the_photo_after_the_last_one_an_order_takes_is_refused() {
		assertThat(check.check("8.png", TestImages.png(), 8).type()).isEqualTo(PhotoType.PNG);
		assertThatThrownBy(() -> check.check("9.png", TestImages.png(), 9)).isInstanceOf(InvalidPhoto.class)
			.hasMessageContaining("at most 9 photos");
	}
}
