using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>
/// Learns the lemmatizer from (form, XPOS, lemma) triples: suffix rules per tag from every word, then an exception
/// for each (tag, form) whose most frequent lemma the rules do not give.
/// </summary>
internal static class LemmatizerTrainer
{
    private const int MinRuleCount = 2;
    private const int MinRuleForms = 2;
    private const int MinContextCount = 3;

    public static Lemmatizer Train(IReadOnlyList<ConlluSentence> train)
    {
        string[] tags = [.. train.SelectMany(s => s.Xpos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var tagIds = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);

        // The most frequent lemma of each (tag, lower-cased form).
        var lemmaCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (ConlluSentence s in train)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (s.Lemmas[i] == "_")
                {
                    continue;
                }

                string key = Lemmatizer.Key(tagIds[s.Xpos[i]], Normalize(s.Forms[i]));
                if (!lemmaCounts.TryGetValue(key, out Dictionary<string, int>? byLemma))
                {
                    lemmaCounts[key] = byLemma = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byLemma[s.Lemmas[i]] = byLemma.GetValueOrDefault(s.Lemmas[i]) + 1;
            }
        }

        // Rules: for every suffix length that covers the letters cut, count (cut, add) per (tag, suffix).
        var ruleCounts = new Dictionary<string, Dictionary<(int, string), int>>(StringComparer.Ordinal);
        var ruleForms = new Dictionary<string, Dictionary<(int, string), int>>(StringComparer.Ordinal);
        foreach ((string key, Dictionary<string, int> byLemma) in lemmaCounts)
        {
            string lower = key[1..];
            string lemma = Best(byLemma);
            string lowerLemma = lemma.ToLowerInvariant();
            int common = 0;
            while (common < lower.Length && common < lowerLemma.Length && lower[common] == lowerLemma[common])
            {
                common++;
            }

            int cut = lower.Length - common;
            string add = lowerLemma[common..];
            int weight = byLemma.Values.Sum();
            for (int len = cut; len <= Math.Min(Lemmatizer.MaxSuffix, lower.Length); len++)
            {
                string ruleKey = key[0] + lower[(lower.Length - len)..];
                if (!ruleCounts.TryGetValue(ruleKey, out Dictionary<(int, string), int>? byRule))
                {
                    ruleCounts[ruleKey] = byRule = [];
                }

                byRule[(cut, add)] = byRule.GetValueOrDefault((cut, add)) + weight;
                if (!ruleForms.TryGetValue(ruleKey, out Dictionary<(int, string), int>? forms))
                {
                    ruleForms[ruleKey] = forms = [];
                }

                forms[(cut, add)] = forms.GetValueOrDefault((cut, add)) + 1;
            }
        }

        var rules = new List<KeyValuePair<string, (int, string)>>();
        foreach ((string ruleKey, Dictionary<(int, string), int> byRule) in ruleCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var best = byRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).First();
            // A rule needs two different words behind it: one frequent word ("Sept." → "September") is the
            // exception table's business, and as a rule it would turn "Capt." into "Captember".
            if (best.Value >= MinRuleCount && ruleForms[ruleKey][best.Key] >= MinRuleForms)
            {
                rules.Add(new(ruleKey, best.Key));
            }
        }

        // Tags whose all-capital words mostly keep their capitals in the gold lemma.
        var capitals = new Dictionary<string, (int Keep, int Lower)>(StringComparer.Ordinal);
        foreach (ConlluSentence s in train)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (Lemmatizer.IsProper(s.Xpos[i]) || !Lemmatizer.IsAllCapitals(s.Forms[i]) || s.Lemmas[i] == "_")
                {
                    continue;
                }

