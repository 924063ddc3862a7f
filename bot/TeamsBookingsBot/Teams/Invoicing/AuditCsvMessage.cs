using System.Globalization;
using System.Text;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>
/// The audit export as a chat message: the CSV in a code block. A bot cannot attach a file in every Teams scope
/// without the file-consent flow (personal chats only, and a OneDrive upload), so the CSV travels as text the user
/// copies into a .csv file. Teams messages hold about 28 KB, so above <see cref="MaxCsvBytes"/> only the most recent
/// entries are shown, with a note saying so and how to ask for the rest.
/// </summary>
internal static class AuditCsvMessage
{
    public const string Header = "when_utc,who_aad_object_id,who_name,action,conversation_id,business_id,details";

    public const int MaxCsvBytes = 20_000;

    public sealed record Export(string Text, int ShownCount, int CsvBytes);

    public static Export Build(IReadOnlyList<AuditEntry> entries, DateRange range)
    {
        if (entries.Count == 0)
        {
            return new Export($"No invoicing actions were recorded for {range.Label} ({Span(range)}).", 0, 0);
        }
        string header = Header + CsvWriter.LineEnd;
        int budget = MaxCsvBytes - Encoding.UTF8.GetByteCount(header);
        List<string> rows = [];
        // Newest first until the budget is spent, so a truncated export keeps the most recent part.
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            string row = Row(entries[i]);
            int bytes = Encoding.UTF8.GetByteCount(row);
            if (bytes > budget)
            {
                break;
            }
            budget -= bytes;
            rows.Add(row);
        }
        rows.Reverse();
        string csv = header + string.Concat(rows);
        string intro = rows.Count == entries.Count
            ? $"Audit log for {range.Label} ({Span(range)}): {Entries(entries.Count)}, times in UTC. Copy the block into a .csv file."
            : $"Audit log for {range.Label} ({Span(range)}): the latest {rows.Count} of {Entries(entries.Count)}, times in UTC, "
              + "because a Teams message holds about 20 KB of CSV. Ask for a shorter period for the rest, e.g. \"export audit log yesterday\".";
        return new Export($"{intro}\n\n```\n{BreakFences(csv)}```", rows.Count, Encoding.UTF8.GetByteCount(csv));
    }

    public static string Row(AuditEntry entry) => CsvWriter.Row(
    [
        entry.AtUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        entry.ActorAadObjectId,
        entry.ActorName,
        entry.Action,
        entry.ConversationId,
        entry.BusinessId,
        entry.Details,
    ]);

    // A ``` inside a cell would end the code block early; a zero-width space between the backticks keeps it inside.
    private static string BreakFences(string csv) => csv.Replace("```", "`\u200B`\u200B`", StringComparison.Ordinal);

    private static string Entries(int count) => count == 1 ? "1 entry" : $"{count} entries";

    private static string Span(DateRange range) => string.Create(CultureInfo.InvariantCulture,
        $"{range.FromUtc:yyyy-MM-dd HH:mm} to {range.ToUtc:yyyy-MM-dd HH:mm} UTC");
}
