using System.Globalization;

namespace NewsExtract;

/// <summary>Every message the library puts in an exception, in one place.</summary>
internal static class Errors
{
    private static string F(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    public static string LexiconMissingColumn(string file, string column) => F("Data file '{0}' has no column '{1}' in its header.", file, column);

    public static string LexiconTooManyFields(string file, int line, int count, int expected) =>
        F("Data file '{0}', line {1}: {2} fields, but the header has {3}.", file, line, count, expected);

    public static string Where(string file, int line) => F("'{0}', line {1}", file, line);

    public static string LexiconTooFewFields(string file, int line, int count, int expected) =>
        F("Data file '{0}', line {1}: {2} fields, but the header has {3} (key, type and name are required; separate columns with tabs).", file, line, count, expected);

    public static string LexiconBadValueAt(string file, int line, string column, string value, string allowed) =>
        F("Data file '{0}', line {1}: '{2}' is not a valid {3} (one of {4}).", file, line, value, column, allowed);

    public static string LexiconEmptyField(string file, int line, string column) => F("Data file '{0}', line {1}: the {2} is empty.", file, line, column);

    public static string GazetteerEntryInvalid(string where, string problem) => F("Gazetteer entry at {0} {1}.", where, problem);

    public static string GazetteerKeyTypes(string key, string first, string firstType, string second, string secondType) =>
        F("Gazetteer key '{0}' has two types: {1} at {2}, {3} at {4}. One key is one entity; give one of them another key.", key, firstType, first, secondType, second);

    public static string LexiconNoHeader(string file) => F("Data file '{0}' has no header line.", file);

    public static string LexiconBadValue(string file, string column, string value) =>
        F("Data file '{0}': '{1}' is not a valid {2}.", file, value, column);

    public static string ResourceMissing(string name) => F("Embedded data file '{0}' is missing from the assembly.", name);

    public static string NotUtf8(string name, long offset) =>
        F("'{0}' is not valid UTF-8 text: the bytes at offset {1:N0} are not UTF-8 (save it as UTF-8, or as UTF-16 with a byte-order mark).", name, offset);

    public static string NotValidIn(string name, string encoding, long offset) =>
        F("'{0}' starts with a {1} byte-order mark but is not valid {1}: the bytes near offset {2:N0} are not.", name, encoding, offset);

    public static string NotRegular(string name, string kind) => F("'{0}' is {1}, not a regular file; it was not read.", name, kind);

    public static string Binary(string name) => F("'{0}' looks like a binary file (it contains NUL bytes), not text.", name);

    public static string TooLarge(string name, long size, long max) =>
        F("'{0}' is {1:N0} bytes, over the limit of {2:N0} bytes.", name, size, max);

    public static string PipelineOrder(string annotator, string layer) =>
        F("Annotator '{0}' requires layer '{1}', which no earlier annotator produces.", annotator, layer);

    public static string NoDirectory(string path) => F("Folder '{0}' does not exist.", path);

    public static string CannotList(string path, string reason) => F("Cannot list folder '{0}': {1}", path, reason);

    public static string BadPattern(string pattern, string problem) => F("Pattern '{0}' {1}.", pattern, problem);

    public static string OptionOutOfRange(string name, object value) => F("Option '{0}' cannot be {1}.", name, value);

    public static string ModelNotAModel(string name) => F("'{0}' is not a NewsExtract model file.", name);

    public static string ModelVersion(string name, string what, int found, int expected) =>
        F("Model '{0}' has {1} version {2}; this library reads version {3}. Retrain it with tools/NewsExtract.Training.", name, what, found, expected);

    public static string ModelKind(string name, string found, string expected) => F("Model '{0}' is a {1} model, not a {2} model.", name, found, expected);

    public static string ModelCorrupt(string name) => F("Model '{0}' is corrupt (checksum or length does not match).", name);

    public static string ConlluBadLine(string file, int line, string reason) => F("{0}:{1}: not a CoNLL-U token line: {2}.", file, line, reason);

    public const string NoSyntaxLayer = "The document has no syntax layer: annotate it with NewsExtractorOptions.Syntax set to Tags or Full.";
}
