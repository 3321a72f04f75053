namespace NewsExtract.Lexicons;

internal enum PatternMatch : byte
{
    Exact,
    Prefix,
    Suffix,
    Contains,
}

internal readonly record struct ZonePattern(string Pattern, ZoneKind Zone, PatternMatch Match, int MaxLength)
{
    /// <summary>Tests a trimmed line; prefixes that end in a letter must end at a word boundary ("By " but not "Byzantine").</summary>
    public bool IsMatch(ReadOnlySpan<char> line)
    {
        if (MaxLength > 0 && line.Length > MaxLength)
        {
            return false;
        }

        switch (Match)
        {
            case PatternMatch.Exact:
                return line.Equals(Pattern, StringComparison.OrdinalIgnoreCase);
            case PatternMatch.Prefix:
                if (!line.StartsWith(Pattern, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                return line.Length == Pattern.Length || !char.IsLetter(Pattern[^1]) || !char.IsLetter(line[Pattern.Length]);
            case PatternMatch.Suffix:
                return line.EndsWith(Pattern, StringComparison.OrdinalIgnoreCase);
            default:
                return line.Contains(Pattern, StringComparison.OrdinalIgnoreCase);
        }
    }

    public static ZonePattern[] Load(TsvTable table)
    {
        int pattern = table.Column("pattern");
        int zone = table.Column("zone");
        int match = table.Column("match");
        int max = table.Column("maxLength");
        var list = new List<ZonePattern>();
        foreach (string[] row in table.Rows)
        {
            string zoneName = TsvTable.Field(row, zone);
            string matchName = TsvTable.Field(row, match);
            if (!Enum.TryParse(zoneName, out ZoneKind kind))
            {
                throw new LexiconFormatException(Errors.LexiconBadValue(table.Name, "zone", zoneName));
            }

            if (!Enum.TryParse(matchName, out PatternMatch how))
            {
                throw new LexiconFormatException(Errors.LexiconBadValue(table.Name, "match", matchName));
            }

            _ = int.TryParse(TsvTable.Field(row, max), out int maxLength);
            list.Add(new ZonePattern(TsvTable.Field(row, pattern), kind, how, maxLength));
        }

        return [.. list];
    }
}
