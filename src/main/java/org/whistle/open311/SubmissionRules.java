package org.whistle.open311;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.intake.NewRequest;
import org.whistle.workorder.Channel;

/**
 * What {@code POST requests} must hold, checked field by field with one error for each problem,
 * and how it becomes a request for intake: the service's name is the title (with the answers to
 * the service's own attributes), the description the content, {@code urgent} and
 * {@code request_type} set the order's urgency and type.
 */
final class SubmissionRules {

	static final int MAX_DESCRIPTION = 4000;
	static final int MAX_NAME = 50;
	static final int MAX_ADDRESS = 500;
	static final int MAX_URL = 1000;
	static final int MAX_ATTRIBUTE_VALUE = 1000;
	static final String URGENT = "urgent";
	static final String REQUEST_TYPE = "request_type";

	private static final int MAX_TITLE = 200;
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,19}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,20}");
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	private SubmissionRules() {
	}

	/** The problems of the fields that do not depend on the service. */
	static List<String> check(Submission s) {
		List<String> problems = new ArrayList<>();
		location(s, problems);
		text(problems, "description", s.description(), MAX_DESCRIPTION);
		text(problems, "address_string", s.addressString(), MAX_ADDRESS);
		text(problems, "first_name", s.firstName(), MAX_NAME);
		text(problems, "last_name", s.lastName(), MAX_NAME);
		if (s.email() != null && (s.email().strip().length() > 200 || !EMAIL.matcher(s.email().strip()).matches())) {
			problems.add("email: '" + s.email().strip() + "' is not an e-mail address");
		}
		if (s.phone() != null && !PHONE.matcher(s.phone().strip()).matches()) {
			problems.add("phone: '" + s.phone().strip() + "' is not a phone number (digits, spaces, dashes, a leading +)");
		}
		if (s.mediaUrl() != null && !isWebUrl(s.mediaUrl().strip())) {
			problems.add("media_url: must be an absolute http or https URL of at most " + MAX_URL + " characters");
		}
		return problems;
	}

	/** The problems of the attributes given for this service's attributes. */
	static List<String> checkAttributes(Map<String, List<String>> given, List<ServiceAttribute> attributes,
			String serviceCode) {
		List<String> problems = new ArrayList<>();
		given.keySet().stream()
			.filter(code -> attributes.stream().noneMatch(a -> a.code().equals(code)))
			.sorted()
			.forEach(code -> problems.add("attribute[" + code + "]: service " + serviceCode
					+ " has no such attribute (see services/" + serviceCode + ".json)"));
		for (ServiceAttribute attribute : attributes) {
			List<String> values = given.getOrDefault(attribute.code(), List.of());
			String name = "attribute[" + attribute.code() + "]";
			if (values.isEmpty()) {
				if (attribute.required()) {
					problems.add(name + ": required (" + attribute.description() + ")");
				}
				continue;
			}
			if (values.size() > 1 && attribute.datatype() != ServiceAttribute.Datatype.MULTIVALUELIST) {
				problems.add(name + ": takes one value, not " + values.size());
				continue;
			}
			values.stream().map(v -> problem(attribute, v)).flatMap(Optional::stream)
				.forEach(p -> problems.add(name + ": " + p));
		}
		return problems;
	}

	private static Optional<String> problem(ServiceAttribute attribute, String value) {
		if (value.length() > MAX_ATTRIBUTE_VALUE) {
			return Optional.of("at most " + MAX_ATTRIBUTE_VALUE + " characters");
		}
		if (CONTROL.matcher(value).find()) {
			return Optional.of("contains control characters");
		}
		return switch (attribute.datatype()) {
			case SINGLEVALUELIST, MULTIVALUELIST -> attribute.accepts(value) ? Optional.empty()
					: Optional.of("'" + value + "' is none of " + attribute.values().stream()
						.map(ServiceAttribute.Value::key).collect(Collectors.joining(", ")));
			case NUMBER -> isNumber(value) ? Optional.empty() : Optional.of("'" + value + "' is not a number");
			case DATETIME -> isDateTime(value) ? Optional.empty()
					: Optional.of("'" + value + "' is not a W3C date and time such as 2026-11-22T09:30:00+08:00");
			case STRING, TEXT -> Optional.empty();
		};
	}

	/** The request for intake; the fields are valid. */
	static NewRequest toRequest(Submission s, Open311Service service, List<ServiceAttribute> attributes) {
		Map<String, List<String>> given = s.attributes();
		Urgency urgency = "yes".equals(first(given, URGENT)) ? Urgency.URGENT : Urgency.NORMAL;
		RequestType type = first(given, REQUEST_TYPE) == null ? RequestType.COMPLAINT
				: RequestType.valueOf(first(given, REQUEST_TYPE));
		String content = s.description() == null ? service.name() : s.description();
		return new NewRequest(Channel.OPEN311, type, callerName(s.firstName(), s.lastName()), s.phone(), s.email(),
				s.addressString(), number(s.lat()), number(s.lon()), service.code(), title(service, attributes, given),
				content, urgency);
	}

	/** The service's name and the answers to its own attributes, which handlers see first. */
	static String title(Open311Service service, List<ServiceAttribute> attributes, Map<String, List<String>> given) {
		String answers = attributes.stream()
			.filter(a -> !a.code().equals(URGENT) && !a.code().equals(REQUEST_TYPE) && given.containsKey(a.code()))
			.map(a -> a.description() + "：" + given.get(a.code()).stream()
				.map(v -> a.datatype().isList() ? a.nameOf(v) : v).collect(Collectors.joining("、")))
			.collect(Collectors.joining("；"));
		String title = answers.isEmpty() ? service.name() : service.name() + "（" + answers + "）";
		return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
	}

	/** Chinese names are written family name first and without a space. */
	static String callerName(String firstName, String lastName) {
		String first = firstName == null ? "" : firstName.strip();
		String last = lastName == null ? "" : lastName.strip();
		if (CJK.matcher(first + last).find()) {
			return last + first;
		}
		return (first + " " + last).strip();
	}

	private static void location(Submission s, List<String> problems) {
		if ((s.lat() == null) != (s.lon() == null)) {
			problems.add(s.lat() == null ? "lat: required with long" : "long: required with lat");
		}
		if (s.lat() != null) {
			range(problems, "lat", s.lat(), 90);
		}
		if (s.lon() != null) {
			range(problems, "long", s.lon(), 180);
		}
		if (s.lat() == null && s.lon() == null && s.addressString() == null) {
			problems.add(s.addressId() != null
					? "address_id: not supported here; give lat and long, or address_string"
					: "a location is required: lat and long, or address_string");
		}
	}

	private static void range(List<String> problems, String field, String value, int limit) {
		Double number = number(value);
		if (number == null || number.isNaN() || number.isInfinite()) {
			problems.add(field + ": '" + value.strip() + "' is not a number");
		}
		else if (Math.abs(number) > limit) {
			problems.add(field + ": must be between -" + limit + " and " + limit);
		}
	}

	private static void text(List<String> problems, String field, String value, int max) {
		if (value == null) {
			return;
		}
		if (value.strip().length() > max) {
			problems.add(field + ": at most " + max + " characters, got " + value.strip().length());
		}
		if (CONTROL.matcher(value).find()) {
			problems.add(field + ": contains control characters");
		}
	}

	private static String first(Map<String, List<String>> given, String code) {
		List<String> values = given.get(code);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	private static Double number(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static boolean isNumber(String value) {
		try {
			new BigDecimal(value.strip());
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean isDateTime(String value) {
		try {
			OffsetDateTime.parse(value.strip());
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private static boolean isWebUrl(String value) {
		if (value.length() > MAX_URL) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException e) {
			return false;
		}
	}
}
