namespace TeamsBookingsBot.Application.Ports;

/// <summary>Where a stored invoice run is: previewed (nothing sent), being confirmed, or done.</summary>
public enum InvoiceRunStatus
{
    Previewed = 0,
    Running = 1,
    Completed = 2,
}