                (int keep, int lower) = capitals.GetValueOrDefault(s.Xpos[i]);
                bool kept = s.Lemmas[i].Any(char.IsUpper);
                capitals[s.Xpos[i]] = (keep + (kept ? 1 : 0), lower + (kept ? 0 : 1));
            }
        }

        string[] keepCapitals = [.. capitals.Where(p => p.Value.Keep > p.Value.Lower).Select(p => p.Key).Order(StringComparer.Ordinal)];

        // The lower-case lemmas of the training data (of words that are not proper nouns): the rules' candidates are
        // checked against them, so an unseen "provoked" gives the known "provoke" rather than "provok".
        string[] known = [.. train.SelectMany(s => s.Lemmas.Zip(s.Xpos))
            .Where(p => p.First != "_" && !Lemmatizer.IsProper(p.Second) && p.First.Length <= 64 && p.First.All(char.IsLetter))
            .Select(p => Normalize(p.First)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var rulesOnly = new Lemmatizer(tags, [], rules, keepCapitals, known);
        var exceptions = new List<KeyValuePair<string, string>>();
        foreach ((string key, Dictionary<string, int> byLemma) in lemmaCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string lemma = Best(byLemma);
            string xpos = tags[key[0] - 1];
            string form = key[1..];
            string guess = rulesOnly.Lemmatize(form, xpos);
            if (Lemmatizer.IsProper(xpos))
            {
                // Proper nouns keep the form's case: only a lemma that differs from the form in more than case is stored.
                if (!string.Equals(guess, lemma, StringComparison.OrdinalIgnoreCase))
                {
                    exceptions.Add(new(key, lemma));
                }
            }
            else if (guess != lemma)
            {
                exceptions.Add(new(key, lemma));
            }
        }

        // Where the next word's tag decides ("'s" before a participle is "have", before anything else "be"), an
        // exception in context: kept when it is frequent and the plain lemma is wrong for it.
        var plain = new Lemmatizer(tags, exceptions, rules, keepCapitals, known);
        var inContext = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (ConlluSentence s in train)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (s.Lemmas[i] == "_")
                {
                    continue;
                }

                int next = i + 1 < s.Count ? tagIds[s.Xpos[i + 1]] : -1;
                string key = Lemmatizer.ContextKey(Lemmatizer.Key(tagIds[s.Xpos[i]], Normalize(s.Forms[i])), next);
                if (!inContext.TryGetValue(key, out Dictionary<string, int>? byLemma))
                {
                    inContext[key] = byLemma = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byLemma[s.Lemmas[i]] = byLemma.GetValueOrDefault(s.Lemmas[i]) + 1;
            }
        }

        foreach ((string key, Dictionary<string, int> byLemma) in inContext.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string lemma = Best(byLemma);
            int count = byLemma[lemma];
            string form = key[1..key.IndexOf('\u0000', StringComparison.Ordinal)];
            string xpos = tags[key[0] - 1];
            string nextXpos = key[^1] == 0 ? "" : tags[key[^1] - 1];
            if (count >= MinContextCount && count >= 0.75 * byLemma.Values.Sum()
                && plain.Lemmatize(form, xpos, nextXpos.Length == 0 ? null : nextXpos) != lemma)
            {
                exceptions.Add(new(key, lemma));
            }
        }

        return new Lemmatizer(tags, exceptions, rules, keepCapitals, known);
    }

    /// <summary>The form as the lemmatizer looks it up: lower case, straight apostrophe, and without the invisible
    /// characters a lookup ignores (a treebank form with a zero-width space would otherwise be a key no lookup finds).</summary>
    private static string Normalize(string form)
    {
        string lower = form.ToLowerInvariant().Replace('\u2019', '\'');
        if (!Tokenization.InvisibleChars.Any(lower))
        {
            return lower;
        }

        Span<char> clean = lower.Length <= 256 ? stackalloc char[lower.Length] : new char[lower.Length];
        return new string(clean[..Tokenization.InvisibleChars.Strip(lower, clean)]);
    }

    private static string Best(Dictionary<string, int> byLemma) =>
        byLemma.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
