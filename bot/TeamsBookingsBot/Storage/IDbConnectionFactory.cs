using System.Data.Common;

namespace TeamsBookingsBot.Storage;

/// <summary>Opens connections to the configured database; repositories write SQL once against <see cref="Dialect"/>.</summary>
internal interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    /// <summary>An open connection; dispose it promptly (both drivers pool).</summary>
    ValueTask<DbConnection> OpenAsync(CancellationToken ct);
}
