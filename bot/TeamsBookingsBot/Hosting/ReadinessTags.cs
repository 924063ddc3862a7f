namespace TeamsBookingsBot.Hosting;

/// <summary>Health checks with this tag decide <c>GET /ready</c>; <c>GET /health</c> only says the process is alive.</summary>
public static class ReadinessTags
{
    public const string Ready = "ready";
}
