using System.Text;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// The hostile inputs of issue 13, by name: each must go through the library, <c>annotate</c> and <c>batch</c> with
/// no exception but the documented ones, valid spans, and the same output every time.
/// </summary>
public static class HostileInputs
{
    private static readonly string s_sentence = "Officials said two rockets hit the Ain al-Asad base on Monday. ";

    /// <summary>Name and text of each input; none holds article text from the corpus.</summary>
    public static IReadOnlyList<(string Name, string Text)> All { get; } = Build();

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    private static string Every(Func<int, bool> keep, int from, int to)
    {
        var b = new StringBuilder();
        for (int c = from; c <= to; c++)
        {
            if (keep(c))
            {
                b.Append((char)c).Append('x');
            }
        }

        return b.ToString();
    }

    private static List<(string, string)> Build() =>
    [
        ("empty", ""),
        ("whitespace-only", " \t\r\n\u00A0\u2003\n\n  "),
        ("one-huge-line", Repeat("the militia said the rockets hit ", 30_000)),
        ("megabyte-of-quotes", new string('"', 1_000_000)),
        ("unbalanced-curly-quotes", Repeat("\u201CThe base was hit, he said. ", 2_000)),
        ("unbalanced-closing-quotes", Repeat("it ended.\u201D ", 2_000)),
        ("nested-brackets", new string('(', 20_000) + "x" + new string(')', 20_000)),
        ("nested-square-brackets", new string('[', 20_000) + "1" + new string(']', 20_000)),
        ("only-digits", Repeat("0123456789", 20_000)),
        ("digits-with-spaces", Repeat("7 ", 20_000)),
        ("rtl-arabic", Repeat("\u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644 \u0625\u0646 \u0627\u0644\u0647\u062C\u0648\u0645 \u0648\u0642\u0639. ", 200)),
        ("rtl-hebrew-with-english", Repeat("\u05D4\u05D5\u05D0 \u05D0\u05DE\u05E8 US forces said \u05E9\u05DC\u05D5\u05DD. ", 200)),
        ("mixed-scripts", Repeat("Kataib \u062D\u0632\u0628 \u0627\u0644\u0644\u0647 \u041A\u0438\u0435\u0432 \u6771\u4EAC \u0928\u092E\u0938\u094D\u0924\u0947 said. ", 200)),
        ("nul-characters", "Officials\0said\0two rockets\0 hit.\0"),
        ("lone-high-surrogate", "The \uD800 base was hit, officials said \uD83D."),
        ("lone-low-surrogate", "\uDC00The base \uDFFF was hit."),
        ("crlf-only", Repeat("\r\n", 5_000)),
        ("cr-only-lines", Repeat("Officials said it.\r", 500)),
        ("long-single-sentence", Repeat("the group and the militia and the officials ", 40_000)),
        ("every-unicode-space", Every(c => char.IsWhiteSpace((char)c), 0, 0xFFFF) + s_sentence),
        ("zero-width-everywhere", Repeat("Kata\u200Bib\u200B Hez\u2060bollah\uFEFF said\u200D \u200C it. ", 300)),
        ("bidi-controls", Repeat("\u202EOfficials\u202C said \u2067US\u2069 forces \u200Fleft\u200E. ", 300)),
        ("emoji-zwj-sequences", Repeat("\U0001F468\u200D\U0001F469\u200D\U0001F467 said \U0001F1EE\U0001F1F6 \u2764\uFE0F. ", 300)),
        ("stacked-combining-marks", Repeat("Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308a\u0327\u0328 said. ", 500)),
        ("c0-control-characters", Every(c => c < 32 && c != 0, 0, 31) + s_sentence),
        ("one-word-over-token-limit", new string('a', 200_000)),
        ("one-number-over-token-limit", new string('9', 150_000)),
        ("long-url", "See https://example.com/" + new string('a', 100_000) + " for more."),
        ("many-emails", Repeat("a.b@c.d e@f.g ", 5_000)),
        ("periods", new string('.', 100_000)),
        ("hyphens", new string('-', 100_000)),
        ("all-caps", Repeat("KATAIB HEZBOLLAH SAID ROCKETS HIT THE BASE. ", 500)),
        ("all-lowercase", Repeat("kataib hezbollah said rockets hit the base. ", 500)),
        ("html-markup", Repeat("<p class=\"x\">Officials <b>said</b> &quot;no&quot; &amp; left.</p>\n", 500)),
        ("json-text", Repeat("{\"id\":\"a\",\"entities\":[{\"start\":0,\"end\":3}]} ", 500)),
        ("giant-numbers", "At least 1,000,000,000,000,000,000,000 rockets and 99999999999999999999 drones and 1e308 shells hit."),
        ("impossible-dates", "On February 30, 2020, on 31 April 2019, on December 32, 2021 and on January 0, 2020 officials said so."),
        ("calendar-edges", "On January 1, 0001, on December 31, 9999 and in 99999 nothing happened, officials said last year."),
        ("repeated-cues", Repeat("said ", 20_000)),
        ("according-to-chain", Repeat("according to ", 10_000) + "officials."),
        ("alternating-nested-quotes", Repeat("\"He said 'she said \"they said 'no'\"'\" ", 1_000)),
        ("bullets-only", Repeat("\u2022 \n", 5_000)),
        ("footnotes-only", Repeat("[1][23]\u00B9\u00B2 ", 5_000)),
        ("tab-table", Repeat("Date\tPlace\tRockets\n2020-01-01\tIrbil\t3\n", 1_000)),
        ("private-use-and-replacement", Repeat("\uE000\uF8FF\uFFFD\uFFFE said\uFFFD. ", 1_000)),
        ("bom-in-the-middle", s_sentence + "\uFEFF" + s_sentence + "\uFEFF\uFEFF"),
        ("thousands-of-paragraphs", Repeat("Officials said it.\n\n", 5_000)),
        ("titles-only", Repeat("President General Minister Spokesman ", 5_000)),
        ("math-alphanumerics", Repeat("\U0001D40A\U0001D41A\U0001D42D\U0001D41A\U0001D422\U0001D41B said \U0001D7CF\U0001D7D0 rockets hit. ", 500)),
        ("percent-and-ratios", Repeat("1000000000000% of 0/0 and 1/0 and -0.0 and NaN and Infinity. ", 500)),
    ];
}
