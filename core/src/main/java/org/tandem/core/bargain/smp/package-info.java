/**
 * KTAB's spatial model of politics (SMP): multi-dimensional positions, risk attitudes inferred
 * from probabilistic Condorcet elections, challenges weighed with third-party votes, bargains
 * interpolated between the parties, and each actor choosing among its bargains, turn after turn.
 * Formulas cite KTAB's reference implementation ({@code examples/smp/libsrc/smp.cpp},
 * {@code smpbcn.cpp}, {@code KTAB/kmodel/libsrc/kmodel.cpp}) by function name.
 */
package org.tandem.core.bargain.smp;
