using System.Globalization;

namespace NewsExtract;

/// <summary>Writes ISO 8601 values for resolved dates.</summary>
internal static class DateValueFormatter
{
    public static string? Format(DateOnly? from, DateOnly? to, DateGranularity granularity)
    {
        if (from is not DateOnly f)
        {
            return null;
        }

        DateOnly t = to ?? f;
        string single = Single(f, granularity);
        if (Single(t, granularity) == single && IsWholeUnit(f, t, granularity))
        {
            return single;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{f:yyyy-MM-dd}/{t:yyyy-MM-dd}");
    }

    private static bool IsWholeUnit(DateOnly from, DateOnly to, DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => from == to,
        DateGranularity.Month => from.Day == 1 && to == Dates.CalendarMath.EndOfMonth(from),
        _ => from.DayOfYear == 1 && to == new DateOnly(from.Year, 12, 31),
    };

    private static string Single(DateOnly d, DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGranularity.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}
