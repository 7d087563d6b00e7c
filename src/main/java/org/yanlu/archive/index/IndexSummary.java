package org.yanlu.archive.index;

import java.nio.file.Path;

/**
 * What a finished build wrote.
 *
 * @param generation the folder of the new index, now in use
 * @param articles articles indexed
 * @param quotes quote documents indexed
 * @param characters characters of text indexed (titles, subtitles, paragraphs)
 * @param millis how long the build took
 * @param sizeBytes the size of the new index on disk
 */
public record IndexSummary(
    Path generation, int articles, long quotes, long characters, long millis, long sizeBytes) {}
