using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsExtract.Evaluation;

namespace NewsExtract.Cli;

/// <summary>
/// <c>newsextract eval-ner FILE.iob2|FILE.conll</c>: scores the entity layer on a BIO file (Universal NER, re3d, CoNLL):
/// exact span and class per PER, ORG, LOC, and overlap figures that ignore the class (see <see cref="NerEvaluator"/>).
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A BIO file: 'TOKEN TAG' lines (CoNLL) or 'ID<tab>FORM<tab>TAG' lines (IOB2)." };
        var json = new Option<string?>("--json") { Description = "Also write the figures as JSON to this file." };
        var noNameModel = new Option<bool>("--no-name-model") { Description = "Score the gazetteer and rules alone, without the learned name finder." };
        var command = new Command("eval-ner", "Score names on a BIO file: exact span and class (PER, ORG, LOC) and class-ignored overlap.") { file, json, noNameModel };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"newsextract: BIO file '{path}' does not exist.");
                return CliApp.InputError;
            }

            try
            {
                NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { NameModel = !parse.GetValue(noNameModel) });
                NerReport r = NerEvaluator.Evaluate(extractor, BioFile.Read(path));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {r.Sentences} sentences"));
                stdout.WriteLine("measure                gold   pred  match       P       R      F1");
                foreach (Score s in r.Exact.Values.Append(r.ExactAll))
                {
                    Row(stdout, "exact." + s.Name, s);
                }

                Row(stdout, "overlap.any-class", r.OverlapIgnoringClass, r.OverlapRecall);
                if (parse.GetValue(json) is string jsonPath)
                {
                    // Written with Utf8JsonWriter (no reflection), so the native executable writes it too.
                    using FileStream file = File.Create(jsonPath);
                    using (var w = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true }))
                    {
                        w.WriteStartObject();
                        w.WriteString("file", path);
                        w.WriteNumber("sentences", r.Sentences);
                        w.WriteStartObject("exact");
                        foreach (Score score in r.Exact.Values.Append(r.ExactAll))
                        {
                            w.WriteStartObject(score.Name);
                            foreach ((string name, double value) in Figures(score))
                            {
                                w.WriteNumber(name, value);
                            }

                            w.WriteEndObject();
                        }

                        w.WriteEndObject();
                        w.WriteNumber("overlap_recall_name_bearing", Math.Round(r.OverlapRecall, 4));
                        w.WriteNumber("overlap_precision_any_class", Math.Round(r.OverlapIgnoringClass.Precision, 4));
                        w.WriteNumber("overlap_f1_any_class", Math.Round(F1(r.OverlapIgnoringClass.Precision, r.OverlapRecall), 4));
                        w.WriteEndObject();
                    }

                    file.Write("\n"u8);
                }

                return CliApp.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                stderr.WriteLine($"newsextract: {ex.Message}");
                return CliApp.InputError;
            }
        });
        return command;
    }

    private static Dictionary<string, double> Figures(Score s) => new()
    {
        ["gold"] = s.Gold,
        ["predicted"] = s.Predicted,
        ["correct"] = s.Correct,
        ["precision"] = Math.Round(s.Precision, 4),
        ["recall"] = Math.Round(s.Recall, 4),
        ["f1"] = Math.Round(s.F1, 4),
    };

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>One table row; the overlap row takes its recall from the gold side (gold names found), not from matches.</summary>
    private static void Row(TextWriter stdout, string name, Score s, double? recall = null)
    {
        double r = recall ?? s.Recall;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} {s.Gold,6} {s.Predicted,6} {s.Correct,6}   {s.Precision:F3}   {r:F3}   {F1(s.Precision, r):F3}"));
    }
}
