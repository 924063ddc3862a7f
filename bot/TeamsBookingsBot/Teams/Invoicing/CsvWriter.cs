using System.Text;

namespace TeamsBookingsBot.Teams.Invoicing;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, cells with a comma, quote or line break in double quotes, quotes doubled. A cell
/// that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe first.
/// </summary>
internal static class CsvWriter
{
    public const string LineEnd = "\r\n";

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + LineEnd;

    public static string Cell(string? value)
    {
        string text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            // Formula injection (OWASP "CSV injection"): audit details hold names typed in Bookings.
            text = "'" + text;
        }
        bool quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '));
        if (!quote)
        {
            return text;
        }
        return new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
