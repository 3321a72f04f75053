namespace NewsExtract.Events;

/// <summary>The roles of one trigger, as token heads (-1 when absent) and spans.</summary>
internal sealed class FoundRoles
{
    public EventRole? Attacker;
    public EventRole? Target;
    public EventRole? Place;
    public EventRole? Time;
    public EventRole? Count;
    public EventRole? Killed;
    public EventRole? Injured;
    public DateMention? Date;
    public Quantity? CountQuantity;

    /// <summary>A place named by a modifier of the trigger noun ("the Erbil airport drone attack"): the place when nothing else is.</summary>
    public EventRole? ModifierPlace;

    /// <summary>A place-like noun of an oblique ("at a U.S. base"): the place when the sentence names no place.</summary>
    public EventRole? NounPlace;
}
