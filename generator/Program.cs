using OcopShowcase.Cli;

return CliApp.Run(args);
