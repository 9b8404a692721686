/**
 * JMH benchmarks of the bargaining models. Run them from the shaded jar, for example {@code java
 * -Dtandem.shared.dir=../shared -jar bench/target/benchmarks.jar SmpBenchmark -f 1 -wi 2 -i 3};
 * the SMP benchmark reads KTAB's {@code dummyData-a040/a080/a160.csv} from {@code
 * data/ktab} under that directory.
 */
package org.tandem.bench;
