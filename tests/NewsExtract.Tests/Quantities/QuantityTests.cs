using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Quantities;

public class QuantityTests
{
    private static Quantity[] Counts(string text) => TestPipeline.Annotate(text).Quantities.ToArray();

    public static TheoryData<string, string, double, double?, QuantityQualifier, string, QuantityCategory> Cases => new()
    {
        { "Militias have attacked the bases at least 38 times since October.", "at least 38 times", 38, null, QuantityQualifier.AtLeast, "attack", QuantityCategory.Attacks },
        { "The U.S. has 2,500 troops in the country.", "2,500 troops", 2500, null, QuantityQualifier.Exact, "troop", QuantityCategory.Personnel },
        { "Officials are considering sending 5,000 to 7,000 troops.", "5,000 to 7,000 troops", 5000, 7000, QuantityQualifier.Range, "troop", QuantityCategory.Personnel },
        { "They sent 5,000-7,000 troops.", "5,000-7,000 troops", 5000, 7000, QuantityQualifier.Range, "troop", QuantityCategory.Personnel },
        { "The plan moves between 300 and 400 soldiers.", "between 300 and 400 soldiers", 300, 400, QuantityQualifier.Range, "soldier", QuantityCategory.Personnel },
        { "The blast killed one Iraqi soldier and wounded others.", "one Iraqi soldier", 1, null, QuantityQualifier.Exact, "soldier", QuantityCategory.Killed },
        { "The protests have left at least 460 people dead.", "at least 460 people", 460, null, QuantityQualifier.AtLeast, "person", QuantityCategory.Killed },
        { "The attacks caused 14 minor injuries.", "14 minor injuries", 14, null, QuantityQualifier.Exact, "injury", QuantityCategory.Injured },
        { "They fired 30-plus rocket attacks last year.", "30-plus rocket attacks", 30, null, QuantityQualifier.Plus, "attack", QuantityCategory.Attacks },
        { "A 14,000-strong deployment was discussed.", "14,000-strong deployment", 14000, null, QuantityQualifier.Exact, "troop", QuantityCategory.Personnel },
        { "Approximately 1,200 additional troops have deployed.", "Approximately 1,200 additional troops", 1200, null, QuantityQualifier.About, "troop", QuantityCategory.Personnel },
        { "Militants launched dozens of rockets overnight.", "dozens of rockets", 24, null, QuantityQualifier.Exact, "rocket", QuantityCategory.Munitions },
        { "Hundreds of demonstrators gathered.", "Hundreds of demonstrators", 200, null, QuantityQualifier.Exact, "demonstrator", QuantityCategory.People },
        { "The group fired twenty-one drones.", "twenty-one drones", 21, null, QuantityQualifier.Exact, "drone", QuantityCategory.Munitions },
        { "A dozen vehicles were hit.", "A dozen vehicles", 12, null, QuantityQualifier.Exact, "vehicle", QuantityCategory.Vehicles },
        { "They moved two dozen trucks.", "two dozen trucks", 24, null, QuantityQualifier.Exact, "truck", QuantityCategory.Vehicles },
        { "Some 1.2 million people fled.", "Some 1.2 million people", 1_200_000, null, QuantityQualifier.About, "person", QuantityCategory.People },
        { "An estimated 200,000 demonstrators rallied.", "An estimated 200,000 demonstrators", 200_000, null, QuantityQualifier.About, "demonstrator", QuantityCategory.People },
        { "More than 60 civilians were hurt.", "More than 60 civilians", 60, null, QuantityQualifier.MoreThan, "civilian", QuantityCategory.People },
        { "Tens of thousands of protesters marched.", "Tens of thousands of protesters", 20_000, null, QuantityQualifier.Exact, "protester", QuantityCategory.People },
        { "They launched two Iranian long-range missile strikes on the base.", "two Iranian long-range missile strikes", 2, null, QuantityQualifier.Exact, "strike", QuantityCategory.Attacks },

        // Nouns outside countlemmas.tsv: a plain plural noun (the last of a compound), a singular one only after "one".
        { "Police detained two suspects near the border.", "two suspects", 2, null, QuantityQualifier.Exact, "suspect", QuantityCategory.Other },
        { "Jets struck two weapons depots overnight.", "two weapons depots", 2, null, QuantityQualifier.Exact, "depot", QuantityCategory.Other },
        { "The truck carried 20 steel tubes.", "20 steel tubes", 20, null, QuantityQualifier.Exact, "tube", QuantityCategory.Other },
        { "They came for one reason only.", "one reason", 1, null, QuantityQualifier.Exact, "reason", QuantityCategory.Other },
        { "The talks named three new priorities.", "three new priorities", 3, null, QuantityQualifier.Exact, "priority", QuantityCategory.Other },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_IsFoundWithValueQualifierNounAndCategory(string text, string span, double value, double? max, QuantityQualifier qualifier, string noun, QuantityCategory category)
    {
        Quantity q = Counts(text).Should().ContainSingle().Subject;
        int start = text.IndexOf(span, StringComparison.Ordinal);
        q.Span.Should().Be(new TextSpan(start, start + span.Length));
        text[q.Span.Start..q.Span.End].Should().Be(span);
        q.Value.Should().Be(value);
        q.Max.Should().Be(max);
        q.Qualifier.Should().Be(qualifier);
        q.Noun.Should().Be(noun);
        q.Category.Should().Be(category);
    }

    [Theory]
    [InlineData("The June 18 rocket attack hit the embassy.")]
    [InlineData("The strike on January 3, 2020 killed him.")]
    [InlineData("In 2011 the troops left.")]
    [InlineData("It was the fifth attack in a ten-day period.")]
    [InlineData("It came after a three month lull.")]
    [InlineData("He was in office for six weeks.")]
    [InlineData("Prices rose 5 percent and 7% in March.")]
    [InlineData("The aid was worth $5 million.")]
    [InlineData("The No. 2 official resigned.")]
    [InlineData("Attacks rose sharply. [10]")]
    [InlineData("Several rockets and many drones were fired.")]
    [InlineData("Of the five, one targeted the airport.")]
    [InlineData("The meeting began at 10:30 in Baghdad.")]
    [InlineData("They waited 40 minutes, then five hours more.")]
    [InlineData("The convoy drove 30 miles in one day.")]
    [InlineData("It happened one more time.")]
    public void NotACount(string text)
    {
        Counts(text).Should().BeEmpty();
    }

    [Fact]
    public void Times_WithoutAttacksInTheSentence_IsNotACount()
    {
        Counts("The budget grew three times over the decade.").Should().BeEmpty();
    }
}
