using MemoryPack;
using System.Text.RegularExpressions;

namespace OcopShowcase.Content.Parsing;

/// <summary>A Vietnamese phone number: as written for display, and in E.164 form for <c>tel:</c> and Zalo links.</summary>
[MemoryPackable]
public sealed partial record PhoneNumber(string Display, string E164)
{
    /// <summary>
    /// Which texts are phone numbers: digits with spaces, dots, hyphens, "+" and brackets between them, either
    /// "+84" then 9 or 10 digits, or "0" then 9 or 10 (since the 2017–2018 renumbering, mobile numbers have ten digits
    /// and landlines eleven). The staff form's schema carries this same pattern, so it is written in the part of regular
    /// expressions .NET and JavaScript read alike.
    /// </summary>
    public const string Pattern = @"^(?: *\+[ .()+-]*8[ .()+-]*4|(?! *\+)[ .()+-]*0)(?:[ .()+-]*[0-9]){9,10}[ .()+-]*$";

    public static PhoneNumber? TryParse(string text)
    {
        if (text.Contains('\n') || !PatternRegex().IsMatch(text))
        {
            return null;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var national = text.TrimStart().StartsWith('+') ? "0" + digits[2..] : digits;
        return new PhoneNumber(text.Trim(), "+84" + national[1..]);
    }

    /// <summary>The digits Zalo's web links use (national form).</summary>
    public string National => "0" + E164[3..];

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex PatternRegex();
}
