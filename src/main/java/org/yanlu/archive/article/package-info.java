/**
 * The records every part of the archive speaks: {@link org.yanlu.archive.article.Article} and its
 * parts. No I/O, no Lucene.
 */
package org.yanlu.archive.article;
