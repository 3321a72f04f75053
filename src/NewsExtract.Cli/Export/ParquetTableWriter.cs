using Parquet;
using Parquet.Schema;

namespace NewsExtract.Cli.Export;

/// <summary>
/// Writes a table as a Parquet file with Parquet.Net: every column optional (nullable), strings as UTF-8, integers as
/// INT64, reals as DOUBLE, booleans as BOOLEAN. Rows are buffered and written as a row group every
/// <see cref="RowGroupSize"/> rows, so memory stays bounded however long the input.
/// </summary>
internal sealed class ParquetTableWriter : ITableWriter
{
    public const int RowGroupSize = 10_000;

    private readonly TableSpec _table;
    private readonly DataField[] _fields;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<object?[]> _rows = new(RowGroupSize);

    public ParquetTableWriter(string path, TableSpec table)
    {
        _table = table;
        _fields = table.Columns.Select(c => new DataField(c.Name, ClrType(c.Type), isNullable: true)).ToArray();
        _stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream).GetAwaiter().GetResult();
    }

    public void Add(object?[] row)
    {
        _rows.Add(row);
        if (_rows.Count >= RowGroupSize)
        {
            Flush();
        }
    }

    public void Dispose()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    private void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (ParquetRowGroupWriter group = _writer.CreateRowGroup())
        {
            for (int c = 0; c < _fields.Length; c++)
            {
                int column = c;
                Task write = _table.Columns[c].Type switch
                {
                    ColumnType.Text => group.WriteAsync(_fields[c], _rows.Select(r => (string?)r[column]).ToArray()),
                    ColumnType.Integer => group.WriteAsync<long>(_fields[c], _rows.Select(r => (long?)r[column]).ToArray().AsMemory()),
                    ColumnType.Real => group.WriteAsync<double>(_fields[c], _rows.Select(r => (double?)r[column]).ToArray().AsMemory()),
                    _ => group.WriteAsync<bool>(_fields[c], _rows.Select(r => (bool?)r[column]).ToArray().AsMemory()),
                };
                write.GetAwaiter().GetResult();
            }

            group.CompleteValidate();
        }

        _rows.Clear();
    }

    private static Type ClrType(ColumnType type) => type switch
    {
        ColumnType.Text => typeof(string),
        ColumnType.Integer => typeof(long),
        ColumnType.Real => typeof(double),
        _ => typeof(bool),
    };
}
