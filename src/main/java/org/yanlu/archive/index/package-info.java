/**
 * The Lucene index: the schema ({@link org.yanlu.archive.index.ArticleFields}), the analyzers,
 * the {@link org.yanlu.archive.index.Indexer} and the atomic generation swap ({@link
 * org.yanlu.archive.index.IndexSwap}).
 */
package org.yanlu.archive.index;
