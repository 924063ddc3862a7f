namespace TeamsBookingsBot.Storage;

/// <summary>The relational database behind the stores.</summary>
public enum StorageProvider
{
    /// <summary>Embedded file database; the default, needs no set-up.</summary>
    Sqlite,

    /// <summary>PostgreSQL 15 or later; for several instances or managed hosting.</summary>
    Postgres,
}
