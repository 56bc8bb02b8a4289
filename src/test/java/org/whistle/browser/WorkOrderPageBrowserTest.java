package org.whistle.browser;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;

/**
 * What the tests of the work-order pages share: requests registered through the API (as another
 * system would) when the test is about what comes after, switching users, and an order's row.
 * Texts are unique per test, as every test class shares the database.
 */
abstract class WorkOrderPageBrowserTest extends BrowserTest {

	/** A heating complaint inside the city: the catalog dispatches it to the heating company at once. */
	static final String HEATING = """
			{"channel":"PHONE","type":"COMPLAINT","callerName":"钱多多","callerPhone":"13911112222",
			 "address":"兰台社区7号楼","lat":39.95,"lon":116.40,"categoryCode":"010208","title":"%s",
			 "content":"暖气片冰凉，室温只有十四度。","urgency":"NORMAL"}
			""";

	/** A request with an address only: it waits for a dispatcher. */
	static final String ADDRESS_ONLY = """
			{"channel":"WEB","type":"HELP","callerName":"孙小美","callerPhone":"13722223333",
			 "address":"某小区北门","title":"%s","content":"北门的路灯坏了一周。"}
			""";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern ORDER_NO = Pattern.compile("\"orderNo\"\\s*:\\s*\"(\\d+)\"");

	record Registered(long id, String orderNo) {

		String path() {
			return "/orders/" + id;
		}
	}

	/** A text no other test uses. */
	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Registers a request as the operator's system would, through {@code POST /api/requests}. */
	Registered register(String template, String title) {
		APIResponse response = context.request().post(baseUrl() + "/api/requests", RequestOptions.create()
			.setHeader("X-Api-Key", "demo-operator")
			.setHeader("Content-Type", "application/json")
			.setData(template.formatted(title)));
		String body = response.text();
		if (response.status() != 201) {
			throw new AssertionError("POST /api/requests answered " + response.status() + ": " + body);
		}
		Matcher id = ID.matcher(body);
		Matcher orderNo = ORDER_NO.matcher(body);
		if (!id.find() || !orderNo.find()) {
			throw new AssertionError("No id and order number in " + body);
		}
		return new Registered(Long.parseLong(id.group(1)), orderNo.group(1));
	}

	/** The order's row in a list of orders. */
	Locator row(String orderNo) {
		return page.locator("tr[data-order='" + orderNo + "']");
	}

	/** The form of a step on the order page, e.g. {@code step("sign")}. */
	Locator step(String name) {
		return page.locator("#steps form.step-" + name);
	}
}
