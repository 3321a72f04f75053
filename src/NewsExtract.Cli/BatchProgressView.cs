using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NewsExtract.Cli;

/// <summary>Shows a batch's progress: a live bar on a terminal, a plain line every few seconds otherwise, or nothing.</summary>
internal abstract class BatchProgressView
{
    /// <summary>Runs the work, giving it a callback to call with each finished document.</summary>
    public abstract Task RunAsync(Func<Action<int>, CancellationToken, Task> work, CancellationToken cancellationToken);

    public static BatchProgressView Create(ProgressMode mode, int total, TextWriter stderr) => mode switch
    {
        ProgressMode.Bar => new Bar(total, stderr),
        ProgressMode.Plain => new Plain(total, stderr, TimeSpan.FromSeconds(5)),
        _ => new Silent(),
    };

    internal static string Line(int done, int total, TimeSpan elapsed)
    {
        double rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        string eta = rate > 0 && total > done ? TimeSpan.FromSeconds((total - done) / rate).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--:--:--";
        double percent = total > 0 ? 100.0 * done / total : 100;
        return string.Create(CultureInfo.InvariantCulture, $"newsextract: {done:N0}/{total:N0} documents ({percent:F1}%), {rate:N1} documents/s, ETA {eta}");
    }

    private sealed class Silent : BatchProgressView
    {
        public override Task RunAsync(Func<Action<int>, CancellationToken, Task> work, CancellationToken cancellationToken) =>
            work(static _ => { }, cancellationToken);
    }

    private sealed class Plain(int total, TextWriter stderr, TimeSpan every) : BatchProgressView
    {
        public override async Task RunAsync(Func<Action<int>, CancellationToken, Task> work, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            TimeSpan next = every;
            int done = 0;
            await work(
                n =>
                {
                    done += n;
                    if (clock.Elapsed >= next)
                    {
                        next = clock.Elapsed + every;
                        stderr.WriteLine(Line(done, total, clock.Elapsed));
                    }
                },
                cancellationToken).ConfigureAwait(false);
            stderr.WriteLine(Line(done, total, clock.Elapsed));
        }
    }

    private sealed class Bar(int total, TextWriter stderr) : BatchProgressView
    {
        public override Task RunAsync(Func<Action<int>, CancellationToken, Task> work, CancellationToken cancellationToken)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            return console.Progress()
                .AutoClear(false)
                .Columns(
                    new TaskDescriptionColumn(),
                    new ProgressBarColumn(),
                    new PercentageColumn(),
                    new CountColumn(),
                    new RateColumn(),
                    new RemainingTimeColumn(),
                    new SpinnerColumn())
                .StartAsync(async context =>
                {
                    ProgressTask task = context.AddTask("annotating", maxValue: Math.Max(total, 1));
                    await work(n => task.Increment(n), cancellationToken).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                });
        }

        private sealed class CountColumn : ProgressColumn
        {
            public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
                new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
        }

        private sealed class RateColumn : ProgressColumn
        {
            public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
                new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Speed ?? 0:N1} docs/s"));
        }
    }
}
