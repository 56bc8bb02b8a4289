package org.whistle.scorecard;

/** Why an order may leave a unit's score (剔除), as domain.md lists them. */
public enum ExclusionReason {
	/** 诉求不合理 */
	UNREASONABLE,
	/** 恶意诉求 */
	MALICIOUS,
	/** 重复诉求 (并单) */
	DUPLICATE,
	/** 不属于任何单位职责 */
	OUTSIDE_DUTY,
	/** 无法联系来电人 */
	UNREACHABLE,
	/** 不可抗力 */
	FORCE_MAJEURE
}
