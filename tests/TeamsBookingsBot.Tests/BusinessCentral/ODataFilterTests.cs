using TeamsBookingsBot.BusinessCentral;

namespace TeamsBookingsBot.BusinessCentral;

public sealed class ODataFilterTests
{
    [Theory]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("''", "''''''")]
    [InlineData("plain", "'plain'")]
    public void Literal_SingleQuotes_AreDoubled(string value, string expected) => Assert.Equal(expected, ODataFilter.Literal(value));

    [Fact]
    public void Query_EmailWithQuotePlusAndAmpersand_IsFullyUrlEncoded()
    {
        string query = ODataFilter.Query(ODataFilter.Equal("email", "o'brien+x&y@contoso.com"));

        Assert.Equal("$filter=email%20eq%20%27o%27%27brien%2Bx%26y%40contoso.com%27", query);
    }

    [Fact]
    public void Query_RoundTripsThroughUrlDecoding_ToTheODataExpression()
    {
        string query = ODataFilter.Query(ODataFilter.Equal("displayName", "50% #1 Salon"));

        Assert.Equal("displayName eq '50% #1 Salon'", Uri.UnescapeDataString(query["$filter=".Length..]));
    }
}
