/**
 * The demo city: generated on an empty database so that Whistle can be tried at once.
 */
package org.whistle.demo;
