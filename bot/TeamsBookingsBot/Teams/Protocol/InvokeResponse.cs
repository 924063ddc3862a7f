namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>The HTTP answer to an <c>invoke</c>: <paramref name="Status"/> and a JSON <paramref name="Body"/>
/// (serialise it with <see cref="ActivityJson.Options"/>; null means an empty body).</summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse Ok(object? body = null) => new(200, body);

    /// <summary>An invoke name we do not handle (the SDK answers 501).</summary>
    public static InvokeResponse NotImplemented() => new(501);

    public static InvokeResponse BadRequest(object? body = null) => new(400, body);

    public bool IsSuccessStatusCode => Status is >= 200 and <= 299;
}
