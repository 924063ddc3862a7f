namespace TeamsBookingsBot.Connector;

/// <summary>What the fake Connector answers to one request; <see cref="Abort"/> drops the connection after reading it,
/// <see cref="Delay"/> stalls before answering (until the client gives up).</summary>
internal sealed record FakeConnectorReply(
    int Status, string? Body = null, string? RetryAfter = null, bool Abort = false, TimeSpan? Delay = null)
{
    public static FakeConnectorReply Json(int status, string body) => new(status, body);

    public static FakeConnectorReply Dropped() => new(0, Abort: true);
}
