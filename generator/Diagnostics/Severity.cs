namespace OcopShowcase.Diagnostics;

public enum Severity
{
    Warning,
    Error,

    /// <summary>Information that needs no fix, such as "this draft will not be published"; never stops a build.</summary>
    Note,
}
