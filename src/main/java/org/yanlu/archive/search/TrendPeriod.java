package org.yanlu.archive.search;

import java.time.LocalDate;

/**
 * One period of a trend table: its name ({@code 2020-10}, {@code 2020-W41}, {@code 2020}) and its
 * first and last day.
 */
public record TrendPeriod(String label, LocalDate start, LocalDate end) {}
