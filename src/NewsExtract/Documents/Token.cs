using System.Runtime.InteropServices;

namespace NewsExtract;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (and digits mixed with letters), including internal apostrophes: <c>Kata'ib</c>, <c>IRGC</c>, <c>U.S.</c>.</summary>
    Word,
    /// <summary>A number in digits with separators and decimals: <c>2,500</c>, <c>1.5</c>, <c>2020</c>, <c>1990s</c>, <c>10:30</c>.</summary>
    Number,
    /// <summary>An ordinal in digits: <c>11th</c>, <c>3rd</c>.</summary>
    Ordinal,
    /// <summary>A clitic split from its host word: possessive <c>'s</c> / <c>’s</c>, or <c>'ve</c>, <c>'ll</c>, <c>'re</c>, <c>'d</c>, <c>n't</c>.</summary>
    Clitic,
    /// <summary>Punctuation: <c>. , ; : ! ? ( ) [ ]</c>, hyphens, dashes, ellipses.</summary>
    Punctuation,
    /// <summary>A quotation mark: <c>" “ ” ‘ ’ ' « »</c>; see <see cref="TokenTraits.OpenQuote"/> and <see cref="TokenTraits.CloseQuote"/>.</summary>
    Quote,
    /// <summary>A list bullet such as <c>•</c>.</summary>
    Bullet,
    /// <summary>A footnote marker: <c>[1]</c>, <c>[10]</c>.</summary>
    Footnote,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag (<c>#Iraq</c>) or handle (<c>@CENTCOM</c>).</summary>
    Hashtag,
    /// <summary>Any other symbol: <c>$ % © +</c>, emoji, the replacement character U+FFFD.</summary>
    Symbol,
}

/// <summary>Facts about a token and the text just before it.</summary>
[Flags]
public enum TokenTraits : byte
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 1,
    /// <summary>Every letter is upper case and there are at least two letters: <c>KH</c>, <c>CENTCOM</c>, <c>U.S.</c>.</summary>
    AllCaps = 2,
    /// <summary>White space separates this token from the previous one.</summary>
    SpaceBefore = 4,
    /// <summary>A line break separates this token from the previous one.</summary>
    LineBreakBefore = 8,
    /// <summary>A blank line separates this token from the previous one (a new paragraph starts here).</summary>
    ParagraphBefore = 16,
    /// <summary>A quotation mark that opens a quote.</summary>
    OpenQuote = 32,
    /// <summary>A quotation mark that closes a quote.</summary>
    CloseQuote = 64,
    /// <summary>A word whose final period belongs to it: an abbreviation or initial (<c>Gen.</c>, <c>U.S.</c>, <c>J.</c>).</summary>
    Abbreviation = 128,
}

/// <summary>
/// One token: a span of the document text with its kind and flags. Eight bytes, so a document's tokens are
/// one compact array.
/// </summary>
/// <remarks>
/// A token never contains white space. Runs longer than <see cref="MaxLength"/> code units are cut into several
/// tokens so that a pathological input (a 100,000-character "word") still tokenizes in linear time.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly struct Token : IEquatable<Token>
{
    /// <summary>The longest token, in UTF-16 code units.</summary>
    public const int MaxLength = ushort.MaxValue;

    private readonly int _start;
    private readonly ushort _length;
    private readonly TokenKind _kind;
    private readonly TokenTraits _flags;

    /// <summary>Creates a token.</summary>
    /// <param name="start">Offset of the first code unit.</param>
    /// <param name="length">Length in code units, 1 to <see cref="MaxLength"/>.</param>
    /// <param name="kind">The token's kind.</param>
    /// <param name="flags">The token's traits.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="length"/> is out of range.</exception>
    public Token(int start, int length, TokenKind kind, TokenTraits flags)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        _start = start;
        _length = (ushort)length;
        _kind = kind;
        _flags = flags;
    }

    /// <summary>Gets the offset of the first code unit.</summary>
    public int Start => _start;

    /// <summary>Gets the offset one past the last code unit.</summary>
    public int End => _start + _length;

    /// <summary>Gets the length in code units.</summary>
    public int Length => _length;

    /// <summary>Gets the span of the token.</summary>
    public TextSpan Span => new(_start, _start + _length);

    /// <summary>Gets the kind of token.</summary>
    public TokenKind Kind => _kind;

    /// <summary>Gets the token's flags.</summary>
    public TokenTraits Flags => _flags;

    /// <summary>Returns whether all of <paramref name="flags"/> are set.</summary>
    /// <param name="flags">Flags to test.</param>
    /// <returns><see langword="true"/> when every flag given is set.</returns>
    public bool Has(TokenTraits flags) => (_flags & flags) == flags;

    /// <summary>Returns the token's characters in <paramref name="text"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The token's slice of the text.</returns>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(_start, _length);

    /// <inheritdoc/>
    public bool Equals(Token other) =>
        _start == other._start && _length == other._length && _kind == other._kind && _flags == other._flags;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_start, _length, _kind, _flags);

    /// <summary>Compares two tokens for equality.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens for inequality.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{_kind} [{_start}, {End}) {_flags}";
}
