namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// "Haircut - 23 Nov 2026 09:30" in the business's zone, as BC's "&lt;service&gt; - &lt;start&gt;", kept within Text[100].
/// In the hour the clocks go back the time carries its offset's label ("01 Nov 2026 01:30 PDT"), so two lines never
/// read the same.
/// </summary>
internal static class LineDescription
{
    public static string Build(string prefix, string serviceName, DateTimeOffset startUtc, TimeZoneInfo zone, string suffix)
    {
        string when = " - " + TimeZoneLabel.Local(startUtc, zone, "dd MMM yyyy HH:mm") + suffix;
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
