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
}
