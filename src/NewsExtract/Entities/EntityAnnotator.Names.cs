using NewsExtract.Entities.Names;
using System.Collections.Frozen;
using NewsExtract.Lexicons;

namespace NewsExtract.Entities;

/// <summary>
/// The learned part of the entity layer: names that no gazetteer entry or rule found, told by the name finder
/// (<see cref="NameTagger"/>), and their repeats in the same document.
/// </summary>
/// <remarks>
/// The gazetteer stays the linker: a model name is added only where no gazetteer, definition or rule mention
/// overlaps it, except that a rule person that swallowed title words ("Minister for the Middle East Tobias
/// Ellwood" read as "East Tobias Ellwood") gives way to the model's shorter person ending at the same token. A name
/// the model found takes a finer type from its name words ("… Ministry", "Camp …") when the word agrees with the
/// model's class, else Person, Organization or GeoPolitical (a place no list knows is most often a town, village or
/// district); its key is the slug of its text.
/// </remarks>
internal sealed partial class EntityAnnotator
{
    /// <summary>Model names scoring below this are left out (the score is a logistic of the least tag margin).</summary>
    private const float MinModelScore = 0.8f;

    /// <summary>The model overrules a rule's type for the same span only when this sure.</summary>
    private const float MinRetypeScore = 0.9f;

    /// <summary>A model name is repeated through the document only when the model was this sure of it once.</summary>
    private const float MinRepeatScore = 0.8f;

    private readonly Lazy<NameTagger>? _names;
    private readonly LexiconSet _shared;

    private sealed partial class Work
    {
        public readonly NameInput Names = new();
        public readonly List<FoundName> Found = [];
    }

    private void AddModelNames(Work work)
    {
        if (_names is null)
        {
            return;
        }

        NameTagger names = _names.Value;
        NameInput input = work.Names;
        input.Reset(work.Text, work.Tokens, _shared, names.ProperNouns);
        input.SetStructure(work.Tokens, work.Sentences, work.Zones, MaxHeadlineChars);
        foreach (Candidate c in work.Candidates)
        {
            if (c.Origin == EntityOrigin.Gazetteer && NameTags.ClassOf(c.Type) is NameClass type)
            {
                input.SetGazetteer(c.FirstToken, c.LastToken, type);
            }
        }

        work.Found.Clear();
        foreach (Sentence s in work.Sentences)
        {
            names.Find(input, s.FirstToken, s.EndToken, work.Found);
        }

        // Tokens already claimed by a candidate, and by which (the last one wins; only overlap matters here).
        int[] owner = work.Owner();
        for (int k = 0; k < work.Candidates.Count; k++)
        {
            Candidate c = work.Candidates[k];
            Array.Fill(owner, k, c.FirstToken, c.TokenCount);
        }

        int before = work.Candidates.Count;
        foreach (FoundName raw in work.Found)
        {
            FoundName found = AfterGazetteerName(work, owner, raw, before);
            // In the "of" slot of a place noun ("the village of …") the context already says a name is there: a name the
            // model finds there at all (score above one half) is taken.
            float least = found.FirstToken <= found.LastToken && AfterPlaceNoun(work, found.FirstToken) ? 0.5f : MinModelScore;
            if (found.FirstToken > found.LastToken || found.Score < least || !IsPlausibleName(work, found))
            {
                continue;
            }

            string name = Span(work, found.FirstToken, found.LastToken);
            var candidate = new Candidate(found.FirstToken, found.LastToken, TypeOf(work, found), Slug.Of(name), name, EntityOrigin.Model, Priority.Model, -1, found.Score);
            int overlapping = OverlappingRulePerson(work, owner, found, before);
            if (overlapping == -2)
            {
                Retype(work, owner[found.FirstToken], found, candidate.Type);
                continue;
            }

            if (overlapping >= 0)
            {
                // The rule's span took title words the model left out: the model's span, at the rule's priority.
                work.Candidates[overlapping] = candidate with { Priority = Priority.Rule };
                continue;
            }

            work.Candidates.Add(candidate);
        }
    }

    /// <summary>
    /// A model name made only of common English words ("We", "A", "World", "Business Opinion"), nationality words
    /// ("Americans") or title words ("General", "Gen.", "Secretary"), or a whole line (a heading), is not taken: those are the capitals of sentence starts, headings and menus, where the model
    /// errs most, and a real name of common words is what the gazetteer and the name-word rules are for.
    /// </summary>
    private bool IsPlausibleName(Work work, FoundName found)
    {
        bool allCommon = true;
        int units = 0;
        for (int t = found.FirstToken; t <= found.LastToken; t++)
        {
            int u = work.UnitOfToken[t];
            if (u < 0)
            {
                continue;
            }

            units++;
            allCommon &= IsCommon(work, u) || _lexicons.Demonyms.ContainsKey(work.Key(u, u)) || _lexicons.Titles.ContainsKey(work.Key(u, u));
        }

        // "Outlook", "Militias Rebranded" alone on their line are section headings: the model sees capitals, no context.
        if ((found.FirstToken == 0 || work.Tokens[found.FirstToken].Has(TokenTraits.LineBreakBefore))
            && (found.LastToken + 1 >= work.Tokens.Length || work.Tokens[found.LastToken + 1].Has(TokenTraits.LineBreakBefore)))
        {
            return false;
        }

        // "X   WhatsApp   Email": a name does not run across a wide gap (a menu, a table, a share bar).
        for (int t = found.FirstToken + 1; t <= found.LastToken; t++)
        {
            if (work.Tokens[t].Start - work.Tokens[t - 1].End > 1)
            {
                return false;
            }
        }

        return units > 0 && !allCommon;
    }

