namespace NewsExtract.Dates;

/// <summary>
/// Finds a full calendar date in a short line ("January 23, 2020", "Thursday, 23 January 2020", "2020-01-23",
/// "November 2023"); used to read the publication date from a dateline.
/// </summary>
internal static class DatelineParser
{
    private readonly record struct Piece(int Start, int End, int Number, int Month, bool IsWeekday, char SeparatorAfter);

    /// <summary>Finds the first date in <paramref name="line"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="words">Month and weekday names.</param>
    /// <param name="date">The date (first of the month for a month-only date).</param>
    /// <param name="granularity">Day or month.</param>
    /// <param name="wholeLine">Whether the line holds nothing but the date and weekday names.</param>
    /// <returns>Whether a date was found.</returns>
    public static bool TryFind(ReadOnlySpan<char> line, DateWords words, out DateOnly date, out DateGranularity granularity, out bool wholeLine)
    {
        date = default;
        granularity = DateGranularity.Day;
        wholeLine = false;
        if (line.Length > 200)
        {
            return false;
        }

        Span<Piece> pieces = stackalloc Piece[24];
        int count = 0;
        int i = 0;
        while (i < line.Length && count < pieces.Length)
        {
            if (!char.IsLetterOrDigit(line[i]))
            {
                i++;
                continue;
            }

            int start = i;
            bool digits = char.IsAsciiDigit(line[i]);
            while (i < line.Length && (digits ? char.IsAsciiDigit(line[i]) : char.IsLetter(line[i])))
            {
                i++;
            }

            int end = i;
            if (!digits && i < line.Length && line[i] == '.')
            {
                end = i + 1; // "Jan."
            }

            ReadOnlySpan<char> text = line[start..end];
            int number = -1, month = 0;
            bool weekday = false;
            if (digits)
            {
                number = text.Length <= 4 ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : -1;
                // "23rd"
                if (i + 1 < line.Length && char.IsLetter(line[i]))
                {
                    ReadOnlySpan<char> suffix = line.Slice(i, 2);
                    if (suffix is "st" or "nd" or "rd" or "th")
                    {
                        i += 2;
                        end = i;
                    }
                }
            }
            else if (words.TryGetMonth(text, out int m) || (end > i && words.TryGetMonth(line[start..i], out m)))
            {
                month = m;
            }
            else if (words.TryGet(text, out DateWord w) && w.Kind == DateWordKind.Weekday)
            {
                weekday = true;
            }
            else if (end > i && words.TryGet(line[start..i], out w) && w.Kind == DateWordKind.Weekday)
            {
                weekday = true;
            }

            char sep = i < line.Length ? line[i] : '\0';
            pieces[count++] = new Piece(start, end, number, month, weekday, sep);
            i = Math.Max(i, end);
        }

        for (int p = 0; p < count; p++)
        {
            int used = Match(pieces[..count], p, out date, out granularity);
            if (used > 0)
            {
                wholeLine = true;
                for (int q = 0; q < count; q++)
                {
                    if ((q < p || q >= p + used) && !pieces[q].IsWeekday)
                    {
                        wholeLine = false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private static int Match(ReadOnlySpan<Piece> pieces, int p, out DateOnly date, out DateGranularity granularity)
    {
        date = default;
        granularity = DateGranularity.Day;
        Piece a = pieces[p];
        Piece? b = p + 1 < pieces.Length ? pieces[p + 1] : null;
        Piece? c = p + 2 < pieces.Length ? pieces[p + 2] : null;

        // Month D, YYYY
        if (a.Month > 0 && b is { Number: >= 1 and <= 31 } day && c is { Number: >= 1000 } year && IsYear(year)
            && TryDate(year.Number, a.Month, day.Number, out date))
        {
            return 3;
        }

        // D Month YYYY
        if (a.Number is >= 1 and <= 31 && b is { Month: > 0 } month && c is { Number: >= 1000 } y2 && IsYear(y2)
            && TryDate(y2.Number, month.Month, a.Number, out date))
        {
            return 3;
        }

        // YYYY-MM-DD
        if (a.Number >= 1000 && IsYear(a) && a.SeparatorAfter is '-' or '/' && b is { Number: >= 1 and <= 12 } mm && c is { Number: >= 1 and <= 31 } dd
            && TryDate(a.Number, mm.Number, dd.Number, out date))
        {
            return 3;
        }

        // Month YYYY
        if (a.Month > 0 && b is { Number: >= 1000 } y3 && IsYear(y3) && TryDate(y3.Number, a.Month, 1, out date))
        {
            granularity = DateGranularity.Month;
            return 2;
        }

        return 0;
    }

    private static bool IsYear(Piece piece) => piece.End - piece.Start == 4 && piece.Number is >= 1900 and <= 2199;

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
