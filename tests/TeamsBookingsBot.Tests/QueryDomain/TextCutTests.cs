using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot.QueryDomain;

public sealed class TextCutTests
{
    [Theory]
    [InlineData("abc", 3, "abc")]
    [InlineData("abcdef", 4, "abcd")]
    [InlineData("ab😀c", 3, "ab")] // the emoji's two halves stay together
    [InlineData("abc", 0, "")]
    public void Prefix_LongText_IsCutAtTheLengthNeverInsideASurrogatePair(string text, int length, string expected)
    {
        Assert.Equal(expected, TextCut.Prefix(text, length));
    }

    [Theory]
    [InlineData("abc", 3, "abc")]
    [InlineData("abcdef", 4, "abc…")]
    [InlineData("ab😀cdef", 4, "ab…")]
    public void WithEllipsis_LongText_EndsInAnEllipsisWithinTheLength(string text, int length, string expected)
    {
        string cut = TextCut.WithEllipsis(text, length);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= length);
    }
}
