package org.whistle.workorder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of the hotline that are configuration, not code.
 *
 * @param returnsBeforeCentreDecides after this many approved returns (退单) the dispatch centre
 *        names the lead unit itself, and that unit can no longer return the order (首接负责)
 * @param callbackAttempts how often an unreachable caller is tried before the order closes
 *        as not verified
 * @param maxExtensionDays the longest extension one request may ask for
 */
@ConfigurationProperties("whistle.workorder")
public record WorkOrderPolicies(@DefaultValue("2") int returnsBeforeCentreDecides,
		@DefaultValue("3") int callbackAttempts, @DefaultValue("15") int maxExtensionDays) {

	public static final WorkOrderPolicies DEFAULT = new WorkOrderPolicies(2, 3, 15);

	public WorkOrderPolicies {
		if (returnsBeforeCentreDecides < 1 || callbackAttempts < 1 || maxExtensionDays < 1) {
			throw new IllegalArgumentException("whistle.workorder: every number must be at least 1");
		}
	}
}
