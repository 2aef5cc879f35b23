package org.pathways.page;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes an HTML document with every piece of text escaped: the one place where text becomes markup.
 * Element names and attribute names are the library's constants; every text and attribute value
 * goes through {@link #escape(String)}.
 */
final class Html {
    /**
     * The page's style: readable on a phone, high contrast, and a print stylesheet. No external
     * resource: no font, image or script is loaded from anywhere.
     */
    static final String STYLE = String.join(
            "\n",
            ":root{color-scheme:light}",
            "*{box-sizing:border-box}",
            "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;",
            "  line-height:1.5;margin:0 auto;max-width:48rem;padding:1.25rem;color:#1b1b1b;background:#fff;",
            "  font-size:1.125rem}",
            "h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem}",
            "h2{font-size:1.5rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:3px solid #25594b;color:#173f35}",
            "h3{font-size:1.2rem;margin:0 0 .5rem}",
            "p{margin:.25rem 0 .75rem}",
            ".lead{font-size:1.2rem;margin:0}",
            ".meta{color:#3b3b3b;margin:0}",
            ".notice{border:2px solid #25594b;border-radius:.5rem;padding:.5rem .75rem;background:#eef5f2}",
            ".words{margin:.25rem 0 .5rem;padding:.5rem .75rem;border-left:5px solid #25594b;background:#f2f7f5;",
            "  font-size:1.2rem;white-space:pre-wrap;overflow-wrap:anywhere}",
            "ol.priorities{padding-left:1.75rem}",
            "ol.priorities>li{margin:0 0 1rem}",
            "ul.plain{padding-left:1.25rem}",
            ".card{border:1px solid #9fb5ad;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}",
            ".card.choice{border-style:dashed}",
            "dl{margin:.5rem 0}",
            "dl>div{display:grid;grid-template-columns:minmax(6rem,11rem) minmax(0,1fr);gap:0 1rem;padding:.2rem 0}",
            "dt{font-weight:600}",
            "dd{margin:0;overflow-wrap:anywhere}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:1rem}",
            "th,td{border:1px solid #8a9a94;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}",
            "th{background:#e6efeb}",
            "footer{margin-top:2.5rem;border-top:1px solid #8a9a94;padding-top:.5rem;color:#3b3b3b;font-size:1rem}",
            "@media print{",
            "  @page{margin:1.5cm}",
            "  body{max-width:none;padding:0 .5rem;font-size:11pt;color:#000}",
            "  h2{color:#000;border-color:#000;break-after:avoid}",
            "  .words,.notice,th{background:none}",
            "  .words{border-color:#000}",
            "  .card,li,tr{break-inside:avoid}",
            "  .card{border-color:#000}",
            "  .screen-only{display:none}",
            "}");

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Returns text with the five characters that have a meaning in HTML replaced by references, and
     * characters HTML does not allow in text replaced by U+FFFD, so that any text stays text in an
     * element's content and in a quoted attribute value.
     */
    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ? "\uFFFD" : null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** Starts the document: doctype, language, title, the content policy and the style. */
    Html document(String lang, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\">\n<head>\n");
        out.append("<meta charset=\"utf-8\">\n");
        // Nothing may be loaded or run, even if a page were ever written wrongly.
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("\n</style>\n</head>\n");
        return open("body");
    }

    /** Opens an element with attributes given as name, value pairs. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    Html close() {
        out.append("</").append(open.pop()).append('>');
        if (open.size() <= 2) {
            out.append('\n');
        }
        return this;
    }

    /** Writes an element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** Writes text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Closes every open element and returns the document. */
    String end() {
        while (!open.isEmpty()) {
            close();
        }
        return "" + out.append("</html>\n");
    }
}
