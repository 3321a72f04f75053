using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsExtract;

/// <summary>Optional layers to add to the JSON output.</summary>
[Flags]
public enum JsonLayers
{
    /// <summary>Only the gold-shape layers (entities, quantities, dates, attributions).</summary>
    None = 0,
    /// <summary>Tokens as <c>{start, end, kind}</c>.</summary>
    Tokens = 1,
    /// <summary>Sentences as <c>{start, end, kind}</c>, kind being the zone.</summary>
    Sentences = 2,
    /// <summary>Zones as <c>{start, end, kind}</c>.</summary>
    Zones = 4,
    /// <summary>Paragraphs as <c>{start, end}</c>.</summary>
    Paragraphs = 8,
    /// <summary>Quotations as <c>{start, end, text, closed}</c>.</summary>
    Quotes = 16,
    /// <summary>
    /// Syntax per token as <c>{start, end, text, upos, xpos, lemma, feats, head, deprel}</c>, <c>head</c> being the index of
    /// the head token in this array (-1 for a sentence root); needs <see cref="NewsExtractorOptions.Syntax"/>.
    /// </summary>
    Syntax = 32,
}

/// <summary>
/// Writes a <see cref="NewsDocument"/> as JSON in the shape of the gold files
/// (<c>id</c>, <c>published</c>, <c>entities</c>, <c>quantities</c>, <c>dates</c>, <c>attributions</c>), documented in
/// <c>docs/output-format.md</c>. Every span is written as <c>start</c>, <c>end</c> (UTF-16, end exclusive) and <c>text</c>.
/// </summary>
public static class NewsDocumentJson
{
    private static readonly JsonWriterOptions s_indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions s_compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes a document to a JSON string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layers">Extra layers to include.</param>
    /// <param name="indented">Whether to indent (one line per value) or write one compact line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Serialize(NewsDocument document, JsonLayers layers = JsonLayers.None, bool indented = true) =>
        Serialize(document, layers, indented, JsonOutputSchema.V1);

