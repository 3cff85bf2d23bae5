/**
 * The domain of kamsim as plain, validated, immutable values: accounts and portfolios, the program and KAM
 * parameters, selectors, shocks, plans and the scenario that ties them together.
 *
 * <p>Depends on nothing but the JDK. Every record validates in its compact constructor so that an invalid
 * value cannot exist; the scenario parser validates first (with file positions) and these checks are the
 * last line of defence, not the user-facing one.
 */
package org.kamsim.model;
