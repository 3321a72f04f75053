using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Syntax;

/// <summary>
/// Random sentences from words that parsers find hard (quotes, clitics, numbers, hyphens, long runs) and random
/// characters: the syntax layer never throws, every sentence is one tree inside its sentence, and the same text gives
/// the same syntax.
/// </summary>
public sealed class SyntaxProperties
{
    private static readonly NewsExtractor s_extractor = NewsExtractor.Create(new NewsExtractorOptions { Syntax = SyntaxLevel.Full });

    private static readonly string[] s_words =
    [
        "the", "militia", "said", "\"", "\u201C", "\u201D", "n't", "'s", "Kataib", "Hezbollah", "fired", "3", "rockets", ",", ".",
        "Iran-backed", "--", "(", ")", "U.S.", "who", "was", "struck", "by", "and", ";", "\u2014", "#Iraq", "1,000", "?",
        "\n\n", "officials", "told", "Reuters", "that", "it", "denied", "on", "Friday", "\u200B", "\uFFFD", "\u0627\u0644",
    ];

    private static Gen<string> Texts =>
        Gen.Frequency(
            (8, Gen.Elements(s_words)),
            (1, Gen.Choose(32, 0x2FFF).Select(i => ((char)i).ToString())))
        .ArrayOf()
        .Select(parts => string.Join(' ', parts));

    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(new Replay(new Rnd(20261207UL), FSharpOption<int>.None));

    [Fact]
    public void AnySentence_GivesValidTrees()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            NewsDocument doc = s_extractor.Annotate(text);
            Invariants.Check(doc);
            doc.Syntax.Length.Should().Be(doc.Tokens.Length);
        }).Check(s_config);
    }

    [Fact]
    public void AnySentence_IsDeterministic()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            s_extractor.Annotate(text).Syntax.Should().Equal(s_extractor.Annotate(text).Syntax);
        }).Check(s_config);
    }

    [Fact]
    public void OneLongSentence_ParsesInOnePass()
    {
        // 20,000 words with no sentence end: the parser takes at most two transitions a word, so this stays linear.
        string text = string.Join(' ', Enumerable.Repeat("rockets hit the base and", 4000));
        NewsDocument doc = s_extractor.Annotate(text, cancellationToken: TestContext.Current.CancellationToken);
        Invariants.Check(doc);
        doc.Syntax.Count(s => s.IsRoot).Should().Be(doc.Sentences.Length);
    }
}
