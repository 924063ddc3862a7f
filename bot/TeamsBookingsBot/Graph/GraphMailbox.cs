namespace TeamsBookingsBot.Graph;

/// <summary>Finds the booking mailbox a Graph request is about, from its URL.</summary>
internal static class GraphMailbox
{
    private const string Collection = "bookingBusinesses";

    /// <summary>The decoded mailbox, or null for a URL outside <c>/solutions/bookingBusinesses/{id}</c>.</summary>
    public static string? FromUri(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }
        string[] segments = uri.AbsolutePath.Split('/');
        int i = Array.FindIndex(segments, s => s.Equals(Collection, StringComparison.OrdinalIgnoreCase));
        if (i < 0 || i + 1 >= segments.Length || segments[i + 1].Length == 0)
        {
            return null;
        }
        // Request builders send %40, PageIterator/nextLinks send a raw '@': compare decoded.
        return Uri.UnescapeDataString(segments[i + 1]);
    }

    public static string ForLog(Uri? uri) => FromUri(uri) ?? "-";
}
