/**
 * Reading raw sources into {@link org.yanlu.archive.article.Article} records: one {@link
 * org.yanlu.archive.corpus.CorpusReader} per source format. The only package that opens raw files.
 */
package org.yanlu.archive.corpus;
