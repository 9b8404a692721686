/**
 * Bargaining models: given actors with a capability and, per dimension, a position and a salience
 * (both on a 0-100 scale), forecast where the group ends up.
 *
 * <p>{@link org.tandem.core.bargain.BargainingModel} is the one-method interface; {@link
 * org.tandem.core.bargain.BargainingModels} registers the built-in models by id ({@code
 * compromise}, {@code median}, {@code eu}, {@code smp}) in one place. The expected-utility model
 * lives in {@code eu}, the spatial model of politics in {@code smp}, input readers in {@code io}.
 */
package org.tandem.core.bargain;
