namespace NewsExtract;

/// <summary>How a count's number is qualified.</summary>
public enum QuantityQualifier : byte
{
    /// <summary>The number as stated.</summary>
    Exact,
    /// <summary>"at least 38".</summary>
    AtLeast,
    /// <summary>"more than 38", "over 38".</summary>
    MoreThan,
    /// <summary>"about", "approximately", "an estimated".</summary>
    About,
    /// <summary>"up to", "as many as".</summary>
    UpTo,
    /// <summary>"less than", "fewer than".</summary>
    LessThan,
    /// <summary>"5,000 to 7,000", "between 5,000 and 7,000".</summary>
    Range,
    /// <summary>"30-plus".</summary>
    Plus,
}

/// <summary>What a count counts.</summary>
public enum QuantityCategory : byte
{
    /// <summary>Anything else.</summary>
    Other,
    /// <summary>Attacks, strikes, incidents.</summary>
    Attacks,
    /// <summary>Rockets, drones, missiles.</summary>
    Munitions,
    /// <summary>Troops, soldiers, fighters.</summary>
    Personnel,
    /// <summary>People killed.</summary>
    Killed,
    /// <summary>People injured.</summary>
    Injured,
    /// <summary>Demonstrators, civilians, people.</summary>
    People,
    /// <summary>Bases, facilities.</summary>
    Facilities,
    /// <summary>Vehicles, trucks.</summary>
    Vehicles,
}

/// <summary>A count of things: a number with what it counts.</summary>
/// <param name="Span">From the first qualifier or numeral through the counted head noun.</param>
/// <param name="Value">The first number stated (24 for "dozens").</param>
/// <param name="Max">The upper end of a range, else <see langword="null"/>.</param>
/// <param name="Qualifier">How the number is qualified.</param>
/// <param name="Noun">The counted head noun as a singular lower-case lemma, or <see langword="null"/> when unknown.</param>
/// <param name="Category">What kind of thing is counted.</param>
public sealed record Quantity(TextSpan Span, double Value, double? Max, QuantityQualifier Qualifier, string? Noun, QuantityCategory Category);

/// <summary>Granularity of a resolved date.</summary>
public enum DateGranularity : byte
{
    /// <summary>A day.</summary>
    Day,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A year.</summary>
    Year,
}

/// <summary>A date or period mentioned in the text.</summary>
/// <param name="Span">The date expression.</param>
/// <param name="From">First day of the date or period; <see langword="null"/> when it cannot be resolved.</param>
/// <param name="To">Last day of the period (equal to <paramref name="From"/> for a single day).</param>
/// <param name="Granularity">The precision of the expression.</param>
/// <param name="Relative">Whether the value was resolved against the publication date.</param>
public sealed record DateMention(TextSpan Span, DateOnly? From, DateOnly? To, DateGranularity Granularity, bool Relative)
{
    /// <summary>Gets the ISO value: <c>2020-01-03</c>, <c>2020-01</c>, <c>2020</c>, an interval <c>2020-01-01/2020-01-31</c>, or <see langword="null"/>.</summary>
    public string? Value => DateValueFormatter.Format(From, To, Granularity);
}
