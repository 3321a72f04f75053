namespace NewsExtract;

/// <summary>The shape of the JSON that <see cref="NewsDocumentJson"/> writes (see <c>docs/output-format.md</c>).</summary>
public enum JsonOutputSchema
{
    /// <summary>
    /// The shape of the gold files: <c>entities</c> is the list of mentions, each carrying its entity's type, key, name
    /// and attributes. No <c>schema</c> field.
    /// </summary>
    V1 = 1,

    /// <summary>
    /// <c>"schema": 2</c>; <c>entities</c> is a table of distinct entities (type, key, name, attributes, coordinates),
    /// and <c>mentions</c> refer to it by index. Every other layer is as in <see cref="V1"/>.
    /// </summary>
    V2 = 2,
}
