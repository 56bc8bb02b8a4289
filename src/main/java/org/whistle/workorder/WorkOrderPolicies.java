package org.whistle.workorder;

/**
 * The rules of the hotline that are configuration, not code.
 *
 * @param returnsBeforeCentreDecides after this many approved returns (退单) the dispatch centre
 *        names the lead unit itself, and that unit can no longer return the order (首接负责)
 * @param callbackAttempts how often an unreachable caller is tried before the order closes
 *        as not verified
 * @param maxExtensionDays the longest extension one request may ask for
 */
public record WorkOrderPolicies(int returnsBeforeCentreDecides, int callbackAttempts, int maxExtensionDays) {

	public static final WorkOrderPolicies DEFAULT = new WorkOrderPolicies(2, 3, 15);
}
