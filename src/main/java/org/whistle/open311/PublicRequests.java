package org.whistle.open311;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.catalog.Catalog;
import org.whistle.city.Unit;
import org.whistle.city.Units;
import org.whistle.workorder.Channel;
import org.whistle.workorder.HistoryEntry;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.OrderUpdate;
import org.whistle.workorder.WorkOrderView;
import org.whistle.workorder.WorkOrders;

/**
 * Orders as the public sees them through Open311. The description is the caller's own text only
 * when they wrote it for a public channel (Open311, web, app); for calls and sensors it is the
 * order's title. The public history holds the steps a caller would be told of, with the reply as
 * its text and no internal notes; the names of staff never appear.
 */
@Service
public class PublicRequests {

	/** The steps of the public history; replies and direct answers carry their text. */
	static final Set<String> PUBLIC_ACTIONS = Set.of("register", "dispatch", "sign", "contact", "reply", "answer",
			"callback", "reopen", "merge", "extension-approved", "close");

	private static final Set<String> ACTIONS_WITH_TEXT = Set.of("reply", "answer");
	private static final Set<Channel> PUBLIC_CHANNELS = Set.of(Channel.OPEN311, Channel.WEB, Channel.APP);
	private static final int MAX_UPDATES = 1000;
	private static final int FEW_SERVICES = 3;

	private final WorkOrders orders;
	private final Catalog catalog;
	private final Units units;
	private final RequestStore store;
	private final MessageSource messages;

	PublicRequests(WorkOrders orders, Catalog catalog, Units units, RequestStore store, MessageSource messages) {
		this.orders = orders;
		this.catalog = catalog;
		this.units = units;
		this.store = store;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public List<ServiceRequest> search(RequestQuery query, Locale locale) {
		return present(orders.search(query.search()), query.extensions(), locale);
	}

	@Transactional(readOnly = true)
	public Optional<ServiceRequest> find(String serviceRequestId, boolean extensions, Locale locale) {
		return orders.findByOrderNo(serviceRequestId)
			.filter(order -> order.request().categoryCode() != null)
			.map(order -> present(List.of(order), extensions, locale).get(0));
	}

	/** The service request a token stands for. */
	@Transactional(readOnly = true)
	public Optional<String> byToken(String token) {
		return store.orderOf(token).flatMap(orders::find).map(WorkOrderView::orderNo);
	}

	/** The public steps of every order after {@code after} and until {@code until}, oldest first. */
	@Transactional(readOnly = true)
	public List<ServiceRequest.Note> updates(UpdatesWindow window, Locale locale) {
		return orders.updates(window.after(), window.until(), PUBLIC_ACTIONS, MAX_UPDATES).stream()
			.map(u -> note(u, locale))
			.toList();
	}

	private List<ServiceRequest> present(List<WorkOrderView> page, boolean extensions, Locale locale) {
		List<Long> ids = page.stream().map(WorkOrderView::id).toList();
		Map<Long, String> media = store.mediaUrls(ids);
		Map<Long, List<HistoryEntry>> histories = extensions ? orders.histories(ids) : Map.of();
		Map<String, String> serviceNames = serviceNames(page);
		Map<Long, Unit> leads = units.byIds(page.stream().map(WorkOrderView::leadUnitId).filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return page.stream().map(order -> {
			String code = order.request().categoryCode();
			String serviceName = code == null ? null : serviceNames.get(code);
			Unit lead = order.leadUnitId() == null ? null : leads.get(order.leadUnitId());
			String agency = lead == null ? null : lead.name();
			List<ServiceRequest.Note> notes = extensions
					? histories.getOrDefault(order.id(), List.of()).stream()
						.filter(h -> PUBLIC_ACTIONS.contains(h.action()))
						.map(h -> note(new OrderUpdate(0, order.id(), order.orderNo(), h), locale))
						.toList()
					: null;
			return new ServiceRequest(order.orderNo(), order.status() != OrderStatus.CLOSED, order.replyText(),
					serviceName, code == null ? "" : code, description(order), agency, order.request().receivedAt(),
					updatedAt(order), order.deadlines() == null ? null : order.deadlines().resolveBy(),
					order.request().place().address(), order.request().place().lat(), order.request().place().lon(),
					media.get(order.id()), extensions ? detailed(order.status()) : null, notes);
		}).toList();
	}

	/** The names of the page's services: one lookup each for a few, the whole catalog in one query for many. */
	private Map<String, String> serviceNames(List<WorkOrderView> page) {
		Set<String> codes = page.stream().map(o -> o.request().categoryCode()).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<String, String> names = new HashMap<>();
		if (codes.size() > FEW_SERVICES) {
			catalog.categories().stream().filter(c -> codes.contains(c.code()))
				.forEach(c -> names.put(c.code(), c.name()));
		}
		codes.stream().filter(code -> !names.containsKey(code))
			.forEach(code -> catalog.category(code).ifPresent(c -> names.put(code, c.name())));
		return names;
	}

	private ServiceRequest.Note note(OrderUpdate update, Locale locale) {
		HistoryEntry h = update.entry();
		String text = ACTIONS_WITH_TEXT.contains(h.action()) && h.note() != null ? h.note()
				: messages.getMessage("open311.note." + h.action(), null, h.action(), locale);
		return new ServiceRequest.Note(update.updateId(), update.orderNo(), h.at(), h.to() != OrderStatus.CLOSED,
				detailed(h.to()), text);
	}

	private static String description(WorkOrderView order) {
		return PUBLIC_CHANNELS.contains(order.request().channel()) ? order.request().content() : order.request().title();
	}

	private static Instant updatedAt(WorkOrderView o) {
		return Stream.of(o.request().receivedAt(), o.dispatchedAt(), o.signedAt(), o.contactedAt(), o.repliedAt(),
				o.closedAt())
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(o.request().receivedAt());
	}

	static String detailed(OrderStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}
}
