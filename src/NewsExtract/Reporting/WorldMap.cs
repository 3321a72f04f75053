using System.Reflection;
using System.Text;

namespace NewsExtract;

/// <summary>
/// The report's map: country outlines from Natural Earth 1:110m (public domain, through world-atlas, ISC; converted by
/// <c>tools/world-outline/convert.mjs</c> into the embedded <c>world-110m.tsv</c>) with a dot per place, its area
/// proportional to the place's mentions.
/// </summary>
/// <remarks>
/// The projection is equirectangular: x = longitude + 180, y = 90 - latitude, so a place's gazetteer coordinates
/// are its position with no arithmetic beyond a shift. The view stops at 84 degrees north and 60 south.
/// </remarks>
internal static class WorldMap
{
    private const string Resource = "NewsExtract.Data.world-110m.tsv";
    private const int LabelledPlaces = 8;

    private static readonly Lazy<string[]> s_outline = new(LoadOutline);

    /// <summary>The SVG path data of every country, in the resource's order.</summary>
    public static string[] Outline => s_outline.Value;

    public static void Write(TextWriter w, IReadOnlyList<TopCounter<PlaceInfo>.Entry> places)
    {
        w.Write("<figure class=\"chart map\" id=\"map\">\n<figcaption>Places with gazetteer coordinates (dot area by mentions)</figcaption>\n");
        w.Write("<svg class=\"world\" viewBox=\"0 6 360 144\" role=\"img\" aria-label=\"Map of places by mentions\">\n");
        w.Write("<defs><clipPath id=\"world-clip\"><rect x=\"0\" y=\"6\" width=\"360\" height=\"144\"></rect></clipPath></defs>\n");
        w.Write("<rect class=\"sea\" x=\"0\" y=\"6\" width=\"360\" height=\"144\"></rect>\n<g class=\"land\" clip-path=\"url(#world-clip)\">\n");
        foreach (string d in Outline)
        {
            w.Write("<path d=\"");
            w.Write(d);
            w.Write("\"></path>\n");
        }

        w.Write("</g>\n<g class=\"dots\">\n");
        double max = places.Count == 0 ? 1 : Math.Max(1, places.Max(p => p.Count));

        // Biggest first, so small dots are drawn over big ones and stay visible.
        foreach (TopCounter<PlaceInfo>.Entry place in places.OrderByDescending(p => p.Count))
        {
            double r = 0.9 + 5.5 * Math.Sqrt(place.Count / max);
            w.Write("<circle class=\"dot\" ");
            w.Write(SvgCharts.Fmt("cx=\"{0}\" cy=\"{1}\" r=\"{2}\">", X(place.Info.Lon), Y(place.Info.Lat), r));
            w.Write("<title>");
            HtmlText.Write(w, place.Info.Name + ": " + HtmlText.Grouped(place.Count) + " mentions (" + Coordinates(place.Info) + ")");
            w.Write("</title></circle>\n");
        }

        foreach (TopCounter<PlaceInfo>.Entry place in places.Take(LabelledPlaces))
        {
            w.Write(SvgCharts.Fmt("<text class=\"map-label\" x=\"{0}\" y=\"{1}\">", X(place.Info.Lon) + 1.5, Y(place.Info.Lat) - 1.5));
            HtmlText.Write(w, HtmlText.OneLine(place.Info.Name, 24));
            w.Write("</text>\n");
        }

        w.Write("</g>\n</svg>\n<p class=\"note\">Outlines: Natural Earth 1:110m (public domain), via world-atlas (ISC). ");
        w.Write("Places without coordinates in the gazetteer are not drawn.</p>\n</figure>\n");
    }

    /// <summary>"33.3, 44.4" (latitude, longitude) for people to read.</summary>
    public static string Coordinates(PlaceInfo place) => HtmlText.Number(place.Lat) + ", " + HtmlText.Number(place.Lon);

    private static double X(double lon) => lon + 180;

    private static double Y(double lat) => 90 - lat;

    private static string[] LoadOutline()
    {
        Assembly assembly = typeof(WorldMap).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException(Errors.ResourceMissing("world-110m.tsv"));
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        var paths = new List<string>();
        bool header = true;
        while (reader.ReadLine() is string line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                paths.Add(line[(tab + 1)..]);
            }
        }

        return [.. paths];
    }
}
