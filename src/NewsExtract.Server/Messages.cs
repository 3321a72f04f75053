using System.Globalization;

namespace NewsExtract.Server;

/// <summary>Every message the service sends or logs, in one place.</summary>
internal static class Messages
{
    public static string OptionEmpty(string name) => F("Option '{0}' cannot be empty.", name);

    public static string OptionNotPositive(string name) => F("Option '{0}' must be positive.", name);

    public static string OptionNegative(string name) => F("Option '{0}' cannot be negative.", name);

    public static string TooLarge(long max) => F("The request body is larger than the limit of {0} bytes.", max);

    public static string LineTooLarge(int line, long max) => F("Line {0} is larger than the limit of {1} bytes.", line, max);

    public static string NotUtf8(string what) => F("The {0} is not valid UTF-8.", what);

    public static string BadJson(string reason) => F("The request body is not valid JSON: {0}", reason);

    public static string JsonNotObject => "The request body must be a JSON object with a \"text\" string.";

    public static string JsonNoText => "The JSON object has no \"text\" string.";

    public static string JsonWrongType(string property, string expected) => F("\"{0}\" must be {1}.", property, expected);

    public static string BadDate(string value) => F("The date must be YYYY-MM-DD, not '{0}'.", value);

    public static string BadLayer(string value) => F("Unknown layer '{0}' in include (tokens, sentences, zones, paragraphs, quotes).", value);

    public static string BadBoolean(string name, string value) => F("The query parameter '{0}' must be true or false, not '{1}'.", name, value);

    public static string UnsupportedMediaType(string? contentType, string accepted) =>
        F("The content type '{0}' is not accepted here; send {1}.", contentType ?? "(none)", accepted);

    public static string Binary => "The request body contains NUL bytes: it looks like a binary file, not text.";

    public static string TooManyRequests(int seconds) => F("The service is busy; try again in {0} second(s).", seconds);

    public static string Timeout(TimeSpan timeout) => F("The request took longer than the limit of {0} seconds.", timeout.TotalSeconds);

    public static string Internal => "The service failed to process the request. The failure is in the service's log.";

    public static string EmptyError(int status, string? path, string? contentType) => status switch
    {
        StatusCodes.Status404NotFound => F("Nothing is served at '{0}'. See /openapi/v1.json for the API.", path),
        StatusCodes.Status405MethodNotAllowed => F("'{0}' does not take this method. See /openapi/v1.json for the API.", path),
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(contentType, "text/plain or application/json (application/x-ndjson to /v1/batch), in UTF-8"),
        _ => F("The request to '{0}' failed with status {1}. See /openapi/v1.json for the API.", path, status),
    };

    public static string Unhandled(string method, string path) => F("Request {0} {1} failed.", method, path);

    private static string F(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
