using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as a text table, Markdown or JSON.</summary>
public static class EvalReportWriter
{
    /// <summary>The measures that the summary line and the ratchet use, in order.</summary>
    public static IReadOnlyList<string> HeadlineScores { get; } =
        ["entities.all.exact", "linking.pairwise", "quantities", "attributions.content", "attributions.content+source"];

    /// <summary>Writes the table, then a summary line; with <paramref name="verbose"/>, every miss first.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="verbose">Whether to list each miss and spurious item per document.</param>
    public static void WriteTable(EvalReport report, TextWriter writer, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        if (verbose)
        {
            foreach (DocumentDiff diff in report.Diffs)
            {
                writer.WriteLine($"== {diff.Id}");
                foreach (string line in diff.Lines)
                {
                    writer.WriteLine("  " + line);
                }
            }

            writer.WriteLine();
        }

        foreach (string failure in report.Failures)
        {
            writer.WriteLine($"FAILED {failure}");
        }

        writer.WriteLine(F($"{"measure",-30} {"gold",6} {"pred",6} {"match",6} {"P",7} {"R",7} {"F1",7}"));
        foreach (Score s in report.Scores.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            writer.WriteLine(F($"{s.Name,-30} {s.Gold,6} {s.Predicted,6} {s.Correct,6} {s.Precision,7:0.000} {s.Recall,7:0.000} {s.F1,7:0.000}"));
        }

        writer.WriteLine(F($"{"accuracy",-30} {"total",6} {"",6} {"right",6} {"",7} {"",7} {"acc",7}"));
        foreach (Accuracy a in report.Accuracies.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            writer.WriteLine(F($"{a.Name,-30} {a.Total,6} {"",6} {a.Correct,6} {"",7} {"",7} {a.Value,7:0.000}"));
        }

        writer.WriteLine(Summary(report));
    }

    /// <summary>The one-line summary: documents and the headline F1 figures.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The line.</returns>
    public static string Summary(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(F($"SUMMARY documents={report.Documents}"));
        foreach (string name in HeadlineScores)
        {
            Score? s = report.Scores.FirstOrDefault(x => x.Name == name);
            sb.Append(F($" {name}.F1={s?.F1 ?? 0:0.000}"));
        }

        return sb.ToString();
    }

    /// <summary>Serializes the figures (not the diffs) as JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("documents", report.Documents);
            w.WriteStartObject("scores");
            foreach (Score s in report.Scores.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                w.WriteStartObject(s.Name);
                w.WriteNumber("gold", s.Gold);
                w.WriteNumber("predicted", s.Predicted);
                w.WriteNumber("correct", s.Correct);
                w.WriteNumber("precision", Math.Round(s.Precision, 4));
                w.WriteNumber("recall", Math.Round(s.Recall, 4));
                w.WriteNumber("f1", Math.Round(s.F1, 4));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartObject("accuracies");
            foreach (Accuracy a in report.Accuracies.OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                w.WriteStartObject(a.Name);
                w.WriteNumber("total", a.Total);
                w.WriteNumber("correct", a.Correct);
                w.WriteNumber("accuracy", Math.Round(a.Value, 4));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartArray("failures");
            foreach (string f in report.Failures)
            {
                w.WriteStringValue(f);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the figures as the Markdown table kept in <c>docs/accuracy.md</c>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown table.</returns>
    public static string ToMarkdown(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.AppendLine("| measure | gold | predicted | matched | P | R | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (Score s in report.Scores.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            sb.AppendLine(F($"| {s.Name} | {s.Gold} | {s.Predicted} | {s.Correct} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} |"));
        }

        sb.AppendLine();
        sb.AppendLine("| accuracy | matched | right | accuracy |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (Accuracy a in report.Accuracies.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            sb.AppendLine(F($"| {a.Name} | {a.Total} | {a.Correct} | {a.Value:0.000} |"));
        }

        return sb.ToString();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
