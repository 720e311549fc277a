using OcopShowcase.Cli;

NativeImage.Enter(args);
return CliApp.Run(args);
