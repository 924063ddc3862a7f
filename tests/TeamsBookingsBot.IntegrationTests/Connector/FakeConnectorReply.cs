namespace TeamsBookingsBot.Connector;

/// <summary>What the fake Connector answers to one request; <see cref="Abort"/> drops the connection after reading it.</summary>
internal sealed record FakeConnectorReply(int Status, string? Body = null, string? RetryAfter = null, bool Abort = false)
{
    public static FakeConnectorReply Json(int status, string body) => new(status, body);

    public static FakeConnectorReply Dropped() => new(0, Abort: true);
}
