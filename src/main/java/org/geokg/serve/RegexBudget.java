package org.geokg.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A time budget for each regular-expression match of a query ({@code REGEX}, {@code REPLACE},
 * {@code fn:matches}, {@code fn:replace}).
 *
 * <p>ARQ's query timeout is checked between solutions, and Java's regex engine backtracks: one
 * match of a pattern such as {@code ^(a+)+$} against forty {@code a}s and a {@code !} runs for hours
 * inside a single call, past any timeout and deaf to interrupts, so a handful of such queries would
 * hold every worker. {@link #apply} rewrites the query (Jena's syntax transform) so that these
 * operators match against a text that checks a deadline as the engine reads it, and stop the query
 * as a timeout does (503) when the budget is spent. The pattern and flags are Jena's
 * ({@link RegexEngine#makePattern}), so what matches is unchanged.
 */
final class RegexBudget {
  private static final String FN = "http://www.w3.org/2005/xpath-functions#";

  private RegexBudget() {}

  /** {@code query} with every regex operator held to {@code millis} per match. */
  static Query apply(Query query, long millis) {
    return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
      @Override
      public Expr transform(ExprFunctionN func, ExprList args) {
        boolean regex = func instanceof E_Regex
            || func instanceof E_Function f && f.getFunctionIRI().equals(FN + "matches");
        boolean replace = func instanceof E_StrReplace
            || func instanceof E_Function f && f.getFunctionIRI().equals(FN + "replace");
        if (regex && (args.size() == 2 || args.size() == 3)) {
          return new Regex(args, millis);
        }
        if (replace && (args.size() == 3 || args.size() == 4)) {
          return new Replace(args, millis);
        }
        return super.transform(func, args);
      }
    });
  }

  private static String flags(List<NodeValue> args, int at) {
    return args.size() > at ? NodeValueOps.checkAndGetStringLiteral("flags", args.get(at)).getLiteralLexicalForm() : null;
  }

  /** REGEX(text, pattern [, flags]) as Jena evaluates it, with the budget. */
  static final class Regex extends E_Regex {
    private final long millis;

    Regex(ExprList args, long millis) {
      super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
      this.millis = millis;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
      Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
      String pattern = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(1)).getLiteralLexicalForm();
      Pattern p = RegexEngine.makePattern("REGEX", pattern, flags(args, 2));
      return NodeValue.booleanReturn(p.matcher(new Deadline(text.getLiteralLexicalForm(), millis)).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new Regex(newArgs, millis);
    }
  }

  /** REPLACE(text, pattern, replacement [, flags]) as Jena evaluates it, with the budget. */
  static final class Replace extends E_StrReplace {
    private final long millis;

    Replace(ExprList args, long millis) {
      super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
      this.millis = millis;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
      Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
      String pattern = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
      String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
      Pattern p = RegexEngine.makePattern("REPLACE", pattern, flags(args, 3));
      if (p.matcher("").matches()) {
        throw new ExprEvalException("REPLACE: the pattern matches the empty string: " + pattern);
      }
      Matcher m = p.matcher(new Deadline(text.getLiteralLexicalForm(), millis));
      String out = m.replaceAll(replacement);
      // The result keeps the text's language tag or datatype, as fn:replace does.
      String lang = text.getLiteralLanguage();
      return NodeValue.makeNode(lang.isEmpty()
          ? NodeFactory.createLiteralDT(out, text.getLiteralDatatype())
          : NodeFactory.createLiteralLang(out, lang));
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new Replace(newArgs, millis);
    }
  }

  /** A text that stops whoever reads it (the regex engine) once its time is up. */
  static final class Deadline implements CharSequence {
    private final String text;
    private final long deadline;
    private int reads;

    Deadline(String text, long millis) {
      this(text, System.nanoTime() + millis * 1_000_000L, 0);
    }

    private Deadline(String text, long deadline, int reads) {
      this.text = text;
      this.deadline = deadline;
      this.reads = reads;
    }

    @Override
    public char charAt(int index) {
      // The clock every 4,096 reads: cheap against the engine's own work per character.
      if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
        throw new QueryCancelledException();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Deadline(text.substring(start, end), deadline, reads);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
