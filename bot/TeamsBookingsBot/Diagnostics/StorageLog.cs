using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.Diagnostics;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Storage uses {Provider}")]
    public static partial void StorageProviderInUse(this ILogger logger, StorageProvider provider);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Applied migration {Version} {Name} in {ElapsedMs} ms")]
    public static partial void MigrationApplied(this ILogger logger, int version, string name, long elapsedMs);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Database schema is at version {Version}")]
    public static partial void SchemaAtVersion(this ILogger logger, int version);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning,
        Message = "Database schema version {DatabaseVersion} is newer than this build knows ({CodeVersion}); was a deployment rolled back?")]
    public static partial void DatabaseAheadOfCode(this ILogger logger, int databaseVersion, int codeVersion);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Migration {Version} {Name} failed; rolled back")]
    public static partial void MigrationFailed(this ILogger logger, int version, string name, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Purged {Count} activity receipts older than {OlderThanUtc:O}")]
    public static partial void ReceiptsPurged(this ILogger logger, int count, DateTimeOffset olderThanUtc);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "Purged {Count} stored list cards older than {OlderThanUtc:O}")]
    public static partial void ListSnapshotsPurged(this ILogger logger, int count, DateTimeOffset olderThanUtc);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Purging activity receipts failed; next interval retries")]
    public static partial void ReceiptPurgeFailed(this ILogger logger, Exception exception);
}
