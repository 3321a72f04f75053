namespace NewsExtract.Entities.Names;

/// <summary>The coarse name classes the learned name finder tells apart (the training data's PER, ORG, LOC).</summary>
internal enum NameClass : byte
{
    Person,
    Organization,
    Location,
}

/// <summary>
/// The BILOU tag set of the name finder: class 0 is O (outside), then for each <see cref="NameClass"/> B (begin),
/// I (inside), L (last) and U (unit, a one-token name). Only tags that continue a name may follow B or I, and only tags
/// that do not may follow O, L or U, so a decoded sequence always spells whole names.
/// </summary>
internal static class NameTags
{
    public const int Outside = 0;
    public const int ClassCount = 1 + (3 * 4);

    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    public static int Of(NameClass type, int position) => 1 + ((int)type * 4) + position;

    public static NameClass TypeOf(int tag) => (NameClass)((tag - 1) / 4);

    public static int PositionOf(int tag) => (tag - 1) % 4;

    /// <summary>Whether a name is open after <paramref name="tag"/> (B or I): the next tag must continue it.</summary>
    public static bool IsOpen(int tag) => tag != Outside && PositionOf(tag) is Begin or Inside;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>; <paramref name="atEnd"/> forbids leaving a name open.</summary>
    public static bool Allowed(int previous, int next, bool atEnd)
    {
        if (IsOpen(previous))
        {
            return next != Outside && TypeOf(next) == TypeOf(previous) && PositionOf(next) is Inside or Last && !(atEnd && PositionOf(next) == Inside);
        }

        return next == Outside || PositionOf(next) == Unit || (PositionOf(next) == Begin && !atEnd);
    }

    /// <summary>Writes the BILOU tags of a name over tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public static void Write(Span<int> tags, int first, int last, NameClass type)
    {
        if (first == last)
        {
            tags[first] = Of(type, Unit);
            return;
        }

        tags[first] = Of(type, Begin);
        for (int t = first + 1; t < last; t++)
        {
            tags[t] = Of(type, Inside);
        }

        tags[last] = Of(type, Last);
    }

    /// <summary>The coarse class of a library type; <see langword="null"/> for nationalities, which are no names here.</summary>
    public static NameClass? ClassOf(EntityType type) => type switch
    {
        EntityType.Person => NameClass.Person,
        EntityType.ArmedGroup or EntityType.StateForce or EntityType.Government or EntityType.Organization => NameClass.Organization,
        EntityType.GeoPolitical or EntityType.Location or EntityType.Facility => NameClass.Location,
        _ => null,
    };
}
