namespace TeamsBookingsBot.BusinessCentral;

/// <summary>
/// Builds <c>$filter</c> query values. Names and emails contain quotes (O'Brien) and '+', '&amp;', '#':
/// OData doubles single quotes inside a string literal, then the whole expression is URL-encoded.
/// </summary>
public static class ODataFilter
{
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Equal(string property, string value) => property + " eq " + Literal(value);

    /// <summary>The complete <c>$filter=</c> query parameter, URL-encoded.</summary>
    public static string Query(string expression) => "$filter=" + Uri.EscapeDataString(expression);
}
