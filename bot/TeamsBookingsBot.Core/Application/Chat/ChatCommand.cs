using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.Application.Chat;

/// <summary>What a chat message asks the bot to do. Ranges are UTC bounds of days in the user's zone.</summary>
public abstract record ChatCommand
{
    private ChatCommand()
    {
    }

    public sealed record ShowUninvoiced(DateRange Range, BookingFilter Filter) : ChatCommand;

    /// <summary>"invoice yesterday's bookings": list the same bookings, ready to invoice.</summary>
    public sealed record InvoiceBookings(DateRange Range, BookingFilter Filter) : ChatCommand;

    public sealed record SyncNow : ChatCommand;

    public sealed record SyncStatus : ChatCommand;

    public sealed record Help : ChatCommand;

    /// <summary>"setup": the Bookings businesses of the tenant and how each syncs and invoices (admins only).</summary>
    public sealed record Setup : ChatCommand;

    /// <summary>"export audit log last month": the invoicing audit entries of <paramref name="Range"/> as CSV.</summary>
    public sealed record ExportAudit(DateRange Range) : ChatCommand;

    /// <summary>"people": who is admin or invoicer, and the people of this conversation to change that for.</summary>
    public sealed record People : ChatCommand;

    /// <summary>
    /// "add invoicer @Megan", "remove admin @Megan": the people are the message's @mentions (protocol, read by the handler).
    /// <paramref name="Remove"/> takes <paramref name="Role"/> away (the person becomes a member); otherwise it is given.
    /// </summary>
    public sealed record ChangeRole(TenantRole Role, bool Remove) : ChatCommand;

    /// <summary><paramref name="Text"/> is the message (cut to 300 characters); suggestions are typeable commands, best first.</summary>
    public sealed record Unknown(string Text, IReadOnlyList<string> Suggestions) : ChatCommand;
}
