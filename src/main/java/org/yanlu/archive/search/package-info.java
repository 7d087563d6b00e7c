/**
 * The search service: {@link org.yanlu.archive.search.Searcher} answers {@link
 * org.yanlu.archive.search.SearchRequest}s with records; callers never see Lucene types. Errors are
 * {@link org.yanlu.archive.search.ArchiveException}s.
 */
package org.yanlu.archive.search;
