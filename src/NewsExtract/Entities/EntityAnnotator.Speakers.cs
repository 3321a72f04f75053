using NewsExtract.Tokenization;

namespace NewsExtract.Entities;

/// <summary>
/// Persons found as speakers and authors: capitalised words before or after a speech verb ("Smith said", "said John Smith") and bylines.
/// </summary>
internal sealed partial class EntityAnnotator
{
    /// <summary>"Adel Mahdi said", "said Mike Smith", "according to Jane Doe": two or three capitalised words next to a speech verb.</summary>
    private void FindSpeakers(Work work)
    {
        List<NameUnit> units = work.Units;
        for (int u = 0; u < units.Count; u++)
        {
            if (!IsSpeechVerb(work, units[u].LastToken))
            {
                continue;
            }

            // Before the verb: the run of capitalised words ending just before it.
            int end = u - 1;
            if (end >= 0 && work.Buffer[units[u].Start - 1] != NameNormalizer.Barrier)
            {
                int start = end;
                while (start - 1 >= 0 && end - start < 2 && IsCapitalizedWord(work, start - 1) && work.Buffer[units[start].Start - 1] != NameNormalizer.Barrier)
                {
                    start--;
                }

                TryAddSpeaker(work, start, end);
            }

            // After the verb: "said Mike Smith", "according to Jane Doe".
            if (u + 1 < units.Count && work.Buffer[units[u + 1].Start - 1] != NameNormalizer.Barrier)
            {
                int last = NameRun(work, u + 1, allowFirstCommon: false);
                TryAddSpeaker(work, u + 1, last);
            }
        }
    }

    /// <summary>
    /// Bylines and credit lines: "By Jane Doe and John Roe", "Reporting by Jane Doe in Baghdad; Editing by John Roe": the
    /// names after "by" at a line start or after a credit word are persons (two to four capitalised words each).
    /// </summary>
    private void FindBylines(Work work)
    {
        List<NameUnit> units = work.Units;
        for (int u = 0; u + 1 < units.Count; u++)
        {
            if (work.Key(u, u) is not "by" || !IsBylineBy(work, u))
            {
                continue;
            }

            int v = u + 1;
            for (int names = 0; names < 8 && v < units.Count && IsCapitalizedWord(work, v); names++)
            {
                int end = NameRun(work, v, allowFirstCommon: true);
                if (end - v is < 1 or > 3)
                {
                    break;
                }

                // "By Staff Writer", "By News Desk": common nouns, no person (the first word of a name may be common: "Mark").
                bool common = IsCommon(work, v) && IsCommon(work, end);
                for (int k = v + 1; k <= end; k++)
                {
                    common |= IsCommon(work, k);
                }

                if (common)
                {
                    break;
                }

                AddRule(work, v, end, EntityType.Person);

                // "... in Baghdad", then ", " or "and" before the next name; ";" or "|" ends the credit.
                int next = end + 1;
                if (next < units.Count && work.Key(next, next) is "in" && next + 1 < units.Count && IsCapitalizedWord(work, next + 1))
                {
                    next = NameRun(work, next + 1, allowFirstCommon: true) + 1;
                }

                if (next >= units.Count)
                {
                    break;
                }

                int between = work.Units[next - 1].LastToken + 1;
                if (work.Key(next, next) is "and" && between == work.Units[next].FirstToken)
                {
                    v = next + 1;
                }
                else if (between < work.Units[next].FirstToken && work.TokenText(between) is "," or "&" && between + 1 == work.Units[next].FirstToken)
                {
                    v = next;
                }
                else
                {
                    break;
                }
            }
        }
    }

    /// <summary>"By" opening a line, or "by" after a credit word: "Reporting by", "Additional reporting by", "Editing by".</summary>
    private static bool IsBylineBy(Work work, int u)
    {
        int token = work.Units[u].FirstToken;
        if (u > 0 && work.Key(u - 1, u - 1) is "reporting" or "editing" or "writing" or "written" or "compiled" or "produced" or "photos" or "photography")
        {
            return work.Units[u - 1].LastToken + 1 == token;
        }

        int start = work.Tokens[token].Start;
        int k = start - 1;
        while (k >= 0 && work.Text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || work.Text[k] is '\n' or '\r';
    }

    /// <summary>
    /// "Secretary of State Antony Blinken said": when a title that starts before <paramref name="start"/> ends inside the
    /// run ("of" is no name word, so the run began at "State"), the name starts after it; else <paramref name="start"/>.
    /// </summary>
    private int AfterTitleCrossing(Work work, int start, int end)
    {
        for (int s = Math.Max(0, start - _lexicons.MaxTitleUnits + 1); s < start; s++)
        {
            for (int last = Math.Min(end, s + _lexicons.MaxTitleUnits - 1); last >= start; last--)
            {
                if (_lexicons.Titles.ContainsKey(work.Key(s, last)))
                {
                    return last + 1;
                }
            }
        }

        return start;
    }

    private void TryAddSpeaker(Work work, int start, int end)
    {
        start = AfterTitleCrossing(work, start, end);

        // "Defense Secretary Mark Esper said": the title is not part of the name.
        for (int length = Math.Min(_lexicons.MaxTitleUnits, end - start + 1); length >= 1 && start <= end; length--)
        {
            if (start + length - 1 <= end && _lexicons.Titles.ContainsKey(work.Key(start, start + length - 1)))
            {
                start += length;
                length = Math.Min(_lexicons.MaxTitleUnits, end - start + 1) + 1;
            }
        }

        if (start > end)
        {
            return;
        }

        if (end - start < 1 || end - start > 2 || _lexicons.Demonyms.ContainsKey(work.Key(start, start)))
        {
            return;
        }

        for (int u = start; u <= end; u++)
        {
            if (!IsCapitalizedWord(work, u) || (IsCommon(work, u) && u > start) || work.Tokens[work.Units[u].LastToken].Has(TokenTraits.AllCaps))
            {
                return;
            }
        }

        if (IsCommon(work, start) && work.SentenceStart[work.Units[start].FirstToken])
        {
            return;
        }

        AddRule(work, start, end, EntityType.Person);
    }

    private bool IsSpeechVerb(Work work, int token)
    {
        Token t = work.Tokens[token];
        if (t.Kind == TokenKind.Word && token > 0 && work.TokenText(token) is "to" && work.TokenText(token - 1).Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (t.Kind != TokenKind.Word || t.Length > 24 || t.Has(TokenTraits.Capitalized))
        {
            return false;
        }

        return _speechVerbs.ContainsKey(work.TokenText(token));
    }
}
