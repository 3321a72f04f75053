using System.Globalization;
using System.Text;

namespace NewsExtract.Cli.Export;

/// <summary>
/// Writes a table as CSV (RFC 4180): a header row, comma-separated fields, a field in double quotes when it holds a
/// comma, a quote, a line break or leading/trailing space, quotes doubled; null as an empty field; UTF-8 without BOM,
/// <c>\n</c> line ends. Numbers use the invariant culture ("3.5"); booleans are <c>true</c>/<c>false</c>.
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private readonly StreamWriter _writer;

    public CsvTableWriter(string path, TableSpec table)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        WriteRow(table.Columns.Select(c => (object?)c.Name).ToArray());
    }

    public void Add(object?[] row) => WriteRow(row);

    public void Dispose() => _writer.Dispose();

    private void WriteRow(object?[] row)
    {
        for (int i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteField(_writer, row[i]);
        }

        _writer.Write('\n');
    }

    internal static void WriteField(TextWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                bool quote = s.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])));
                if (!quote)
                {
                    writer.Write(s);
                    return;
                }

                writer.Write('"');
                writer.Write(s.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
                return;
            case bool b:
                writer.Write(b ? "true" : "false");
                return;
            case double d:
                writer.Write(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case long n:
                writer.Write(n.ToString(CultureInfo.InvariantCulture));
                return;
            default:
                writer.Write(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }
}
