namespace NewsExtract.Syntax;

/// <summary>Which sentences of a document have been parsed so far, and the buffers to parse the next one with.</summary>
internal sealed class SyntaxCoverage
{
    private bool[] _parsed = [];
    private bool _all;
    private SentenceAnalysis? _scratch;

    /// <summary>Gets the buffers for analysing one sentence (made once per document, at the first parse).</summary>
    public SentenceAnalysis Scratch => _scratch ??= new SentenceAnalysis();

    /// <summary>Gets whether some sentence has been parsed.</summary>
    public bool Any { get; private set; }

    public bool IsParsed(int sentence) => _all || (sentence < _parsed.Length && _parsed[sentence]);

    public void MarkParsed(int sentence)
    {
        if (sentence >= _parsed.Length)
        {
            Array.Resize(ref _parsed, Math.Max(sentence + 1, _parsed.Length * 2));
        }

        _parsed[sentence] = true;
        Any = true;
    }

    /// <summary>Records that the syntax layer parsed every sentence.</summary>
    public void MarkAll()
    {
        _all = true;
        Any = true;
    }
}
