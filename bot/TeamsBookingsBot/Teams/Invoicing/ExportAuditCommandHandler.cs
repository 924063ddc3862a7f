using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>"export audit log [period]": the invoicing audit entries of the asking tenant as CSV, in a 1:1 chat only.</summary>
internal sealed class ExportAuditCommandHandler(IAuditLog audit, ILogger<ExportAuditCommandHandler> logger) : IChatCommandHandler
{
    public const string PersonalChatOnly =
        "The audit log lists everyone's invoicing actions, so I only export it in a 1:1 chat with me. Open a chat with me and type \"export audit log\" there.";

    public Type CommandType => typeof(ChatCommand.ExportAudit);

    public async Task HandleAsync(TurnContext turn, ChatCommand command, CancellationToken ct)
    {
        var export = (ChatCommand.ExportAudit)command;
        // A channel or group chat would show other people's ids and actions to every member.
        if (turn.Activity.Conversation?.ConversationType is { } type && !string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase))
        {
            await turn.SendTextAsync(PersonalChatOnly, ct);
            return;
        }
        IReadOnlyList<AuditEntry> entries = await audit.ListAsync(turn.TenantId ?? "", export.Range.FromUtc, export.Range.ToUtc, ct);
        AuditCsvMessage.Export message = AuditCsvMessage.Build(entries, export.Range);
        InvoicingChatLog.AuditExported(logger, message.ShownCount, entries.Count, message.CsvBytes);
        await turn.SendTextAsync(message.Text, ct);
    }
}
