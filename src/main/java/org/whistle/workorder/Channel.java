package org.whistle.workorder;

/** How a request reached the hotline (一条热线: every channel ends in the same ticket). */
public enum Channel {
	PHONE, WEB, APP, OPEN311, SENSOR, GRID
}
