using OcopShowcase.Content.Model;

namespace OcopShowcase.Content.Parsing;

/// <summary>A <c>contact:</c> block, the same in site.yml and in every content file that has one.</summary>
public static class ContactReader
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { "phone", "zalo", "facebook", "email", "address" };

    public static Contact Read(FieldReader? fields)
    {
        if (fields is null)
        {
            return Contact.None;
        }

        fields.RejectUnknown(Known);
        return new Contact(fields.Phone("phone"), fields.Phone("zalo"), fields.HttpsUrl("facebook"), fields.Text("email"), fields.Text("address"));
    }
}
