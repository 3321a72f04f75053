using NewsExtract.Lexicons;
using NewsExtract.Tokenization;

namespace NewsExtract.Entities;

/// <summary>
/// The rules for names no gazetteer lists: a title before capitalised words, runs of capitalised words around a name word ("Ministry", "Brigades"), and the rule mentions they give.
/// </summary>
internal sealed partial class EntityAnnotator
{
    /// <summary>"Gen. Kenneth McKenzie", "Prime Minister Sudani", "top Iranian general Qassem Soleimani".</summary>
    private void FindTitledPersons(Work work)
    {
        List<NameUnit> units = work.Units;
        for (int i = 0; i < units.Count; i++)
        {
            int titleEnd = -1;
            if (!_lexicons.TitleFirstWords.TryGetValue(work.Key(i, i), out int longestTitle))
            {
                continue;
            }

            for (int length = Math.Min(longestTitle, units.Count - i); length >= 1; length--)
            {
                if (_lexicons.Titles.ContainsKey(work.Key(i, i + length - 1)))
                {
                    titleEnd = i + length - 1;
                    break;
                }
            }

            if (titleEnd < 0)
            {
                continue;
            }

            bool titleCapitalized = work.Tokens[units[i].LastToken].Has(TokenTraits.Capitalized);
            int nameStart = titleEnd + 1;
            int nameEnd = NameRun(work, nameStart, allowFirstCommon: true);
            if (nameEnd < nameStart || (!titleCapitalized && nameEnd == nameStart) || (nameEnd == nameStart && IsCommon(work, nameStart)))
            {
                continue;
            }

            // "Secretary of State Antony Blinken": skip "of State" when the title itself is longer in the lexicon.
            string name = Span(work, units[nameStart].FirstToken, units[nameEnd].LastToken);
            work.Candidates.Add(new Candidate(units[nameStart].FirstToken, units[nameEnd].LastToken, EntityType.Person, Slug.Of(name), name, EntityOrigin.Rule, Priority.Rule, -1));
            i = nameEnd;
        }
    }

    /// <summary>
    /// Returns the last unit of a run of capitalised name words starting at <paramref name="start"/>, or start - 1.
    /// Common words end the run, except as its first word ("Mark Esper").
    /// </summary>
    private int NameRun(Work work, int start, bool allowFirstCommon)
    {
        List<NameUnit> units = work.Units;
        int end = start - 1;
        for (int u = start; u < units.Count && u - start < MaxRuleNameTokens; u++)
        {
            if (u > start && work.Buffer[units[u].Start - 1] == NameNormalizer.Barrier)
            {
                break;
            }

            Token token = work.Tokens[units[u].LastToken];
            if (token.Kind != TokenKind.Word || !token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.AllCaps) && token.Length > 1 && u > start)
            {
                break;
            }

            if (IsCommon(work, u) && !(allowFirstCommon && u == start))
            {
                break;
            }

            if (_lexicons.Titles.ContainsKey(work.Key(u, u)) && u == start)
            {
                break;
            }

            end = u;
        }

