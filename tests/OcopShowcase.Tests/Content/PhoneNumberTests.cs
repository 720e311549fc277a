using CsCheck;
using OcopShowcase.Content.Parsing;

namespace OcopShowcase.Tests.Content;

/// <summary>
/// The phone rule became one regular expression (<see cref="PhoneNumber.Pattern"/>) so the staff form's schema can
/// carry it; it must accept exactly what the step-by-step rule it replaced accepted.
/// </summary>
public class PhoneNumberTests
{
    [Theory]
    [InlineData("0912 345 678", "+84912345678")]
    [InlineData("+84 912 345 678", "+84912345678")]
    [InlineData("0237 3876 123", "+842373876123")]
    [InlineData("(0237) 3.876.123", "+842373876123")]
    [InlineData("  +84-237-3876-123 ", "+842373876123")]
    public void Reads_numbers_as_written(string text, string e164) => Assert.Equal(e164, PhoneNumber.TryParse(text)?.E164);

    [Theory]
    [InlineData("0912 34 56")]
    [InlineData("912345678")]
    [InlineData("+1 912 345 678")]
    [InlineData("0912 345 678 ext")]
    [InlineData("+0912345678")]
    [InlineData("0912345678\n")]
    public void Refuses_what_is_not_a_number(string text) => Assert.Null(PhoneNumber.TryParse(text));

    [Fact]
    public void The_pattern_accepts_what_the_former_rule_accepted()
        => Gen.String[Gen.Char["0123456789 .-+()84a\t"], 0, 18].Sample(text => Assert.Equal(FormerRule(text), PhoneNumber.TryParse(text)?.E164), iter: 200_000);

    /// <summary>The rule as it was written before the pattern, kept here as the reference.</summary>
    private static string? FormerRule(string text)
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

        return national.Length is 10 or 11 ? "+84" + national[1..] : null;
    }
}
