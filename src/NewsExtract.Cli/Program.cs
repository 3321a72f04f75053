using System.CommandLine;
using NewsExtract.Cli;

return CliApp.Run(args, Console.In, Console.Out, Console.Error);
