using System.Globalization;
using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Dates;

/// <summary>
/// Finds dates and periods and resolves them against the publication date, never against the clock.
/// </summary>
/// <remarks>
/// Reads: tokens, the publication date. Writes: <see cref="AnnotationContext.Dates"/>.
/// <list type="bullet">
/// <item>Absolute: "January 3, 2020", "3 January 2020", "November 2023", "March of 2019", a year ("in 2011").</item>
/// <item>Partial, given the year of publication: "June 18", "October 17" (the latest such day not more than a week
/// after publication); "in July", "in early December" (the such month nearest to publication).</item>
/// <item>Relative: "on Thursday" (the latest Thursday on or before publication), "today", "yesterday", "last
/// month", "this month", "last year", "March of last year", "a couple of days ago", "two weeks ago".</item>
/// <item>Periods: "the past year", "over the past month", "the past 10 days", "since October 17" (from that day
/// to publication), "the fall of 2017".</item>
/// </list>
/// A date that needs the publication date when none is known keeps its span with no value.
/// </remarks>
internal sealed class DateAnnotator : IAnnotator
{
    private readonly DateWords _words;
    private readonly Quantities.QuantityLexicons _numbers;

    public DateAnnotator(LexiconSet lexicons)
    {
        _words = lexicons.DateWords;
        _numbers = lexicons.QuantityLexicons;
    }

    public string Name => "dates";

    public Layers Requires => Layers.Tokens;

    public Layers Produces => Layers.Dates;

    /// <summary>A date found; when either end fell off the calendar, both are <see langword="null"/> (unresolved).</summary>
    private readonly record struct Found
    {
        public Found(int first, int last, DateOnly? from, DateOnly? to, DateGranularity granularity, bool relative)
        {
            First = first;
            Last = last;
            From = from is null || to is null ? null : from;
            To = from is null || to is null ? null : to;
            Granularity = granularity;
            Relative = relative;
        }

        public int First { get; init; }

        public int Last { get; init; }

        public DateOnly? From { get; init; }

        public DateOnly? To { get; init; }

        public DateGranularity Granularity { get; init; }

        public bool Relative { get; init; }
    }

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        var scan = new Scan(context.Text, context.Tokens, context.Published, this);
        var result = new List<DateMention>();
        for (int t = 0; t < scan.Tokens.Length; t++)
        {
            if (scan.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            if (scan.TryAt(t, out Found found))
            {
                var span = new TextSpan(scan.Tokens[found.First].Start, scan.Tokens[found.Last].End);
                result.Add(new DateMention(span, found.From, found.To, found.Granularity, found.Relative));
                t = found.Last;
            }
        }

        context.Dates = [.. result];
    }

