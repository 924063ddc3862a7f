namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>The chat side of invoicing (section <c>InvoicingChat</c>).</summary>
public sealed class InvoicingChatOptions
{
    public const string Section = "InvoicingChat";

    /// <summary>
    /// InvoicingChat:ConfirmWait. How long "Confirm" waits for Business Central before answering with a progress card
    /// and finishing in the background. Teams shows an error after about 3 s without an answer; at most 00:00:10.
    /// </summary>
    public TimeSpan ConfirmWait { get; set; } = TimeSpan.FromSeconds(2.5);
}
