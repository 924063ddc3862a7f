using System.Text.RegularExpressions;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

/// <summary>
/// The slice of OData $filter the bot uses: <c>field eq 'text'</c> (quotes doubled inside) or
/// <c>field eq value</c>, joined by <c>and</c>. Text compares case-insensitively like BC's SQL collation.
/// </summary>
internal static partial class SandboxODataFilter
{
    public static bool TryParse(string? filter, out List<(string Field, string Value)> clauses, out string error)
    {
        clauses = [];
        error = "";
        if (string.IsNullOrWhiteSpace(filter))
        {
            return true;
        }
        int position = 0;
        while (position < filter.Length)
        {
            Match match = Clause().Match(filter, position);
            if (!match.Success || match.Index != position)
            {
                error = $"Syntax error at position {position} in '{filter}'.";
                return false;
            }
            string raw = match.Groups["value"].Value;
            string value = raw.StartsWith('\'') ? raw[1..^1].Replace("''", "'", StringComparison.Ordinal) : raw;
            clauses.Add((match.Groups["field"].Value, value));
            position = match.Index + match.Length;
        }
        return true;
    }

    [GeneratedRegex(@"\s*(?<field>[A-Za-z]+)\s+eq\s+(?<value>'(?:[^']|'')*'|[^\s']+)\s*(?:and\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();
}
