using OcopShowcase.Cli;

NativeImage.Enter(args);
HugePages.AdviseHeap();
return CliApp.Run(args);
