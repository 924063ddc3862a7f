using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Application.Chat;

/// <summary>
/// The people commands: "people" (also "roles", "manage people", "who can invoice"), and "add invoicer @X",
/// "make @X admin", "remove admin @X". Mentions are not words (the tokenizer drops <c>&lt;at&gt;…&lt;/at&gt;</c>), so the
/// words alone must be exactly one of these; the handler reads who from the mentions. Matched on the typed words, not the
/// forgiving vocabulary, because "invoicer" is one letter from "invoice".
/// </summary>
internal static class PeopleCommandReader
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "a", "an", "as", "the", "to", "from", "please", "and", "role" };

    public static ChatCommand? TryRead(IReadOnlyList<ChatToken> tokens)
    {
        if (tokens.Any(t => t.Quoted || t.IsEmail))
        {
            return null;
        }
        string[] words = [.. tokens.Select(t => t.Normalized).Where(w => !Filler.Contains(w))];
        switch (string.Join(' ', words))
        {
            case "people" or "roles" or "manage people" or "manage roles" or "who can invoice" or "show people":
                return new ChatCommand.People();
        }
        if (words.Length != 2 || RoleOf(words[1]) is not { } role)
        {
            return null;
        }
        return words[0] switch
        {
            "add" or "make" or "give" => new ChatCommand.ChangeRole(role, Remove: false),
            "remove" => new ChatCommand.ChangeRole(role, Remove: true),
            _ => null,
        };
    }

    private static TenantRole? RoleOf(string word) => word switch
    {
        "invoicer" or "invoicers" => TenantRole.Invoicer,
        "admin" or "admins" or "administrator" => TenantRole.Admin,
        _ => null,
    };
}