        return end;
    }

    private bool IsCommon(Work work, int unit)
    {
        NameUnit u = work.Units[unit];
        return _commonWords.ContainsKey(work.Buffer.AsSpan(u.Start, u.End - u.Start));
    }

    private static bool IsGazetteerMatch(Work work, bool[] gazetteerTokens, int firstUnit, int lastUnit) =>
        gazetteerTokens.AsSpan(work.Units[firstUnit].FirstToken, work.Units[lastUnit].LastToken - work.Units[firstUnit].FirstToken + 1).Contains(true);

    private bool IsNameWord(Work work, int unit) =>
        _lexicons.NamePrefixes.ContainsKey(work.Key(unit, unit)) || _lexicons.NameSuffixes.ContainsKey(work.Key(unit, unit));

    /// <summary>"Hezbollah Brigades", "Basra Operations Command", "Camp Taji", "Ministry of Defense".</summary>
    private void FindNameWordEntities(Work work)
    {
        List<NameUnit> units = work.Units;

        // Tokens inside a gazetteer match, marked once (the headline rule below asks about them).
        bool[] gazetteerTokens = work.Flags();
        foreach (Candidate c in work.Candidates)
        {
            if (c.Origin == EntityOrigin.Gazetteer)
            {
                Array.Fill(gazetteerTokens, true, c.FirstToken, c.TokenCount);
            }
        }

        int i = 0;
        while (i < units.Count)
        {
            // A run of capitalised words, allowing "of", "for", "and", "the" inside ("Ministry of the Interior").
            int start = i;
            if (!IsCapitalizedWord(work, start))
            {
                i++;
                continue;
            }

            // In a title-case headline every word is capitalised, so capitals say nothing: there a name is a run of
            // words that are not common English words, or that are name words ("Rockets Hit [Camp Hollister] Near").
            // (Only short headlines: a long line in title case is more likely a shouted sentence than a title.)
            int zone = ZoneLookup.IndexAt(work.Zones, work.Tokens[units[start].FirstToken].Start);
            bool headline = zone >= 0 && work.Zones[zone].Kind == ZoneKind.Headline && work.Zones[zone].Span.Length <= MaxHeadlineChars;
            if (headline && IsCommon(work, start) && !IsNameWord(work, start))
            {
                i++;
                continue;
            }

            int end = start;
            for (int u = start + 1; u < units.Count && u - start < 8; u++)
            {
                if (work.Buffer[units[u].Start - 1] == NameNormalizer.Barrier)
                {
                    break;
                }

                if (headline && IsCommon(work, u) && !IsNameWord(work, u))
                {
                    break;
                }

                if (IsCapitalizedWord(work, u))
                {
                    // A title ends the name before it: "Pentagon Press Secretary John Kirby".
                    if (StartsTitle(work, u, out _))
                    {
                        break;
                    }

                    end = u;
                    continue;
                }

                ReadOnlySpan<char> w = work.Key(u, u);

                // "Kataib Hezbollah and Harakat al-Nujaba", "Qasim al-Jabbarin and Saraya Awliya al-Dam": "and" between a
                // known name and another name, or before a name word that starts a name, joins two names, not one.
                if (w is "and" && u + 1 < units.Count
                    && (IsGazetteerMatch(work, gazetteerTokens, u - 1, u - 1) || IsGazetteerMatch(work, gazetteerTokens, u + 1, u + 1)
                        || _lexicons.NamePrefixes.ContainsKey(work.Key(u + 1, u + 1))))
                {
                    break;
                }

                if (w is "of" or "for" or "and" or "the" && u + 1 < units.Count && IsCapitalizedWord(work, u + 1))
                {
                    continue;
                }

                break;
            }

            i = end + 1;
            if (ZoneLookup.At(work.Zones, work.Tokens[units[start].FirstToken].Start) == ZoneKind.Boilerplate)
            {
                continue;
            }

            // Suffix: the longest run ending in a name word; trim leading sentence-initial common words.
            for (int last = end; last >= start; last--)
            {
                for (int length = Math.Min(3, last - start + 1); length >= 1; length--)
                {
                    if (_lexicons.NameSuffixes.TryGetValue(work.Key(last - length + 1, last), out EntityType type) && last - length + 1 > start - 0)
                    {
                        int first = start;
                        while (first < last - length + 1 && (IsCommon(work, first) && work.SentenceStart[units[first].FirstToken] || work.Key(first, first) is "the"))
                        {
                            first++;
                        }

                        // In a headline "U.S. Forces" is "U.S." and a capitalised common noun: a known name before
                        // the name word stays itself.
                        if (first <= last - length && !(headline && IsGazetteerMatch(work, gazetteerTokens, first, last - length)))
                        {
                            int remitEnd = RemitEnd(work, last);
                            AddRule(work, first, remitEnd, type);
                            i = Math.Max(i, remitEnd + 1);
                            goto next;
                        }
                    }
                }
            }

            // Prefix: "Camp Taji", "Ministry of Defense", "Kataib Sayyid al-Shuhada"; a leading "The" is not part of it.
            int from = start;
            while (from < end && (work.Key(from, from) is "the"
                || (IsCommon(work, from) && work.SentenceStart[units[from].FirstToken] && !_lexicons.NamePrefixes.ContainsKey(work.Key(from, from)))))
            {
                from++;
            }

            for (int length = Math.Min(3, end - from + 1); length >= 1; length--)
            {
                if (_lexicons.NamePrefixes.TryGetValue(work.Key(from, from + length - 1), out EntityType type) && from + length <= end)
                {
                    AddRule(work, from, end, type);
                    break;
                }
            }

        next:;
        }
    }

    private bool StartsTitle(Work work, int unit, out int titleEnd)
    {
        for (int length = Math.Min(_lexicons.MaxTitleUnits, work.Units.Count - unit); length >= 2; length--)
        {
            if (_lexicons.Titles.ContainsKey(work.Key(unit, unit + length - 1)))
            {
                titleEnd = unit + length - 1;
                return true;
            }
        }

        titleEnd = -1;
        return false;
    }

    private static bool IsCapitalizedWord(Work work, int unit)
    {
        Token token = work.Tokens[work.Units[unit].LastToken];
        return token.Kind == TokenKind.Word && token.Has(TokenTraits.Capitalized);
    }

    private void AddRule(Work work, int firstUnit, int lastUnit, EntityType type)
    {
        // "Shia Popular Mobilization Forces", "Iraqi Army": a nationality adjective is not part of the name.
        while (firstUnit < lastUnit && _lexicons.Demonyms.ContainsKey(work.Key(firstUnit, firstUnit)))
        {
            firstUnit++;
        }

        if (firstUnit == lastUnit && type != EntityType.Person && (_lexicons.NameSuffixes.ContainsKey(work.Key(firstUnit, firstUnit)) || IsCommon(work, firstUnit)))
        {
            return;
        }

        int firstToken = work.Units[firstUnit].FirstToken;
        int lastToken = work.Units[lastUnit].LastToken;
        string name = Span(work, firstToken, lastToken);
        work.Candidates.Add(new Candidate(firstToken, lastToken, type, Slug.Of(name), name, EntityOrigin.Rule, Priority.Rule, -1));
    }
}
