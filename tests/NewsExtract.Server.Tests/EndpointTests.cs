using System.Net;
using System.Text;
using System.Text.Json;
using NewsExtract.Cli;

namespace NewsExtract.Server.Tests;

/// <summary>The endpoints in memory (Microsoft.AspNetCore.Mvc.Testing), compared with what the CLI prints.</summary>
public sealed class EndpointTests : IClassFixture<ServerFactory>, IDisposable
{
    private readonly HttpClient _client;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsextract-server-tests-" + Guid.NewGuid().ToString("N"));

    public EndpointTests(ServerFactory factory)
    {
        _client = factory.CreateClient();
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Annotate_TextPlain_IsByteForByteWhatTheCliPrints(bool indent)
    {
        string file = Write("zephyr.txt", Articles.Brief);
        string cli = RunCli(["annotate", file, "--date", "2024-03-06", "--include", "tokens,sentences", .. indent ? Array.Empty<string>() : ["--compact"]]);

        using HttpResponseMessage response = await _client.PostAsync(
            $"/v1/annotate?date=2024-03-06&include=tokens,sentences&id=zephyr&indent={indent}", Articles.Text(Articles.Brief), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be(cli);
        cli.Should().Contain("\"tokens\"").And.Contain("kataib-hezbollah");
    }

    [Fact]
    public async Task Annotate_Json_GivesTheSameDocumentAsTextPlain()
    {
        using HttpResponseMessage plain = await _client.PostAsync("/v1/annotate?date=2024-03-06&include=quotes&id=a", Articles.Text(Articles.Brief), Ct);
        string body = JsonSerializer.Serialize(new { text = Articles.Brief, date = "2024-03-06", include = new[] { "quotes" }, id = "a" });
        using HttpResponseMessage json = await _client.PostAsync("/v1/annotate", Articles.Bytes(Encoding.UTF8.GetBytes(body), "application/json"), Ct);

        json.StatusCode.Should().Be(HttpStatusCode.OK);
        (await json.Content.ReadAsStringAsync(Ct)).Should().Be(await plain.Content.ReadAsStringAsync(Ct)).And.Contain("\"quotes\":");
    }

    [Fact]
    public async Task Annotate_WithoutAContentType_ReadsTheBodyAsText()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("Kataib Hezbollah said it fired."));
        content.Headers.ContentType = null;

        using HttpResponseMessage response = await _client.PostAsync("/v1/annotate", content, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("\"key\":\"kataib-hezbollah\"");
    }

    [Fact]
    public async Task Annotate_JsonFieldsWinOverTheQuery()
    {
        string body = JsonSerializer.Serialize(new { text = "The attack came on Tuesday.", date = "2024-03-06", include = "tokens" });
        using HttpResponseMessage response = await _client.PostAsync("/v1/annotate?date=2020-01-01", Articles.Bytes(Encoding.UTF8.GetBytes(body), "application/json"), Ct);

        using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        doc.RootElement.GetProperty("published").GetString().Should().Be("2024-03-06");
        doc.RootElement.GetProperty("dates")[0].GetProperty("value").GetString().Should().Be("2024-03-05");
        doc.RootElement.GetProperty("tokens").GetArrayLength().Should().Be(6);
    }

    [Fact]
    public async Task Render_IsTheCliPage()
    {
        string file = Write("page.txt", Articles.Brief);
        string cli = RunCli(["render", file, "--date", "2024-03-06", "--title", "A page"]);

        using HttpResponseMessage response = await _client.PostAsync("/v1/render?date=2024-03-06&title=A%20page&id=page", Articles.Text(Articles.Brief), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be(cli).And.Contain("<title>A page</title>");
    }

    [Fact]
    public async Task Batch_StreamsOneLinePerArticleInOrder_AndAnErrorLineForABadOne()
    {
        string lines = string.Join(
            '\n',
            JsonSerializer.Serialize(new { text = "Kataib Hezbollah said it fired two rockets.", id = "first" }),
            "",
            "{\"text\": 12}",
            "{not json",
            JsonSerializer.Serialize(new { text = "The Pentagon said the base was hit on Monday.", date = "2024-03-06" }));

        using HttpResponseMessage response = await _client.PostAsync(
            "/v1/batch?include=tokens", Articles.Bytes(Encoding.UTF8.GetBytes(lines), "application/x-ndjson"), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        string[] output = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        output.Should().HaveCount(4);
        JsonDocument[] docs = output.Select(l => JsonDocument.Parse(l)).ToArray();
        docs[0].RootElement.GetProperty("id").GetString().Should().Be("first");
        docs[0].RootElement.GetProperty("tokens").GetArrayLength().Should().BeGreaterThan(5, "the query's include is the default of every line");
        docs[1].RootElement.GetProperty("line").GetInt32().Should().Be(3);
        docs[1].RootElement.GetProperty("error").GetProperty("status").GetInt32().Should().Be(400);
        docs[2].RootElement.GetProperty("id").GetString().Should().Be("4");
        docs[2].RootElement.GetProperty("error").GetProperty("detail").GetString().Should().StartWith("The request body is not valid JSON");
        docs[3].RootElement.GetProperty("id").GetString().Should().Be("5");
        docs[3].RootElement.GetProperty("dates")[0].GetProperty("value").GetString().Should().Be("2024-03-04");
        foreach (JsonDocument doc in docs)
        {
            doc.Dispose();
        }
    }

    [Fact]
    public async Task Index_Healthz_AndOpenApi_AreServed()
    {
        string page = await _client.GetStringAsync("/", Ct);
        page.Should().Contain("<textarea").And.Contain("/v1/render");

        (await _client.GetStringAsync("/healthz", Ct)).Should().Be("Healthy");

        using JsonDocument openApi = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json", Ct));
        JsonElement paths = openApi.RootElement.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).Should().Contain(["/v1/annotate", "/v1/render", "/v1/batch"]);
        paths.GetProperty("/v1/annotate").GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .EnumerateObject().Select(p => p.Name).Should().Contain(["application/json", "text/plain"]);
    }

    [Theory]
    [InlineData("text/plain", new byte[] { 0x41, 0xFF, 0xFE, 0x42 }, "", "not valid UTF-8")]
    [InlineData("text/plain", new byte[] { 0x41, 0x00, 0x42 }, "", "binary")]
    [InlineData("application/json", new byte[] { 0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x22, 0x7D }, "", "not valid UTF-8")]
    [InlineData("application/json", new byte[] { 0x7B, 0x22, 0x74 }, "", "not valid JSON")]
    [InlineData("application/json", new byte[] { 0x5B, 0x5D }, "", "must be a JSON object")]
    [InlineData("text/plain", new byte[] { 0x41 }, "?date=2024-13-01", "YYYY-MM-DD")]
    [InlineData("text/plain", new byte[] { 0x41 }, "?include=tokens,verbs", "Unknown layer 'verbs'")]
    [InlineData("text/plain", new byte[] { 0x41 }, "?indent=maybe", "true or false")]
    public async Task Annotate_BadInput_Is400WithAProblemDocument(string contentType, byte[] body, string query, string detail)
    {
        using HttpResponseMessage response = await _client.PostAsync("/v1/annotate" + query, Articles.Bytes(body, contentType), Ct);

        await ShouldBeProblem(response, HttpStatusCode.BadRequest, detail);
    }

    [Theory]
    [InlineData("POST", "/v1/annotate", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "'application/x-www-form-urlencoded' is not accepted")]
    [InlineData("POST", "/v1/annotate", "text/plain; charset=iso-8859-1", HttpStatusCode.UnsupportedMediaType, "is not accepted here")]
    [InlineData("POST", "/v1/batch", "image/png", HttpStatusCode.UnsupportedMediaType, "'image/png' is not accepted")]
    [InlineData("GET", "/v1/annotate", "text/plain", HttpStatusCode.MethodNotAllowed, "does not take this method")]
    [InlineData("GET", "/v2/nothing", "text/plain", HttpStatusCode.NotFound, "Nothing is served at '/v2/nothing'")]
    public async Task WrongTypeMethodOrPath_IsAProblemDocument(string method, string path, string contentType, HttpStatusCode status, string detail)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = Articles.Bytes("x"u8.ToArray(), contentType);
        }

        using HttpResponseMessage response = await _client.SendAsync(request, Ct);

        await ShouldBeProblem(response, status, detail);
    }

    internal static async Task ShouldBeProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using JsonDocument problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.RootElement.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        problem.RootElement.GetProperty("type").GetString().Should().Be("about:blank");
        problem.RootElement.GetProperty("detail").GetString().Should().Contain(detail);
        body.Should().NotContain(" at NewsExtract").And.NotContain("Exception");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static string RunCli(string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter();
        CliApp.Run(args, TextReader.Null, stdout, stderr).Should().Be(CliApp.Success, stderr.ToString());
        return stdout.ToString();
    }
}