    private ref struct Scan(string text, Token[] tokens, DateOnly? published, DateAnnotator owner)
    {
        public readonly Token[] Tokens = tokens;
        private readonly string _text = text;
        private readonly DateOnly? _published = published;
        private readonly DateWords _words = owner._words;
        private readonly Quantities.QuantityLexicons _numbers = owner._numbers;

        private readonly ReadOnlySpan<char> Word(int t) => t >= 0 && t < Tokens.Length ? Tokens[t].Slice(_text) : [];

        private readonly bool Is(int t, string word) => Word(t).Equals(word, StringComparison.OrdinalIgnoreCase);

        private readonly bool TryKind(int t, DateWordKind kind, out int value)
        {
            value = 0;
            if (t < 0 || t >= Tokens.Length || Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (kind == DateWordKind.Month)
            {
                return _words.TryGetMonth(Word(t), out value);
            }

            if (_words.TryGet(Word(t), out DateWord w) && w.Kind == kind)
            {
                value = w.Value;
                return true;
            }

            return false;
        }

        private readonly int Number(int t, int min, int max)
        {
            if (t < 0 || t >= Tokens.Length || Tokens[t].Kind != TokenKind.Number)
            {
                return -1;
            }

            return int.TryParse(Word(t), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max ? n : -1;
        }

        private readonly int Year(int t) => Tokens.Length > t && t >= 0 && Tokens[t].Length == 4 ? Number(t, 1900, 2100) : -1;

        public readonly bool TryAt(int t, out Found found)
        {
            // "since October 17": from the day to publication.
            if (Is(t, "since") && TryCore(t + 1, out Found since))
            {
                found = since with { First = t, To = since.From is null ? null : _published ?? since.To, Relative = since.Relative || _published is not null };
                return true;
            }

            // "over the past month", "the past year", "the past 10 days"
            int p = t;
            if (Is(p, "over") || Is(p, "in") || Is(p, "during"))
            {
                if (!Is(p + 1, "the"))
                {
                    return TryCore(t, out found);
                }

                p++;
            }

            if (Is(p, "the") && (Is(p + 1, "past") || Is(p + 1, "last")) && TryPast(p + 2, out found))
            {
                found = found with { First = p }; // "over the past month": the preposition is not part of the date
                return true;
            }

            return TryCore(t, out found);
        }

        private readonly bool TryPast(int t, out Found found)
        {
            found = default;
            int count = 1;
            int unit = t;
            int n = Number(t, 1, 1000);
            if (n > 0)
            {
                count = n;
                unit = t + 1;
            }
            else if (WordNumber(t, out int w))
            {
                count = w;
                unit = t + 1;
            }

            if (!TryKind(unit, DateWordKind.Unit, out int days))
            {
                return false;
            }

            DateOnly? from = null, to = null;
            if (_published is DateOnly pub)
            {
                from = CalendarMath.AddDays(Subtract(pub, days, count), 1);
                to = pub;
            }

            found = new Found(t, unit, from, to, DateGranularity.Day, true);
            return true;
        }

        private readonly bool TryCore(int t, out Found found)
        {
            found = default;
            int first = t;

            // "early", "mid", "late" before a month: part of the span, the month is the value.
            if (TryKind(t, DateWordKind.Part, out _) && TryKind(t + 1, DateWordKind.Month, out _))
            {
                t++;
            }

            if (TryKind(t, DateWordKind.Month, out int month))
            {
                return TryMonth(first, t, month, out found);
            }

            // "3 January 2020"
            int day = Number(t, 1, 31);
            if (day > 0 && TryKind(t + 1, DateWordKind.Month, out int m2))
            {
                int year = Year(t + 2);
                if (year > 0 && CalendarMath.IsValid(year, m2, day))
                {
                    found = new Found(first, t + 2, new DateOnly(year, m2, day), new DateOnly(year, m2, day), DateGranularity.Day, false);
                    return true;
                }

                DateOnly? resolved = InferYear(m2, day);
                found = new Found(first, t + 1, resolved, resolved, DateGranularity.Day, true);
                return true;
            }

            // A year: "in 2011", "the 2003 US invasion".
            int y = Year(t);
            if (y > 0 && Tokens[t].Kind == TokenKind.Number)
            {
                found = new Found(first, t, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DateGranularity.Year, false);
                return true;
            }

            // "on Thursday"
            if (TryKind(t, DateWordKind.Weekday, out int weekday) && Tokens[t].Has(TokenTraits.Capitalized))
            {
                DateOnly? date = null;
                if (_published is DateOnly pub)
                {
                    int back = ((int)pub.DayOfWeek - (weekday % 7) + 7) % 7;
                    date = CalendarMath.AddDays(pub, -back);
                }

                found = new Found(first, t, date, date, DateGranularity.Day, true);
                return true;
            }

            // "today", "yesterday"
            if (TryKind(t, DateWordKind.Relative, out int offset))
            {
                DateOnly? date = CalendarMath.AddDays(_published, offset);
                found = new Found(first, t, date, date, DateGranularity.Day, true);
                return true;
            }

            // "last month", "this year", "next week"
            if (TryKind(t, DateWordKind.Modifier, out int direction) && (Is(t, "last") || Is(t, "this") || Is(t, "next") || Is(t, "previous") || Is(t, "current") || Is(t, "coming"))
                && TryKind(t + 1, DateWordKind.Unit, out int unitDays))
            {
                found = Calendar(first, t + 1, unitDays, direction);
                return found.Last > 0 || found.First == first;
            }

            // "two days ago", "a couple of days ago", "a week ago"
            return TryAgo(first, t, out found);
        }

        private readonly bool TryMonth(int first, int t, int month, out Found found)
        {
            found = default;

            // "January 3, 2020" / "June 18"
            int day = Number(t + 1, 1, 31);
            if (day > 0)
            {
                int yearAt = Is(t + 2, ",") ? t + 3 : t + 2;
                int year = Year(yearAt);
                if (year > 0 && CalendarMath.IsValid(year, month, day))
                {
                    found = new Found(first, yearAt, new DateOnly(year, month, day), new DateOnly(year, month, day), DateGranularity.Day, false);
                    return true;
                }

                if (Tokens[t + 1].Length <= 2)
                {
                    DateOnly? resolved = InferYear(month, day);
                    found = new Found(first, t + 1, resolved, resolved, DateGranularity.Day, true);
                    return true;
                }
            }

            // "March of 2019", "March of last year", "November 2023"
            int yAt = Is(t + 1, "of") ? t + 2 : t + 1;
            int y = Year(yAt);
            if (y > 0)
            {
                found = MonthOf(first, yAt, y, month, false);
                return true;
            }

            if (Is(t + 1, "of") && TryKind(t + 2, DateWordKind.Modifier, out int direction) && Is(t + 3, "year"))
            {
                int? year = _published?.Year + direction;
                found = year is int yy ? MonthOf(first, t + 3, yy, month, true) : new Found(first, t + 3, null, null, DateGranularity.Month, true);
                return true;
            }

            // A month alone after a preposition or a part word: "in December", "since October", "early December".
            ReadOnlySpan<char> original = Word(first - 1);
            Span<char> before = stackalloc char[Math.Min(original.Length, 16)];
            AsciiCase.ToLowerInvariant(original[..before.Length], before);
            bool cue = first < t || before is "in" or "since" or "until" or "by" or "from" or "during" or "through" or "of" or "last" or "this" or "next" or "early" or "late" or "mid";
            if (!cue || Word(t) is "May" && first == t)
            {
                return false;
            }

            if (_published is DateOnly pub)
            {
                // The nearest such month to publication: "in July" written in June is this July, in January last July.
                int yr = pub.Year + (month - pub.Month > 6 ? -1 : month - pub.Month < -6 ? 1 : 0);
                found = MonthOf(first, t, yr, month, true);
            }
            else
            {
                found = new Found(first, t, null, null, DateGranularity.Month, true);
            }

            return true;
        }

        private static Found MonthOf(int first, int last, int year, int month, bool relative)
        {
            DateOnly? from = CalendarMath.Date(year, month, 1);
            DateOnly? to = from is DateOnly f ? CalendarMath.EndOfMonth(f) : null;
            return new Found(first, last, from, to, DateGranularity.Month, relative);
        }

        private readonly Found Calendar(int first, int last, int unitDays, int direction)
        {
            if (_published is not DateOnly pub)
            {
                return new Found(first, last, null, null, unitDays >= 365 ? DateGranularity.Year : unitDays >= 28 ? DateGranularity.Month : DateGranularity.Day, true);
            }

            if (unitDays >= 365)
            {
                int year = pub.Year + direction;
                return new Found(first, last, CalendarMath.Date(year, 1, 1), CalendarMath.Date(year, 12, 31), DateGranularity.Year, true);
            }

            if (unitDays >= 28)
            {
                DateOnly? m = CalendarMath.AddMonths(new DateOnly(pub.Year, pub.Month, 1), direction);
                return new Found(first, last, m, m is DateOnly start ? CalendarMath.EndOfMonth(start) : null, DateGranularity.Month, true);
            }

            // A week runs Monday to Sunday; a weekend is Saturday and Sunday.
            DateOnly? monday = CalendarMath.AddDays(pub, -(((int)pub.DayOfWeek + 6) % 7) + (7L * direction));
            return unitDays == 2
                ? new Found(first, last, CalendarMath.AddDays(monday, 5), CalendarMath.AddDays(monday, 6), DateGranularity.Day, true)
                : new Found(first, last, monday, CalendarMath.AddDays(monday, 6), DateGranularity.Day, true);
        }

        private readonly bool TryAgo(int first, int t, out Found found)
        {
            found = default;
            int count;
            int unit;
            if (Number(t, 1, 1000) is int n && n > 0)
            {
                count = n;
                unit = t + 1;
            }
            else if (WordNumber(t, out int w))
            {
                count = w;
                unit = t + 1;
            }
            else if ((Is(t, "a") || Is(t, "an")) && TryKind(t + 1, DateWordKind.Unit, out _))
            {
                count = 1;
                unit = t + 1;
            }
            else if (Is(t, "a") && (Is(t + 1, "couple") || Is(t + 1, "few")) && Is(t + 2, "of"))
            {
                count = Is(t + 1, "couple") ? 2 : 3;
                unit = t + 3;
            }
            else if (Is(t, "a") && Is(t + 1, "few"))
            {
                count = 3;
                unit = t + 2;
            }
            else if (Is(t, "several"))
            {
                count = 3;
                unit = t + 1;
            }
            else
            {
                return false;
            }

            if (!TryKind(unit, DateWordKind.Unit, out int days) || !Is(unit + 1, "ago"))
            {
                return false;
            }

            DateOnly? date = _published is DateOnly pub ? Subtract(pub, days, count) : null;
            DateGranularity granularity = days >= 365 ? DateGranularity.Year : days >= 28 ? DateGranularity.Month : DateGranularity.Day;
            if (date is DateOnly d && granularity != DateGranularity.Day)
            {
                DateOnly start = granularity == DateGranularity.Year ? new DateOnly(d.Year, 1, 1) : new DateOnly(d.Year, d.Month, 1);
                DateOnly end = granularity == DateGranularity.Year ? new DateOnly(d.Year, 12, 31) : CalendarMath.EndOfMonth(start);
                found = new Found(first, unit + 1, start, end, granularity, true);
                return true;
            }

            found = new Found(first, unit + 1, date, date, DateGranularity.Day, true);
            return true;
        }

        private readonly bool WordNumber(int t, out int value)
        {
            value = 0;
            if (t < 0 || t >= Tokens.Length || Tokens[t].Kind != TokenKind.Word || Tokens[t].Length > 16)
            {
                return false;
            }

            Span<char> lower = stackalloc char[Tokens[t].Length];
            AsciiCase.ToLowerInvariant(Word(t), lower);
            if (_numbers.Numbers.TryGetValue(lower, out Quantities.NumberWord w) && w.Kind is Quantities.NumberWordKind.Unit or Quantities.NumberWordKind.Teen or Quantities.NumberWordKind.Tens)
            {
                value = (int)w.Value;
                return value > 0;
            }

            return false;
        }

        private static DateOnly? Subtract(DateOnly pub, int unitDays, int count) => unitDays switch
        {
            >= 3650 => CalendarMath.AddYears(pub, -10L * count),
            >= 365 => CalendarMath.AddYears(pub, -count),
            >= 28 => CalendarMath.AddMonths(pub, -count),
            _ => CalendarMath.AddDays(pub, -(long)unitDays * count),
        };

        /// <summary>A month and day without a year: that day in the year of publication, or in the year before when it
        /// would fall more than a week after publication (news reports what happened).</summary>
        private readonly DateOnly? InferYear(int month, int day)
        {
            if (_published is not DateOnly pub)
            {
                return null;
            }

            int year = pub.Year;
            if (!CalendarMath.IsValid(year, month, day))
            {
                return null;
            }

            var date = new DateOnly(year, month, day);
            if (date > (CalendarMath.AddDays(pub, 7) ?? DateOnly.MaxValue))
            {
                // The year before; in year 1 there is none, so the date stays unresolved.
                return CalendarMath.Date(year - 1L, month, day);
            }

            return date;
        }
    }
}
