namespace NewsExtract.Dates;

/// <summary>
/// Date arithmetic that never throws: a result outside <see cref="DateOnly.MinValue"/> to
/// <see cref="DateOnly.MaxValue"/> is <see langword="null"/>, so a relative date that falls off the calendar is left
/// unresolved instead of crashing (<c>annotate --date 0001-01-01</c> with "last year").
/// </summary>
internal static class CalendarMath
{
    private static readonly int s_minDay = DateOnly.MinValue.DayNumber;
    private static readonly int s_maxDay = DateOnly.MaxValue.DayNumber;

    /// <summary>The date <paramref name="days"/> days away, or <see langword="null"/> off the calendar.</summary>
    public static DateOnly? AddDays(DateOnly? date, long days)
    {
        if (date is not DateOnly d)
        {
            return null;
        }

        long n = d.DayNumber + days;
        return n >= s_minDay && n <= s_maxDay ? DateOnly.FromDayNumber((int)n) : null;
    }

    /// <summary>The date <paramref name="months"/> months away (day clamped to the month), or <see langword="null"/>.</summary>
    public static DateOnly? AddMonths(DateOnly? date, long months)
    {
        if (date is not DateOnly d)
        {
            return null;
        }

        long index = (d.Year * 12L) + (d.Month - 1) + months;
        long year = Math.DivRem(index, 12, out long month);
        if (year < 1 || year > 9999)
        {
            return null;
        }

        int y = (int)year, m = (int)month + 1;
        return new DateOnly(y, m, Math.Min(d.Day, DateTime.DaysInMonth(y, m)));
    }

    /// <summary>The date <paramref name="years"/> years away, or <see langword="null"/>.</summary>
    public static DateOnly? AddYears(DateOnly? date, long years) => AddMonths(date, years * 12);

    /// <summary>The day, or <see langword="null"/> when it is not on the calendar (year 0, 31 April, ...).</summary>
    public static DateOnly? Date(long year, int month, int day) =>
        IsValid(year, month, day) ? new DateOnly((int)year, month, day) : null;

    /// <summary>Whether the day exists on the calendar, for any year (no exception for year 0 or 10000).</summary>
    public static bool IsValid(long year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth((int)year, month);

    /// <summary>The last day of the month of <paramref name="date"/>.</summary>
    public static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
