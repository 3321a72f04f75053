using NewsExtract.Lexicons;
using NewsExtract.Tokenization;

namespace NewsExtract.Entities;

/// <summary>
/// Document-level links between mentions: acronym definitions ("Name (ACR)"), lone surnames after a full name, and names inside hyphenated modifiers dropped.
/// </summary>
internal sealed partial class EntityAnnotator
{
    /// <summary>"Kataib Hezbollah (KH)", "The Counterterrorism Group (CTG)", "IRGC-QF (Quds Force)".</summary>
    private List<Candidate> AddDefinitions(Work work, List<Candidate> chosen)
    {
        Token[] tokens = work.Tokens;
        var acronyms = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        int[] endingAt = work.Owner(second: true);
        for (int i = 0; i < chosen.Count; i++)
        {
            endingAt[chosen[i].LastToken] = i;
        }

        for (int t = 1; t + 2 < tokens.Length; t++)
        {
            if (work.Text[tokens[t].Start] != '(' || tokens[t].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            int close = t + 1;
            while (close < tokens.Length && close - t <= 6 && work.Text[tokens[close].Start] != ')')
            {
                close++;
            }

            if (close >= tokens.Length || close - t > 6 || close == t + 1)
            {
                continue;
            }

            string inside = work.Text[tokens[t + 1].Start..tokens[close - 1].End];
            if (IsAcronym(inside))
            {
                Candidate? definer = endingAt[t - 1] >= 0 ? chosen[endingAt[t - 1]] : NameBefore(work, t);
                if (definer is Candidate d && d.Type != EntityType.Nationality)
                {
                    acronyms.TryAdd(inside, d);
                }
            }
        }

        if (acronyms.Count == 0)
        {
            return chosen;
        }

        // Every mention of a defined acronym, anywhere in the document, links to its definition.
        // A span-keyed copy: every all-caps word is looked up, and a string per lookup would cost more than the layer.
        var lookup = new SpanMap<Candidate>(acronyms);
        int[] owner = work.Owner();
        List<Candidate> added = chosen; // extended in place: the caller replaces its list with the result
        int known = chosen.Count;
        foreach (Candidate d in acronyms.Values)
        {
            if (endingAt[d.LastToken] < 0 || endingAt[d.LastToken] >= known || chosen[endingAt[d.LastToken]] != d)
            {
                added.Add(d);
            }
        }

        for (int i = 0; i < added.Count; i++)
        {
            for (int t = added[i].FirstToken; t <= added[i].LastToken; t++)
            {
                owner[t] = owner[t] < 0 ? i : owner[t];
            }
        }

        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !tokens[t].Has(TokenTraits.AllCaps))
            {
                continue;
            }

            // An acronym may span hyphen-joined tokens ("IRGC-QF").
            int last = t;
            while (last + 2 < tokens.Length && tokens[last + 1].Length == 1 && work.Text[tokens[last + 1].Start] == '-' && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End)
            {
                last += 2;
            }

            for (int end = last; end >= t; end -= 2)
            {
                if (lookup.TryGetValue(work.Text.AsSpan(tokens[t].Start, tokens[end].End - tokens[t].Start), out Candidate d))
                {
                    var mention = new Candidate(t, end, d.Type, d.Key, d.Name, EntityOrigin.Definition, Priority.Definition, d.Entry);
                    int overlap = -1;
                    for (int k = t; k <= end && overlap < 0; k++)
                    {
                        overlap = owner[k];
                    }

                    if (overlap < 0)
                    {
                        added.Add(mention);
                        Array.Fill(owner, added.Count - 1, t, end - t + 1);
                    }
                    else if (added[overlap].FirstToken >= t && added[overlap].LastToken <= end && added[overlap].Origin != EntityOrigin.Gazetteer)
                    {
                        added[overlap] = mention;
                    }

                    t = end;
                    break;
                }
            }
        }

