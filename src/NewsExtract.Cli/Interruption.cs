using System.Runtime.InteropServices;

namespace NewsExtract.Cli;

/// <summary>
/// SIGINT and SIGTERM for a command that can stop cleanly (<c>batch</c>): the first signal cancels
/// <see cref="Token"/> instead of killing the process, and the exit code then says which signal it was (130 or 143).
/// A command that has not said it can stop (<see cref="Cooperative"/>) dies at once, as it would without a handler.
/// A second signal always kills.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private volatile bool _cooperative;
    private int _signal;

    /// <summary>Gets the token a cooperative command watches.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Gets the exit code for the signal received: 130 (SIGINT), 143 (SIGTERM), or 130 when none.</summary>
    public int ExitCode => _signal == (int)PosixSignal.SIGTERM ? CliApp.Terminated : CliApp.Interrupted;

    /// <summary>Registers the handlers (for the real process; tests pass none).</summary>
    public static Interruption Register()
    {
        var interruption = new Interruption();
        try
        {
            interruption._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, interruption.Handle));
            interruption._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, interruption.Handle));
        }
        catch (PlatformNotSupportedException)
        {
            // No signals here (a browser, say): nothing to stop cleanly.
        }

        return interruption;
    }

    /// <summary>Says that the command now running stops cleanly on <see cref="Token"/>.</summary>
    public void BeCooperative() => _cooperative = true;

    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (!_cooperative || Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0)
        {
            return;
        }

        context.Cancel = true;
        _source.Cancel();
    }
}
