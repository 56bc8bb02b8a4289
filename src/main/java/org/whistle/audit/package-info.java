/**
 * The audit trail of administrative changes: units, staff users and their API keys, the
 * taxonomy and the responsibility catalog, knowledge entries. The module that makes a change
 * publishes one {@link org.whistle.audit.AuditRecord} inside the transaction that makes it;
 * {@link org.whistle.audit.AuditTrail} appends it to {@code audit_event} in that same
 * transaction, so a change rolled back leaves no row and a committed one always has one.
 * <p>
 * The module depends on no other: actors and subjects are stored as the strings the publishers
 * give, and the publishers depend on this module's API.
 */
package org.whistle.audit;
