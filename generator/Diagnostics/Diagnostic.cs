using System.Globalization;

namespace OcopShowcase.Diagnostics;

/// <summary>One problem found in the content or theme, with where it is and, when one exists, a close match to suggest.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan At, IReadOnlyList<string> Arguments, string? Suggestion = null)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    public bool IsError => Descriptor.Severity == Severity.Error;

    public bool IsWarning => Descriptor.Severity == Severity.Warning;

    /// <summary>The level as compilers and editors write it: "error", "warning" or "note".</summary>
    public string Level => Descriptor.Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public string Message(MessageLanguage language = MessageLanguage.Vietnamese)
    {
        var english = language == MessageLanguage.English;
        // Values from the content are echoed escaped and cut (EchoedText): a message never acts on a terminal.
        var message = string.Format(CultureInfo.InvariantCulture, english ? Descriptor.MessageEn : Descriptor.MessageVi, Arguments.Select(EchoedText.Of).ToArray<object?>());
        if (Suggestion is null)
        {
            return message;
        }

        var hint = english ? DiagnosticCatalogue.SuggestionEn : DiagnosticCatalogue.SuggestionVi;
        return message + " " + string.Format(CultureInfo.InvariantCulture, hint, EchoedText.Of(Suggestion));
    }

    /// <summary>The compiler-style line editors and CI understand: <c>path:line:col: error CODE: message</c>.</summary>
    public string Format(MessageLanguage language = MessageLanguage.Vietnamese)
        => $"{At}: {Level} {Code}: {Message(language)}";

    public override string ToString() => Format();
}

public enum MessageLanguage
{
    Vietnamese,
    English,
}
