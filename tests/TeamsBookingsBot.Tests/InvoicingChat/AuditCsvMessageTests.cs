using System.Text;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Invoicing;

namespace TeamsBookingsBot.InvoicingChat;

public sealed class AuditCsvMessageTests
{
    private static readonly DateRange LastMonth = new(
        new DateTimeOffset(2026, 10, 1, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.Zero), "last month");

    private static AuditEntry Entry(int minute, string details = "Created S-INV-1001", string? name = "Alex Wilber") => new(
        new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero).AddMinutes(minute), "aad-alex", "invoice.confirm", "tenant-1", "a:conv-1", "salon@contoso.com", details, name);

    [Fact]
    public void Build_FewEntries_WholeCsvInACodeBlockWithHeader()
    {
        AuditCsvMessage.Export export = AuditCsvMessage.Build([Entry(0), Entry(1, "Undid S-INV-1001")], LastMonth);

        Assert.Equal(2, export.ShownCount);
        Assert.StartsWith("Audit log for last month (2026-10-01 07:00 to 2026-11-01 07:00 UTC): 2 entries, times in UTC.", export.Text, StringComparison.Ordinal);
        Assert.Contains(
            "\n\n```\nwhen_utc,who_aad_object_id,who_name,action,conversation_id,business_id,details\r\n"
            + "2026-10-02T09:00:00Z,aad-alex,Alex Wilber,invoice.confirm,a:conv-1,salon@contoso.com,Created S-INV-1001\r\n"
            + "2026-10-02T09:01:00Z,aad-alex,Alex Wilber,invoice.confirm,a:conv-1,salon@contoso.com,Undid S-INV-1001\r\n```",
            export.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TooBigForOneMessage_KeepsTheMostRecentEntriesInOrderAndSaysSo()
    {
        AuditEntry[] entries = [.. Enumerable.Range(0, 400).Select(i => Entry(i, $"Created S-INV-{i:0000} for a customer with a long name"))];

        AuditCsvMessage.Export export = AuditCsvMessage.Build(entries, LastMonth);

        Assert.InRange(export.ShownCount, 50, 399);
        Assert.True(export.CsvBytes <= AuditCsvMessage.MaxCsvBytes, $"{export.CsvBytes} bytes");
        Assert.Contains($"the latest {export.ShownCount} of 400 entries", export.Text, StringComparison.Ordinal);
        Assert.Contains("S-INV-0399", export.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("S-INV-0000 ", export.Text, StringComparison.Ordinal);
        int first = export.Text.IndexOf($"S-INV-{400 - export.ShownCount:0000}", StringComparison.Ordinal);
        Assert.True(first > 0 && first < export.Text.IndexOf("S-INV-0399", StringComparison.Ordinal));
        Assert.True(Encoding.UTF8.GetByteCount(export.Text) < 21_000);
    }

    [Fact]
    public void Build_NoEntries_SaysSoWithThePeriod()
    {
        AuditCsvMessage.Export export = AuditCsvMessage.Build([], LastMonth);

        Assert.Equal("No invoicing actions were recorded for last month (2026-10-01 07:00 to 2026-11-01 07:00 UTC).", export.Text);
    }

    [Theory]
    [InlineData(null, "2026-10-02T09:00:00Z,aad-alex,,invoice.confirm,")]
    [InlineData("=HYPERLINK(\"http://x\")", "2026-10-02T09:00:00Z,aad-alex,\"'=HYPERLINK(\"\"http://x\"\")\",invoice.confirm,")]
    [InlineData("Wilber, Alex", "2026-10-02T09:00:00Z,aad-alex,\"Wilber, Alex\",invoice.confirm,")]
    public void Row_WhoName_NextToTheObjectIdEmptyWhenUnknownAndNeverAFormula(string? name, string rowStart)
    {
        Assert.StartsWith(rowStart, AuditCsvMessage.Row(Entry(0, name: name)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BackticksInDetails_CannotCloseTheCodeBlockEarly()
    {
        AuditCsvMessage.Export export = AuditCsvMessage.Build([Entry(0, "reason: ```rm -rf```")], LastMonth);

        Assert.Equal(2, export.Text.Split("```").Length - 1);
        Assert.EndsWith("```", export.Text, StringComparison.Ordinal);
    }
}
