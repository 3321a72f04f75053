using System.Globalization;
using System.Text;

namespace NewsExtract.Lexicons;

/// <summary>
/// A tab-separated data file with a header line: the one format every gazetteer and lexicon uses.
/// </summary>
/// <remarks>
/// Lines starting with <c>#</c> and blank lines are skipped. Fields may use <c>\uXXXX</c> escapes for characters that
/// are awkward to type (U+00A0, U+00A9). Missing trailing fields read as empty strings.
/// </remarks>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string name, string[] header, List<string[]> rows, List<int> lines)
    {
        Name = name;
        Header = header;
        Rows = rows;
        Lines = lines;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            _columns[header[i]] = i;
        }
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Gets the line number (from 1) of each row, for error messages.</summary>
    public IReadOnlyList<int> Lines { get; }

    public int Column(string name) =>
        _columns.TryGetValue(name, out int index)
            ? index
            : throw new LexiconFormatException(Errors.LexiconMissingColumn(Name, name));

    public int OptionalColumn(string name) => _columns.TryGetValue(name, out int index) ? index : -1;

    public static string Field(string[] row, int column) => column >= 0 && column < row.Length ? row[column] : string.Empty;

    public static TsvTable Parse(string name, TextReader reader)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        var lines = new List<int>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = Unescape(fields[i].Trim());
            }

            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length > header.Length)
            {
                throw new LexiconFormatException(Errors.LexiconTooManyFields(name, lineNumber, fields.Length, header.Length));
            }

            rows.Add(fields);
            lines.Add(lineNumber);
        }

        return header is null
            ? throw new LexiconFormatException(Errors.LexiconNoHeader(name))
            : new TsvTable(name, header, rows, lines);
    }

    private static string Unescape(string field)
    {
        if (!field.Contains("\\u", StringComparison.Ordinal))
        {
            return field;
        }

        var sb = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 5 < field.Length && field[i + 1] == 'u'
                && int.TryParse(field.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
            {
                sb.Append((char)code);
                i += 5;
            }
            else
            {
                sb.Append(field[i]);
            }
        }

        return sb.ToString();
    }
}
