package org.whistle.open311;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.intake.Intake;
import org.whistle.intake.InvalidRequest;
import org.whistle.intake.NewRequest;
import org.whistle.people.ApiKeys;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.workorder.WorkOrderView;

/**
 * {@code POST requests}: a client application submits a citizen's request, which becomes an
 * ordinary work order (channel OPEN311) at once, in one transaction with its token and attributes.
 */
@Service
public class Submissions {

	/** Client applications, and the hotline's operators who register requests anyway. */
	private static final Set<Role> MAY_SUBMIT = EnumSet.of(Role.CLIENT, Role.OPERATOR);

	/** Intake's field names as Open311 calls them. */
	private static final Map<String, String> FIELDS = Map.of("lat", "lat", "lon", "long", "address", "address_string",
			"content", "description", "title", "service_code", "callerName", "first_name", "callerPhone", "phone",
			"callerEmail", "email", "categoryCode", "service_code");

	private final ApiKeys apiKeys;
	private final Services services;
	private final Intake intake;
	private final RequestStore store;

	Submissions(ApiKeys apiKeys, Services services, Intake intake, RequestStore store) {
		this.apiKeys = apiKeys;
		this.services = services;
		this.intake = intake;
		this.store = store;
	}

	/** What the client gets back: the order number as the request's id, and a token for it. */
	public record Receipt(String serviceRequestId, String token) {
	}

	/**
	 * @throws Open311Error 403 without a valid key of a user who may submit, 400 with a problem
	 *         for each wrong field; nothing is stored then
	 */
	@Transactional
	public Receipt submit(Submission submission) {
		Staff client = client(submission.apiKey());
		List<String> problems = new ArrayList<>(SubmissionRules.check(submission));
		Open311Service service = null;
		List<ServiceAttribute> attributes = List.of();
		if (submission.serviceCode() == null) {
			problems.add(0, "service_code: required (see services.json)");
		}
		else {
			service = services.find(submission.serviceCode().strip()).orElse(null);
			if (service == null) {
				problems.add(0, "service_code: '" + submission.serviceCode().strip()
						+ "' is not a service (see services.json)");
			}
			else {
				attributes = services.attributes(service);
				problems.addAll(SubmissionRules.checkAttributes(submission.attributes(), attributes, service.code()));
			}
		}
		if (!problems.isEmpty()) {
			throw new Open311Error(400, problems);
		}
		NewRequest request = SubmissionRules.toRequest(submission, service, attributes);
		WorkOrderView order;
		try {
			order = intake.register(request, client, null).order();
		}
		catch (InvalidRequest invalid) {
			throw new Open311Error(400, invalid.fields().entrySet().stream()
				.map(e -> FIELDS.getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue())
				.sorted()
				.toList());
		}
		String token = UUID.randomUUID().toString();
		store.insert(order.id(), token, client.id(),
				submission.mediaUrl() == null ? null : submission.mediaUrl().strip(), submission.attributes());
		return new Receipt(order.orderNo(), token);
	}

	private Staff client(String apiKey) {
		if (apiKey == null) {
			throw new Open311Error(403, List.of("api_key: required to submit a request"));
		}
		Staff staff = apiKeys.staffFor(apiKey)
			.orElseThrow(() -> new Open311Error(403, List.of("api_key: unknown or revoked key")));
		if (staff.roles().stream().noneMatch(MAY_SUBMIT::contains)) {
			throw new Open311Error(403, List.of("api_key: this key's user may not submit requests"));
		}
		return staff;
	}
}
