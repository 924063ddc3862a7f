namespace TeamsBookingsBot.Storage;

/// <summary>
/// Where the bot keeps its state (section <c>Storage</c>). The connection string is read from
/// <c>ConnectionStrings:Bot</c>; SQLite defaults to <c>Data Source=data/bot.db</c> under the content root.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Bot";

    public const string DefaultSqliteConnectionString = "Data Source=data/bot.db";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>, case-insensitive.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>Filled from <c>ConnectionStrings:Bot</c>; required for Postgres.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long an activity receipt may stay "in progress" before a retry may take it over: the first
    /// processing is presumed dead (crash, restart). Teams gives up on an invoke after about 15 s.
    /// </summary>
    public TimeSpan ReceiptInProgressTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long activity receipts are kept for de-duplication (spec: 24 h).</summary>
    public TimeSpan ReceiptRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long list cards are kept (<c>list_snapshots</c>); the buttons of an older list card answer "out of date".
    /// </summary>
    public TimeSpan ListSnapshotRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often old receipts and list cards are purged.</summary>
    public TimeSpan ReceiptPurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long per-business reference data (the business's name and currency, staff names, the last successful sync)
    /// is kept in memory. This instance's own syncs refresh it at once; this is how soon another instance's sync is seen.
    /// </summary>
    public TimeSpan LookupCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    internal StorageProvider ParsedProvider =>
        TryParseProvider(Provider, out StorageProvider provider)
            ? provider
            : throw new InvalidOperationException("Storage:Provider was not validated.");

    internal static bool TryParseProvider(string? value, out StorageProvider provider) =>
        Enum.TryParse(value, ignoreCase: true, out provider)
        && Enum.IsDefined(provider)
        && !char.IsAsciiDigit(value![0]);
}
