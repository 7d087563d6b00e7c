package org.yanlu.archive.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Every term the theme queries can look at, by field: the terms they name and the patterns of
 * their prefix or wildcard parts. A token that is none of these cannot change whether a query
 * matches, so the tagger's one-document index can leave it out: an article has thousands of
 * tokens, the themes a few dozen terms.
 */
final class ThemeTerms {
  private final Map<String, Set<BytesRef>> terms = new HashMap<>();
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
    Set<BytesRef> named = terms.getOrDefault(field, Set.of());
    List<ByteRunAutomaton> matching = patterns.getOrDefault(field, List.of());
    return new FilteringTokenFilter(tokens) {
      private final TermToBytesRefAttribute term = addAttribute(TermToBytesRefAttribute.class);

      @Override
      protected boolean accept() {
        BytesRef bytes = term.getBytesRef();
        if (named.contains(bytes)) {
          return true;
        }
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
