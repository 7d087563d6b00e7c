/** Benchmarks run by hand: {@link org.yanlu.archive.bench.SearchBenchmark}. */
package org.yanlu.archive.bench;
