namespace NewsExtract;

/// <summary>How a statement is reported.</summary>
public enum AttributionKind : byte
{
    /// <summary>Words inside quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: "X said (that) …".</summary>
    Indirect,
    /// <summary>"according to X".</summary>
    AccordingTo,
    /// <summary>Reported speech that contains a partial quotation.</summary>
    Mixed,
}

/// <summary>What kind of source a statement has.</summary>
public enum SourceKind : byte
{
    /// <summary>A name: "Jeffrey".</summary>
    Named,
    /// <summary>A pronoun: "he".</summary>
    Pronoun,
    /// <summary>A description of an entity the article names: "the general".</summary>
    Nominal,
    /// <summary>An unnamed human source: "a US source", "Defense officials".</summary>
    Anonymous,
    /// <summary>A text: "the statement", "a Department of Defense report".</summary>
    Document,
}

/// <summary>Whether the source asserts, denies or hedges the statement.</summary>
public enum Stance : byte
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Denied: "denied a report that …".</summary>
    Denied,
    /// <summary>Hedged: "My suspicion would be …", "likely", "unclear".</summary>
    Hedged,
}

/// <summary>The source of a statement.</summary>
/// <param name="Span">The mention naming the speaker.</param>
/// <param name="Kind">What kind of mention it is.</param>
/// <param name="Key">The key of the entity it refers to, when the article names it; else <see langword="null"/>.</param>
public sealed record StatementSource(TextSpan Span, SourceKind Kind, string? Key)
{
    /// <summary>Gets a description of an anonymous source ("US defense official"), when the text gives one.</summary>
    public string? Description { get; init; }
}

/// <summary>A statement the text attributes to a source.</summary>
/// <param name="Kind">How it is reported.</param>
/// <param name="Source">Who said it, or <see langword="null"/> when the text gives no source.</param>
/// <param name="Cue">The verb or phrase that marks the attribution, or <see langword="null"/>.</param>
/// <param name="CueLemma">The cue's lemma ("say", "according to"), or <see langword="null"/>.</param>
/// <param name="Content">What was said.</param>
/// <param name="Stance">Asserted, denied or hedged.</param>
/// <param name="Rule">The name of the sieve that found it.</param>
public sealed record Attribution(
    AttributionKind Kind,
    StatementSource? Source,
    TextSpan? Cue,
    string? CueLemma,
    TextSpan Content,
    Stance Stance,
    string Rule);
