/**
 * smartcn's word segmentation, done faster: the same dictionaries and the same hidden Markov model
 * as Lucene's {@code HMMChineseTokenizer}, giving the same tokens, without its per-character
 * allocations and hash probes. Indexing spends half its time here.
 */
package org.yanlu.archive.index.smartcn;
