package org.yanlu.archive.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Every term the theme queries can look at, by field: the terms they name and the patterns of their
 * prefix or wildcard parts. A token that is none of these cannot change whether a query matches, so
 * the tagger's one-document index can leave it out: an article has thousands of tokens, the themes
 * a few dozen terms.
 */
final class ThemeTerms {
  private final Map<String, Set<BytesRef>> terms = new HashMap<>();
  private final Map<String, CharArraySet> namedText = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();
  private boolean everyToken;

  ThemeTerms(Iterable<Query> queries) {
    QueryVisitor collector =
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this; // the terms of excluded clauses decide a match too
          }

          @Override
          public void consumeTerms(Query query, Term... found) {
            for (Term t : found) {
              terms.computeIfAbsent(t.field(), k -> new HashSet<>()).add(t.bytes());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            patterns.computeIfAbsent(field, k -> new ArrayList<>()).add(automaton.get());
          }

          @Override
          public void visitLeaf(Query query) {
            everyToken = true; // a query that names no terms (a range, say): keep them all
          }
        };
    for (Query q : queries) {
      q.visit(collector);
    }
    terms.forEach(
        (field, set) -> {
          CharArraySet text = new CharArraySet(set.size(), false);
          set.forEach(t -> text.add(t.utf8ToString()));
          namedText.put(field, text);
        });
  }

  /** The fields the queries look at. */
  Set<String> fields() {
    Set<String> fields = new HashSet<>(terms.keySet());
    fields.addAll(patterns.keySet());
    return fields;
  }

  /** The tokens of {@code field} that some query may look at, at their positions. */
  TokenStream keptOf(String field, TokenStream tokens) {
    if (everyToken) {
      return tokens;
    }
    CharArraySet named = namedText.getOrDefault(field, CharArraySet.EMPTY_SET);
    List<ByteRunAutomaton> matching = patterns.getOrDefault(field, List.of());
    return new FilteringTokenFilter(tokens) {
      private final CharTermAttribute text = addAttribute(CharTermAttribute.class);
      private final TermToBytesRefAttribute term = addAttribute(TermToBytesRefAttribute.class);

      @Override
      protected boolean accept() {
        // Named terms are looked up as text, which spares most tokens their UTF-8 bytes.
        if (named.contains(text.buffer(), 0, text.length())) {
          return true;
        }
        if (matching.isEmpty()) {
          return false;
        }
        BytesRef bytes = term.getBytesRef();
        for (ByteRunAutomaton pattern : matching) {
          if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
            return true;
          }
        }
        return false;
      }
    };
  }
}
