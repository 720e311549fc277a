using OcopShowcase.Benchmarks;

return args.FirstOrDefault() switch
{
    "photos" => SamplePhotos.Run(args[1..]),
    "photo-bench" => PhotoBench.Run(args[1..]),
    "corpus" => Corpus.Run(args[1..]),
    "search" => SearchBench.Run(args[1..]),
    "site-files" => SiteFilesBench.Run(args[1..]),
    "content" => ContentBench.Run(args[1..]),
    "micro" => RunMicro(args[1..]),
    _ => Usage(),
};

static int RunMicro(string[] args)
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromTypes([typeof(HotPaths)]).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: corpus --products N --out DIR [--photos] | search --content DIR [query …] [--rounds N] | site-files --content DIR [--rounds N] [--out DIR] | content --content DIR [--rounds N] [--product SLUG] | micro [BenchmarkDotNet options] | photos --content DIR | photo-bench --engine skia|vips --workers N [--count N]");
    return 2;
}
