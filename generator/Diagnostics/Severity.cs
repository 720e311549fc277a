namespace OcopShowcase.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
