namespace NewsExtract;

/// <summary>A gazetteer or lexicon file is not in the expected format.</summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public LexiconFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, naming the file and line.</param>
    public LexiconFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
