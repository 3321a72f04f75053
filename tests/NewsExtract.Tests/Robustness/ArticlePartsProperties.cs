using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// Random articles built from parts a news article is made of (a headline, a dateline, sentences with names, counts,
/// dates and quotes, bullets, captions, boilerplate, odd white space and invisible characters): every span indexes
/// the text, every layer is in reading order, and the output is the same every time and whatever else is annotated
/// in between.
/// </summary>
public class ArticlePartsProperties
{
    private static readonly string[] s_names = ["Kataib Hezbollah", "the Pentagon", "Mark Esper", "Iraq", "Kata\u200Bib Hez\u00ADbollah", "Irbil", "US forces", "a senior official", "Zephyr Front"];

    private static readonly string[] s_cues = ["said", "told reporters", "claimed", "denied", "added", "wrote", "according to"];

    private static readonly string[] s_counts = ["two rockets", "at least 38 attacks", "dozens of drones", "5,000 to 7,000 troops", "one", "1,000,000 shells"];

    private static readonly string[] s_dates = ["on Monday", "last month", "January 3, 2020", "two weeks ago", "since October 17", "in 2019", "yesterday"];

    private static readonly string[] s_gaps = [" ", "  ", "\u00A0", " \u200B", "\t", " \u202A", "\u2003"];

    private static readonly string[] s_breaks = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\u2029"];

    private static Gen<string> Part(string[] options) => Gen.Elements(options);

    private static Gen<string> Sentence =>
        from name in Part(s_names)
        from cue in Part(s_cues)
        from count in Part(s_counts)
        from date in Part(s_dates)
        from gap in Part(s_gaps)
        from shape in Gen.Choose(0, 5)
        select shape switch
        {
            0 => $"{name}{gap}{cue} {count} hit the base {date}.",
            1 => $"\u201C{char.ToUpperInvariant(count[0])}{count[1..]} hit us {date},\u201D {name} {cue}.",
            2 => $"\"We will respond,\" {cue} {name}{gap}{date}.",
            3 => $"{char.ToUpperInvariant(date[0])}{date[1..]}, {count} struck, according to {name}.",
            4 => $"{name} ({count}) {cue} nothing{gap}[1]",
            _ => $"\u2022 {count} {date}",
        };

    private static Gen<string> Paragraph =>
        from sentences in Gen.Choose(1, 4).SelectMany(n => Sentence.ListOf(n))
        from gap in Part(s_gaps)
        select string.Join(gap, sentences);

    private static Gen<string> Article =>
        from headline in Part(["Rockets hit base", "MILITIA CLAIMS ATTACK", "", "Drones over Irbil \u2014 live"])
        from dateline in Part(["BAGHDAD (Reuters) - ", "IRBIL, Iraq, Jan. 5 \u2014 ", "", "By Jane Roe\n"])
        from paragraphs in Gen.Choose(1, 6).SelectMany(n => Paragraph.ListOf(n))
        from separator in Part(s_breaks)
        from tail in Part(["", "\n\nPhoto: AP", "\n\n\u00A9 2020 Reuters. All rights reserved.", "\n\n[1] See the report."])
        select headline + (headline.Length > 0 ? "\n\n" : "") + dateline + string.Join(separator, paragraphs) + tail;

    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(150).WithReplay(new Replay(new Rnd(20261207UL), FSharpOption<int>.None));

    [Fact]
    public void RandomArticle_EverySpanIndexesTheTextAndLayersAreInOrder()
    {
        Prop.ForAll(Article.ToArbitrary(), text =>
        {
            NewsDocument doc = TestPipeline.Annotate(text, new DateOnly(2020, 1, 23)); // Invariants.Check runs inside
            doc.Text.Should().Be(text);
            foreach (Attribution a in doc.Attributions)
            {
                a.Content.End.Should().BeLessThanOrEqualTo(text.Length);
            }

            doc.Attributions.Select(a => a.Content.Start).Should().BeInAscendingOrder("statements are in reading order");
            doc.Quantities.Select(q => q.Span.Start).Should().BeInAscendingOrder();
            doc.Dates.Select(d => d.Span.Start).Should().BeInAscendingOrder();
        }).Check(s_config);
    }

    [Fact]
    public void RandomArticle_IsDeterministicAndIndependentOfOtherWork()
    {
        Prop.ForAll(Article.ToArbitrary(), Article.ToArbitrary(), (text, other) =>
        {
            string first = NewsDocumentJson.Serialize(TestPipeline.Extractor.Annotate(text, new DateOnly(2020, 1, 23)));
            TestPipeline.Extractor.Annotate(other, new DateOnly(2021, 6, 1)); // nothing carries over between documents
            string second = NewsDocumentJson.Serialize(TestPipeline.Extractor.Annotate(text, new DateOnly(2020, 1, 23)));
            second.Should().Be(first);
        }).Check(s_config);
    }
}
