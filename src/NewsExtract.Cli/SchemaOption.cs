using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary><c>--schema 1|2</c>: the output schema of <c>annotate</c> and <c>batch</c> (docs/output-format.md).</summary>
internal static class SchemaOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--schema")
        {
            Description = "Output schema: 2 (the default: an entity table, mentions refer to it by index) or 1 (the shape of the gold files, every mention carrying its entity).",
            DefaultValueFactory = _ => "2",
        };
        option.AcceptOnlyFromAmong("1", "2");
        return option;
    }

    /// <summary>The schema a parsed value names (only "1" or "2" get past the parser).</summary>
    public static JsonOutputSchema Of(string? value) => value == "1" ? JsonOutputSchema.V1 : JsonOutputSchema.V2;
}
