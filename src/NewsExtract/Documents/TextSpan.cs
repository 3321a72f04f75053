namespace NewsExtract;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units into <see cref="NewsDocument.Text"/>.
/// </summary>
/// <remarks>
/// Offsets index the text exactly as decoded (UTF-8, byte-order mark removed, nothing else changed),
/// so <c>text[Start..End]</c> is always the annotated text. <see cref="End"/> is exclusive.
/// </remarks>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset one past the last UTF-16 code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Gets the number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Gets whether the span covers no text.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Returns whether this span and <paramref name="other"/> share at least one code unit.</summary>
    /// <param name="other">The span to compare with.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Returns whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when this span contains <paramref name="other"/>.</returns>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>Returns whether <paramref name="offset"/> lies inside this span.</summary>
    /// <param name="offset">A UTF-16 offset.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= offset &lt; End</c>.</returns>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Returns the characters of this span in <paramref name="text"/>.</summary>
    /// <param name="text">The document text the span indexes.</param>
    /// <returns>The slice <c>text[Start..End]</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    /// <summary>Returns the text of this span as a new string.</summary>
    /// <param name="text">The document text the span indexes.</param>
    /// <returns>The substring <c>text[Start..End]</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public string GetText(string text) => text.Substring(Start, End - Start);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}, {End})";
}
