namespace NewsExtract.Syntax;

/// <summary>
/// UD morphological features derived from the Penn tag, and Voice=Pass from the parse (a participle with a passive
/// auxiliary or passive subject). Only what the tag and the tree determine: Number, Person, Tense, VerbForm, Degree,
/// Mood and Voice.
/// </summary>
internal static class Morphology
{
    private const string PassiveParticiple = "Tense=Past|VerbForm=Part|Voice=Pass";

    public static string Features(string xpos, bool passive) => xpos switch
    {
        "NN" or "NNP" => "Number=Sing",
        "NNS" or "NNPS" => "Number=Plur",
        "VB" => "VerbForm=Inf",
        "VBD" => "Mood=Ind|Tense=Past|VerbForm=Fin",
        "VBZ" => "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
        "VBP" => "Mood=Ind|Tense=Pres|VerbForm=Fin",
        "VBG" => "VerbForm=Ger",
        "VBN" => passive ? PassiveParticiple : "Tense=Past|VerbForm=Part",
        "JJ" or "RB" => "Degree=Pos",
        "JJR" or "RBR" => "Degree=Cmp",
        "JJS" or "RBS" => "Degree=Sup",
        "CD" => "NumType=Card",
        _ => "_",
    };

    /// <summary>Whether a relation marks its head as passive.</summary>
    public static bool MarksPassive(string relation) => relation is "aux:pass" or "nsubj:pass" or "csubj:pass" or "obl:agent";
}
