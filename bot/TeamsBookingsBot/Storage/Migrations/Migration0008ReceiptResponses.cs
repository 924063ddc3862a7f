namespace TeamsBookingsBot.Storage.Migrations;

/// <summary>
/// Invoke responses kept for replays are stored compressed unless they are short (<see cref="ReceiptResponseCodec"/>).
/// Receipts completed before this migration keep their text in <c>response_body</c> and are replayed from it as before.
/// </summary>
internal sealed class Migration0008ReceiptResponses : IMigration
{
    private const string Sql = "ALTER TABLE activity_receipts ADD COLUMN response_brotli {bytes} NULL;";

    public int Version => 8;

    public string Name => "receipt_responses";

    public string BuildSql(SqlDialect dialect) => dialect.Expand(Sql);
}