        added.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return added;
    }

    private static bool IsAcronym(string s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('-' or '.' or '&') && !char.IsDigit(c))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 10;
    }

    /// <summary>The capitalised name just before "(" when no mention ends there: "The Counterterrorism Group (CTG)".</summary>
    private Candidate? NameBefore(Work work, int parenToken)
    {
        int endUnit = work.UnitOfToken[parenToken - 1];
        if (endUnit < 0 || !IsCapitalizedWord(work, endUnit))
        {
            return null;
        }

        int start = endUnit;
        while (start - 1 >= 0 && endUnit - start < 6 && work.Buffer[work.Units[start].Start - 1] != NameNormalizer.Barrier
            && (IsCapitalizedWord(work, start - 1) || (work.Key(start - 1, start - 1) is "of" or "for" or "and" or "in" && start - 2 >= 0 && IsCapitalizedWord(work, start - 2))))
        {
            start--;
        }

        while (start < endUnit && (work.Key(start, start) is "the" || (IsCommon(work, start) && work.SentenceStart[work.Units[start].FirstToken])))
        {
            start++;
        }

        if (start == endUnit && IsCommon(work, start))
        {
            return null;
        }

        EntityType type = EntityType.Organization;
        for (int u = endUnit; u >= start; u--)
        {
            if (_lexicons.NameSuffixes.TryGetValue(work.Key(u, u), out EntityType t))
            {
                type = t;
                break;
            }
        }

        int firstToken = work.Units[start].FirstToken;
        int lastToken = work.Units[endUnit].LastToken;
        string name = Span(work, firstToken, lastToken);
        return new Candidate(firstToken, lastToken, type, Slug.Of(name), name, EntityOrigin.Definition, Priority.Definition, -1);
    }

    /// <summary>A surname alone links to the person named in full: "Jeffrey" after "James Jeffrey".</summary>
    private static List<Candidate> AddSurnames(Work work, List<Candidate> chosen)
    {
        var surnames = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (Candidate c in chosen)
        {
            if (c.Type != EntityType.Person || c.TokenCount < 2)
            {
                continue;
            }

            int lastUnit = work.UnitOfToken[c.LastToken];
            if (lastUnit >= 0 && work.Units[lastUnit].FirstToken >= c.FirstToken)
            {
                surnames.TryAdd(work.Key(lastUnit, lastUnit).ToString(), c);
            }
        }

        if (surnames.Count == 0)
        {
            return chosen;
        }

        var lookup = new SpanMap<Candidate>(surnames);
        var result = new List<Candidate>(chosen.Count + 8);
        int next = 0;
        for (int u = 0; u < work.Units.Count; u++)
        {
            NameUnit unit = work.Units[u];
            while (next < chosen.Count && chosen[next].LastToken < unit.FirstToken)
            {
                result.Add(chosen[next++]);
            }

            bool covered = next < chosen.Count && chosen[next].FirstToken <= unit.LastToken;
            if (covered || !IsCapitalizedWord(work, u) || !lookup.TryGetValue(work.Key(u, u), out Candidate person))
            {
                continue;
            }

            result.Add(new Candidate(unit.FirstToken, unit.LastToken, EntityType.Person, person.Key, person.Name, EntityOrigin.Link, Priority.Rule, person.Entry));
        }

        while (next < chosen.Count)
        {
            result.Add(chosen[next++]);
        }

        // Rule-found persons whose fuller name appears elsewhere take that name's key ("Kadhimi" after "Mustafa al-Kadhimi").
        for (int i = 0; i < result.Count; i++)
        {
            Candidate c = result[i];
            if (c.Type == EntityType.Person && c.Origin is EntityOrigin.Rule or EntityOrigin.Model && c.TokenCount == 1
                && lookup.TryGetValue(work.Key(work.UnitOfToken[c.LastToken], work.UnitOfToken[c.LastToken]), out Candidate full))
            {
                result[i] = c with { Key = full.Key, Name = full.Name, Entry = full.Entry };
            }
        }

        return result;
    }

    /// <summary>Drops a name inside a hyphenated modifier: "Iran-backed", "U.S.-led", "pro-Iran", "anti-ISIS".</summary>
    private List<Candidate> DropHyphenModifiers(Work work, List<Candidate> chosen)
    {
        Token[] tokens = work.Tokens;
        string text = work.Text;
        bool[] starts = work.Flags();
        bool[] ends = work.Flags(second: true);
        foreach (Candidate c in chosen)
        {
            starts[c.FirstToken] = true;
            ends[c.LastToken] = true;
        }

        chosen.RemoveAll(c => !Keep(c));
        return chosen;

        bool Keep(Candidate c)
        {
            int after = c.LastToken + 1;
            if ((after + 1 < tokens.Length && starts[after + 1]) || (c.FirstToken - 2 >= 0 && ends[c.FirstToken - 2]))
            {
                return true; // two names joined by a hyphen: "US-Coalition", "U.S.-Iran"
            }

            if (after + 1 < tokens.Length && IsJoinedHyphen(text, tokens, after) && tokens[after + 1].Kind == TokenKind.Word
                && (!tokens[after + 1].Has(TokenTraits.Capitalized) || IsCommonToken(work, after + 1)))
            {
                return false;
            }

            int before = c.FirstToken - 1;
            return !(before - 1 >= 0 && IsJoinedHyphen(text, tokens, before) && tokens[before - 1].Kind == TokenKind.Word && !tokens[before - 1].Has(TokenTraits.Capitalized));
        }
    }
}
