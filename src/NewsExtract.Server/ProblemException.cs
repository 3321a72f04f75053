namespace NewsExtract.Server;

/// <summary>
/// A request the service refuses, with the HTTP status to answer and the reason for the client. The service answers
/// it as a problem document (RFC 9457), never with a stack trace.
/// </summary>
internal sealed class ProblemException : Exception
{
    public ProblemException()
    {
    }

    public ProblemException(string message)
        : base(message)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public ProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public ProblemException(int status, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
    }

    /// <summary>Gets the HTTP status code to answer with.</summary>
    public int Status { get; } = StatusCodes.Status400BadRequest;
}
