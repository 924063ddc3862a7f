namespace TeamsBookingsBot.Cards;

/// <summary>
/// Why an action was refused and who can help. <paramref name="Why"/> and <paramref name="Ask"/> are the bot's sentences;
/// <paramref name="AdminNames"/> are display names as Teams sent them (untrusted, shown as typed).
/// </summary>
/// <param name="Why">E.g. "Only invoicers can create invoices in this organisation."</param>
/// <param name="AdminNames">The tenant's admins who have a name, at most <see cref="RoleRefusalCard.MaxNamesShown"/> of them used.</param>
/// <param name="OtherAdmins">Admins not named above (no name known yet, or past the limit).</param>
/// <param name="Ask">What to do, e.g. "Ask an admin to add you as an invoicer:".</param>
public sealed record RoleRefusalCardModel(string Why, string Ask, IReadOnlyList<string> AdminNames, int OtherAdmins);
