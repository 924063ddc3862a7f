using System.Globalization;

namespace TeamsBookingsBot.Teams.Protocol;

// Teams writes timestamps with 2, 3 or 7 fraction digits and "Z" or "+00:00"; a DateTimeOffset alone would
// rewrite them, so the received text is kept and echoed for as long as the value is not changed.
internal readonly record struct RawTimestamp(string? Text, DateTimeOffset? Value)
{
    public static RawTimestamp FromJson(string? text) =>
        new(text, DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value)
            ? value
            : null);

    public RawTimestamp WithValue(DateTimeOffset? value) =>
        value is { } v && Value is { } current && v == current && v.Offset == current.Offset ? this : new(null, value);

    public string? ToJson() => Text ?? Value?.ToString("O", CultureInfo.InvariantCulture);
}
