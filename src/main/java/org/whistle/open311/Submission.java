package org.whistle.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.util.MultiValueMap;

/**
 * The fields of {@code POST requests} as a client sent them; an empty field counts as absent.
 * {@code attribute[code]} and {@code attribute[code][]} are gathered into {@link #attributes()}.
 */
public record Submission(String apiKey, String serviceCode, String lat, String lon, String addressString,
		String addressId, Map<String, List<String>> attributes, String email, String phone, String firstName,
		String lastName, String description, String mediaUrl) {

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]*)\\](\\[\\])?");

	public Submission {
		attributes = Map.copyOf(attributes);
	}

	public static Submission of(MultiValueMap<String, String> form) {
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			Matcher m = ATTRIBUTE.matcher(name);
			if (m.matches()) {
				List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
				if (!given.isEmpty()) {
					attributes.merge(m.group(1), given,
							(a, b) -> Stream.concat(a.stream(), b.stream()).toList());
				}
			}
		});
		return new Submission(field(form, "api_key"), field(form, "service_code"), field(form, "lat"),
				field(form, "long"), field(form, "address_string"), field(form, "address_id"), attributes,
				field(form, "email"), field(form, "phone"), field(form, "first_name"), field(form, "last_name"),
				field(form, "description"), field(form, "media_url"));
	}

	/** The first non-empty value of a field, stripped; {@code null} when absent or empty. */
	static String field(MultiValueMap<String, String> form, String name) {
		List<String> values = form.get(name);
		if (values == null) {
			return null;
		}
		return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
	}
}
