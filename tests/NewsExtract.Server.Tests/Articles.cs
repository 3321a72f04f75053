using System.Net.Http.Headers;
using System.Text;

namespace NewsExtract.Server.Tests;

/// <summary>Request helpers and invented article text (our own fiction, not news text).</summary>
public static class Articles
{
    public const string Brief =
        "BAGHDAD, March 4 -- The Zephyr Brigades launched three drones at Ain al-Asad Air Base on Tuesday, "
        + "a U.S. defense official said. \"We will not stop,\" a spokesman for Kataib Hezbollah told reporters.";

    /// <summary>An invented article of about 2 KB (UTF-8), for the load figures.</summary>
    public static string TwoKilobytes { get; } = BuildTwoKilobytes();

    public static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    public static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static string BuildTwoKilobytes()
    {
        string[] sentences =
        [
            "ERBIL, Iraq, May 12 -- Militants fired at least five rockets at a base hosting coalition troops near Erbil on Sunday, two officials said.",
            "No one was hurt in the attack, according to a statement from the Kurdistan Region's interior ministry.",
            "Kataib Hezbollah denied any role, while a spokesman for the Islamic Resistance in Iraq said the group had targeted \"occupation forces.\"",
            "The Pentagon said U.S. forces had been attacked more than 40 times since October 17, mostly with drones and rockets.",
            "\"We will respond at a time and place of our choosing,\" Defense Secretary Lloyd Austin told reporters in Washington on Monday.",
            "Iraqi Prime Minister Mohammed Shia al-Sudani condemned the strike and ordered an investigation, his office said in a statement.",
            "About 2,500 U.S. troops remain in Iraq and some 900 in Syria on a mission to advise local forces fighting the Islamic State.",
        ];
        var builder = new StringBuilder();
        int i = 0;
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < 2000)
        {
            builder.Append(sentences[i % sentences.Length]).Append(i % 3 == 2 ? "\n\n" : " ");
            i++;
        }

        return builder.ToString();
    }
}
