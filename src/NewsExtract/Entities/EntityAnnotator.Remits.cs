using NewsExtract.Lexicons;

namespace NewsExtract.Entities;

/// <summary>
/// Bodies named after their remit: "Parliamentary Committee on Security and Defence", "Commission for Human Rights".
/// The run of capitalised words the name-word rule reads stops at "on", and "of" or "for" alone end it at the
/// body's name word, so the remit would be cut off; it is read here.
/// </summary>
internal sealed partial class EntityAnnotator
{
    private static readonly SpanMap<bool> s_remitBodies = Set(["committee", "subcommittee", "commission", "council"]);

    private static readonly SpanMap<bool> s_calendarWords = Set(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

    /// <summary>
    /// The last unit of a body's name that ends at unit <paramref name="last"/>: past "on", "for" or "of" and the
    /// capitalised words of its remit (joined by "and", "of", "the") when <paramref name="last"/> is a committee,
    /// commission or council; else <paramref name="last"/>. A weekday or month ends the remit ("the Council on Monday").
    /// </summary>
    private static int RemitEnd(Work work, int last)
    {
        List<NameUnit> units = work.Units;
        if (!s_remitBodies.ContainsKey(work.Key(last, last))
            || last + 2 >= units.Count || !Joined(work, last + 1) || work.Key(last + 1, last + 1) is not ("on" or "for" or "of"))
        {
            return last;
        }

        int end = last;
        for (int u = last + 2; u < units.Count && u - last <= 8 && Joined(work, u); u++)
        {
            if (IsCapitalizedWord(work, u) && !s_calendarWords.ContainsKey(work.Key(u, u)))
            {
                end = u;
                continue;
            }

            if (end > last && work.Key(u, u) is "and" or "of" or "the" && u + 1 < units.Count && Joined(work, u + 1) && IsCapitalizedWord(work, u + 1))
            {
                continue;
            }

            break;
        }

        return end;
    }

    private static SpanMap<bool> Set(string[] words) => new(words.Select(w => KeyValuePair.Create(w, true)));

    /// <summary>Whether unit <paramref name="u"/> follows the one before it with no line break or punctuation between.</summary>
    private static bool Joined(Work work, int u) => work.Buffer[work.Units[u].Start - 1] != NameNormalizer.Barrier;
}
