package org.whistle.catalog.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.whistle.city.UnitKind;

/**
 * What applies when no rule matches or a rule leaves a limit empty
 * ({@code whistle.catalog.defaults.*}). The defaults follow the 接诉即办 practice in the domain
 * notes: the street office of the place leads (属地, 首接负责); sign for an order within 2
 * hours, contact the caller within 24 hours, resolve within 7 natural days; urgent requests:
 * sign within 1 hour, contact within 2 hours, resolve within 24 hours.
 */
@ConfigurationProperties("whistle.catalog.defaults")
public record CatalogDefaults(@DefaultValue("STREET") UnitKind lead, @DefaultValue("2") int signForHours,
		@DefaultValue("24") int contactHours, @DefaultValue("7") int resolutionDays,
		@DefaultValue("1") int urgentSignForHours, @DefaultValue("2") int urgentContactHours,
		@DefaultValue("24") int urgentResolutionHours) {

	public CatalogDefaults {
		if (!Lead.PLACE_KINDS.contains(lead)) {
			throw new IllegalArgumentException("whistle.catalog.defaults.lead must be one of " + Lead.PLACE_KINDS);
		}
		if (signForHours < 1 || contactHours < 1 || resolutionDays < 1 || urgentSignForHours < 1
				|| urgentContactHours < 1 || urgentResolutionHours < 1) {
			throw new IllegalArgumentException("whistle.catalog.defaults: every time limit must be positive");
		}
	}

	public TimeLimits limits() {
		return new TimeLimits(signForHours, contactHours, resolutionDays, urgentSignForHours, urgentContactHours,
				urgentResolutionHours);
	}
}
