using NewsExtract.Cli;

using Interruption interruption = Interruption.Register();
return CliApp.Run(args, Console.In, Console.Out, Console.Error, interruption);
