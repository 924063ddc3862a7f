using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// The one place text from Bookings is fitted to the Business Central field it goes into. BC refuses a longer value
/// (Application_StringExceededLength, "The length of the string is 120, but it must be less than or equal to 100
/// characters") and with it the whole customer or invoice, for a cosmetic reason. The lengths are those of the Base
/// Application fields the API v2.0 pages write: page 30009 "APIV2 - Customers" maps displayName, email and phoneNumber
/// to Customer.Name Text[100], "E-Mail" Text[80] and "Phone No." Text[30]; page 30043 "APIV2 - Sales Invoice Lines"
/// maps description to Sales Line.Description Text[100]; items.displayName is Item.Description Text[100].
/// </summary>
internal static class BusinessCentralText
{
    public const int CustomerNameLength = 100;
    public const int EmailLength = 80;
    public const int PhoneNumberLength = 30;
    public const int ItemNameLength = 100;
    public const int LineDescriptionLength = BcDraftInvoiceLine.DescriptionMaxLength;

    /// <summary>A name or description a person reads: cut with "…", so the bookkeeper sees it was shortened.</summary>
    public static string Readable(string text, int length) => TextCut.WithEllipsis(text.Trim(), length);

    /// <summary>
    /// An email or phone number: cut without an ellipsis, which BC's email check would refuse. The lookup by email
    /// cuts the same way, so a customer created with a cut email is found again instead of created twice.
    /// </summary>
    public static string? Contact(string? text, int length) =>
        string.IsNullOrWhiteSpace(text) ? null : TextCut.Prefix(text.Trim(), length);
}
