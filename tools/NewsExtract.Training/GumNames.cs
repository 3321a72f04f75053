using System.Text.RegularExpressions;
using NewsExtract.Evaluation;

namespace NewsExtract.Training;

/// <summary>
/// Names from GUM's entity layer (<c>Entity=</c> in the MISC column, CorefUD style): every person, organization and
/// place mention that holds proper nouns gives the run of proper nouns in it ("the Swiss mathematician [Daniel
/// Bernoulli]", "[University of Basel]"), as a BIO sentence with PER, ORG and LOC. GUM marks every mention, named or
/// not; a mention with no proper noun ("the city") gives no name.
/// </summary>
internal static partial class GumNames
{
    [GeneratedRegex(@"\((?<id>\d+)-(?<type>[a-z]+)[^()]*(?<close>\))?|(?<cid>\d+)\)", RegexOptions.None, 1000)]
    private static partial Regex EntityBracket();

    private static readonly HashSet<string> s_joiners = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "al", "&" };

    public static IEnumerable<BioSentence> Read(string path)
    {
        var forms = new List<string>();
        var upos = new List<string>();
        var misc = new List<string>();
        foreach (string raw in File.ReadLines(path))
        {
            if (raw.Length == 0)
            {
                if (forms.Count > 0)
                {
                    yield return ToBio(forms, upos, misc);
                    forms.Clear();
                    upos.Clear();
                    misc.Clear();
                }

                continue;
            }

            if (raw.StartsWith('#'))
            {
                continue;
            }

            string[] c = raw.Split('\t');
            if (c.Length < 10 || !int.TryParse(c[0], out _))
            {
                continue; // multi-word token ranges and empty nodes
            }

            forms.Add(c[1]);
            upos.Add(c[3]);
            misc.Add(c[9]);
        }

        if (forms.Count > 0)
        {
            yield return ToBio(forms, upos, misc);
        }
    }

    private static BioSentence ToBio(List<string> forms, List<string> upos, List<string> misc)
    {
        var open = new Dictionary<string, (int Start, string Type)>(StringComparer.Ordinal);
        var mentions = new List<(int Start, int End, string Type)>();
        for (int i = 0; i < forms.Count; i++)
        {
            int at = misc[i].IndexOf("Entity=", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string value = misc[i][(at + 7)..];
            int bar = value.IndexOf('|');
            value = bar >= 0 ? value[..bar] : value;
            foreach (Match m in EntityBracket().Matches(value))
            {
                if (m.Groups["cid"].Success)
                {
                    if (open.Remove(m.Groups["cid"].Value, out var o))
                    {
                        mentions.Add((o.Start, i, o.Type));
                    }
                }
                else if (m.Groups["close"].Success)
                {
                    mentions.Add((i, i, m.Groups["type"].Value));
                }
                else
                {
                    open[m.Groups["id"].Value] = (i, m.Groups["type"].Value);
                }
            }
        }

        var names = new List<(int Start, int End, string Type)>();
        foreach ((int start, int end, string type) in mentions)
        {
            string? tag = type switch { "person" => "PER", "organization" => "ORG", "place" => "LOC", _ => null };
            if (tag is null)
            {
                continue;
            }

            // The last run of proper nouns in the mention, with "of", "the", "and" … allowed between two of them.
            int last = -1;
            for (int t = end; t >= start; t--)
            {
                if (upos[t] == "PROPN")
                {
                    last = t;
                    break;
                }
            }

            if (last < 0)
            {
                continue;
            }

            int first = last;
            while (first - 1 >= start && (upos[first - 1] == "PROPN"
                || (first - 2 >= start && s_joiners.Contains(forms[first - 1]) && upos[first - 2] == "PROPN")))
            {
                first--;
            }

            names.Add((first, last, tag));
        }

        string[] tags = [.. Enumerable.Repeat("O", forms.Count)];
        foreach ((int first, int last, string tag) in names.OrderByDescending(n => n.End - n.Start).ThenBy(n => n.Start))
        {
            if (tags.AsSpan(first, last - first + 1).ContainsAnyExcept("O"))
            {
                continue;
            }

            tags[first] = "B-" + tag;
            for (int t = first + 1; t <= last; t++)
            {
                tags[t] = "I-" + tag;
            }
        }

        return new BioSentence([.. forms], tags);
    }
}
