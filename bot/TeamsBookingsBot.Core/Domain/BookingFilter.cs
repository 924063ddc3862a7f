namespace TeamsBookingsBot.Domain;

/// <summary>
/// Optional narrowing of a booking list, as the user typed it. <see cref="Customer"/> containing '@' is an
/// email (equals), otherwise part of a name; <see cref="Service"/> is part of a name or a service id;
/// <see cref="Staff"/> is a staff member id or part of a name. All case- and accent-insensitive.
/// </summary>
public sealed record BookingFilter(string? Customer = null, string? Service = null, string? Staff = null)
{
    public static BookingFilter None { get; } = new();

    public bool IsEmpty => Customer is null && Service is null && Staff is null;

    public bool CustomerIsEmail => Customer?.Contains('@', StringComparison.Ordinal) == true;

    public bool HasCustomer => !string.IsNullOrWhiteSpace(Customer);

    public bool HasService => !string.IsNullOrWhiteSpace(Service);

    public bool HasStaff => !string.IsNullOrWhiteSpace(Staff);
}
