using System.Text.Json;

namespace NewsExtract;

/// <summary>Pieces every layer writer shares: a span as <c>start</c>, <c>end</c>, <c>text</c>, and streaming in chunks.</summary>
internal static class JsonSpans
{
    /// <summary>Writes <c>start</c>, <c>end</c> (UTF-16, end exclusive) and <c>text</c>, the slice of the article.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, string text, TextSpan span)
    {
        FlushIfLarge(writer);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", span.Slice(text));
    }

    /// <summary>
    /// Hands pending bytes to the writer's output every 64 KiB, so a writer over a stream never holds a large
    /// document's whole JSON in memory.
    /// </summary>
    public static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
    }
}

/// <summary>The names of an enum's values, made once, so that writing one allocates nothing.</summary>
internal static class EnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names.TryGetValue(value, out string? name) ? name : value.ToString();

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => v.ToString());
    }
}
