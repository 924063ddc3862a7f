using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Cards.Setup;

/// <param name="Settings">What the form shows: stored, typed, or the defaults of a new business.</param>
/// <param name="BusinessName">The business's name as Bookings has it (untrusted text), or its mailbox.</param>
/// <param name="Companies">The companies of the form's environment, or null when Business Central could not list them.</param>
/// <param name="CompaniesProblem">Why the companies could not be listed, in plain words; a typed name is asked for instead.</param>
/// <param name="Errors">A sentence next to each field that is wrong.</param>
/// <param name="Notice">A line above the form, e.g. that someone else saved in the meantime.</param>
public sealed record SetupEditCardModel(
    BusinessSettings Settings,
    string BusinessName,
    IReadOnlyList<BcCompany>? Companies,
    string? CompaniesProblem,
    IReadOnlyDictionary<BusinessSettingField, string> Errors,
    string? Notice = null)
{
    public bool IsNew => Settings.Version == 0;
}
