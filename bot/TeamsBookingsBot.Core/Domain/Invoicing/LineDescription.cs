using System.Globalization;

namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>"Haircut - 23 Nov 2026 09:30" in the business's zone, as BC's "&lt;service&gt; - &lt;start&gt;", kept within Text[100].</summary>
internal static class LineDescription
{
    public static string Build(string prefix, string serviceName, DateTimeOffset startUtc, TimeZoneInfo zone, string suffix)
    {
        DateTimeOffset local = TimeZoneInfo.ConvertTime(startUtc, zone);
        string when = " - " + local.ToString("dd MMM yyyy HH:mm", CultureInfo.InvariantCulture) + suffix;
        string service = serviceName.Trim();
        int room = DraftInvoiceLine.MaxDescriptionLength - prefix.Length - when.Length;
        if (service.Length > room)
        {
            // Shorten the service name rather than the date: the date tells lines of the same service apart.
            service = room > TextCut.Ellipsis.Length ? TextCut.WithEllipsis(service, room) : "";
        }
        string text = prefix + service + when;
        return TextCut.Prefix(text, DraftInvoiceLine.MaxDescriptionLength);
    }
}
