using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Quantities;

/// <summary>
/// Invariants of counts on the parse, over random sentences made of count phrases: the counts are the same whether
/// the pipeline parses every sentence (<see cref="SyntaxLevel.Full"/>) or the count layer parses only the sentences
/// with a number (the default), and counts never overlap and lie inside the text.
/// </summary>
public class CountProperties
{
    private static readonly NewsExtractor s_full = NewsExtractor.Create(new NewsExtractorOptions { Syntax = SyntaxLevel.Full });

    private static readonly string[] s_openers = ["The militia fired", "Officials said", "Police found", "\u201CWe saw", "Reports counted", "Nobody saw"];

    private static readonly string[] s_counts =
    [
        "18 of the rockets", "two of them", "nine others", "three Americans", "hundreds of protesters", "one armed drone",
        "5,000 to 7,000 troops", "at least half-a-dozen raids", "an AC-130 gunship", "the Shahed 136 drones", "a ten-day lull",
        "one of its commanders", "several vehicles", "two dozen trucks", "the 2019 attacks",
    ];

    private static readonly string[] s_tails = [" near the base.", ", officials said.", ".\u201D he said.", " on Monday.", " and fled."];

    private static Gen<string> Sentence =>
        from opener in Gen.Elements(s_openers)
        from count in Gen.Elements(s_counts)
        from second in Gen.Elements(s_counts)
        from tail in Gen.Elements(s_tails)
        select $"{opener} {count} and {second}{tail}";

    private static Gen<string> Text => Gen.Choose(1, 4).SelectMany(n => Sentence.ListOf(n)).Select(s => string.Join(" ", s));

    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(60).WithReplay(new Replay(new Rnd(20261215UL), FSharpOption<int>.None));

    [Fact]
    public void Counts_SameWithSelectiveOrFullParse_AndNeverOverlap()
    {
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            Quantity[] selective = [.. TestPipeline.Annotate(text).Quantities];
            Quantity[] full = [.. s_full.Annotate(text).Quantities];
            full.Should().Equal(selective, "a sentence parsed alone gets the parse the whole pipeline gives it");
            for (int i = 0; i < selective.Length; i++)
            {
                selective[i].Span.End.Should().BeLessThanOrEqualTo(text.Length);
                selective[i].Span.Start.Should().BeLessThan(selective[i].Span.End);
                if (i > 0)
                {
                    selective[i].Span.Start.Should().BeGreaterThanOrEqualTo(selective[i - 1].Span.End, "counts do not overlap");
                }
            }
        }).Check(s_config);
    }
}
