namespace NewsExtract;

/// <summary>Options for <see cref="CorpusReport"/>. The limits bound the memory a report takes, whatever the input size.</summary>
public sealed class CorpusReportOptions
{
    private readonly int _top = 20;
    private readonly int _maxStatements = 2000;
    private readonly int _maxArticles = 2000;
    private readonly int _maxKeys = 50_000;

    /// <summary>Gets how many actors, sources and places the charts show. Default 20; 1 to 500.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int Top
    {
        get => _top;
        init => _top = Check(nameof(Top), value, 1, 500);
    }

    /// <summary>
    /// Gets how many statements the who-said-what table holds (the first ones read, in input order). Default 2,000;
    /// 0 to 1,000,000. The full table is what <c>newsextract export</c> writes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxStatements
    {
        get => _maxStatements;
        init => _maxStatements = Check(nameof(MaxStatements), value, 0, 1_000_000);
    }

    /// <summary>Gets how many articles the article table lists (the first ones read). Default 2,000; 0 to 1,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxArticles
    {
        get => _maxArticles;
        init => _maxArticles = Check(nameof(MaxArticles), value, 0, 1_000_000);
    }

    /// <summary>
    /// Gets how many distinct keys each counter (actors, sources, places) holds before it drops the least counted
    /// half. Default 50,000; 100 to 10,000,000. See the report's note on approximate counts.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxKeys
    {
        get => _maxKeys;
        init => _maxKeys = Check(nameof(MaxKeys), value, 100, 10_000_000);
    }

    /// <summary>
    /// Gets the link of an article, with <c>{id}</c> standing for its id (URL-escaped, <c>/</c> kept), for example
    /// <c>pages/{id}.html</c>. When <see langword="null"/> (the default) a statement links to the article's row in the
    /// report's own article table.
    /// </summary>
    public string? ArticleLink { get; init; }

    /// <summary>Gets the page title; "Corpus report" by default.</summary>
    public string? Title { get; init; }

    private static int Check(string name, int value, int min, int max) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, Errors.OptionOutOfRange(name, value));
}
