/**
 * The parts of an HTML news page the archive reads: its charset, its JSON-LD article, its body
 * paragraphs, its 来源 line and its date, assembled into an {@link
 * org.yanlu.archive.corpus.html.ArticlePage}. Sees parsed pages only; opening files is {@code
 * corpus}'s job.
 */
package org.yanlu.archive.corpus.html;
