package org.whistle.knowledge.web;

/** Who may use the knowledge base: the hotline's staff read it, operators and admins write it. */
final class Access {

	static final String READ = "hasAnyRole('OPERATOR','DISPATCHER','CALLBACK','ADMIN')";

	static final String WRITE = "hasAnyRole('OPERATOR','ADMIN')";

	private Access() {
	}
}
