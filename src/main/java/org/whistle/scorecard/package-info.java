/**
 * 一份卷子: the monthly scorecard of every handling unit on the three rates (三率), with
 * exclusions (剔除), drill-down to the orders, publication and exports. It keeps its own fact
 * row per order from the work-order events and never reads the work-order tables.
 */
package org.whistle.scorecard;
