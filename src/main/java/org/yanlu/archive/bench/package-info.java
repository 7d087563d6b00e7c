/**
 * Benchmarks run by hand: {@link org.yanlu.archive.bench.SearchBenchmark} (indexing and search
 * inside the JVM) and {@link org.yanlu.archive.bench.LoadRun} (many clients over HTTP, bounded).
 */
package org.yanlu.archive.bench;
