namespace NewsExtract.Entities;

/// <summary>The entity layer's last pass: nationality words outside names (moved out of EntityAnnotator.cs, issue 14).</summary>
internal sealed partial class EntityAnnotator
{
    /// <summary>Nationality adjectives and nouns ("Iranian", "Iraqis", "Shia") not inside a name.</summary>
    private List<Candidate> FindNationalities(Work work, List<Candidate> chosen)
    {
        bool[] covered = work.Flags();
        foreach (Candidate c in chosen)
        {
            for (int t = c.FirstToken; t <= c.LastToken; t++)
            {
                covered[t] = true;
            }
        }

        var result = new List<Candidate>();
        for (int u = 0; u < work.Units.Count; u++)
        {
            NameUnit unit = work.Units[u];
            if (covered[unit.LastToken] || !IsCapitalizedWord(work, u) || !_lexicons.Demonyms.TryGetValue(work.Key(u, u), out string? key))
            {
                continue;
            }

            string name = work.TokenText(unit.LastToken).ToString();
            result.Add(new Candidate(unit.LastToken, unit.LastToken, EntityType.Nationality, key, name, EntityOrigin.Gazetteer, Priority.Gazetteer, -1));
        }

        return result;
    }
}
