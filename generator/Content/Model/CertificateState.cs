namespace OcopShowcase.Content.Model;

/// <summary>Whether a certificate stands on a given day. An expired certificate is never shown as valid.</summary>
public enum CertificateState
{
    Valid,
    ExpiringSoon,
    Expired,
}

public static class CertificateStates
{
    public static CertificateState StateOn(this Certificate certificate, DateOnly today, RatingRules rules)
    {
        if (today > certificate.ValidUntil)
        {
            return CertificateState.Expired;
        }

        return certificate.ValidUntil.DayNumber - today.DayNumber <= rules.ExpiringWarningDays
            ? CertificateState.ExpiringSoon
            : CertificateState.Valid;
    }

    /// <summary>The state as pages (CSS classes, i18n keys "state.*") and open data spell it.</summary>
    public static string Key(this CertificateState state) => state switch
    {
        CertificateState.Valid => "valid",
        CertificateState.ExpiringSoon => "expiring",
        CertificateState.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The stars a visitor may be shown on that day: none once the certificate has expired.</summary>
    public static StarRating? DisplayedStarsOn(this Certificate certificate, DateOnly today, RatingRules rules)
        => certificate.StateOn(today, rules) == CertificateState.Expired ? null : certificate.Stars;
}
