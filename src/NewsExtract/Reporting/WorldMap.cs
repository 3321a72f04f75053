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

    public static void Write(TextWriter w, IReadOnlyList<TopCounter<PlaceInfo>.Entry> places, string id = "map",
        string caption = "Places with gazetteer coordinates (dot area by mentions)", string unit = "mentions")
    {
        (double vx, double vy, double vw, double vh) = View(places);
        double scale = vw / 360;
        string box = SvgCharts.Fmt("{0} {1} {2} {3}", vx, vy, vw, vh);
        w.Write("<figure class=\"chart map\" id=\"" + id + "\">\n<figcaption>");
        HtmlText.Write(w, caption);
        w.Write("</figcaption>\n<svg class=\"world\" viewBox=\"" + box + "\" role=\"img\" aria-label=\"Map of places by " + unit + "\">\n");
        string clip = id == "map" ? "world-clip" : id + "-clip";
        w.Write(SvgCharts.Fmt("<defs><clipPath id=\"" + clip + "\"><rect x=\"{0}\" y=\"{1}\" width=\"{2}\" height=\"{3}\"></rect></clipPath></defs>\n", vx, vy, vw, vh));
        w.Write(SvgCharts.Fmt("<rect class=\"sea\" x=\"{0}\" y=\"{1}\" width=\"{2}\" height=\"{3}\"></rect>\n", vx, vy, vw, vh));
        w.Write(SvgCharts.Fmt("<g class=\"land\" clip-path=\"url(#" + clip + ")\" style=\"stroke-width: {0}\">\n", Math.Max(0.02, 0.15 * scale)));
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
            double r = (0.9 + 5.5 * Math.Sqrt(place.Count / max)) * Math.Max(scale, 0.12);
            w.Write("<circle class=\"dot\" ");
            w.Write(SvgCharts.Fmt("cx=\"{0}\" cy=\"{1}\" r=\"{2}\" style=\"stroke-width: {3}\">", X(place.Info.Lon), Y(place.Info.Lat), r, 0.2 * scale));
            w.Write("<title>");
            HtmlText.Write(w, place.Info.Name + ": " + HtmlText.Grouped(place.Count) + " " + unit + " (" + Coordinates(place.Info) + ")");
            w.Write("</title></circle>\n");
        }

        // Labels for the most mentioned places, skipping any that would overlap a label already placed.
        double font = 3.2 * scale;
        var placed = new List<(double X, double Y, double W)>();
        foreach (TopCounter<PlaceInfo>.Entry place in places)
        {
            if (placed.Count >= LabelledPlaces)
            {
                break;
            }

            string label = HtmlText.OneLine(place.Info.Name, 24);
            double x = X(place.Info.Lon) + font * 0.5, y = Y(place.Info.Lat) - font * 0.4, width = label.Length * font * 0.55;
            if (placed.Any(p => x < p.X + p.W && p.X < x + width && Math.Abs(p.Y - y) < font * 1.1))
            {
                continue;
            }

            placed.Add((x, y, width));
            w.Write(SvgCharts.Fmt("<text class=\"map-label\" x=\"{0}\" y=\"{1}\" style=\"font-size: {2}px; stroke-width: {3}px\">", x, y, Math.Round(font, 2), Math.Round(font * 0.18, 2)));
            HtmlText.Write(w, label);
            w.Write("</text>\n");
        }

        w.Write("</g>\n</svg>\n<p class=\"note\">Outlines: Natural Earth 1:110m (public domain), via world-atlas (ISC). ");
        w.Write("The view frames the places shown; places without coordinates in the gazetteer are not drawn.</p>\n</figure>\n");
    }

    /// <summary>
    /// The part of the world to show: the places' bounding box with a margin, at least 40 by 16 degrees, widened to
    /// the map's 2.5:1 shape and kept inside the world view (84 north to 60 south). The whole world when there is no place.
    /// </summary>
    internal static (double X, double Y, double Width, double Height) View(IReadOnlyList<TopCounter<PlaceInfo>.Entry> places)
    {
        const double worldTop = 6, worldHeight = 144, ratio = 2.5;
        if (places.Count == 0)
        {
            return (0, worldTop, 360, worldHeight);
        }

        double minX = places.Min(p => X(p.Info.Lon)) - 6, maxX = places.Max(p => X(p.Info.Lon)) + 6;
        double minY = places.Min(p => Y(p.Info.Lat)) - 5, maxY = places.Max(p => Y(p.Info.Lat)) + 5;
        double width = Math.Max(40, maxX - minX), height = Math.Max(16, maxY - minY);
        if (width / height > ratio)
        {
            height = width / ratio;
        }
        else
        {
            width = height * ratio;
        }

        if (width >= 360 || height >= worldHeight)
        {
            return (0, worldTop, 360, worldHeight);
        }

        double x = Math.Clamp((minX + maxX - width) / 2, 0, 360 - width);
        double y = Math.Clamp((minY + maxY - height) / 2, worldTop, worldTop + worldHeight - height);
        return (x, y, width, height);
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
