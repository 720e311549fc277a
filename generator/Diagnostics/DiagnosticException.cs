using System.Globalization;

namespace OcopShowcase.Diagnostics;

/// <summary>
/// A problem outside the content that stops a command (an output folder the build may not touch, a full disk, a busy
/// port), reported with its catalogue code in both languages rather than as a stack trace. The command line turns it
/// into a usage error (exit 2).
/// </summary>
public sealed class DiagnosticException(DiagnosticDescriptor descriptor, params string[] arguments)
    : Exception(Format(descriptor.MessageEn, arguments))
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public IReadOnlyList<string> Arguments => arguments;

    public string MessageIn(MessageLanguage language)
        => Format(language == MessageLanguage.English ? Descriptor.MessageEn : Descriptor.MessageVi, arguments);

    private static string Format(string template, string[] arguments)
        => string.Format(CultureInfo.InvariantCulture, template, arguments.ToArray<object?>());
}
