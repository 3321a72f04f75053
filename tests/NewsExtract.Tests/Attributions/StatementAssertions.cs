using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Attributions;

/// <summary>What the pattern tests of attribution share: the text of a span, a readable list of what was found, and
/// the check that a sentence gives one statement with a given source, cue and content.</summary>
internal static class StatementAssertions
{
    public static string Slice(string text, TextSpan span) => text[span.Start..span.End];

    public static string Describe(string text, IEnumerable<NewsExtract.Attribution> all) =>
        string.Join(" | ", all.Select(a => $"{a.Kind} {(a.Source is { } s ? Slice(text, s.Span) : "-")} {(a.Cue is { } c ? Slice(text, c) : "-")} [{Slice(text, a.Content)}] {a.Rule}"));

    /// <summary>Annotates <paramref name="text"/> and asserts that one of its statements has exactly this source, cue and content.</summary>
    public static void ShouldGiveStatement(string text, string source, string cue, string content)
    {
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Should().Contain(a => a.Source != null && Slice(text, a.Source.Span) == source && a.Cue != null && Slice(text, a.Cue.Value) == cue
            && Slice(text, a.Content) == content, "the sentence holds that statement; found: " + Describe(text, all));
    }
}
