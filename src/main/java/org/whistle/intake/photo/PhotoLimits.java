package org.whistle.intake.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large one photo and how many photos an order may have. A file above
 * {@code spring.servlet.multipart.max-file-size} is refused before it gets here.
 */
@ConfigurationProperties("whistle.photos")
record PhotoLimits(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("9") int maxPerOrder) {

	PhotoLimits {
		if (maxSize.toBytes() < 1 || maxPerOrder < 1) {
			throw new IllegalArgumentException("whistle.photos: max-size and max-per-order must be positive");
		}
	}
}