    /// <summary>
    /// "the town of Qasr Dulaimat said": a rule guessed a person from the speech verb alone; the model, reading the
    /// whole context, is sure of another class for the very same span, so the model's type is taken.
    /// </summary>
    private static void Retype(Work work, int index, FoundName found, EntityType type)
    {
        if (index < 0 || found.Score < MinRetypeScore)
        {
            return;
        }

        Candidate c = work.Candidates[index];
        if (c.Origin == EntityOrigin.Rule && c.Type == EntityType.Person && c.FirstToken == found.FirstToken && c.LastToken == found.LastToken
            && NameTags.ClassOf(c.Type) != found.Type)
        {
            work.Candidates[index] = c with { Type = type, Origin = EntityOrigin.Model, Score = found.Score };
        }
    }

    /// <summary>
    /// -1 when no candidate overlaps the found name; the index of the one rule person that contains it and ends where
    /// it ends (and is longer); -2 otherwise.
    /// </summary>
    private static int OverlappingRulePerson(Work work, int[] owner, FoundName found, int count)
    {
        int result = -1;
        for (int t = found.FirstToken; t <= found.LastToken; t++)
        {
            int k = owner[t];
            if (k < 0 || k >= count)
            {
                continue;
            }

            Candidate c = work.Candidates[k];
            int unit = work.UnitOfToken[found.FirstToken];
            bool swallowed = c.Origin == EntityOrigin.Rule && c.Type == EntityType.Person && found.Type == NameClass.Person
                && c.LastToken == found.LastToken && c.FirstToken < found.FirstToken
                && unit >= 0 && work.Units[unit].FirstToken == found.FirstToken && work.UnitOfToken[found.LastToken] > unit;
            if (!swallowed || (result >= 0 && result != k))
            {
                return -2;
            }

            result = k;
        }

        return result;
    }

    /// <summary>
    /// A model person that begins with a gazetteer name of another kind ("Minister for the Middle East Tobias Ellwood"
    /// read as one person from "Middle") keeps only the words after it; any other name is returned as it is.
    /// </summary>
    private static FoundName AfterGazetteerName(Work work, int[] owner, FoundName found, int count)
    {
        int k = owner[found.FirstToken];
        if (found.Type != NameClass.Person || k < 0 || k >= count)
        {
            return found;
        }

        Candidate c = work.Candidates[k];
        return c.Origin == EntityOrigin.Gazetteer && c.Type != EntityType.Person && c.LastToken < found.LastToken
            ? found with { FirstToken = c.LastToken + 1 }
            : found;
    }

    private static readonly FrozenSet<string> s_placeNouns = FrozenSet.ToFrozenSet(
        ["village", "town", "city", "district", "province", "region", "governorate", "neighbourhood", "neighborhood", "suburb", "county"], StringComparer.Ordinal);

    /// <summary>Whether the name is the "of" complement of a place noun ("the village of …", "the district of …").</summary>
    private static bool AfterPlaceNoun(Work work, int firstToken) =>
        firstToken >= 2 && work.TokenText(firstToken - 1) is "of" && s_placeNouns.Contains(work.TokenText(firstToken - 2).ToString());

    /// <summary>The library type of a model name: its name word's type when that agrees with the class, else the class's fallback.</summary>
    private EntityType TypeOf(Work work, FoundName found)
    {
        int firstUnit = FirstUnitAt(work, found.FirstToken);
        int lastUnit = work.UnitOfToken[found.LastToken];
        if (found.Type != NameClass.Person && lastUnit >= 0)
        {
            if (_lexicons.NameSuffixes.TryGetValue(work.Key(lastUnit, lastUnit), out EntityType suffix) && NameTags.ClassOf(suffix) == found.Type)
            {
                return suffix;
            }

            if (firstUnit >= 0 && _lexicons.NamePrefixes.TryGetValue(work.Key(firstUnit, firstUnit), out EntityType prefix) && NameTags.ClassOf(prefix) == found.Type)
            {
                return prefix;
            }
        }

        if (AfterPlaceNoun(work, found.FirstToken))
        {
            return EntityType.GeoPolitical;
        }

        return found.Type switch
        {
            NameClass.Person => EntityType.Person,
            NameClass.Organization => EntityType.Organization,
            _ => EntityType.GeoPolitical,
        };
    }

