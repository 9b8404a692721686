/**
 * The database: where it is ({@link org.tandem.store.DbLocation}), opening it with its migrations
 * ({@link org.tandem.store.Database}), and exact backups ({@link org.tandem.store.Backup}).
 * Migrations are forward-only, one folder per database product, chosen in code. {@link
 * org.tandem.store.JsonSyntax} turns a user's JSON file that does not parse into a located user error.
 */
package org.tandem.store;
