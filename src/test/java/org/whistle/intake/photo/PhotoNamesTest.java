package org.whistle.intake.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhotoNamesTest {

	@Test
	void folders_are_dropped_from_the_name() {
		assertThat(PhotoNames.of("C:\\Users\\li\\..\\暖气.JPG", PhotoType.JPEG)).isEqualTo("暖气.JPG");
		assertThat(PhotoNames.of("../../etc/passwd", PhotoType.PNG)).isEqualTo("passwd.png");
	}

	@Test
	void control_direction_and_shell_characters_are_replaced() {
		assertThat(PhotoNames.of("a\r\nb<script>\"|?.png", PhotoType.PNG)).isEqualTo("a_b_script_.png");
		assertThat(PhotoNames.of("invoice\u202Egnp.exe", PhotoType.PNG)).isEqualTo("invoice_gnp.exe.png");
	}

	@Test
	void hidden_and_empty_names_become_photo() {
		assertThat(PhotoNames.of(null, PhotoType.GIF)).isEqualTo("photo.gif");
		assertThat(PhotoNames.of("  ", PhotoType.WEBP)).isEqualTo("photo.webp");
		assertThat(PhotoNames.of(".jpeg", PhotoType.JPEG)).isEqualTo("jpeg.jpg");
		assertThat(PhotoNames.of("...htaccess", PhotoType.PNG)).isEqualTo("htaccess.png");
	}

	@Test
	void a_long_name_is_cut_to_200_characters_keeping_its_ending_and_whole_characters() {
		String name = PhotoNames.of("图".repeat(150) + "😀".repeat(100) + ".jpeg", PhotoType.JPEG);
		assertThat(name).hasSize(199).endsWith("😀.jpeg");
		assertThat(name.codePoints().filter(Character::isSupplementaryCodePoint).count()).isEqualTo(22);
	}
}
