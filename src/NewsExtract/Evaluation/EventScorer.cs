using System.Globalization;

namespace NewsExtract.Evaluation;

/// <summary>
/// Scores event mentions against <c>NAME.events.json</c> as EVENTS.md says: triggers matched one-to-one by overlap
/// (largest first), P/R/F1; roles of matched mentions (a role is right when the spans overlap or both carry the same
/// key), overall and per role; instrument and polarity as accuracy; identity as pairwise F1 over matched mentions.
/// </summary>
internal static class EventScorer
{
    public static void Score(IReadOnlyList<GoldEvent> gold, NewsDocument output, Dictionary<string, int[]> counts, List<string> lines)
    {
        string text = output.Text;
        var predicted = output.Events;
        var matches = Match(gold, predicted);
        EvalCounts.Add(counts, "events.trigger", gold.Count, predicted.Length, matches.Count);
        var matchedGold = matches.Select(m => m.Gold).ToHashSet();
        var matchedPred = matches.Select(m => m.Predicted).ToHashSet();
        int roleGold = 0, rolePred = 0, roleRight = 0, instrumentRight = 0, polarityRight = 0;
        foreach ((int gi, int pj) in matches)
        {
            GoldEvent g = gold[gi];
            EventMention p = predicted[pj];
            instrumentRight += g.Instrument == EventJson.InstrumentName(p.Instrument) ? 1 : 0;
            polarityRight += g.Polarity == p.Polarity ? 1 : 0;
            foreach (string role in GoldEvent.RoleNames)
            {
                g.Roles.TryGetValue(role, out GoldEventRole? gr);
                EventRole? pr = RoleOf(p, role);
                int gc = gr is null ? 0 : 1, pc = pr is null ? 0 : 1;
                int right = gr is not null && pr is EventRole r && (r.Span.Overlaps(gr.Span) || (r.Key is not null && r.Key == gr.Key)) ? 1 : 0;
                EvalCounts.Add(counts, "events.role." + role, gc, pc, right);
                roleGold += gc;
                rolePred += pc;
                roleRight += right;
                if (gc + pc > 0 && right == 0)
                {
                    lines.Add(F($"~ event role {role} of {Quote(text, p.Trigger)}: {(pr is EventRole x ? Quote(text, x.Span) : "none")}, gold {(gr is null ? "none" : Quote(text, gr.Span))}"));
                }
            }
        }

        EvalCounts.Add(counts, "events.role", roleGold, rolePred, roleRight);
        EvalCounts.AddAccuracy(counts, "events.instrument", matches.Count, instrumentRight);
        EvalCounts.AddAccuracy(counts, "events.polarity", matches.Count, polarityRight);

        int both = 0, goldSame = 0, predSame = 0;
        for (int a = 0; a < matches.Count; a++)
        {
            for (int b = a + 1; b < matches.Count; b++)
            {
                bool gs = gold[matches[a].Gold].Event == gold[matches[b].Gold].Event;
                bool ps = predicted[matches[a].Predicted].Event == predicted[matches[b].Predicted].Event;
                goldSame += gs ? 1 : 0;
                predSame += ps ? 1 : 0;
                both += gs && ps ? 1 : 0;
            }
        }

        EvalCounts.Add(counts, "events.identity", goldSame, predSame, both);
        for (int i = 0; i < gold.Count; i++)
        {
            if (!matchedGold.Contains(i))
            {
                lines.Add(F($"- event [{Lemma(text, gold[i].Trigger)}] {Quote(text, gold[i].Trigger)} {gold[i].Trigger}"));
            }
        }

        for (int j = 0; j < predicted.Length; j++)
        {
            if (!matchedPred.Contains(j))
            {
                lines.Add(F($"+ event [{Lemma(text, predicted[j].Trigger)}] {Quote(text, predicted[j].Trigger)} {predicted[j].Trigger}"));
            }
        }
    }

    /// <summary>One-to-one matching by overlap, largest overlap first (ties: earlier gold, then earlier prediction).</summary>
    internal static List<(int Gold, int Predicted)> Match(IReadOnlyList<GoldEvent> gold, IReadOnlyList<EventMention> predicted)
    {
        var pairs = new List<(int Overlap, int Gold, int Predicted)>();
        for (int i = 0; i < gold.Count; i++)
        {
            for (int j = 0; j < predicted.Count; j++)
            {
                TextSpan g = gold[i].Trigger, p = predicted[j].Trigger;
                int overlap = Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start);
                if (overlap > 0)
                {
                    pairs.Add((overlap, i, j));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        var result = new List<(int, int)>();
        foreach ((int _, int gi, int pj) in pairs.OrderByDescending(p => p.Overlap).ThenBy(p => p.Gold).ThenBy(p => p.Predicted))
        {
            if (usedGold.Add(gi))
            {
                if (usedPred.Add(pj))
                {
                    result.Add((gi, pj));
                }
                else
                {
                    usedGold.Remove(gi);
                }
            }
        }

        return result;
    }

    internal static EventRole? RoleOf(EventMention e, string role) => role switch
    {
        "attacker" => e.Attacker,
        "target" => e.Target,
        "place" => e.Place,
        "time" => e.Time,
        "count" => e.Count,
        "killed" => e.Killed,
        "injured" => e.Injured,
        _ => null,
    };

    /// <summary>The trigger's last word, lower-cased: what <c>--verbose</c> groups misses by.</summary>
    internal static string Lemma(string text, TextSpan trigger)
    {
        ReadOnlySpan<char> s = trigger.Slice(text).Trim();
        int space = s.LastIndexOf(' ');
        return s[(space + 1)..].ToString().ToLowerInvariant();
    }

    private static string Quote(string text, TextSpan span) => "\"" + span.GetText(text).ReplaceLineEndings(" ") + "\"";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