    /// <summary>
    /// Document-level consistency: a name the model or a rule found once is marked at every other occurrence of the
    /// same words (capitalised, not inside another mention), with the same type and key.
    /// </summary>
    private static List<Candidate> AddRepeats(Work work, List<Candidate> chosen)
    {
        Dictionary<string, Candidate>? found = null;
        Dictionary<string, int>? firstWords = null;
        foreach (Candidate c in chosen)
        {
            int first = work.UnitOfToken[c.FirstToken] >= 0 ? work.UnitOfToken[c.FirstToken] : FirstUnitAt(work, c.FirstToken);
            int last = work.UnitOfToken[c.LastToken];
            // A name the model found where the context says a name is ("the village of …") is as sure as a high score.
            bool sure = c.Score >= MinRepeatScore || AfterPlaceNoun(work, c.FirstToken);
            if (c.Origin == EntityOrigin.Model && sure && first >= 0 && last >= first && last - first < MaxRuleNameTokens)
            {
                found ??= new Dictionary<string, Candidate>(StringComparer.Ordinal);
                firstWords ??= new Dictionary<string, int>(StringComparer.Ordinal);
                found.TryAdd(work.Key(first, last).ToString(), c);

                // The longest name (in units) starting with each first word: only those words are looked further at.
                string firstWord = work.Key(first, first).ToString();
                firstWords[firstWord] = Math.Max(firstWords.GetValueOrDefault(firstWord), last - first + 1);
            }
        }

        if (found is null)
        {
            return chosen;
        }

        bool[] covered = work.Flags(second: true);
        foreach (Candidate c in chosen)
        {
            Array.Fill(covered, true, c.FirstToken, c.TokenCount);
        }

        var lookup = new SpanMap<Candidate>(found);
        var starts = new SpanMap<int>(firstWords!);
        int added = 0;
        for (int u = 0; u < work.Units.Count; u++)
        {
            if (!IsCapitalizedWord(work, u) || !starts.TryGetValue(work.Key(u, u), out int longest))
            {
                continue;
            }

            for (int length = Math.Min(longest, work.Units.Count - u); length >= 1; length--)
            {
                int last = u + length - 1;
                int firstToken = work.Units[u].FirstToken, lastToken = work.Units[last].LastToken;
                if (!lookup.TryGetValue(work.Key(u, last), out Candidate c)
                    || covered.AsSpan(firstToken, lastToken - firstToken + 1).Contains(true)
                    || (firstToken > 0 && IsCapitalizedToken(work, firstToken - 1) && !work.SentenceStart[firstToken - 1])
                    || (lastToken + 1 < work.Tokens.Length && IsCapitalizedToken(work, lastToken + 1)))
                {
                    continue;
                }

                chosen.Add(c with { FirstToken = firstToken, LastToken = lastToken });
                Array.Fill(covered, true, firstToken, lastToken - firstToken + 1);
                added++;
                u = last;
                break;
            }
        }

        if (added > 0)
        {
            chosen.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }

        return chosen;
    }

    /// <summary>
    /// "said spokesman Ethan Marlowe", "Pentagon Press Secretary John Kirby": a person no gazetteer knows, right after
    /// a title, keeps the title's role noun (titles.tsv) as its <c>role</c> attribute (the title itself stays out of the name).
    /// </summary>
    private void AddRoles(Work work, List<Candidate> chosen)
    {
        for (int i = 0; i < chosen.Count; i++)
        {
            Candidate c = chosen[i];
            int first = FirstUnitAt(work, c.FirstToken);
            if (c.Type != EntityType.Person || c.Entry >= 0 || first <= 0 || work.Units[first].FirstToken != c.FirstToken)
            {
                continue;
            }

            for (int length = Math.Min(_lexicons.MaxTitleUnits, first); length >= 1; length--)
            {
                if (work.Buffer[work.Units[first].Start - 1] != NameNormalizer.Barrier && _lexicons.Titles.TryGetValue(work.Key(first - length, first - 1), out string role))
                {
                    // Honorifics ("Mr.", "Ms.") have no role noun.
                    chosen[i] = role.Length > 0 ? c with { Role = role } : c;
                    break;
                }
            }
        }
    }

    private static FrozenDictionary<string, string> RoleAttributes(string role) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { ["role"] = role }.ToFrozenDictionary(StringComparer.Ordinal);

    private static int FirstUnitAt(Work work, int token)
    {
        for (int t = token; t < work.Tokens.Length && t < token + 4; t++)
        {
            if (work.UnitOfToken[t] >= 0)
            {
                return work.UnitOfToken[t];
            }
        }

        return -1;
    }

    private static bool IsCapitalizedToken(Work work, int token) =>
        work.Tokens[token].Kind == TokenKind.Word && work.Tokens[token].Has(TokenTraits.Capitalized);
}
