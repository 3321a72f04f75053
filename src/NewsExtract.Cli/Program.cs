using NewsExtract.Cli;

using Interruption interruption = Interruption.Register();
return CliApp.Run(args, Console.In, Console.Out, Console.Error, interruption);

/// <summary>
/// The entry point of <c>newsextract</c>. Public only so that the service's tests can name this assembly to
/// <c>WebApplicationFactory</c>, which wants the assembly whose entry point serves (<c>newsextract serve</c>).
/// </summary>
#pragma warning disable CA1515 // Must be public: a type argument of the tests' public fixture.
public partial class Program;
#pragma warning restore CA1515
