using System.Globalization;
using System.Text;

namespace NewsExtract;

/// <summary>
/// A corpus report: reads the JSON Lines that <c>newsextract batch</c> writes (one document, or one error, per line),
/// one line at a time, and writes one self-contained HTML page with totals, charts of the top actors and sources, a
/// time line, statements by source kind and stance, a map of places and a searchable who-said-what table.
/// </summary>
/// <remarks>
/// <para>
/// Memory is bounded by <see cref="CorpusReportOptions"/>, not by the input: the counters of actors, sources and places
/// hold at most <see cref="CorpusReportOptions.MaxKeys"/> keys each (dropping the least counted half when full, so
/// counts past that are approximate, and the page says by how much), and the tables hold their first rows only.
/// </para>
/// <para>
/// The page needs nothing outside itself (inline style sheet, inline SVG, one small inline script, no URL) and every
/// string from the input is HTML-escaped and isolated for bidirectional text. Output is deterministic.
/// </para>
/// </remarks>
public sealed class CorpusReport
{
    private readonly CorpusTally _tally;

    /// <summary>Creates an empty report.</summary>
    /// <param name="options">The limits and links, or <see langword="null"/> for the defaults.</param>
    public CorpusReport(CorpusReportOptions? options = null)
    {
        Options = options ?? new CorpusReportOptions();
        _tally = new CorpusTally(Options);
    }

    /// <summary>Gets the options the report was made with.</summary>
    public CorpusReportOptions Options { get; }

    /// <summary>Gets the number of documents read (error lines excluded).</summary>
    public long Articles => _tally.Articles;

    /// <summary>Gets the number of error lines read (files the batch could not process).</summary>
    public long Failed => _tally.Failed;

    /// <summary>Gets the number of lines that were not a JSON object with an id; they are skipped.</summary>
    public long Unreadable => _tally.Unreadable;

    /// <summary>Gets the number of statements read.</summary>
    public long Statements => _tally.StatementCount;

    /// <summary>Gets the number of entity mentions read.</summary>
    public long EntityMentions => _tally.EntityMentions;

    internal CorpusTally Tally => _tally;

    /// <summary>Counts one line of batch output. Blank lines are ignored; a line that is not a document is counted as unreadable.</summary>
    /// <param name="line">The line, without its line end.</param>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public void AddLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _tally.AddLine(line, "line " + (_tally.Articles + _tally.Failed + _tally.Unreadable + 1).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Counts every line of a reader, streaming (one line in memory at a time).</summary>
    /// <param name="reader">The JSON Lines.</param>
    /// <param name="name">The input's name, used in the message about the first unreadable line.</param>
    /// <param name="cancellationToken">Stops between lines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The reader fails.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void AddLines(TextReader reader, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        long number = 0;
        while (reader.ReadLine() is string line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            _tally.AddLine(line, name + ":" + number.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes the report page.</summary>
    /// <param name="writer">Where to write; give it UTF-8 encoding when it writes bytes (the page declares UTF-8).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The writer fails.</exception>
    public void WriteHtml(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ReportPage.Write(writer, _tally, Options);
    }

    /// <summary>Renders the report page as a string.</summary>
    /// <returns>A complete HTML document.</returns>
    public string RenderHtml()
    {
        using var writer = new StringWriter(new StringBuilder(256 * 1024), CultureInfo.InvariantCulture);
        WriteHtml(writer);
        return writer.ToString();
    }
}
