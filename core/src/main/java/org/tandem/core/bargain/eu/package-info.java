/**
 * Bueno de Mesquita's expected-utility (challenge) model as specified by Scholz, Calbert and Smith
 * (2011), with the quirks of its public replication available as an option ({@link
 * org.tandem.core.bargain.eu.EuMode}).
 */
package org.tandem.core.bargain.eu;
