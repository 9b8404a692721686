/**
 * tandem's model, free of any adapter: scenario records and their loading ({@code scenario}),
 * the analyses of a loaded scenario ({@code check}), bargaining models ({@code bargain}), the
 * Monte Carlo engine ({@code sim}), named random streams ({@code random}) and results
 * ({@code result}). User errors and their locations live in {@code error}.
 */
package org.tandem.core;
