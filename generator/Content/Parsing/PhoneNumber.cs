namespace OcopShowcase.Content.Parsing;

/// <summary>A Vietnamese phone number: as written for display, and in E.164 form for <c>tel:</c> and Zalo links.</summary>
public sealed record PhoneNumber(string Display, string E164)
{
    public static PhoneNumber? TryParse(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var plus = text.TrimStart().StartsWith('+');
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')')))
        {
            return null;
        }

        string national;
        if (plus && digits.StartsWith("84", StringComparison.Ordinal))
        {
            national = "0" + digits[2..];
        }
        else if (!plus && digits.StartsWith('0'))
        {
            national = digits;
        }
        else
        {
            return null;
        }

        // Since the 2017–2018 renumbering, mobile numbers have ten digits and landlines eleven (0 + area code + number).
        return national.Length is 10 or 11 ? new PhoneNumber(text.Trim(), "+84" + national[1..]) : null;
    }

    /// <summary>The digits Zalo's web links use (national form).</summary>
    public string National => "0" + E164[3..];
}
