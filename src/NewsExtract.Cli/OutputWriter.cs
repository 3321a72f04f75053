namespace NewsExtract.Cli;

/// <summary>Standard output could not be written (a full disk, <c>/dev/full</c>, a closed pipe).</summary>
internal sealed class OutputWriteException(string message, Exception inner) : IOException(message, inner);

/// <summary>
/// Wraps standard output so that a failed write becomes an <see cref="OutputWriteException"/>, which the command line
/// reports in one line with exit code 3 instead of a stack trace.
/// </summary>
internal sealed class OutputWriter(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    /// <summary>Gets whether this wraps the process's own standard output, whose bytes can then be written directly.</summary>
    public bool IsConsole => ReferenceEquals(inner, Console.Out);

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the inner writer handles it.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    public override string ToString() => inner.ToString() ?? "";

    /// <summary>Runs a write to standard output, turning its failure into an <see cref="OutputWriteException"/>.</summary>
    public static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when ((ex is IOException && ex is not OutputWriteException) || ex is ArgumentOutOfRangeException)
        {
            // ArgumentOutOfRangeException is how .NET reports EFBIG (standard output redirected past a size limit).
            throw new OutputWriteException(Messages.CannotWrite("standard output", ex.Message), ex);
        }
    }
}
