namespace TeamsBookingsBot.Application.Chat;

internal sealed record PartialDate(int? Day, int? Month, int? Year);
