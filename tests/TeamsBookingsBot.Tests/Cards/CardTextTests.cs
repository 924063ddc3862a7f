namespace TeamsBookingsBot.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("  show\r\n\tbookings  ", 50, "show bookings")]
    [InlineData("a\u0000b\u0007c", 50, "a b c")]
    [InlineData("abcdef", 4, "abc…")]
    public void Quote_UserText_IsOneTrimmedLine(string input, int max, string expected)
    {
        Assert.Equal(expected, CardText.Quote(input, max));
    }

    [Fact]
    public void Quote_CutInsideAnEmoji_NeverLeavesHalfASurrogatePair()
    {
        string quoted = CardText.Quote("a" + string.Concat(Enumerable.Repeat("😀", 10)), 5);

        Assert.Equal("a😀…", quoted); // "a😀" plus half of the next 😀 would be 4 UTF-16 units
    }
}
