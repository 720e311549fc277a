using OcopShowcase.Benchmarks;

return args.FirstOrDefault() switch
{
    "photos" => SamplePhotos.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: photos --content DIR");
    return 2;
}
