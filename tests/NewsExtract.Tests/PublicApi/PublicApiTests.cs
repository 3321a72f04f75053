using System.Reflection;
using System.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.PublicApi;

/// <summary>
/// The library's public surface, snapshotted to an approved text file (as Humanizer's PublicApiApprovalTest does,
/// written here with reflection because PublicApiGenerator is not in the package registry). A change to the surface
/// fails this test until the approved file is updated on purpose: copy the <c>.received.txt</c> file over it.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedFile()
    {
        string approvedPath = Path.Combine(Repo.Root, "tests", "NewsExtract.Tests", "PublicApi", "NewsExtract.approved.txt");
        string received = Describe(typeof(NewsExtractor).Assembly);
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (received != approved)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt", received);
        }

        received.Should().Be(approved, "the public API changed: review NewsExtract.received.txt and copy it over NewsExtract.approved.txt if intended");
    }

    [Fact]
    public void PublicApi_EveryClassIsSealedOrStatic()
    {
        foreach (Type type in typeof(NewsExtractor).Assembly.GetExportedTypes().Where(t => t.IsClass))
        {
            type.IsSealed.Should().BeTrue($"{type} should be sealed or static (STYLE: types are sealed by default)");
        }
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            if (type.BaseType is Type b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            {
                text.Append(" : ").Append(Name(b));
            }

            text.Append('\n');
            if (type.IsEnum)
            {
                foreach (string name in Enum.GetNames(type))
                {
                    text.Append("  ").Append(name).Append(" = ").Append(Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                }

                continue;
            }

            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var lines = new List<string>();
            foreach (MemberInfo member in type.GetMembers(flags))
            {
                string? line = member switch
                {
                    ConstructorInfo c => $"ctor({Parameters(c)})",
                    MethodInfo m when !m.IsSpecialName && !IsCompilerGenerated(m) => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
                    PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{Setter(p)} }}",
                    FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
                    EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
                    _ => null,
                };
                if (line is not null)
                {
                    lines.Add("  " + line);
                }
            }

            foreach (string line in lines.Order(StringComparer.Ordinal))
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Members a record declaration generates; listing them would only repeat the word "record".</summary>
    private static bool IsCompilerGenerated(MethodInfo m) =>
        m.Name == "<Clone>$"
        || (IsRecord(m.DeclaringType!) && m.Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "op_Equality" or "op_Inequality");

    private static bool IsRecord(Type t) =>
        t.GetMethod("<Clone>$") is not null || t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static string Setter(PropertyInfo p)
    {
        MethodInfo? set = p.SetMethod;
        if (set is null || !set.IsPublic)
        {
            return "";
        }

        bool init = set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
        return init ? " init;" : " set;";
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum"
        : t.IsInterface ? "interface"
        : t.IsValueType ? (IsRecord(t) ? "record struct" : "struct")
        : t.IsAbstract && t.IsSealed ? "static class"
        : IsRecord(t) ? (t.IsSealed ? "sealed record" : "record")
        : t.IsSealed ? "sealed class"
        : t.IsAbstract ? "abstract class"
        : "class";

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p =>
            (p.ParameterType.IsByRef ? (p.IsOut ? "out " : "ref ") : "")
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)
            + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : "")));

    private static string Name(Type t)
    {
        if (Nullable.GetUnderlyingType(t) is Type inner)
        {
            return Name(inner) + "?";
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : t.Namespace == "NewsExtract" || t.Namespace == "System" ? t.Name : t.FullName ?? t.Name;
        if (t.IsGenericType)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            name = (tick >= 0 ? name[..tick] : name) + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