    /// <summary>Serializes a document to a JSON string in the given output schema.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layers">Extra layers to include.</param>
    /// <param name="indented">Whether to indent (one line per value) or write one compact line.</param>
    /// <param name="schema">The output schema: <see cref="JsonOutputSchema.V1"/> (the gold shape) or <see cref="JsonOutputSchema.V2"/> (an entity table).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Serialize(NewsDocument document, JsonLayers layers, bool indented, JsonOutputSchema schema)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, document.Text.Length * 2));
        using (var writer = new Utf8JsonWriter(buffer, indented ? s_indented : s_compact))
        {
            Write(writer, document, layers, schema);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a document as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    /// <param name="layers">Extra layers to include.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, NewsDocument document, JsonLayers layers = JsonLayers.None) =>
        Write(writer, document, layers, JsonOutputSchema.V1);

    /// <summary>Writes a document as one JSON object in the given output schema.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    /// <param name="layers">Extra layers to include.</param>
    /// <param name="schema">The output schema.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, NewsDocument document, JsonLayers layers, JsonOutputSchema schema)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        WriteProperties(writer, document, layers, schema);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a document's properties (<c>id</c>, <c>published</c>, the layers) into an object the caller has started
    /// and will end, so that the caller can add properties of its own: <c>newsextract batch</c> adds the file's hash.
    /// </summary>
    /// <param name="writer">The writer, positioned inside an object.</param>
    /// <param name="document">The document.</param>
    /// <param name="layers">Extra layers to include.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteProperties(Utf8JsonWriter writer, NewsDocument document, JsonLayers layers = JsonLayers.None) =>
        WriteProperties(writer, document, layers, JsonOutputSchema.V1);

    /// <summary>Writes a document's properties in the given output schema into an object the caller has started.</summary>
    /// <param name="writer">The writer, positioned inside an object.</param>
    /// <param name="document">The document.</param>
    /// <param name="layers">Extra layers to include.</param>
    /// <param name="schema">The output schema; schema 2 starts with <c>"schema": 2</c>, schema 1 has no such field.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="schema"/> is not a defined schema.</exception>
    public static void WriteProperties(Utf8JsonWriter writer, NewsDocument document, JsonLayers layers, JsonOutputSchema schema)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        if (schema is not (JsonOutputSchema.V1 or JsonOutputSchema.V2))
        {
            throw new ArgumentOutOfRangeException(nameof(schema), schema, "The output schema is 1 or 2.");
        }

        string text = document.Text;
        if (schema == JsonOutputSchema.V2)
        {
            writer.WriteNumber("schema", 2);
        }

        writer.WriteString("id", document.Id);
        if (document.Published is DateOnly published)
        {
            writer.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("published");
        }

        if (schema == JsonOutputSchema.V2)
        {
            EntityTableJson.Write(writer, document);
        }
        else
        {
            WriteEntityMentions(writer, document);
        }

        writer.WriteStartArray("quantities");
        foreach (Quantity q in document.Quantities)
        {
            writer.WriteStartObject();
            WriteSpan(writer, text, q.Span);
            writer.WriteNumber("value", q.Value);
            if (q.Max is double max)
            {
                writer.WriteNumber("max", max);
            }
            else
            {
                writer.WriteNull("max");
            }

            writer.WriteString("noun", q.Noun);
            writer.WriteString("qualifier", q.Qualifier.ToString());
            writer.WriteString("category", q.Category.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("dates");
        foreach (DateMention d in document.Dates)
        {
            writer.WriteStartObject();
            WriteSpan(writer, text, d.Span);
            writer.WriteString("value", d.Value);
            writer.WriteString("granularity", d.Granularity.ToString());
            writer.WriteBoolean("relative", d.Relative);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("attributions");
        foreach (Attribution a in document.Attributions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", a.Kind.ToString());
            if (a.Source is StatementSource source)
            {
                writer.WriteStartObject("source");
                WriteSpan(writer, text, source.Span);
                writer.WriteString("key", source.Key);
                writer.WriteString("kind", source.Kind.ToString());
                if (source.Description is not null)
                {
                    writer.WriteString("description", source.Description);
                }

                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("source");
            }

            if (a.Cue is TextSpan cue)
            {
                writer.WriteStartObject("cue");
                WriteSpan(writer, text, cue);
                writer.WriteString("lemma", a.CueLemma);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("cue");
            }

            writer.WriteStartObject("content");
            WriteSpan(writer, text, a.Content);
            writer.WriteEndObject();
            writer.WriteString("stance", a.Stance.ToString());
            writer.WriteString("rule", a.Rule);

            // What the statement is about: the entities, counts and dates inside its content.
            writer.WriteStartObject("about");
            writer.WriteStartArray("entities");
            foreach (string key in document.EntitiesIn(a.Content).Where(e => e.Type != EntityType.Nationality).Select(e => e.Key).Distinct(StringComparer.Ordinal))
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
            if (schema == JsonOutputSchema.V2)
            {
                // Schema 2 points into the layers instead of repeating their spans (issue 18).
                EntityTableJson.WriteAboutIndices(writer, document, a.Content);
                writer.WriteEndObject();
                writer.WriteEndObject();
                continue;
            }

            writer.WriteStartArray("quantities");
            foreach (Quantity q in document.QuantitiesIn(a.Content))
            {
                writer.WriteStartObject();
                WriteSpan(writer, text, q.Span);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("dates");
            foreach (DateMention d in document.DatesIn(a.Content))
            {
                writer.WriteStartObject();
                WriteSpan(writer, text, d.Span);
                writer.WriteString("value", d.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        EventJson.Write(writer, document, omitNulls: schema == JsonOutputSchema.V2);

        if ((layers & JsonLayers.Tokens) != 0)
        {
            writer.WriteStartArray("tokens");
            foreach (Token t in document.Tokens)
            {
                WriteKinded(writer, t.Start, t.End, t.Kind.ToString());
            }

            writer.WriteEndArray();
        }

        if ((layers & JsonLayers.Sentences) != 0)
        {
            writer.WriteStartArray("sentences");
            foreach (Sentence s in document.Sentences)
            {
                WriteKinded(writer, s.Span.Start, s.Span.End, s.Zone.ToString());
            }

            writer.WriteEndArray();
        }

        if ((layers & JsonLayers.Zones) != 0)
        {
            writer.WriteStartArray("zones");
            foreach (Zone z in document.Zones)
            {
                WriteKinded(writer, z.Span.Start, z.Span.End, z.Kind.ToString());
            }

            writer.WriteEndArray();
        }

        if ((layers & JsonLayers.Paragraphs) != 0)
        {
            writer.WriteStartArray("paragraphs");
            foreach (Paragraph p in document.Paragraphs)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", p.Span.Start);
                writer.WriteNumber("end", p.Span.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if ((layers & JsonLayers.Syntax) != 0)
        {
            WriteSyntax(writer, document);
        }

        if ((layers & JsonLayers.Quotes) != 0)
        {
            writer.WriteStartArray("quotes");
            foreach (Quote q in document.Quotes)
            {
                writer.WriteStartObject();
                WriteSpan(writer, text, q.Span);
                writer.WriteBoolean("closed", q.Closed);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Schema 1 entities: one object per mention, with its entity's fields repeated.</summary>
    private static void WriteEntityMentions(Utf8JsonWriter writer, NewsDocument document)
    {
        string text = document.Text;
        writer.WriteStartArray("entities");
        foreach (EntityMention e in document.Entities)
        {
            writer.WriteStartObject();
            WriteSpan(writer, text, e.Span);
            writer.WriteString("type", e.Type.ToString());
            writer.WriteString("key", e.Key);
            writer.WriteString("name", e.Name);
            writer.WriteString("origin", e.Origin.ToString());
            if (e.Origin == EntityOrigin.Model)
            {
                writer.WriteNumber("score", Math.Round(e.Score, 3));
            }

            if (e.Attributes.Count > 0)
            {
                writer.WriteStartObject("attributes");
                foreach (KeyValuePair<string, string> pair in e.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(pair.Key, pair.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSyntax(Utf8JsonWriter writer, NewsDocument document)
    {
        writer.WriteStartArray("syntax");
        for (int i = 0; i < document.Syntax.Length; i++)
        {
            TokenSyntax s = document.Syntax[i];
            writer.WriteStartObject();
            WriteSpan(writer, document.Text, document.Tokens[i].Span);
            writer.WriteString("upos", s.Upos.ToUD());
            writer.WriteString("xpos", s.Xpos);
            writer.WriteString("lemma", s.Lemma);
            writer.WriteString("feats", s.Features);
            writer.WriteNumber("head", s.Head);
            writer.WriteString("deprel", s.Relation);
            writer.WriteEndObject();
            FlushIfLarge(writer);
        }

        writer.WriteEndArray();
    }

    /// <summary>The writer options <see cref="Serialize(NewsDocument, JsonLayers, bool)"/> uses, for callers that stream to their own writer.</summary>
    internal static JsonWriterOptions Options(bool indented) => indented ? s_indented : s_compact;

    /// <summary>
    /// Hands pending bytes to the writer's output every 64 KiB, so a writer over a stream never holds a large
    /// document's whole JSON in memory (a 50 MB article gives hundreds of MB of JSON).
    /// </summary>
    private static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
    }

    private static void WriteKinded(Utf8JsonWriter writer, int start, int end, string kind)
    {
        FlushIfLarge(writer);
        writer.WriteStartObject();
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
        writer.WriteString("kind", kind);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string text, TextSpan span)
    {
        FlushIfLarge(writer);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", span.Slice(text));
    }
}
